// Each chart's data file, data/charts/<name>.csv (src/components/charts/csv.ts), for every chart the site
// draws in either language, rendered as one bundle that the file-bundles integration unpacks into
// data/charts/ when the build is done (lib/downloads/file-bundle.ts). Under data/, beside
// data/datapackage.json, which describes each of them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCacheKeys } from '../../../lib/content/articles.ts';
import { getSiteChartCsvs } from '../../../components/charts/site-csvs.ts';
import { emitsArchiveWide } from '../../../lib/content/shard.ts';
import { bundleResponse } from '../../../lib/downloads/file-bundle.ts';
import { BUNDLE_NAME } from '../../../lib/downloads/paths.ts';

export const getStaticPaths = (async () => {
  if (!emitsArchiveWide()) return []; // a year's shard: the hub builds this route (lib/content/shard.ts)
  const files = (await getSiteChartCsvs()).map((csv): [string, string] => [`${csv.name}.csv`, csv.text]);
  // The texts are the whole output, so they are its key.
  const keys = await getCacheKeys();
  return [{ params: { bundle: BUNDLE_NAME }, props: { files }, cacheKey: keys.text('data/charts', JSON.stringify(files)) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ files: [string, string][] }> = ({ props }) => bundleResponse(props.files);
