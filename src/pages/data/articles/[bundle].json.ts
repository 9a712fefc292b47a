// Every article's figures as CSV, data/articles/<id>.csv, the same columns as data/figures.csv (a header
// alone when it has none), rendered as one bundle that the file-bundles integration unpacks into
// data/articles/ when the build is done (lib/downloads/file-bundle.ts): one output instead of one per
// article. Its cacheKey covers the fields and figures of every article it holds.
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleRoutesFilter, getCacheKeys } from '../../../lib/content/articles.ts';
import { bundleResponse } from '../../../lib/downloads/file-bundle.ts';
import { getArticleFigureRows, publishedArticleIds } from '../../../lib/downloads/load.ts';
import { BUNDLE_NAME } from '../../../lib/downloads/paths.ts';
import { figuresCsv } from '../../../lib/downloads/serialise.ts';

export const getStaticPaths = (async () => {
  const keys = await getCacheKeys();
  const inThisBuild = await articleRoutesFilter(); // one year's in a sharded build (lib/content/shard.ts)
  const ids = (await publishedArticleIds()).filter((id) => inThisBuild({ id }));
  if (ids.length === 0) return []; // the hub of a sharded build: the years' shards write these
  return [{ params: { bundle: BUNDLE_NAME }, props: { ids }, cacheKey: keys.articlesData(BUNDLE_NAME, ids) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ ids: string[] }> = async ({ props, site }) => {
  const files: [string, string][] = [];
  for (const id of props.ids) files.push([`${id}.csv`, figuresCsv(await getArticleFigureRows(site, id))]);
  return bundleResponse(files);
};
