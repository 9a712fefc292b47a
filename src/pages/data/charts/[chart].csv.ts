// Each chart's data file (src/components/charts/csv.ts), for every chart the site draws in either language.
// Under data/, beside data/datapackage.json, which describes each of them.
import type { APIRoute } from 'astro';
import { getSiteChartCsvs } from '../../../components/charts/site-csvs.ts';
import { CSV_TYPE } from '../../../lib/downloads/serialise.ts';

export async function getStaticPaths() {
  return (await getSiteChartCsvs()).map((csv) => ({ params: { chart: csv.name }, props: { text: csv.text } }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'Content-Type': CSV_TYPE } });
