// The figure table of the whole published archive, built once per build for the download endpoints and
// the data dictionary page. Reads the catalog (src/lib/content/articles.ts), so drafts are left out and
// figures an editor lists in an article's frontmatter are included.
import { getCatalog } from '../content/articles.ts';
import { getEnglish } from '../glossary.ts';
import { href, paths } from '../urls.ts';
import { figureRows, type FigureRow } from './figure-table.ts';

let table: Promise<FigureRow[]> | undefined;

/** `site` is the canonical origin (astro.config `site`, from SITE_URL); the URLs are relative without it. */
export function getFigureTable(site: URL | undefined): Promise<FigureRow[]> {
  table ??= getCatalog().then((catalog) =>
    figureRows(
      catalog.articles.flatMap((article) => article.figures),
      getEnglish(),
      (article, paragraph) => paragraphUrl(site, article, paragraph),
    ),
  );
  return table;
}

/** The Chinese article page's paragraph anchor: the data is Chinese, so the Chinese text is the source. */
export function paragraphUrl(site: URL | undefined, article: string, paragraph: number): string {
  const page = href(paths.article('zh', article));
  return `${site ? new URL(page, site).href : page}#p${paragraph}`;
}

/** Site-relative paths of the downloads (without the base; pass them through `href`). */
export const downloadPaths = {
  csv: 'data/figures.csv',
  json: 'data/figures.json',
  article: (id: string) => `data/articles/${id}.csv`,
};

/** Ids of every published article: each gets a CSV, with only the header when it has no figures. */
export async function publishedArticleIds(): Promise<string[]> {
  return (await getCatalog()).articles.map((article) => article.id);
}
