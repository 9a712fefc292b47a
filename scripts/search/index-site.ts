// Builds the Pagefind index of a built site with Pagefind's CLI, which runs the extended binary (the one
// that segments Chinese) when the platform package ships it, as it does on Linux x64.
// The CLI rather than the Node API: on the seed site both take about 0.2 s, but at 10,000 articles the CLI
// indexed in 19 s where the Node API took 37–43 s (`npm run bench -- search --dist …`, two rounds each). The
// binary Pagefind's launcher would pick (`pagefindBinary`) is run directly: the launcher is a Node process of
// its own that only starts it, 0.7 s of an 8 s re-index of a group at 10,000 articles.
// One index per group of years (buckets.ts): a group whose pages are unchanged reuses its last index
// (index-cache.ts) instead of running the CLI, so an edit re-indexes only its group. When the caller kept the
// site's last index in place (`keptIndex`: build.ts on a kept dist/), the groups whose index is already there
// are left as they are and only the re-indexed groups' folders are replaced (placed.json in the cache says
// which index each place holds), instead of deleting the folder and copying every kept index back in.
// The groups Pagefind runs on are indexed side by side, one per core (pagefindJobs); in `npm run build` the
// reports' groups begin beside astro once their pages are written (indexReportsAhead, scripts/build/index-ahead.ts).
// Placing the indexes in pagefind/ is place-indexes.ts's.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listShards } from '../build/shard-names.ts';
import { ARCHIVE, bucketFolders, bucketOfPage, chunkSizeFor, eachYearAlone, indexOf, orderBuckets, pageLanguage, reportIdOf } from './buckets.ts';
import { htmlFiles, keepIndex, pageDigest, PagesDigest, restoreIndex, SEARCH_CACHE_DIR } from './index-cache.ts';
import { FileNotes, identityOf } from '../lib/file-notes.ts';
import { Trash } from '../lib/trash.ts';
import { syncMirror } from './page-mirror.ts';
import { placeIndexes, replaceIndexes } from './place-indexes.ts';

const PAGEFIND_RESOLVER = new URL('../../node_modules/pagefind/lib/resolveBinary.js', import.meta.url).href;
let binary: Promise<string> | undefined;

/**
 * The Pagefind binary, as Pagefind's launcher (pagefind/lib/runner/bin.cjs) finds it with Pagefind's own
 * resolver: PAGEFIND_EXTENDED_BINARY_PATH or PAGEFIND_BINARY_PATH when set, else the extended binary (which
 * segments Chinese) of the platform package, else the plain one.
 */
export function pagefindBinary(): Promise<string> {
  binary ??= import(PAGEFIND_RESOLVER).then(
    (m: { resolveBinaryPath: (names: string[]) => string }) => m.resolveBinaryPath(['pagefind_extended', 'pagefind']),
    (e: Error) => Promise.reject(new SearchIndexError(`pagefind is not installed (${e.message}): run npm ci`)),
  );
  return binary;
}

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
 * With one index per year this is the most a year's index gets; a smaller year gets less (buckets.ts, chunkSizeFor).
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
  /** Where the last indexes are kept for reuse (index-cache.ts); `null` always runs Pagefind and keeps nothing. */
  cacheDir?: string | null;
  /**
   * Index only these buckets, and find none without complaint (a shard of a sharded build: its group, or the
   * hub's ARCHIVE; the other pages it built belong to other shards).
   */
  only?: readonly string[];
  /** The groups of years (src/lib/content/shard.ts); by default --list-shards' of ./content, else each year alone. */
  groups?: readonly string[];
  /**
   * `siteDir/pagefind/` is exactly what the last indexSite with this cache left there (build.ts on a dist/ it
   * checked against its last build): groups whose index is in place stay, the others are replaced in it.
   */
  keptIndex?: boolean;
  /**
   * Every file under `siteDir` as listFiles (build/keep-dist.ts) gives them, when the caller has just listed
   * them (build.ts, after astro): its HTML files outside the indexes are the pages, without reading the
   * site's folders again.
   */
  files?: readonly string[];
  /**
   * Index every group but these, keeping the others' notes: the reports' groups indexed beside astro while it
   * renders the archive's pages (indexReportsAhead).
   */
  except?: readonly string[];
  /** How many groups Pagefind indexes at once (default pagefindJobs()). */
  jobs?: number;
  /** How many threads each Pagefind run may use (RAYON_NUM_THREADS, TOKIO_WORKER_THREADS); by default one per core. */
  threads?: number;
}

