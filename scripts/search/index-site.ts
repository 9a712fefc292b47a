// Builds the Pagefind index of a built site with Pagefind's CLI, which runs the extended binary (the one
// that segments Chinese) when the platform package ships it, as it does on Linux x64.
// The CLI rather than the Node API: on the seed site both take about 0.2 s, but at 10,000 articles the CLI
// indexed in 19 s where the Node API took 37–43 s (`npm run bench -- search --dist …`, two rounds each).
// A build whose pages are unchanged reuses the last index (index-cache.ts) instead of running the CLI.
import { spawn } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepIndex, restoreIndex, SEARCH_CACHE_DIR, siteFingerprint } from './index-cache.ts';

const PAGEFIND_CLI = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

/**
 * Parts of an article page that are page furniture, not the report: indexed, they would make every page
 * match `source`, `figures` or `translation`, and fill excerpts with it. Kept in step with the article
 * components by tests/search/recall.test.ts, which checks each selector still matches a built page.
 */
export const SEARCH_EXCLUDE = [
  '.title-note', // "Chinese title, not yet translated"
  '[role="note"]', // the translation notice
  '.article-header .meta', // type, year, byline: filters and keywords instead
  '.tag-list', // topics and places: in the keywords (PagefindFilters.astro), so excerpts show the text
  '.reading-options', // "Read Chinese and English side by side"
  '#figures-heading',
  '.figures .caption', // "12 figures from the text…"
  '.figures thead',
  '.figures .where', // "Para. 3"
  '.source', // seed file name and block numbers
  '.article-charts', // the figures again, as cards and charts with their notes (the table has them all)
  '.chart', // a chart placed in the text (FigureChart)
] as const;

/**
 * Word positions per index chunk (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, read by the Pagefind binary). A
 * query downloads the chunks holding its words, and every search first downloads the language's metadata,
 * which lists every chunk: small chunks make the first download small on a small site and the metadata
 * large on a big one. Measured first searches, served as deployed (`npm run bench -- search`): at 2000,
 * the 1,000-article site stayed under 150 KB but at 10,000 articles `上党区` took 309 KB (metadata 161 KB for
 * 5,170 chunks); at 5000, 214–287 KB at 10,000 (metadata 131 KB), and the seed site stays under 150 KB.
 * The variable is marked unstable by Pagefind: the bench and tests/e2e/search.test.ts notice if it stops working.
 */
export const INDEX_CHUNK_SIZE = 5000;

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

/** The CLI's arguments for the settings above (also used by scripts/bench/search-index.ts). */
export function pagefindArgs(siteDir: string, outputPath: string): string[] {
  return ['--site', siteDir, '--output-path', outputPath, ...SEARCH_EXCLUDE.flatMap((selector) => ['--exclude-selectors', selector])];
}

export interface IndexOptions {
  /** Where the last index is kept for reuse (index-cache.ts); `null` always runs Pagefind and keeps nothing. */
  cacheDir?: string | null;
}

/**
 * Indexes every page under `siteDir` and writes the bundle to `siteDir/pagefind/`; `reused` when the pages
 * were those of the last index kept in `cacheDir`, which is then copied instead.
 */
export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<{ pages: number; reused: boolean }> {
  const outputPath = join(siteDir, 'pagefind');
  const cacheDir = options.cacheDir === undefined ? SEARCH_CACHE_DIR : options.cacheDir;
  const chunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(INDEX_CHUNK_SIZE);
  const settings = { args: pagefindArgs('.', 'pagefind'), chunkSize, pagefind: pagefindVersion() };
  const fingerprint = cacheDir === null ? '' : siteFingerprint(siteDir, settings);
  const kept = cacheDir === null ? undefined : restoreIndex(cacheDir, fingerprint, outputPath);
  if (kept !== undefined) return { pages: kept, reused: true };
  // Pagefind names its files by content hash and never deletes: the index is written beside the old
  // one and swapped in, so a rebuild leaves no stale chunks, and a failed one leaves the old index.
  const fresh = `${outputPath}.new`;
  rmSync(fresh, { recursive: true, force: true });
  const env = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: chunkSize };
  const { code, output } = await run(process.execPath, [PAGEFIND_CLI, ...pagefindArgs(siteDir, fresh)], env);
  const pages = Number(/Indexed (\d+) pages?/.exec(output)?.[1] ?? 0);
  if (code !== 0 || pages === 0) {
    rmSync(fresh, { recursive: true, force: true });
    const why = output.split('\n').filter((line) => /error/i.test(line)).join(' ').trim();
    if (pages === 0 && code === 0) throw new SearchIndexError(`pagefind found no HTML pages in ${siteDir}: build the site first.`);
    throw new SearchIndexError(`pagefind could not index ${siteDir} (exit ${code}): ${why || output.trim().split('\n').slice(-5).join(' ')}`);
  }
  rmSync(outputPath, { recursive: true, force: true });
  renameSync(fresh, outputPath);
  if (cacheDir !== null) keepIndex(cacheDir, fingerprint, outputPath, pages);
  return { pages, reused: false };
}

function pagefindVersion(): string {
  return (JSON.parse(readFileSync(fileURLToPath(new URL('../../node_modules/pagefind/package.json', import.meta.url)), 'utf8')) as { version: string }).version;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
