// Every figure of the archive as a JSON array of rows, the same columns as data/figures.csv.
import type { APIRoute } from 'astro';
import { getFigureTable } from '../../lib/downloads/load.ts';
import { figuresJson, JSON_TYPE } from '../../lib/downloads/serialise.ts';

export const GET: APIRoute = async ({ site }) => {
  return new Response(figuresJson(await getFigureTable(site)), { headers: { 'Content-Type': JSON_TYPE } });
};
