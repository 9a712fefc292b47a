// The compact catalog (issue 17: archives past one machine): one small record per published report — id,
// language, title, deck and kicker in each language, year, topics, places, translation state, how many
// figures it has and which of them have a measure page — written once per build by a first step outside
// Astro (scripts/build/compact-catalog.ts, from the same buildCatalog as the pages), byte-stable.
// A group's shard (`npm run build -- --shard 2024`) loads into Astro only its own group's article and figure
// files (src/content.config.ts, `compactPlan`), and takes what its pages show of every other report (newer
// and older, related, the figure count on a card, measure links) from these records (`joinCompact`), so its
// content store, catalog and keys grow with its group, not with the archive. A report whose text places
// charts of other reports (MDX <FigureChart>) needs every figure: a shard holding one reads everything.
// The hub (`--hub`) loads every figure but no article file into Astro's store (it renders no report's text):
// its catalog reads the article files itself (article-file.ts).
import { existsSync, readFileSync } from 'node:fs';
import type { Topic } from '../../domain/topics.ts';
import type { TranslationState } from '../../domain/translation.ts';
import type { Lang } from '../i18n.ts';
import { indexCatalog, type ArticleEntry, type ArticleRecord, type Catalog } from './catalog.ts';
import { filePatterns } from './file-patterns.ts';
import { currentShard, emitsArticle, type Shard } from './shard.ts';

/** What other reports' pages show of one file of a report: its words for a title line. */
export interface CompactFile {
  /** Its collection entry id (`zh/<name>`) and project-relative path (`content/articles/zh/<name>.md`). */
  entry: string;
  path: string;
  title: string;
  subtitle?: string;
  kicker?: string;
}

export interface CompactRecord {
  id: string;
  original: Lang;
  translation: TranslationState;
  year?: number;
  topics: Topic[];
  /** Place keys, as the catalog lists them. */
  regions: string[];
  /** The file holding its metadata (the English one for an English-only report) and its translation's. */
  zh: CompactFile;
  en?: CompactFile;
  /** How many figures it has. */
  figures: number;
  /** cache-keys.ts summaryDigest of the whole record: what other pages show of it, for their keys. */
  summary: string;
  /** Its figures that have a measure page: figure id → measure key (over the whole archive's figures). */
  measures?: Record<string, string>;
  /** Its text places charts, which may draw any report's figures (MDX <FigureChart>). */
  charts?: true;
}

export interface CompactCatalog {
  version: 1;
  /**
   * Set when the writer could not name every report as Astro's loader does (a file without an `id` whose
   * name is not already a slug: Astro slugs it): every shard then loads the whole archive.
   */
  whole?: true;
  /** Newest first, the catalog's order. */
  articles: CompactRecord[];
}

function compactFile(entry: ArticleEntry): CompactFile {
  const { title, subtitle, kicker } = entry.data;
  return { entry: entry.id, path: entry.filePath ?? `content/articles/${entry.id}`, title, ...(subtitle ? { subtitle } : {}), ...(kicker ? { kicker } : {}) };
}

/**
 * The compact catalog of a whole catalog: `summary` digests each record (cache-keys.ts summaryDigest),
 * `measureLinks` maps every figure with a measure page to it, `charts` says whether a record's text places charts.
 */
export function compactCatalog(
  catalog: Catalog,
  summary: (record: ArticleRecord) => string,
  measureLinks: ReadonlyMap<string, string>,
  charts: (record: ArticleRecord) => boolean,
  whole = false,
): CompactCatalog {
  return {
    version: 1,
    ...(whole ? { whole: true as const } : {}),
    articles: catalog.articles.map((r) => {
      const measures = r.figures.flatMap((f) => (measureLinks.has(f.id) ? [[f.id, measureLinks.get(f.id)!] as const] : []));
      return {
        id: r.id,
        original: r.original,
        translation: r.translation,
        ...(r.year !== undefined ? { year: r.year } : {}),
        topics: r.topics,
        regions: r.regions,
        zh: compactFile(r.zh),
        ...(r.en && r.en !== r.zh ? { en: compactFile(r.en) } : {}),
        figures: r.figures.length,
        summary: summary(r),
        ...(measures.length > 0 ? { measures: Object.fromEntries(measures) } : {}),
        ...(charts(r) ? { charts: true as const } : {}),
      };
    }),
  };
}

