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

/** Ids of every published article: each gets a CSV, with only the header when it has no figures. */
export async function publishedArticleIds(): Promise<string[]> {
  return (await getCatalog()).articles.map((article) => article.id);
}
