// The loaders every page uses. The collection, figure files and glossary are read and checked once per
// build (module-level memo); a page then looks up what it needs by id instead of scanning the archive.
// In a group's shard the collections hold that group's reports only, and the catalog takes the others from the
// compact catalog (compact-catalog.ts).
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { FigureRecord } from '../../domain/figure.ts';
import type { Lang } from '../i18n.ts';
import { allRelated, buildCatalog, CatalogError, neighbours, related, relatedInputs, seedRelated, type Catalog } from './catalog.ts';
import { memoOnDisk } from '../build-memo.ts';
import { compactPlan, joinCompact } from './compact-catalog.ts';
import { ArticleFileError, articlePaths, readArticleEntry } from './article-file.ts';
import { cacheKeys, digest, type CacheKeys } from '../cache-keys.ts';
import { getEnglish, GlossaryError, loadGlossary } from '../glossary.ts';
import { FigureFileError, parseFigureFile } from './figure-schema.ts';
import { figureFileText } from './figure-loader.ts';
import { englishTitle, localise, type LocalisedArticle, type LocalText, type TermLookup } from './localise.ts';
import { readMarkdownBody } from './markdown-body.ts';
import { currentShard, emitsArticle, reportGroupsOf } from './shard.ts';

export type Entry = CollectionEntry<'articles'> | CollectionEntry<'articlesMdx'>;
export type ArticleView = LocalisedArticle<Entry>;
export type { LocalText };

let catalogPromise: Promise<Catalog<Entry>> | undefined;
const views = new Map<Lang, Promise<ArticleView[]>>();

const term: TermLookup = (zh) => getEnglish().termEn(zh);

/**
 * A mistake in a content file stops the build with the checker's message and no stack trace: the
 * message names the file, record and field, and a stack would only bury it.
 */
function forEditors(error: unknown): unknown {
  if (!(error instanceof FigureFileError || error instanceof GlossaryError || error instanceof CatalogError || error instanceof ArticleFileError)) return error;
  const friendly = new AstroError(error.message, 'Fix the file named above and build again.');
  friendly.name = error.name;
  friendly.stack = '';
  return friendly;
}

/** Every Chinese article (drafts left out) with its translation, state and figures, newest first. */
export function getCatalog(): Promise<Catalog<Entry>> {
  catalogPromise ??= (async () => {
    // .md and .mdx files are one archive (src/content.config.ts); an id in both is caught by buildCatalog.
    // The .md entries come without their text (retainBody: false, kept out of Astro's content store): it is
    // read from the file, as Astro would have stored it (markdown-body.ts).
    const markdown = (await getCollection('articles')).map((e: CollectionEntry<'articles'>) => (e.body === undefined && e.filePath ? { ...e, body: readMarkdownBody(e.filePath) } : e));
    const entries: Entry[] = [...markdown, ...(await getCollection('articlesMdx'))];
    const plan = compactPlan();
    // Raw text (figure-loader.ts), so a malformed file is reported by parseFigureFile (file, record, field).
    const figureFiles = await getCollection('figures');
    try {
      // The hub of a sharded build reads the article files itself, as Astro's loader would (article-file.ts):
      // it renders no report's text, so their HTML is not synced into the content store (compact-catalog.ts).
      if (plan?.kind === 'hub') for (const path of articlePaths()) entries.push(readArticleEntry(path) as unknown as Entry);
      // Read the glossary here, so that a mistake in it is reported like one in a figure file.
      getEnglish();
      const figures = new Map<string, FigureRecord[]>();
      // The store lists each file (path, digest); its text is read here (figure-loader.ts).
      for (const { id, data } of figureFiles) figures.set(id, parseFigureFile(data.path, id, figureFileText(data)));
      // A group's shard loaded its own reports only; the others come from the compact catalog.
      const own = buildCatalog(entries, figures);
      const catalog = plan?.kind === 'group' ? joinCompact(own, plan) : own;
      // Every article's related reports, kept between builds while no article's topics, places or order
      // changed (lib/build-memo.ts): scoring them all took 2–3 s at 10,000 articles.
      seedRelated(catalog, await memoOnDisk('related', relatedInputs(catalog), () => allRelated(catalog)));
      return catalog;
    } catch (error) {
      throw forEditors(error);
    }
  })();
  return catalogPromise;
}

