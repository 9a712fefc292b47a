// One article's figures as CSV, the same columns as data/figures.csv, for `astro dev` only: a build writes
// every article's file from one bundle ([bundle].json.ts, lib/downloads/file-bundle.ts), the same bytes.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticleFigureRows, publishedArticleIds } from '../../../lib/downloads/load.ts';
import { CSV_TYPE, figuresCsv } from '../../../lib/downloads/serialise.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  return (await publishedArticleIds()).map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  return new Response(figuresCsv(await getArticleFigureRows(site, params.id!)), { headers: { 'Content-Type': CSV_TYPE } });
};
