// Each chart's data file (src/components/charts/csv.ts), for every chart the site draws in either language.
// Under data/, beside data/datapackage.json, which describes each of them.
import type { APIRoute } from 'astro';
import { getCacheKeys } from '../../../lib/content/articles.ts';
import { getSiteChartCsvs } from '../../../components/charts/site-csvs.ts';
import { CSV_TYPE } from '../../../lib/downloads/serialise.ts';
import { emitsArchiveWide } from '../../../lib/content/shard.ts';

export async function getStaticPaths() {
  if (!emitsArchiveWide()) return []; // a year's shard: the hub builds this route (lib/content/shard.ts)
  // The text is the whole output, so it is its own key.
  const keys = await getCacheKeys();
  return (await getSiteChartCsvs()).map((csv) => ({ params: { chart: csv.name }, props: { text: csv.text }, cacheKey: keys.text(csv.name, csv.text) }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'Content-Type': CSV_TYPE } });
