// data/datapackage.json: the downloads described as a Frictionless Data Package (src/lib/downloads/
// datapackage.ts): figures.csv and every chart's data file, with types, units and meanings in both languages.
// A route with getStaticPaths (its one format, json) so the file has a cacheKey, what it describes: the
// charts' files and the measure pages (the code that writes it Astro hashes itself), and an unchanged site
// reuses it (issue 17).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteChartCsvs } from '../../components/charts/site-csvs.ts';
import { getMeasurePages } from '../../components/measures/load.ts';
import { getCacheKeys } from '../../lib/content/articles.ts';
import { emitsArchiveWide } from '../../lib/content/shard.ts';
import { dataPackageJson } from '../../lib/downloads/datapackage.ts';
import { JSON_TYPE } from '../../lib/downloads/serialise.ts';
import { siteRoot } from '../../lib/downloads/site-root.ts';

async function described() {
  const charts = (await getSiteChartCsvs()).map(({ name, table }) => ({ name, table }));
  // Each measure page's complete file (issue 18), as src/pages/data/measures/[measure].csv.ts writes them.
  const measures = (await getMeasurePages('zh')).map(({ key, measure }) => ({ key, zh: measure.zh, en: measure.en }));
  return { charts, measures };
}

export const getStaticPaths = (async () => {
  if (!emitsArchiveWide()) return []; // a year's shard: the hub builds this route (lib/content/shard.ts)
  const keys = await getCacheKeys();
  return [{ params: { format: 'json' }, cacheKey: keys.text('data/datapackage.json', JSON.stringify(await described())) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const { charts, measures } = await described();
  return new Response(dataPackageJson({ siteRoot: siteRoot(site), charts, measures }), { headers: { 'Content-Type': JSON_TYPE } });
};
