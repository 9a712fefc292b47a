// Every figure of one year (or of none: `undated`) as the dashboard's table rows, in the page's language,
// for the dashboard's filters to fetch when a filter reaches past the rows the page carries
// (components/charts/dashboard/figure-index.ts).
import { allFigures } from '../../../../components/charts/registry.ts';
import type { APIRoute } from 'astro';
import { chartContext } from '../../../../components/charts/sources.ts';
import { yearCounts, yearFigures, yearIndex } from '../../../../components/charts/dashboard/figure-index.ts';
import { getArticles, getCacheKeys } from '../../../../lib/content/articles.ts';
import { JSON_TYPE } from '../../../../lib/downloads/serialise.ts';
import { LANGS, type Lang } from '../../../../lib/i18n.ts';
import { emitsArchiveWide } from '../../../../lib/content/shard.ts';

export async function getStaticPaths() {
  if (!emitsArchiveWide()) return []; // a year's shard: the hub builds this route (lib/content/shard.ts)
  const perLang = await Promise.all(LANGS.map(async (lang) => ({ lang, articles: await getArticles(lang) })));
  const keys = await getCacheKeys();
  // The year's figures with their articles' titles, as yearIndex writes them.
  return perLang.flatMap(({ lang, articles }) => {
    const figures = allFigures(articles);
    return yearCounts(figures).map(({ key }) => ({ params: { lang, year: key }, cacheKey: keys.figureTable(lang, `year-index:${key}`, yearFigures(figures, key)) }));
  });
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const articles = await getArticles(lang);
  const rows = yearIndex(chartContext(lang, articles), allFigures(articles), params.year!);
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': JSON_TYPE } });
};
