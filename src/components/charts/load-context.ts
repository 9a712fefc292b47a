// The chart context for a page that did not pass one: article titles from the site's content loader.
// Imported lazily so the chart components render without astro:content (tests, other containers).
import type { Lang } from '../../lib/i18n.ts';
import { chartContext, type ChartContext } from './sources.ts';

export async function resolveContext(lang: Lang, ctx?: ChartContext): Promise<ChartContext> {
  if (ctx) return ctx;
  const { getArticles } = await import('../../lib/content/articles.ts');
  return chartContext(lang, await getArticles(lang));
}

/** Every figure of the archive, for charts that name figures by measure or id (FigureChart). */
export async function loadAllFigures() {
  const { getCatalog } = await import('../../lib/content/articles.ts');
  return (await getCatalog()).articles.flatMap((a) => a.figures);
}
