// What lets `npm run ingest` skip the pages it can prove unchanged: a record, per seed, of what the last
// run made of it (its report, its articles' ids and id claims, the hash of every file they produce) and,
// per file in content/, what ingest learnt from reading it. Pure: cli.ts reads and writes the cache file.
//
// The cache only ever saves work, never changes a result: a seed is skipped only when its bytes, the
// ingest's own code, the ids a full run would give its articles, and the files on disk those articles'
// output depends on are all as recorded; anything else (a missing, old or damaged cache included) means
// that seed, or the whole run, is done in full.

import { createHash } from 'node:crypto';
import { sha256Hex } from './hash.ts';
import { assignIds, type IdClaim, type KnownId } from './ids.ts';
import {
  articlePath,
  type FigureFileOnDisk,
  type FiguresOutcome,
  figurePath,
  type FileFacts,
  type FileStat,
  type Lang,
  outcomeAfterRun,
} from './outputs.ts';
import { type BuiltArticle, claimOf, type SeedDrafts, type SeedReport } from './pipeline.ts';
import type { DesiredFile } from './plan.ts';

/** Bumped when the cache's shape changes; the ingest's source is hashed into the version anyway. */
const FORMAT = 1;

/**
 * A file whose mtime is this close to the start of the run that recorded it may still change within
 * the same timestamp tick (coarse file-system clocks: up to 2 s on FAT): its stat proves nothing, and
 * the next run hashes it (as git does with "racily clean" index entries).
 */
export const RACY_MS = 2000;

export interface FileEntry extends FileStat, FileFacts {}

export interface CachedArticle {
  id: string;
  /** `en` for an English item (its file is in articles/en); Chinese when left out. */
  lang?: Lang;
  title: string;
  firstBlock: number;
  /** sha256Hex of the article's .md as ingest makes it. */
  markdown: string;
  figures: FiguresOutcome;
}

/**
 * A file beside a seed that is part of what the seed makes: its sidecar (`<name>.yaml`: paper, date, page)
 * or its hints (`<name>.hints.yaml`). A change to one is a change to the seed.
 */
export interface SideFile extends FileStat {
  name: string;
  sha256: string;
}

export interface SeedEntry extends FileStat {
  /** sha256 of the seed's bytes. */
  sha256: string;
  /** The seed's side files as read, by name; none when it has none. */
  side?: SideFile[];
  report: SeedReport;
  articles: CachedArticle[];
}

export interface IngestCache {
  version: string;
  /** The content folder (resolved) the cache describes. */
  out: string;
  seeds: Map<string, SeedEntry>;
  /** By path under the content folder: `articles/zh/<name>`, `figures/<name>`. */
  files: Map<string, FileEntry>;
}

export function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The cache file's name for a content folder: one cache per folder, so bench and test copies never share. */
export function cacheFileName(resolvedOut: string): string {
  return `${sha256Bytes(new TextEncoder().encode(resolvedOut)).slice(0, 16)}.json`;
}

/**
 * Everything a seed's output depends on besides its bytes: the ingest's source files (every non-test
 * module, by path), the packages it calls, and the runtime (Intl word segmentation comes with ICU).
 */
