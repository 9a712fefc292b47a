// The archive as every page sees it, built once per build from the collection entries and figure files:
// each Chinese article with its English translation, translation state and figures, and each English-only
// article (an English file without `translationOf`), newest first, plus
// the indexes that keep per-page work small (by id, by topic, by region).
// Pure: no astro:content, no file system (src/lib/content/articles.ts feeds it), so it is tested on fixtures.
import type { FigureRecord } from '../../domain/figure.ts';
import type { Topic } from '../../domain/topics.ts';
import { sourceHashOf, translationStatus, type TranslationState } from '../../domain/translation.ts';
import type { Lang } from '../i18n.ts';
import type { ArticleData } from '../../domain/article.ts';
import { frontmatterFigures } from './figure-schema.ts';
import { regionKey } from '../../domain/places/regions.ts';

/** The part of an Astro collection entry the catalog reads. */
export interface ArticleEntry {
  /** Collection id: the path under content/articles without extension, `zh/<id>`. */
  id: string;
  body?: string;
  filePath?: string;
  data: ArticleData;
  /**
   * The translation hash of its title, deck and body (src/domain/translation.ts), when worked out before: the
   * compact catalog's writer (scripts/build/compact-catalog.ts) notes it per file and keeps no body.
   */
  sourceHash?: string;
}

export interface ArticleRecord<E extends ArticleEntry = ArticleEntry> {
  /** The article id (URL segment): the Chinese file's name (the English one for an English-only article). */
  id: string;
  /** The language the article was written in: 'en' for an editor's English-only article. */
  original: Lang;
  /**
   * The entry holding the article's metadata (kind, byline, source, topics): the Chinese file, or for an
   * English-only article the English file itself (then `zh === en`), so pages reading metadata need no case.
   */
  zh: E;
  en?: E;
  /** An English-only article counts as 'translated': its English text is the original, never out of date. */
  translation: TranslationState;
  /** The hash an English translation must carry to be current (src/domain/translation.ts). */
  sourceHash: string;
  /** From content/figures/<id>.json, then those in the frontmatter `figures:` list. */
  figures: FigureRecord[];
  year?: number;
  topics: Topic[];
  regions: string[];
  /**
   * Set on a record made from the compact catalog (compact-catalog.ts: a report of another group in a shard's
   * build), whose `figures` are left out: how many it has, and the digest of what other pages show of it
   * (cache-keys.ts summaryDigest, worked out where the whole record was at hand).
   */
  figureCount?: number;
  summary?: string;
}

export interface Catalog<E extends ArticleEntry = ArticleEntry> {
  /** Newest first: year descending (articles without a year last), then id. */
  articles: ArticleRecord<E>[];
  byId: Map<string, ArticleRecord<E>>;
  /** Position of each id in `articles`, for previous/next. */
  position: Map<string, number>;
  byTopic: Map<Topic, string[]>;
  byRegion: Map<string, string[]>;
  /** English files with a `translationOf` naming no published Chinese article. */
  orphanTranslations: E[];
  /**
   * Figure id → the key of its measure page, worked out over the whole archive's figures when this catalog
   * holds only some of them (a group's shard: compact-catalog.ts); undefined when it holds every figure.
   */
  measureLinks?: Map<string, string>;
}

export class CatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogError';
  }
}