/** What index each group's place in `siteDir/pagefind/` holds, as the last indexSite left it (in the cache). */
interface PlacedRecord {
  /** `entry`: the identity of its pagefind-entry.json when placed (lib/file-notes.ts), which Pagefind writes anew each time. */
  buckets: Record<string, { fingerprint: string; pages: number; entry: string }>;
}
const PLACED_FILE = 'placed.json';
/** What each page told, for reading only the changed pages next time (lib/file-notes.ts), in the cache. */
const NOTES_FILE = 'pages.json';

/** What one page's bytes told: its bucket (buckets.ts; none when Pagefind skips it), language and digest. */
interface PageNote {
  bucket?: string;
  language: string;
  hash: string;
}

/** One group's index (buckets.ts): its pages and whether it was reused from the cache. */
export interface BucketIndex {
  bucket: string;
  pages: number;
  reused: boolean;
}

/**
 * Indexes the pages under `siteDir`, one Pagefind index per group of years (buckets.ts), and writes them to
 * `siteDir/pagefind/` (the newest at its root, the others in `<group>/`) with the manifest the search page
 * reads; a group whose pages are those of its index kept in `cacheDir` is copied from there instead.
 * `reused` when every group's was; `read`, the HTML files read (the others' notes were still good).
 */
export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<{ pages: number; reused: boolean; buckets: BucketIndex[]; read: number }> {
  const outputPath = join(siteDir, 'pagefind');
  const cacheDir = options.cacheDir === undefined ? SEARCH_CACHE_DIR : options.cacheDir;
  const placedFile = cacheDir === null || options.only ? null : join(cacheDir, PLACED_FILE);
  const placed = placedFile !== null && options.keptIndex && existsSync(outputPath) ? readPlaced(placedFile) : undefined;
  // Whatever happens next, the record no longer describes the folder until it is written again below.
  if (placedFile !== null) rmSync(placedFile, { force: true });
  // The indexes this run replaces go to the trash; the last run's are deleted while Pagefind runs (trash.ts).
  // Not for a shard: shards index side by side.
  const trash = cacheDir === null || options.only ? undefined : new Trash(join(cacheDir, 'trash'));
  const emptied = trash?.empty();
  const staged = await indexBuckets(siteDir, join(siteDir, 'pagefind.work'), { ...options, inPlace: placed, trash });
  // Pagefind names its files by content hash and never deletes: the indexes are assembled beside the old
  // ones and swapped in, so a rebuild leaves no stale chunks, and a failed one leaves the old index; or, with
  // groups in place, only the re-indexed groups' files are replaced.
  try {
    if (staged.inPlace.size > 0) replaceIndexes(staged.dirs, staged.buckets.map((b) => b.bucket), outputPath, trash);
    else placeIndexes(staged.dirs, outputPath);
  } finally {
    rmSync(join(siteDir, 'pagefind.work'), { recursive: true, force: true });
  }
  const pages = staged.buckets.reduce((sum, b) => sum + b.pages, 0);
  if (cacheDir !== null && !options.only) forgetOtherGroups(cacheDir, staged.buckets.map((b) => b.bucket));
  if (placedFile !== null) {
    const folders = bucketFolders(staged.buckets.map((b) => b.bucket));
    const entry = (bucket: string) => identityOf(join(outputPath, folders.get(bucket) as string, 'pagefind-entry.json'));
    const record: PlacedRecord = {
      buckets: Object.fromEntries(staged.buckets.map((b) => [b.bucket, { fingerprint: staged.fingerprints.get(b.bucket) as string, pages: b.pages, entry: entry(b.bucket) }])),
    };
    writeFileSync(placedFile, JSON.stringify(record));
  }
  await emptied;
  return { pages, reused: staged.buckets.every((b) => b.reused), buckets: staged.buckets, read: staged.read };
}

