// Indexing speed (Pagefind's Node API against its CLI, on the same built site) and the index's size,
// for `npm run bench -- search` (scripts/bench/search.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite, INDEX_CHUNK_SIZE, SEARCH_EXCLUDE } from '../search/index-site.ts';

const PAGEFIND_CLI = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

export interface IndexTimings {
  /** Seconds per run, in the order run. */
  nodeApi: number[];
  cli: number[];
}

/** `npx pagefind --site <dir>` with the settings of index-site.ts, writing to `outputPath`. */
export function indexWithCli(siteDir: string, outputPath: string): void {
  const args = [PAGEFIND_CLI, '--site', siteDir, '--output-path', outputPath, '--silent'];
  for (const selector of SEARCH_EXCLUDE) args.push('--exclude-selectors', selector);
  const env = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(INDEX_CHUNK_SIZE) };
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pagefind CLI failed (exit ${result.status}): ${result.stderr || result.stdout}`);
}

/** Times both ways `rounds` times, alternating which goes first; leaves the Node API's index in place. */
export async function timeIndexers(siteDir: string, rounds: number): Promise<IndexTimings> {
  const cliOutput = join(siteDir, 'pagefind-cli-bench');
  const timings: IndexTimings = { nodeApi: [], cli: [] };
  const timeNode = async () => {
    const start = performance.now();
    await indexSite(siteDir);
    timings.nodeApi.push((performance.now() - start) / 1000);
  };
  const timeCli = () => {
    const start = performance.now();
    indexWithCli(siteDir, cliOutput);
    timings.cli.push((performance.now() - start) / 1000);
  };
  try {
    // One untimed run of each, so the binary and the site's files are in the OS cache for both.
    await indexSite(siteDir);
    indexWithCli(siteDir, cliOutput);
    for (let r = 0; r < rounds; r++) {
      if (r % 2 === 0) {
        await timeNode();
        timeCli();
      } else {
        timeCli();
        await timeNode();
      }
    }
  } finally {
    rmSync(cliOutput, { recursive: true, force: true });
  }
  return timings;
}

export interface LanguageIndexSize {
  language: string;
  pages: number;
  /** Word index chunks, fragments, filters and metadata of this language. */
  bytes: number;
  bytesPerPage: number;
  chunks: number;
}

export interface IndexSize {
  /** Everything under pagefind/, the UI files Pagefind writes but the site does not use included. */
  totalBytes: number;
  /** pagefind.js and the WebAssembly files, fetched by every search whatever the language. */
  runtimeBytes: number;
  languages: LanguageIndexSize[];
}

export function measureIndex(siteDir: string): IndexSize {
  const bundle = join(siteDir, 'pagefind');
  const entryFile = join(bundle, 'pagefind-entry.json');
  if (!existsSync(entryFile)) throw new Error(`no Pagefind index in ${bundle}: build and index the site first.`);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
  const size = (file: string) => statSync(join(bundle, file)).size;
  const filesIn = (dir: string) => (existsSync(join(bundle, dir)) ? readdirSync(join(bundle, dir)).map((f) => `${dir}/${f}`) : []);
  const all = ['', 'index', 'fragment', 'filter'].flatMap((dir) => (dir ? filesIn(dir) : readdirSync(bundle).filter((f) => statSync(join(bundle, f)).isFile())));
  const languages = Object.entries(entry.languages).map(([language, info]) => {
    const own = all.filter((f) => /^(index|fragment|filter)\//.test(f) && f.split('/')[1]!.startsWith(`${language}_`));
    const bytes = own.reduce((sum, f) => sum + size(f), 0) + size(`pagefind.${info.hash}.pf_meta`);
    return {
      language,
      pages: info.page_count,
      bytes,
      bytesPerPage: Math.round(bytes / Math.max(1, info.page_count)),
      chunks: own.filter((f) => f.startsWith('index/')).length,
    };
  });
  const runtime = all.filter((f) => f === 'pagefind.js' || /^wasm\..+\.pagefind$/.test(f));
  return { totalBytes: all.reduce((sum, f) => sum + size(f), 0), runtimeBytes: runtime.reduce((sum, f) => sum + size(f), 0), languages };
}
