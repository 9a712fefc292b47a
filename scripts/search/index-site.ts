// Builds the Pagefind index of a built site through Pagefind's Node API, which runs the extended binary
// (the one that segments Chinese) when the platform package ships it, as it does on Linux x64.
// The Node API rather than the CLI: on the seed site both take about 0.2 s, the Node API a little less
// (no extra Node process for the npx wrapper), and it reports errors as values (`npm run bench -- search`
// times both).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

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

export const PAGEFIND_CONFIG = { excludeSelectors: [...SEARCH_EXCLUDE] };

/**
 * Word positions per index chunk (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, read by the Pagefind binary). A
 * query downloads the chunks holding its words; Chinese is indexed character by character as well as by
 * word, so with Pagefind's default chunks a two-character query fetched two 40 KB chunks. At 2000 the
 * first search stays under the 150 KB budget of scripts/bench/search.ts, for 7% more index in all.
 * The variable is marked unstable by Pagefind: the bench and tests/e2e/search.test.ts notice if it stops working.
 */
export const INDEX_CHUNK_SIZE = 2000;

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

/** Indexes every page under `siteDir` and writes the bundle to `siteDir/pagefind/`. */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  // The Node API starts the binary with this process's environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
  if (!index) throw new SearchIndexError(`pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new SearchIndexError(`pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new SearchIndexError(`pagefind found no HTML pages in ${siteDir}: build the site first.`);
    // Pagefind names its files by content hash and never deletes: without this, every rebuild would
    // leave the previous index's chunks behind.
    const outputPath = join(siteDir, 'pagefind');
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new SearchIndexError(`pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
