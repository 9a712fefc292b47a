// Every figure of the archive in one file: data/figures.csv (columns: src/lib/downloads/figure-table.ts;
// explained on /<lang>/data/dictionary/) and data/figures.json, a JSON array of the same rows. Outside the
// language prefixes: the data is the same for both languages. One route with getStaticPaths, so each file
// has a cacheKey (every figure and the glossary: src/lib/cache-keys.ts allFigures) and an unchanged
// collection reuses the last build's file instead of writing ~10 MB again (issue 17).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCacheKeys } from '../../lib/content/articles.ts';
import { emitsArchiveWide } from '../../lib/content/shard.ts';
import { downloadPaths, getFigureTable } from '../../lib/downloads/load.ts';
import { CSV_TYPE, figuresCsv, figuresJson, JSON_TYPE } from '../../lib/downloads/serialise.ts';

const FORMATS = ['csv', 'json'] as const;

export const getStaticPaths = (async () => {
  if (!emitsArchiveWide()) return []; // a year's shard: the hub builds this route (lib/content/shard.ts)
  const keys = await getCacheKeys();
  return FORMATS.map((format) => ({ params: { format }, cacheKey: keys.allFigures(downloadPaths[format]) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const rows = await getFigureTable(site);
  return params.format === 'json'
    ? new Response(figuresJson(rows), { headers: { 'Content-Type': JSON_TYPE } })
    : new Response(figuresCsv(rows), { headers: { 'Content-Type': CSV_TYPE } });
};
