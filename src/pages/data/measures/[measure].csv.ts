// data/measures/<key>.csv: every figure of a measure's page (issue 18), always complete however the page
// cuts its charts and table; the columns of data/figures.csv (src/lib/downloads/columns.ts), both
// languages in them. Listed in data/datapackage.json. The figures are the Chinese pages' (a file has no
// language; both languages' pages list the same figures).
import type { APIRoute } from 'astro';
import { figuresCsv } from '../../../components/charts/csv.ts';
import { getMeasurePages } from '../../../components/measures/load.ts';
import { getCacheKeys } from '../../../lib/content/articles.ts';
import { CSV_TYPE } from '../../../lib/downloads/serialise.ts';
import { emitsArchiveWide } from '../../../lib/content/shard.ts';

export async function getStaticPaths() {
  if (!emitsArchiveWide()) return []; // a year's shard: the hub builds this route (lib/content/shard.ts)
  const keys = await getCacheKeys();
  return (await getMeasurePages('zh')).map((page) => {
    const text = figuresCsv(page.figures).text;
    return { params: { measure: page.key }, props: { text }, cacheKey: keys.text(`measure:${page.key}`, text) };
  });
}

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'Content-Type': CSV_TYPE } });
