// Each chart's CSV file (src/components/charts/csv.ts), for every chart the site draws in this language.
import type { APIRoute } from 'astro';
import { siteChartCsvs, siteChartSpecs } from '../../../../components/charts/registry.ts';
import { chartContext } from '../../../../components/charts/sources.ts';
import { getArticles } from '../../../../lib/content/articles.ts';
import { LANGS } from '../../../../lib/i18n.ts';

export async function getStaticPaths() {
  const perLang = await Promise.all(LANGS.map(async (lang) => ({ lang, articles: await getArticles(lang) })));
  return perLang.flatMap(({ lang, articles }) => {
    const specs = siteChartSpecs(articles.map((a) => ({ ...a, source: a.body.body })));
    return siteChartCsvs(chartContext(lang, articles), specs).map((csv) => ({ params: { lang, chart: csv.name }, props: { text: csv.text } }));
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