/** The file's text: one line per report, so a changed report changes one line. */
export function serialiseCompact(compact: CompactCatalog): string {
  return `{"version":${compact.version},${compact.whole ? '"whole":true,' : ''}"articles":[\n${compact.articles.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
}

/**
 * What a run loads into Astro. A group's shard (`group`): its reports' files and figure files, the records of
 * the rest from the compact catalog. The hub (`hub`): every figure file, and no article file through Astro's
 * content store: it renders no report's text, so the catalog reads the article files itself (article-file.ts),
 * and the store (every report's rendered HTML, synced and compiled on every build) stays small.
 */
export type CompactPlan =
  | {
      kind: 'group';
      shard: Shard;
      compact: CompactCatalog;
      /** Project-relative paths of its reports' article files (Chinese and English). */
      files: string[];
      /** Ids of its reports (their figure files, content/figures/<id>.json). */
      ids: Set<string>;
    }
  | { kind: 'hub' };

/**
 * The plan of `shard` with this compact catalog; undefined (load the whole archive through Astro) in an
 * unsharded build, when the writer could not name every file as Astro does, or for a group one of whose
 * reports places charts (they may draw any report's figures).
 */
export function planFor(shard: Shard, compact: CompactCatalog | undefined): CompactPlan | undefined {
  if (shard.kind === 'all' || !compact || compact.whole) return undefined;
  if (shard.kind === 'hub') return { kind: 'hub' };
  const own = compact.articles.filter((a) => emitsArticle(shard, a.year, a.id));
  if (own.some((a) => a.charts)) return undefined;
  return {
    kind: 'group',
    shard,
    compact,
    files: own.flatMap((a) => [a.zh.path, ...(a.en ? [a.en.path] : [])]).sort(),
    ids: new Set(own.map((a) => a.id)),
  };
}

/**
 * The plan of a build run with `env`: CZ_CATALOG names the compact catalog (scripts/build.ts writes it and
 * sets it for a shard and the hub); undefined without it, or in an unsharded build.
 */
export function planFromEnv(env: NodeJS.ProcessEnv, shard: Shard): CompactPlan | undefined {
  const file = env.CZ_CATALOG;
  if (!file || shard.kind === 'all') return undefined;
  if (!existsSync(file)) throw new Error(`CZ_CATALOG names ${file}, which does not exist (npm run build -- --shard … writes it)`);
  return planFor(shard, JSON.parse(readFileSync(file, 'utf8')) as CompactCatalog);
}

let current: { plan: CompactPlan | undefined } | undefined;

/** This build's plan (read once): see planFromEnv. */
export function compactPlan(): CompactPlan | undefined {
  current ??= { plan: planFromEnv(process.env, currentShard) };
  return current.plan;
}

/** Glob patterns (relative to `base`) naming exactly these files with this extension. */
export function literalPatterns(files: readonly string[], base: string, extension: string): string[] {
  const prefix = base.replace(/^\.\//, '').replace(/\/?$/, '/');
  return filePatterns(files.filter((f) => f.endsWith(extension) && f.startsWith(prefix)).map((f) => f.slice(prefix.length)));
}

/** A record of another group, as the catalog's pages read it: titles, year, places, topics, state, counts. */
function lightRecord<E extends ArticleEntry>(r: CompactRecord): ArticleRecord<E> {
  const entry = (file: CompactFile, lang: Lang) =>
    ({ id: file.entry, filePath: file.path, data: { lang, title: file.title, subtitle: file.subtitle, kicker: file.kicker, year: r.year, topics: r.topics, regions: r.regions } }) as unknown as E;
  const zh = entry(r.zh, r.original);
  return {
    id: r.id,
    original: r.original,
    zh,
    en: r.original === 'en' ? zh : r.en && entry(r.en, 'en'),
    translation: r.translation,
    sourceHash: '',
    figures: [],
    figureCount: r.figures,
    summary: r.summary,
    year: r.year,
    topics: r.topics,
    regions: r.regions,
  };
}

/**
 * The whole archive's catalog for a group's shard: its own reports as `own` (built from the files it loaded)
 * holds them, every other report from its compact record, in the same order as an unsharded build's
 * catalog, with the measure links of every figure.
 */
export function joinCompact<E extends ArticleEntry>(own: Catalog<E>, plan: Extract<CompactPlan, { kind: 'group' }>): Catalog<E> {
  const articles = [...own.articles, ...plan.compact.articles.filter((a) => !plan.ids.has(a.id)).map((a) => lightRecord<E>(a))];
  const catalog = indexCatalog(articles, own.orphanTranslations);
  catalog.measureLinks = new Map(plan.compact.articles.flatMap((a) => Object.entries(a.measures ?? {})));
  return catalog;
}
