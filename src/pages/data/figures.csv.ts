// Every figure of the archive as one CSV (columns: src/lib/downloads/figure-table.ts; explained on
// /<lang>/data/dictionary/). Outside the language prefixes: the data is the same for both languages.
import type { APIRoute } from 'astro';
import { getFigureTable } from '../../lib/downloads/load.ts';
import { CSV_TYPE, figuresCsv } from '../../lib/downloads/serialise.ts';

export const GET: APIRoute = async ({ site }) => {
  return new Response(figuresCsv(await getFigureTable(site)), { headers: { 'Content-Type': CSV_TYPE } });
};