export function ingestVersion(sources: { path: string; text: string }[], packages: Record<string, string>, runtime: string): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\nruntime ${runtime}\n`);
  for (const name of Object.keys(packages).sort()) hash.update(`package ${name}@${packages[name]}\n`);
  for (const { path, text } of [...sources].sort((a, b) => compare(a.path, b.path))) {
    hash.update(`source ${path} ${Buffer.byteLength(text)}\n`).update(text);
  }
  return hash.digest('hex');
}

/** Facts from the stat alone, when the file's size and mtime are as recorded (and were not racy). The entry is its facts. */
export function factsFromStat(entry: FileEntry | undefined, stat: FileStat): FileFacts | undefined {
  if (!entry || entry.mtimeMs < 0 || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs) return undefined;
  return entry;
}

/** Facts of a file read again: those recorded if its text is unchanged (a touched file is not a changed one). */
export function factsFromHash(entry: FileEntry | undefined, sha256: string): FileFacts | undefined {
  return entry && entry.sha256 === sha256 ? entry : undefined;
}

/** The seed's recorded hash when its stat proves its bytes unchanged; otherwise it must be read. */
export function seedHashFromStat(entry: SeedEntry | undefined, stat: FileStat): string | undefined {
  return entry && entry.mtimeMs >= 0 && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs ? entry.sha256 : undefined;
}

/**
 * Seeds that may be skipped, before ids are known: bytes as recorded, and every file their articles
 * produce in a state where a full run would write nothing — the .md as ingest makes it or kept as an
 * editor's (edited or unstamped), the figure file exactly the one the recorded merge started from, with
 * nothing to write. Whatever a full run would create or update needs content, so its seed is redone.
 */
export function cleanCandidates(
  cache: IngestCache,
  seeds: { name: string; sha256: string; side?: readonly { name: string; sha256: string }[] }[],
  files: Map<string, FileFacts>,
): Map<string, SeedEntry> {
  const clean = new Map<string, SeedEntry>();
  for (const seed of seeds) {
    const entry = cache.seeds.get(seed.name);
    if (!entry || entry.sha256 !== seed.sha256 || !sameSideFiles(entry.side, seed.side)) continue;
    if (entry.articles.every((a) => outputsInStep(a, files))) clean.set(seed.name, entry);
  }
  return clean;
}

/** The same side files, by name and bytes: one added, removed or changed makes the seed's output another. */
export function sameSideFiles(a: readonly { name: string; sha256: string }[] = [], b: readonly { name: string; sha256: string }[] = []): boolean {
  const key = (files: readonly { name: string; sha256: string }[]) => files.map((f) => `${f.name}\0${f.sha256}`).sort().join('\n');
  return key(a) === key(b);
}

/** A side file's recorded hash when its stat proves its bytes unchanged (as seedHashFromStat). */
export function sideHashFromStat(entry: SeedEntry | undefined, name: string, stat: FileStat): string | undefined {
  const known = entry?.side?.find((f) => f.name === name);
  return known && known.mtimeMs >= 0 && known.size === stat.size && known.mtimeMs === stat.mtimeMs ? known.sha256 : undefined;
}

function outputsInStep(article: CachedArticle, files: Map<string, FileFacts>): boolean {
  const file = files.get(articlePath(article.id, files, article.lang));
  if (!file || (file.sha256 !== article.markdown && file.state === 'intact')) return false;
  const figures = files.get(figurePath(article.id));
  if (!figures || figures.sha256 !== article.figures.input) return false;
  return 'problem' in article.figures || article.figures.output === article.figures.input;
}

/**
 * The ids a full run gives, per seed: every article's claim in seed order — from the cache for clean
 * seeds, from the drafts for the rest — through assignIds with every known and reserved id, exactly as
 * pipeline.ts's ingest() does.
 */
export function assignSeedIds(
  order: string[],
  claims: (name: string) => IdClaim[],
  known: KnownId[],
  reserved: Iterable<string>,
): Map<string, string[]> {
  const perSeed = order.map((name) => ({ name, claims: claims(name) }));
  const ids = assignIds(
    perSeed.flatMap((s) => s.claims),
    known,
    reserved,
  );
  const out = new Map<string, string[]>();
  let at = 0;
  for (const s of perSeed) {
    out.set(s.name, ids.slice(at, at + s.claims.length));
    at += s.claims.length;
  }
  return out;
}

/**
 * Drafts every seed that cannot be skipped and gives every article the id a full run gives it. A skipped
 * seed whose ids come out otherwise than recorded is drafted after all; its claims are the recorded
 * ones, so the ids stand, but they are worked out again until no skipped seed is left to redo.
 */
export function settleIds(
  order: string[],
  candidates: Map<string, SeedEntry>,
  draft: (name: string) => SeedDrafts,
  known: KnownId[],
  reserved: string[],
): { clean: Map<string, SeedEntry>; pages: Map<string, SeedDrafts>; ids: Map<string, string[]> } {
  const clean = new Map(candidates);
  const pages = new Map<string, SeedDrafts>();
  const claims = (name: string) => {
    const entry = clean.get(name);
    if (entry) return cachedClaims(name, entry);
    if (!pages.has(name)) pages.set(name, draft(name));
    return pages.get(name)!.drafts.map(claimOf);
  };
  let ids = assignSeedIds(order, claims, known, reserved);
  for (let changed = idsChanged(clean, ids); changed.length; changed = idsChanged(clean, ids)) {
    for (const name of changed) clean.delete(name);
    ids = assignSeedIds(order, claims, known, reserved);
  }
  return { clean, pages, ids };
}

export function cachedClaims(name: string, entry: SeedEntry): IdClaim[] {
  return entry.articles.map((a) => ({ seed: name, title: a.title, firstBlock: a.firstBlock }));
}

/**
 * Clean candidates that must be redone after all: their articles would get other ids than recorded
 * (ids.ts can move an id between two articles of one title), or share an id with another article, whose
 * files would then be written from two articles.
 */
export function idsChanged(clean: Map<string, SeedEntry>, ids: Map<string, string[]>): string[] {
  const uses = new Map<string, number>();
  for (const list of ids.values()) for (const id of list) uses.set(id, (uses.get(id) ?? 0) + 1);
  const changed: string[] = [];
  for (const [name, entry] of clean) {
    const now = ids.get(name) ?? [];
    const same = now.length === entry.articles.length && entry.articles.every((a, i) => a.id === now[i] && uses.get(a.id) === 1);
    if (!same) changed.push(name);
  }
  return changed;
}

export interface SeedRecord {
  name: string;
  stat: FileStat;
  sha256: string;
  side?: SideFile[];
  report: SeedReport;
  articles: CachedArticle[];
}

/** What the next run needs to skip each seed: carried over for a skipped seed, made anew for the rest. */
export function seedRecords(
  seeds: { name: string; stat: FileStat; sha256: string; side?: SideFile[] }[],
  clean: Map<string, SeedEntry>,
  reportOf: (name: string) => SeedReport,
  built: Map<string, BuiltArticle[]>,
  desired: Map<string, DesiredFile>,
  figureTexts: Map<string, FigureFileOnDisk>,
): SeedRecord[] {
  const records: SeedRecord[] = [];
  for (const { name, stat, sha256, side } of seeds) {
    const entry = clean.get(name);
    const articles = entry ? entry.articles : recordArticles(built.get(name) ?? [], desired, figureTexts);
    if (articles) records.push({ name, stat, sha256, ...(side?.length && { side }), report: entry?.report ?? reportOf(name), articles });
  }
  return records;
}

/**
 * What the next run needs to skip a seed drafted in this run: each article's claim, the hash of its .md,
 * and its figure file as this run leaves it — written from `desired`, or (not records) left as read.
 * Undefined where that file is not known, which only makes the next run redo the seed.
 */
export function recordArticles(built: BuiltArticle[], desired: Map<string, DesiredFile>, read: Map<string, FigureFileOnDisk>): CachedArticle[] | undefined {
  const articles: CachedArticle[] = [];
  for (const { article, markdown, figures } of built) {
    const path = figurePath(article.id);
    const written = desired.get(path);
    const final = written?.content !== undefined ? { sha256: written.sha256, text: written.content } : read.get(path);
    if (!final) return undefined;
    const { title, firstBlock } = claimOf(article);
    const lang = article.lang === 'en' ? { lang: 'en' as const } : {};
    articles.push({ id: article.id, ...lang, title, firstBlock, markdown: sha256Hex(markdown), figures: outcomeAfterRun(figures, final) });
  }
  return articles;
}

/**
 * The cache a run leaves: every seed present, and every file in content/ as the run leaves it — `stat`
 * undefined for a file it wrote, which the next run then hashes rather than trusting a stat taken so soon.
 */
export function nextCache(
  version: string,
  out: string,
  runStart: number,
  seeds: SeedRecord[],
  files: { path: string; stat?: FileStat; facts: FileFacts }[],
): IngestCache {
  const cache: IngestCache = { version, out, seeds: new Map(), files: new Map() };
  for (const { name, stat, sha256, side, report, articles } of seeds) {
    const sideFiles = side?.map((f) => ({ name: f.name, ...recordedStat(f, runStart), sha256: f.sha256 }));
    cache.seeds.set(name, { ...recordedStat(stat, runStart), sha256, ...(sideFiles?.length && { side: sideFiles }), report, articles });
  }
  for (const { path, stat, facts } of files) {
    // JSON has no NaN or Infinity (a hand-written `blocks: [.nan]`): such a file is simply read again.
    if (facts.info?.firstBlock !== undefined && !Number.isFinite(facts.info.firstBlock)) continue;
    const { sha256, state, info, onlyIngest } = facts;
    cache.files.set(path, { ...recordedStat(stat, runStart), sha256, state, ...(info && { info }), ...(onlyIngest !== undefined && { onlyIngest }) });
  }
  return cache;
}

/** The stat to record: none (-1) for a file that may still change within its timestamp tick. */
export function recordedStat(stat: FileStat | undefined, runStart: number): FileStat {
  if (!stat || stat.mtimeMs >= runStart - RACY_MS) return { size: -1, mtimeMs: -1 };
  return { size: stat.size, mtimeMs: stat.mtimeMs };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
