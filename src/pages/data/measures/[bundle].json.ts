// data/measures/<key>.csv: every figure of a measure's page (issue 18), always complete however the page
// cuts its charts and table; the columns of data/figures.csv (src/lib/downloads/columns.ts), both
// languages in them. Listed in data/datapackage.json. The figures are the Chinese pages' (a file has no
// language; both languages' pages list the same figures). Rendered as one bundle that the file-bundles
// integration unpacks into data/measures/ when the build is done (lib/downloads/file-bundle.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeasureCsvs } from '../../../components/measures/load.ts';
import { getCacheKeys } from '../../../lib/content/articles.ts';
import { emitsArchiveWide } from '../../../lib/content/shard.ts';
import { bundleResponse } from '../../../lib/downloads/file-bundle.ts';
import { BUNDLE_NAME } from '../../../lib/downloads/paths.ts';

export const getStaticPaths = (async () => {
  if (!emitsArchiveWide()) return []; // a year's shard: the hub builds this route (lib/content/shard.ts)
  const files = (await getMeasureCsvs()).map((csv): [string, string] => [`${csv.key}.csv`, csv.text]);
  const keys = await getCacheKeys();
  return [{ params: { bundle: BUNDLE_NAME }, props: { files }, cacheKey: keys.text('data/measures', JSON.stringify(files)) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ files: [string, string][] }> = ({ props }) => bundleResponse(props.files);