/** The id an entry is published under: its frontmatter `id`, else its file name. */
export function articleIdOf(entry: ArticleEntry): string {
  return entry.data.id ?? entry.id.replace(/^(zh|en)\//, '');
}

/**
 * `figureFiles` maps an article id to the records of content/figures/<id>.json (already validated).
 * Throws a CatalogError when two files claim the same id or translate the same article.
 * An English file without `translationOf` is an English-only article, not a translation.
 */
export function buildCatalog<E extends ArticleEntry>(entries: readonly E[], figureFiles: ReadonlyMap<string, FigureRecord[]>): Catalog<E> {
  const sources = entries.filter((e) => e.data.lang === 'zh' && !e.data.draft);
  const english = entries.filter((e) => e.data.lang === 'en' && !e.data.draft);
  const translations = english.filter((e) => e.data.translationOf !== undefined);
  const englishOnly = english.filter((e) => e.data.translationOf === undefined);

  const zhById = new Map<string, E>();
  for (const entry of sources) {
    const id = articleIdOf(entry);
    const clash = zhById.get(id);
    if (clash) throw new CatalogError(`two Chinese articles have the id "${id}": ${where(clash)} and ${where(entry)}; rename one of them.`);
    zhById.set(id, entry);
  }

  const enOnlyById = new Map<string, E>();
  for (const entry of englishOnly) {
    const id = articleIdOf(entry);
    const clash = zhById.get(id) ?? enOnlyById.get(id);
    if (clash) {
      const fix = clash.data.lang === 'zh' ? `if it translates the Chinese article, add "translationOf: ${id}"; else rename one of them` : 'rename one of them';
      throw new CatalogError(`two articles have the id "${id}": ${where(clash)} and ${where(entry)}; ${fix}.`);
    }
    enOnlyById.set(id, entry);
  }

  const enByOriginal = new Map<string, E>();
  const orphanTranslations: E[] = [];
  for (const entry of translations) {
    const original = entry.data.translationOf!;
    if (!zhById.has(original)) {
      orphanTranslations.push(entry);
      continue;
    }
    const clash = enByOriginal.get(original);
    if (clash) {
      throw new CatalogError(`two English files translate "${original}": ${where(clash)} and ${where(entry)}; keep one of them.`);
    }
    enByOriginal.set(original, entry);
  }

  const hashes = new Map([...zhById].map(([id, e]) => [id, hashOf(e)]));
  const states = new Map(
    translationStatus(
      [...zhById].map(([id, e]) => ({ id, title: e.data.title, hash: hashes.get(id)! })),
      [...enByOriginal].map(([original, e]) => ({ id: e.id, translationOf: original, sourceHash: e.data.sourceHash ?? '' })),
    ).map((row) => [row.id, row.state]),
  );

  const articles: ArticleRecord<E>[] = [...zhById].map(([id, zh]) => ({
    id,
    original: 'zh' as const,
    zh,
    en: enByOriginal.get(id),
    translation: states.get(id) ?? 'missing',
    sourceHash: hashes.get(id)!,
    figures: [...(figureFiles.get(id) ?? []), ...frontmatterFigures(id, zh.data.figures)],
    year: zh.data.year,
    topics: zh.data.topics,
    regions: placeKeys(zh.data.regions),
  }));
  for (const [id, en] of enOnlyById) {
    articles.push({
      id,
      original: 'en',
      zh: en,
      en,
      translation: 'translated',
      sourceHash: hashOf(en),
      figures: [...(figureFiles.get(id) ?? []), ...frontmatterFigures(id, en.data.figures)],
      year: en.data.year,
      topics: en.data.topics,
      regions: placeKeys(en.data.regions),
    });
  }
  return indexCatalog(articles, orphanTranslations);
}

/** An entry's translation hash: noted before (sourceHash), else of its title, deck and body. */
function hashOf(entry: ArticleEntry): string {
  return entry.sourceHash ?? sourceHashOf({ title: entry.data.title, subtitle: entry.data.subtitle, body: entry.body ?? '' });
}

/** A catalog of these records: sorted newest first (in place) and indexed by id, position, topic and place. */
export function indexCatalog<E extends ArticleEntry>(articles: ArticleRecord<E>[], orphanTranslations: E[]): Catalog<E> {
  articles.sort(newestFirst);
  const byTopic = new Map<Topic, string[]>();
  const byRegion = new Map<string, string[]>();
  for (const a of articles) {
    for (const t of a.topics) push(byTopic, t, a.id);
    for (const r of a.regions) push(byRegion, r, a.id);
  }

  return {
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    position: new Map(articles.map((a, i) => [a.id, i])),
    byTopic,
    byRegion,
    orphanTranslations,
  };
}

export function newestFirst(a: { year?: number; id: string }, b: { year?: number; id: string }): number {
  const ya = a.year ?? -Infinity;
  const yb = b.year ?? -Infinity;
  if (ya !== yb) return yb - ya;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The articles before and after one in the catalog's order (newer and older). */
export function neighbours<E extends ArticleEntry>(catalog: Catalog<E>, id: string): { newer?: ArticleRecord<E>; older?: ArticleRecord<E> } {
  const i = catalog.position.get(id);
  if (i === undefined) return {};
  return { newer: catalog.articles[i - 1], older: catalog.articles[i + 1] };
}

// A region every report names (the city as a whole) says little about what two reports share.
const WEAK_REGIONS = new Set(['长治市']);

/**
 * Up to `limit` articles sharing the most topics and regions with one (a shared topic counts 2, a shared
 * region 1, the city as a whole nothing); ties go to the newer article. They are chosen among the RELATED_REACH
 * reports either side of it in the catalog's order: reports of about the same time, not the newest of a topic
 * for every old report alike, and the work of a page does not grow with the archive. Reads only the posting
 * lists of the article's own topics and regions, never the whole collection.
 */
export function related<E extends ArticleEntry>(catalog: Catalog<E>, id: string, limit = 3): ArticleRecord<E>[] {
  // Asked for one article by its page's cache key and by the page itself, in each language, so up to four
  // times a build: worked out once per catalog (scoreRelated, on positions rather than ids: postingsOf).
  let answers = relatedMemo.get(catalog);
  if (!answers) relatedMemo.set(catalog, (answers = new Map()));
  const key = `${limit} ${id}`;
  let answer = answers.get(key) as ArticleRecord<E>[] | undefined;
  if (!answer) answers.set(key, (answer = scoreRelated(catalog, id, limit)));
  return [...answer];
}

const relatedMemo = new WeakMap<object, Map<string, unknown[]>>();

/**
 * What `related` reads of the catalog: each article's id, topics and places, in the catalog's order (ties go
 * to the newer). Two catalogs with the same inputs have the same related articles, so the answers can be
 * kept between builds (articles.ts keeps them on disk: 2–3 s at 10,000 articles) and given back (seedRelated).
 */
export function relatedInputs(catalog: Catalog<ArticleEntry>): string {
  return JSON.stringify(catalog.articles.map((a) => [a.id, a.topics, a.regions]));
}

/** Every article's related articles' ids (`limit` each), in the catalog's order. */
export function allRelated(catalog: Catalog<ArticleEntry>, limit = 3): string[][] {
  return catalog.articles.map((a) => related(catalog, a.id, limit).map((r) => r.id));
}

/** Gives `related` the answers allRelated made for a catalog with the same relatedInputs. */
export function seedRelated<E extends ArticleEntry>(catalog: Catalog<E>, lists: readonly (readonly string[])[], limit = 3): void {
  if (lists.length !== catalog.articles.length) throw new Error(`seedRelated: ${lists.length} lists for ${catalog.articles.length} articles`);
  let answers = relatedMemo.get(catalog);
  if (!answers) relatedMemo.set(catalog, (answers = new Map()));
  catalog.articles.forEach((a, i) => answers!.set(`${limit} ${a.id}`, lists[i]!.map((id) => catalog.byId.get(id)!)));
}

/**
 * The posting lists as positions in `articles`, and a score per article reused by every call: at 10,000
 * articles the lists run to thousands of entries per article, and a Map of string ids (63 s of a 341 s build
 * in getStaticPaths, profiled) was the cost, not the counting. `touched` holds the positions one call has
 * scored, so that only they are ranked and reset.
 */
interface Postings {
  byTopic: Map<string, Int32Array>;
  byRegion: Map<string, Int32Array>;
  scores: Int32Array;
  touched: Int32Array;
}

const postingsMemo = new WeakMap<object, Postings>();

function postingsOf(catalog: Catalog<ArticleEntry>): Postings {
  let postings = postingsMemo.get(catalog);
  if (!postings) {
    const positions = (ids: string[]) => Int32Array.from(ids.map((id) => catalog.position.get(id) ?? -1).filter((p) => p >= 0));
    postings = {
      byTopic: new Map([...catalog.byTopic].map(([topic, ids]) => [topic, positions(ids)])),
      byRegion: new Map([...catalog.byRegion].map(([region, ids]) => [region, positions(ids)])),
      scores: new Int32Array(catalog.articles.length),
      touched: new Int32Array(catalog.articles.length),
    };
    postingsMemo.set(catalog, postings);
  }
  return postings;
}

/**
 * The counting was the whole archive's cost when every article scanned the whole posting lists of its topics
 * (50,435 bench articles: 190 s of a cold build with the counts made by a closure into a growing array of ids,
 * profiled; 13.5 s as flat loops over typed arrays). Now it reads the runs of its lists within RELATED_REACH,
 * in slices of the catalog's order, newest first: once the best `limit` kept score at least what the lists
 * still holding later articles could add up to, no later article can take a place (ties go to the newer), so the rest is never read.
 * `related` asks it through its memo; `reach` and `slice` other than the build's are for tests.
 */
export function scoreRelated<E extends ArticleEntry>(catalog: Catalog<E>, id: string, limit: number, reach = RELATED_REACH, slice = SLICE): ArticleRecord<E>[] {
  const article = catalog.byId.get(id);
  const own = catalog.position.get(id);
  if (!article || own === undefined) return [];
  const { byTopic, byRegion, scores, touched } = postingsOf(catalog as Catalog<ArticleEntry>);
  const lists: Int32Array[] = [];
  const weights: number[] = [];
  for (const t of article.topics) {
    const list = byTopic.get(t);
    if (list) lists.push(list), weights.push(2);
  }
  for (const r of article.regions) {
    const list = WEAK_REGIONS.has(r) ? undefined : byRegion.get(r);
    if (list) lists.push(list), weights.push(1);
  }
  // Positions in each list rise (catalog order), so a slice of positions is a run of each list from its cursor.
  const from = Math.max(0, own - reach);
  const to = own + reach + 1;
  const cursors = Int32Array.from(lists, (list) => firstAtOrAfter(list, from));
  // The best so far and their scores (the counts are cleared after each slice).
  const best: number[] = [];
  const bestScores: number[] = [];
  let lastScore = 0;
  let lastAt = -1;
  for (let end = Math.min(from + slice, to); ; end = Math.min(end + slice, to)) {
    // The article itself is counted too (its lists all hold it) and passed over when ranking.
    let count = 0;
    let later = 0;
    for (let k = 0; k < lists.length; k++) {
      const list = lists[k]!;
      const weight = weights[k]!;
      let i = cursors[k]!;
      for (; i < list.length && list[i]! < end; i++) {
        // Without a branch: whether an article is scored for the first time is a coin toss the processor
        // mispredicts (half the counting's time at 10,000 articles).
        const other = list[i]!;
        const score = scores[other]!;
        touched[count] = other;
        count += +(score === 0);
        scores[other] = score + weight;
      }
      cursors[k] = i;
      if (i < list.length && list[i]! < to) later += weight;
    }
    // Keep the best `limit` in one pass (more points first, then the newer: the lower position); most of those
    // scored fall short of the last kept, which is held in two numbers to test them against.
    for (let i = 0; i < count; i++) {
      const other = touched[i]!;
      const score = scores[other]!;
      if (best.length === limit && (score < lastScore || (score === lastScore && other > lastAt))) continue;
      if (other === own) continue;
      let at = best.length;
      while (at > 0 && (bestScores[at - 1]! < score || (bestScores[at - 1]! === score && best[at - 1]! > other))) at--;
      best.splice(at, 0, other);
      bestScores.splice(at, 0, score);
      if (best.length > limit) best.pop(), bestScores.pop();
      if (best.length === limit) (lastAt = best[limit - 1]!), (lastScore = bestScores[limit - 1]!);
    }
    for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
    if (later === 0 || (best.length === limit && lastScore >= later)) break;
  }
  return best.map((other) => catalog.articles[other]!);
}

/** How many positions of the catalog's order one round of scoreRelated counts before it asks whether to go on. */
const SLICE = 512;

/**
 * How far either side of a report, in the catalog's order, its related reports are looked for: in an archive of up
 * to 2,001 reports every report searches it whole (the newest and the oldest reach 2,000 the one way); at 50,000 it
 * is a few months either side.
 */
export const RELATED_REACH = 2000;

/** The index of the first entry of a rising list at or after `position`. */
function firstAtOrAfter(list: Int32Array, position: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function push<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function where(entry: ArticleEntry): string {
  return entry.filePath ?? `content/articles/${entry.id}`;
}

/**
 * An article's places under the keys the site lists them by (`史回镇` and `潞城区史回镇` are one page), once
 * each; a name the gazetteer does not know stays as written.
 */
function placeKeys(regions: readonly string[]): string[] {
  return [...new Set(regions.map((r) => regionKey(r) ?? r))];
}