/**
 * Indexes the report pages among `files` (of `siteDir`) into the cache (index-cache.ts), by their groups of years,
 * placing nothing: run by build.ts beside astro for each group whose pages are all written (src/lib/build-progress.ts,
 * scripts/build/index-ahead.ts), while astro renders on. The indexSite after astro then finds those groups' indexes
 * kept, and runs Pagefind only for the others. One group at a time, on one thread: Pagefind's threads would take
 * the core astro renders on (it writes the same files on one, and at this disk's pace is no slower: 10,000 pages in
 * 61 s on one thread, 74 s on its default two). At the normal priority: measured cold at 10,000 articles, quiet,
 * Pagefind at nice 10 beside astro indexed half as fast and astro was no faster (163.8 s in all against 125.6 s).
 */
export async function indexReportsAhead(siteDir: string, files: readonly string[], options: Pick<IndexOptions, 'cacheDir' | 'groups'> = {}): Promise<BucketIndex[]> {
  const cacheDir = options.cacheDir === undefined ? SEARCH_CACHE_DIR : options.cacheDir;
  if (cacheDir === null) return [];
  const workDir = join(cacheDir, 'ahead');
  const trash = new Trash(join(cacheDir, 'trash'));
  try {
    const reports = files.filter((file) => reportIdOf(file) !== undefined);
    const { buckets } = await indexBuckets(siteDir, workDir, { ...options, cacheDir, files: reports, except: [ARCHIVE], trash, jobs: 1, threads: 1 });
    return buckets;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function readPlaced(file: string): PlacedRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PlacedRecord;
  } catch {
    return undefined;
  }
}

/**
 * Deletes the kept indexes and page mirrors of groups the site no longer has: group names follow the
 * reports' counts (a year past CZ_YEAR_GROUP_MAX is cut into parts), so the old names would pile up. Only
 * after indexing a whole site: a shard indexes its own group, and the others' stay for their shards.
 */
