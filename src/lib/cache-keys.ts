// The `cacheKey` of every page from getStaticPaths, for Astro's incremental build
// (`experimental.incrementalBuild`): Astro renders a page again only when its key or its code changed,
// and copies the last build's output otherwise. A key must therefore change whenever anything the page
// shows changes, and should not change when only other articles do. One module, so that every page's
// notion of "what I show" is written in one place and tested on fixtures (cache-keys.test.ts).
//
// Two digests per article, each computed once per build (memoised on the record):
// - the full digest: its Chinese and English files (frontmatter and Markdown source; the HTML is rendered by
//   the page from the file, lib/markdown/article-html.ts, so the Markdown processor is in the page's code,
//   which Astro hashes beside the key), figures and translation state — what its own pages show;
// - the summary digest: the same without the text, and without the bookkeeping no page shows
//   (`ingestHash`) — what other pages show of it (listings, previous/next, related, feeds' titles, charts).
// Pages spanning the whole archive (home, indexes, dashboards, search, translation status) key on one
// archive digest of every summary, computed once per build; every other key reads only what its page
// shows, so computing keys costs about what rendering would, never the archive per page.
// `site` is what every page depends on besides its own data and code: the glossary's digest (it is read
// with node:fs, so Astro's module hashing does not see it).
import { createHash } from 'node:crypto';
import type { FigureRecord } from '../domain/figure.ts';
import { neighbours, related, type ArticleEntry, type ArticleRecord, type Catalog } from './content/catalog.ts';


/** sha256 of a JSON value, hex; `undefined` parts are written as `null` so a missing part still counts. */
export function digest(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value, (_key, v: unknown) => (v === undefined ? null : v)))
    .digest('hex');
}

const fullMemo = new WeakMap<ArticleRecord, string>();
const summaryMemo = new WeakMap<ArticleRecord, string>();
const archiveMemo = new WeakMap<Catalog, string>();

function entryText(entry: ArticleEntry | undefined) {
  return entry && { id: entry.id, body: entry.body ?? '' };
}

function entryFields(entry: ArticleEntry | undefined) {
  if (!entry) return undefined;
  const { ingestHash: _unshown, ...data } = entry.data;
  return { id: entry.id, data };
}

/** What other pages show of an article: its fields (both languages), state and figures, not its text. */
export function summaryDigest(record: ArticleRecord): string {
  // A compact record (a report of another group in a shard's build) carries the digest made from its whole record.
  if (record.summary !== undefined) return record.summary;
  let value = summaryMemo.get(record);
  if (value === undefined) {
    value = digest([
      record.id,
      record.original,
      record.translation,
      entryFields(record.zh),
      record.en === record.zh ? null : entryFields(record.en),
      figuresDigest(record.figures),
    ]);
    summaryMemo.set(record, value);
  }
  return value;
}

/** Everything an article's own pages show of it: its summary, its text (both languages) and the source hash. */
export function articleDigest(record: ArticleRecord): string {
  let value = fullMemo.get(record);
  if (value === undefined) {
    value = digest([summaryDigest(record), record.sourceHash, record.zh.data, entryText(record.zh), record.en === record.zh ? null : [record.en?.data, entryText(record.en)]]);
    fullMemo.set(record, value);
  }
  return value;
}

/**
 * A list of figures, from each figure's own digest (memoised on the record): the same figures are keyed again
 * and again, by every page of a year's table, a measure's pages, the topic and place charts, in each language,
 * and hashing them whole each time grew with the archive per page (a third of all getStaticPaths time at 1,016
 * articles, profiled).
 */
export function figuresDigest(figures: readonly FigureRecord[]): string {
  const hash = createHash('sha256');
  for (const figure of figures) hash.update(figureDigest(figure)).update('\n');
  return hash.digest('hex');
}

const figureMemo = new WeakMap<FigureRecord, string>();

function figureDigest(figure: FigureRecord): string {
  let value = figureMemo.get(figure);
  if (value === undefined) figureMemo.set(figure, (value = digest(figure)));
  return value;
}

/** Every article's summary, in the catalog's order: the key input of pages spanning the archive. */
export function archiveDigest(catalog: Catalog): string {
  let value = archiveMemo.get(catalog);
  if (value === undefined) {
    const hash = createHash('sha256');
    for (const record of catalog.articles) hash.update(summaryDigest(record)).update('\n');
    hash.update(`orphans:${catalog.orphanTranslations.map((e) => e.id).join(',')}`);
    value = hash.digest('hex');
    archiveMemo.set(catalog, value);
  }
  return value;
}

