// The chart context for a page that did not pass one: article titles from the site's content loader.
// Imported lazily so the chart components render without astro:content (tests, other containers).
// Both are made once per build and language: every chart on every page asks, and building them per call
// made each page's cost grow with the archive (a quadratic build).
import type { FigureRecord } from '../../domain/figure.ts';
import type { Lang } from '../../lib/i18n.ts';
import { chartContext, type ChartContext } from './sources.ts';

const contexts = new Map<Lang, Promise<ChartContext>>();
let allFigures: Promise<FigureRecord[]> | undefined;

export function resolveContext(lang: Lang, ctx?: ChartContext): Promise<ChartContext> {
  if (ctx) return Promise.resolve(ctx);
  let made = contexts.get(lang);
  if (!made) {
    made = import('../../lib/content/articles.ts').then(async ({ getArticles }) => chartContext(lang, await getArticles(lang)));
    contexts.set(lang, made);
  }
  return made;
}

/** Every figure of the archive, for charts that name figures by measure or id (FigureChart). */
export function loadAllFigures(): Promise<FigureRecord[]> {
  allFigures ??= import('../../lib/content/articles.ts').then(async ({ getCatalog }) => (await getCatalog()).articles.flatMap((a) => a.figures));
  return allFigures;
}
