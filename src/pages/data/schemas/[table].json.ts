// data/schemas/<table>.json: the Table Schema the charts' data files of one table share, which
// data/datapackage.json names by path instead of repeating it for every chart.
import type { APIRoute } from 'astro';
import { TABLES, type TableName } from '../../../lib/downloads/columns.ts';
import { tableSchema } from '../../../lib/downloads/datapackage.ts';
import { JSON_TYPE } from '../../../lib/downloads/serialise.ts';
import { siteRoot } from '../../../lib/downloads/site-root.ts';
import { emitsArchiveWide } from '../../../lib/content/shard.ts';

export function getStaticPaths() {
  if (!emitsArchiveWide()) return []; // a year's shard: the hub builds this route (lib/content/shard.ts)
  // Made from code alone (the columns), which Astro hashes itself: the table's name is key enough.
  return Object.keys(TABLES).map((table) => ({ params: { table }, cacheKey: table }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(tableSchema(params.table as TableName, siteRoot(site)), null, 2)}\n`, { headers: { 'Content-Type': JSON_TYPE } });