let keysPromise: Promise<CacheKeys> | undefined;

/** The pages' cacheKeys for Astro's incremental build (src/lib/cache-keys.ts), made once per build. */
export function getCacheKeys(): Promise<CacheKeys> {
  // The glossary is read with node:fs, out of sight of Astro's module hashing: every key carries its digest.
  keysPromise ??= getCatalog().then((catalog) => cacheKeys(catalog, digest(loadGlossary())));
  return keysPromise;
}

/** The articles as `lang`'s pages show them, newest first: `getArticles('en')[0].title.text`. */
export function getArticles(lang: Lang): Promise<ArticleView[]> {
  let list = views.get(lang);
  if (!list) {
    list = getCatalog().then((c) => c.articles.map((record) => localise(record, lang, term)));
    views.set(lang, list);
  }
  return list;
}

/** One article in one language, or undefined when there is no such (published) article. */
export async function getArticle(lang: Lang, id: string): Promise<ArticleView | undefined> {
  const catalog = await getCatalog();
  const i = catalog.position.get(id);
  return i === undefined ? undefined : (await getArticles(lang))[i];
}

export async function getNeighbours(lang: Lang, id: string): Promise<{ newer?: ArticleView; older?: ArticleView }> {
  const catalog = await getCatalog();
  const { newer, older } = neighbours(catalog, id);
  const list = await getArticles(lang);
  const view = (r?: { id: string }) => (r ? list[catalog.position.get(r.id)!] : undefined);
  return { newer: view(newer), older: view(older) };
}

/** Up to three articles sharing topics and regions with `id` (see catalog.ts `related`). */
export async function getRelated(lang: Lang, id: string, limit = 3): Promise<ArticleView[]> {
  const catalog = await getCatalog();
  const list = await getArticles(lang);
  return related(catalog, id, limit).map((r) => list[catalog.position.get(r.id)!]!);
}

/** The English title of an untranslated article: from the glossary, else the Chinese title, marked as such. */
export async function getEnglishTitle(id: string): Promise<LocalText | undefined> {
  const record = (await getCatalog()).byId.get(id);
  return record && englishTitle(record, term);
}

/**
 * Whether this build emits an article's own routes (page, parallel page, CSV): every article in an ordinary
 * build, those of one group of years in `npm run build -- --shard <group>`, none in `--hub` (shard.ts).
 */
export async function articleRoutesFilter(): Promise<(article: { id: string }) => boolean> {
  const catalog = await getCatalog();
  return (article) => emitsArticle(currentShard, catalog.byId.get(article.id)?.year, article.id);
}

let groupsOfReports: Promise<ReadonlyMap<string, { group: string; rank: number }>> | undefined;

/**
 * Each report's search-index group (shard.ts reportGroupsOf over the catalog: the groups scripts/build/shard-names.ts
 * lists) and the group's place among them, newest first. The report route renders
 * its pages group by group and tells the build each page's group (build-progress.ts), so the search index of a
 * group begins while astro renders the next (scripts/build/index-ahead.ts, issue 17).
 */
export function reportGroups(): Promise<ReadonlyMap<string, { group: string; rank: number }>> {
  groupsOfReports ??= getCatalog().then((catalog) => {
    const { groups, groupOf } = reportGroupsOf(catalog.articles);
    const rank = new Map(groups.map((group, i) => [group, i]));
    return new Map([...groupOf].map(([id, group]) => [id, { group, rank: rank.get(group)! }]));
  });
  return groupsOfReports;
}