function forgetOtherGroups(cacheDir: string, groups: readonly string[]): void {
  for (const kind of ['years', 'sites']) {
    const dir = join(cacheDir, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (!groups.includes(name)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/**
 * How many groups Pagefind indexes at once: CZ_PAGEFIND_JOBS when set (a whole number of 1 or more), else one per
 * core. Each run is a process of its own (a few hundred MB per 10,000 pages), so this bounds memory too.
 */
export function pagefindJobs(requested = process.env.CZ_PAGEFIND_JOBS, cores = availableParallelism()): number {
  if (requested === undefined || requested === '') return Math.max(1, cores);
  const n = Number(requested);
  if (!Number.isInteger(n) || n < 1) throw new SearchIndexError(`CZ_PAGEFIND_JOBS must be a whole number of 1 or more, not “${requested}”`);
  return n;
}

/**
 * Indexes each group of `siteDir` alone into `workDir/<bucket>/` (or copies its kept index); the group's pages
 * are hard-linked into a private site folder at their own paths (page-mirror.ts, kept in the cache), so Pagefind
 * gives them the same URLs.
 */
export async function indexBuckets(
  siteDir: string,
  workDir: string,
  options: IndexOptions & { inPlace?: PlacedRecord; trash?: Trash } = {},
): Promise<{ dirs: Map<string, string>; buckets: BucketIndex[]; fingerprints: Map<string, string>; inPlace: Set<string>; read: number }> {
  const cacheDir = options.cacheDir === undefined ? SEARCH_CACHE_DIR : options.cacheDir;
  // A shard's site is its own folder, and shards run side by side: notes only for a whole site.
  const notes = new FileNotes<PageNote>(siteDir, cacheDir === null || options.only ? null : join(cacheDir, NOTES_FILE));
  const byBucket = pagesByBucket(siteDir, options.groups ?? (await listShards()), notes, options.files);
  notes.save(options.except !== undefined);
  if (options.only) for (const bucket of byBucket.keys()) if (!options.only.includes(bucket)) byBucket.delete(bucket);
  for (const bucket of options.except ?? []) byBucket.delete(bucket);
  if (byBucket.size === 0 && !options.only && !options.except) throw new SearchIndexError(`pagefind found no HTML pages to index in ${siteDir}: build the site first.`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  // The indexes in place count only when the groups are the very same (same places: the newest at the root).
  const sameGroups = (a: Iterable<string>, b: Iterable<string>) => JSON.stringify(orderBuckets(a)) === JSON.stringify(orderBuckets(b));
  const placed = options.inPlace && sameGroups(Object.keys(options.inPlace.buckets), byBucket.keys()) ? options.inPlace.buckets : {};
  // An index in place counts only while its entry file is the one placed (nothing else wrote the folder since).
  const folders = bucketFolders(byBucket.keys());
  const entryIs = (bucket: string, identity: string) => {
    try {
      return identityOf(join(siteDir, 'pagefind', folders.get(bucket) as string, 'pagefind-entry.json')) === identity;
    } catch {
      return false;
    }
  };
  const dirs = new Map<string, string>();
  const buckets: BucketIndex[] = [];
  const fingerprints = new Map<string, string>();
  const inPlace = new Set<string>();
  /** The groups Pagefind runs on, each with its place in `buckets`. */
  const runs: { at: number; bucket: string; paths: string[]; chunkSize: string; bundle: string; bucketCache: string | null; fingerprint: string }[] = [];
  for (const bucket of orderBuckets(byBucket.keys())) {
    const { paths, perLanguage, digest } = byBucket.get(bucket)!;
    // PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE set by hand wins (the bench compares sizes with it).
    const chunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(chunkSizeFor(perLanguage, INDEX_CHUNK_SIZE));
    const settings = { args: pagefindArgs('.', 'pagefind'), chunkSize, pagefind: pagefindVersion() };
    const bundle = join(workDir, bucket);
    const bucketCache = cacheDir === null ? null : join(cacheDir, 'years', bucket);
    const fingerprint = bucketCache === null ? '' : digest.fingerprint(settings);
    fingerprints.set(bucket, fingerprint);
    if (fingerprint !== '' && placed[bucket]?.fingerprint === fingerprint && entryIs(bucket, placed[bucket].entry)) {
      inPlace.add(bucket); // its index is where it goes already
      buckets.push({ bucket, pages: placed[bucket].pages, reused: true });
      continue;
    }
    dirs.set(bucket, bundle);
    const kept = bucketCache === null ? undefined : restoreIndex(bucketCache, fingerprint, bundle);
    if (kept !== undefined) {
      buckets.push({ bucket, pages: kept, reused: true });
      continue;
    }
    runs.push({ at: buckets.length, bucket, paths, chunkSize, bundle, bucketCache, fingerprint });
    buckets.push({ bucket, pages: 0, reused: false });
  }
  // Groups are indexed side by side, a few at a time (pagefindJobs): one Pagefind run keeps about one core and a
  // third busy, so two at once on 2 cores take 0.8 of the time of one after the other (two groups at 10,000).
  const failures: SearchIndexError[] = [];
  const indexOne = async ({ at, bucket, paths, chunkSize, bundle, bucketCache, fingerprint }: (typeof runs)[number]) => {
    // The group's pages alone, at their own paths: kept between builds beside its index (page-mirror.ts).
    const site = cacheDir === null ? join(workDir, `site-${bucket}`) : join(cacheDir, 'sites', bucket);
    syncMirror(siteDir, paths, site);
    const threads = options.threads === undefined ? {} : { RAYON_NUM_THREADS: String(options.threads), TOKIO_WORKER_THREADS: String(options.threads) };
    const env = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: chunkSize, ...threads };
    const { code, output } = await run(await pagefindBinary(), pagefindArgs(site, bundle), env);
    if (cacheDir === null) rmSync(site, { recursive: true, force: true });
    const pages = Number(/Indexed (\d+) pages?/.exec(output)?.[1] ?? 0);
    if (code !== 0 || pages === 0) {
      const why = output.split('\n').filter((line) => /error/i.test(line)).join(' ').trim();
      failures.push(new SearchIndexError(`pagefind could not index the ${bucket} pages of ${siteDir} (exit ${code}): ${why || output.trim().split('\n').slice(-5).join(' ')}`));
      return;
    }
    if (bucketCache !== null) keepIndex(bucketCache, fingerprint, bundle, pages, options.trash);
    buckets[at] = { bucket, pages, reused: false };
  };
  const queue = [...runs];
  const active = new Set<Promise<void>>();
  const startLane = () => {
    const lane = (async () => {
      for (let next = queue.shift(); next !== undefined && failures.length === 0; next = queue.shift()) await indexOne(next);
    })();
    active.add(lane);
    // Handled both ways: a lane that throws (a page mirror that cannot be made) fails the Promise.all below, not the process.
    lane.then(
      () => active.delete(lane),
      () => active.delete(lane),
    );
  };
  const lanes = Math.min(options.jobs ?? pagefindJobs(), runs.length);
  for (let i = 0; i < lanes; i++) startLane();
  while (active.size > 0) await Promise.all([...active]);
  if (failures.length > 0) {
    rmSync(workDir, { recursive: true, force: true });
    throw failures[0];
  }
  return { dirs, buckets, fingerprints, inPlace, read: notes.read };
}

/**
 * Each bucket's pages (every HTML file outside the indexes whose page Pagefind would index), the most pages it
 * has in one language, and the digest of its pages for the cache (index-cache.ts). What a page tells (bucket,
 * language, digest) comes from its note when its file is the one noted last time (lib/file-notes.ts, `notes`),
 * else from reading it once: its markers (`data-pagefind-*`, `<html lang>`) are ASCII, so it is decoded as
 * Latin-1, cheaper than UTF-8. Without groups, the pages' own years make them.
 */
function pagesByBucket(
  siteDir: string,
  groups: readonly string[] | undefined,
  notes: FileNotes<PageNote>,
  listed?: readonly string[],
): Map<string, { paths: string[]; perLanguage: number; digest: PagesDigest }> {
  const files = htmlFiles(siteDir, ['pagefind', 'pagefind.new', 'pagefind.work'], listed);
  const noteOf = (path: string) =>
    notes.note(path, (bytes) => {
      const html = bytes.toString('latin1');
      return { bucket: bucketOfPage(html, path), language: pageLanguage(html), hash: pageDigest(bytes) };
    });
  const grouping = groups ?? eachYearAlone(files.flatMap((path) => noteOf(path).bucket ?? []));
  const byBucket = new Map<string, { paths: string[]; languages: Map<string, number>; digest: PagesDigest }>();
  for (const path of files) {
    const { bucket, language, hash } = noteOf(path);
    if (bucket === undefined) continue;
    const index = indexOf(bucket, grouping, reportIdOf(path));
    let entry = byBucket.get(index);
    if (!entry) byBucket.set(index, (entry = { paths: [], languages: new Map(), digest: new PagesDigest() }));
    entry.paths.push(path);
    entry.digest.addDigest(path, hash);
    entry.languages.set(language, (entry.languages.get(language) ?? 0) + 1);
  }
  return new Map([...byBucket].map(([bucket, { paths, languages, digest }]) => [bucket, { paths, perLanguage: Math.max(...languages.values()), digest }]));
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