/** An article's MDX text can place charts of any article's figures (`<FigureChart measure=…>`). */
function drawsOtherArticles(record: ArticleRecord): boolean {
  return [record.zh, record.en].some((e) => e?.body?.includes('<FigureChart') === true);
}

/** The keys of one build: `keys.article('zh', id)` for `/zh/articles/<id>/`, and so on. */
export interface CacheKeys {
  /** An article page: the article, and what it shows of its neighbours and related articles. */
  article(lang: string, id: string): string;
  /** The side-by-side page: the article's two texts. */
  parallel(lang: string, id: string): string;
  /** A page of a listing: the articles it lists, where it is in the list, and `extra` (its charts' figures, its place's parent …). */
  listing(lang: string, scope: string, ids: readonly string[], extra?: unknown): string;
  /** A page showing the whole archive (counts, key figures, dashboards, the newest reports). */
  archive(scope: string): string;
  /** Charts' input: these figures and what the charts show of the articles they come from (titles, links). */
  figures(figures: readonly FigureRecord[]): string;
  /** A page of figures (a year's table and its JSON): the figures, their articles' titles, and `extra`. */
  figureTable(lang: string, scope: string, figures: readonly FigureRecord[], extra?: unknown): string;
  /** A page showing these articles' text, e.g. a feed's descriptions from the newest reports' lead paragraphs. */
  texts(lang: string, scope: string, ids: readonly string[]): string;
  /** A page drawn from an article's fields and figures only (its figures' CSV). */
  articleData(id: string): string;
  /** One output drawn from each of these articles' fields and figures alone (the bundle of their CSVs). */
  articlesData(scope: string, ids: readonly string[]): string;
  /**
   * A download of every published figure (data/figures.csv, .json): the figures alone, whose rows show no
   * article field but its id (drafts' figures are not listed, so drafting one changes it), and the glossary.
   */
  allFigures(scope: string): string;
  /** A page whose whole output is given (a chart's CSV): the text itself. */
  text(scope: string, text: string): string;
}

export function cacheKeys(catalog: Catalog, site: string): CacheKeys {
  const record = (id: string): ArticleRecord => {
    const found = catalog.byId.get(id);
    if (!found) throw new Error(`cache key for an unknown article "${id}"`);
    return found;
  };
  const summaries = (records: readonly (ArticleRecord | undefined)[]) => records.map((r) => (r ? summaryDigest(r) : null));
  return {
    article(lang, id) {
      const own = record(id);
      const { newer, older } = neighbours(catalog, id);
      const around = drawsOtherArticles(own) ? archiveDigest(catalog) : null;
      return digest(['article', site, lang, articleDigest(own), summaries([newer, older]), summaries(related(catalog, id)), around]);
    },
    parallel(lang, id) {
      return digest(['parallel', site, lang, articleDigest(record(id))]);
    },
    listing(lang, scope, ids, extra) {
      return digest(['listing', site, lang, scope, summaries(ids.map(record)), extra]);
    },
    archive(scope) {
      return digest(['archive', site, scope, archiveDigest(catalog)]);
    },
    figures(figures) {
      const sources = [...new Set(figures.map((f) => f.article))].sort();
      return digest([figuresDigest(figures), sources.map((id) => { const r = catalog.byId.get(id); return r ? summaryDigest(r) : id; })]);
    },
    figureTable(lang, scope, figures, extra) {
      return digest(['figure-table', site, lang, scope, this.figures(figures), extra]);
    },
    texts(lang, scope, ids) {
      return digest(['texts', site, lang, scope, ids.map((id) => articleDigest(record(id)))]);
    },
    articleData(id) {
      return digest(['article-data', site, summaryDigest(record(id))]);
    },
    articlesData(scope, ids) {
      const hash = createHash('sha256').update(JSON.stringify(['articles-data', site, scope])).update('\n');
      for (const id of ids) hash.update(id).update(' ').update(summaryDigest(record(id))).update('\n');
      return hash.digest('hex');
    },
    allFigures(scope) {
      return digest(['all-figures', site, scope, figuresDigest(catalog.articles.flatMap((a) => a.figures))]);
    },
    text(scope, text) {
      return digest(['text', scope, text]);
    },
  };
}
