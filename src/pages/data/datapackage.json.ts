// data/datapackage.json: the downloads described as a Frictionless Data Package (src/lib/downloads/
// datapackage.ts): figures.csv and every chart's data file, with types, units and meanings in both languages.
import type { APIRoute } from 'astro';
import { getSiteChartCsvs } from '../../components/charts/site-csvs.ts';
import { getMeasurePages } from '../../components/measures/load.ts';
import { dataPackageJson } from '../../lib/downloads/datapackage.ts';
import { JSON_TYPE } from '../../lib/downloads/serialise.ts';
import { siteRoot } from '../../lib/downloads/site-root.ts';

export const GET: APIRoute = async ({ site }) => {
  const charts = (await getSiteChartCsvs()).map(({ name, table }) => ({ name, table }));
  // Each measure page's complete file (issue 18), as src/pages/data/measures/[measure].csv.ts writes them.
  const measures = (await getMeasurePages('zh')).map(({ key, measure }) => ({ key, zh: measure.zh, en: measure.en }));
  return new Response(dataPackageJson({ siteRoot: siteRoot(site), charts, measures }), { headers: { 'Content-Type': JSON_TYPE } });
};
