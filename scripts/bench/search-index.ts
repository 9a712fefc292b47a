// Indexing speed (Pagefind's CLI, as index-site.ts runs it, against its Node API, on the same built site)
// and the index's size, for `npm run bench -- search` (scripts/bench/search.ts).
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexSite, INDEX_CHUNK_SIZE, SEARCH_EXCLUDE } from '../search/index-site.ts';

export interface IndexTimings {
  /** Seconds per run, in the order run. */
  nodeApi: number[];
  cli: number[];
}

/** The same index through Pagefind's Node API (what index-site.ts used before it moved to the CLI). */
export async function indexWithNodeApi(siteDir: string, outputPath: string): Promise<void> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...SEARCH_EXCLUDE] });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** Times both ways `rounds` times, alternating which goes first; leaves the site's own (CLI) index in place. */
export async function timeIndexers(siteDir: string, rounds: number): Promise<IndexTimings> {
  const apiOutput = join(siteDir, 'pagefind-api-bench');
  const timings: IndexTimings = { nodeApi: [], cli: [] };
  const timeNode = async () => {
    const start = performance.now();
    await indexWithNodeApi(siteDir, apiOutput);
    timings.nodeApi.push((performance.now() - start) / 1000);
  };
  const timeCli = async () => {
    const start = performance.now();
    await indexSite(siteDir, { cacheDir: null }); // time Pagefind itself, never the kept index
    timings.cli.push((performance.now() - start) / 1000);
  };
  try {
    // One untimed run of each, so the binary and the site's files are in the OS cache for both.
    await indexWithNodeApi(siteDir, apiOutput);
    await indexSite(siteDir, { cacheDir: null }); // time Pagefind itself, never the kept index
    for (let r = 0; r < rounds; r++) {
      if (r % 2 === 0) {
        await timeNode();
        await timeCli();
      } else {
        await timeCli();
        await timeNode();
      }
    }
  } finally {
    rmSync(apiOutput, { recursive: true, force: true });
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
