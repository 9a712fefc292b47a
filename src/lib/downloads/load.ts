// The figure table of the whole published archive, built once per build for the download endpoints and
// the data dictionary page. Reads the catalog (src/lib/content/articles.ts), so drafts are left out and
// figures an editor lists in an article's frontmatter are included.
import { getCatalog } from '../content/articles.ts';
import { getEnglish } from '../glossary.ts';
import { figureRows, paragraphUrlFor, type FigureRow } from './figure-table.ts';

export { downloadPaths } from './paths.ts';

let table: Promise<FigureRow[]> | undefined;

/** `site` is the canonical origin (astro.config `site`, from SITE_URL); the URLs are relative without it. */
export function getFigureTable(site: URL | undefined): Promise<FigureRow[]> {
  table ??= getCatalog().then((catalog) =>
    figureRows(
      catalog.articles.flatMap((article) => article.figures),
      getEnglish(),
      paragraphUrlFor(site),
    ),
  );
  return table;
}

const byArticle = new WeakMap<FigureRow[], Map<string, FigureRow[]>>();

/**
 * One article's rows of the figure table, in the table's order: the table filed by article once, where
 * filtering it whole for each article's CSV made every one of those pages grow with the archive.
 */
export async function getArticleFigureRows(site: URL | undefined, id: string): Promise<FigureRow[]> {
  const rows = await getFigureTable(site);
  let filed = byArticle.get(rows);
  if (!filed) {
    filed = new Map();
    for (const row of rows) {
      const article = String(row.article);
      const list = filed.get(article);
      if (list) list.push(row);
      else filed.set(article, [row]);
    }
    byArticle.set(rows, filed);
  }
  return filed.get(id) ?? [];
}

/** Ids of every published article: each gets a CSV, with only the header when it has no figures. */
export async function publishedArticleIds(): Promise<string[]> {
  return (await getCatalog()).articles.map((article) => article.id);
}
