// One article's figures as CSV, the same columns as data/figures.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleRoutesFilter, getCacheKeys } from '../../../lib/content/articles.ts';
import { getArticleFigureRows, publishedArticleIds } from '../../../lib/downloads/load.ts';
import { CSV_TYPE, figuresCsv } from '../../../lib/downloads/serialise.ts';

export const getStaticPaths = (async () => {
  const keys = await getCacheKeys();
  const inThisBuild = await articleRoutesFilter(); // one year's in a sharded build (lib/content/shard.ts)
  return (await publishedArticleIds()).filter((id) => inThisBuild({ id })).map((id) => ({ params: { id }, cacheKey: keys.articleData(id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const rows = await getArticleFigureRows(site, params.id!);
  return new Response(figuresCsv(rows), { headers: { 'Content-Type': CSV_TYPE } });
};
