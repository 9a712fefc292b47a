// The measure pages of one language, worked out once per build (as the topic and year pages flatten the
// archive's figures once): every measure page, the index, the CSV endpoint, the chart files and the
// article figure tables' links ask this, and none of them scans the archive again. Reads the content
// loader, so only pages and endpoints import it.
import { getArticles, getCatalog } from '../../lib/content/articles.ts';
import { figuresCsv } from '../charts/csv.ts';
import type { Lang } from '../../lib/i18n.ts';
import { measureOfFigure, measurePages, type MeasurePage } from './measure-pages.ts';

const pages = new Map<Lang, Promise<MeasurePage[]>>();
const links = new Map<Lang, Promise<Map<string, string>>>();

export function getMeasurePages(lang: Lang): Promise<MeasurePage[]> {
  let made = pages.get(lang);
  if (!made) {
    made = getArticles(lang).then((articles) => measurePages(articles.flatMap((a) => a.figures)));
    pages.set(lang, made);
  }
  return made;
}

/** Figure id → its measure page's key, for the article's figure table. */
export function getMeasureLinks(lang: Lang): Promise<Map<string, string>> {
  let made = links.get(lang);
  if (!made) {
    // A group's shard holds its own reports' figures only: the links were worked out over the whole archive
    // (lib/content/compact-catalog.ts).
    made = getCatalog().then((catalog) => catalog.measureLinks ?? getMeasurePages(lang).then(measureOfFigure));
    links.set(lang, made);
  }
  return made;
}

/**
 * Each measure's download, data/measures/<key>.csv: every figure of its Chinese page (a file has no language;
 * both languages' pages list the same figures), for the build's bundle and `astro dev`'s route alike.
 */
export async function getMeasureCsvs(): Promise<{ key: string; text: string }[]> {
  return (await getMeasurePages('zh')).map((page) => ({ key: page.key, text: figuresCsv(page.figures).text }));
}
