// Which search index a built page belongs to, and where each index goes: one Pagefind index per group of
// years of the reports (src/lib/content/shard.ts: a year alone once it has enough reports to rank on its own,
// small years together, the undated with the oldest or apart, none past CZ_YEAR_GROUP_MAX reports: a bigger
// year or the undated cut into parts by their ids), and one for the other indexed pages (measure pages),
// so that an edit re-indexes only its group and a sharded build (`npm run build -- --shard <group>`) can
// index its group alone. The browser searches them
// together with Pagefind's `mergeIndex` (components/search/pagefind-load.ts), reading the list from
// `pagefind/indexes.json`, which this module writes: per language, the indexes that hold it, newest first.
// The newest group's index sits in `pagefind/` itself, where the header's warm-up and every existing link
// to `pagefind/pagefind.js` find it; each other's in `pagefind/<group>/`.

import { compareGroups, groupOf, groupYears, UNDATED, yearsOf } from '../../src/lib/content/shard.ts';

/** The bucket of reports no year dates (`data-pagefind-sort="date:0"`, no year meta): a shard of its own. */
export { UNDATED };

/**
 * The bucket of indexed pages that are not a report's (measure pages, issue 18): made by the hub build of a
 * sharded build, so they are indexed apart from the years' reports in every build, sharded or not.
 */
export const ARCHIVE = 'archive';

/** The manifest's file name under `pagefind/`. */
export const MANIFEST_FILE = 'indexes.json';

/** What the browser reads to know which indexes to merge (written beside the root index). */
export interface IndexManifest {
  /** Per Pagefind language key (`zh-cn`, `en`): folders under `pagefind/` ('' for the root), newest first. */
  languages: Record<string, string[]>;
  /** The years the indexes span, newest first (a search sorted by date asks them in turn: sort-by-year.ts). */
  years: string[];
}

/**
 * Word positions per index chunk for a year's index of `pagesPerLanguage` pages a language (the most of any
 * language). A query fetches one chunk per word from every year's index, so on a small site one index per
 * year multiplied the chunks: the seed site's first search for 供热 took 209 KB at the fixed 5,000 (four
 * indexes, 23 files) against 138 KB for one index; at 300 it takes 137 KB. A big year keeps the 5,000 that
 * kept the 10,000-article site's metadata small (index-site.ts, INDEX_CHUNK_SIZE); between, it grows with
 * the year (2.5 positions a page: 1,000 pages → 2,500, where one index of 1,000 articles did well at 2,000).
 */
export function chunkSizeFor(pagesPerLanguage: number, most = 5000): number {
  return Math.min(most, Math.max(300, Math.round((pagesPerLanguage * 2.5) / 100) * 100));
}

const BODY = /\sdata-pagefind-body[\s=>]/;
const YEAR = /\sdata-pagefind-meta="year:(\d{4})"/;

const REPORT = /^(?:[a-z]{2}\/)?articles\/([^/]+)\//;

/** The report id of a built article page's path (`zh/articles/<id>/index.html`); undefined for other pages. */
export function reportIdOf(path: string): string | undefined {
  const id = REPORT.exec(path)?.[1];
  return id === undefined ? undefined : decodeURIComponent(id);
}

/**
 * The bucket of a built page at `path` (under dist/, `zh/articles/<id>/index.html`): a report's year
 * (`data-pagefind-meta="year:2024"`, what the article page writes) or UNDATED; ARCHIVE for any other indexed
 * page; undefined for a page Pagefind leaves out (no `data-pagefind-body`: every indexed page has one).
 */
export function bucketOfPage(html: string, path: string): string | undefined {
  if (!BODY.test(html)) return undefined;
  if (!REPORT.test(path)) return ARCHIVE;
  return YEAR.exec(html)?.[1] ?? UNDATED;
}

/** The page's `<html lang>`, lower-cased as Pagefind keys its languages ('' without one). */
export function pageLanguage(html: string): string {
  return (/<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? '').toLowerCase();
}

/**
 * The index a page of bucketOfPage's `bucket` goes in: its group of years (`groups`, as --list-shards names
 * them: src/lib/content/shard.ts; the report's `id`, from reportIdOf, picks its part of a year cut in parts),
 * or its year alone when no group holds it; the archive's pages their own.
 */
export function indexOf(bucket: string, groups: readonly string[], id?: string): string {
  if (bucket === ARCHIVE) return ARCHIVE;
  return groupOf(groups, bucket === UNDATED ? undefined : Number(bucket), id) ?? bucket;
}

/** The groups of pages' own years when the content's are not at hand: every year alone. */
export function eachYearAlone(buckets: Iterable<string>): string[] {
  const counts = new Map<number | typeof UNDATED, number>();
  for (const b of buckets) if (b !== ARCHIVE) counts.set(b === UNDATED ? UNDATED : Number(b), 1);
  return groupYears(counts, 1);
}

/** Indexes newest first (by their newest year; a year's parts in turn), then the archive's pages, the undated alone last. */
export function orderBuckets(buckets: Iterable<string>): string[] {
  const rank = (b: string) => (b === ARCHIVE ? 0 : yearsOf(b).length > 0 ? 1 : -1);
  return [...new Set(buckets)].sort((a, b) => rank(b) - rank(a) || compareGroups(a, b));
}

/** Where each bucket's index goes under `pagefind/`: the newest at the root (''), each other in `<bucket>/`. */
export function bucketFolders(buckets: Iterable<string>): Map<string, string> {
  return new Map(orderBuckets(buckets).map((bucket, i) => [bucket, i === 0 ? '' : `${bucket}/`]));
}

/** The manifest for indexes made of `buckets` (bucket → the Pagefind languages its index holds). */
export function indexManifest(buckets: ReadonlyMap<string, readonly string[]>): IndexManifest {
  const folders = bucketFolders(buckets.keys());
  const languages: Record<string, string[]> = {};
  for (const [bucket, folder] of folders) {
    for (const language of [...(buckets.get(bucket) ?? [])].sort()) (languages[language] ??= []).push(folder);
  }
  return {
    languages: Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    years: [...new Set([...folders.keys()].flatMap((bucket) => yearsOf(bucket).map(String)))],
  };
}
