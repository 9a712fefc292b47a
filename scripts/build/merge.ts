// `npm run build -- --merge`: puts the shards of a sharded build together into dist/, as one unsharded
// `npm run build` would have written it (tests/quality/shards.test.ts compares them byte for byte).
// Each shard is a folder `shards/<name>/` (written by `--shard <year>` or `--hub`, or downloaded from CI jobs)
// with the site it built in `dist/` and its search indexes in `search/<bucket>/`:
// - the hub's dist/ is taken whole (every page that spans the archive);
// - from each year's, the article routes (`<lang>/articles/…`, `data/articles/…`) and the built assets
//   (`_astro/`); a file two shards both wrote (an asset, a redirect page at an old article address) must
//   have the same bytes in both, or the merge stops; the rest a year's shard writes (public/ and the routes
//   without getStaticPaths, which Astro always builds: the splash page, 404, robots.txt, data/figures.*,
//   datapackage.json) is left out, the hub's copy kept;
// - the sitemap (with SITE_URL) lists every shard's pages (sitemap-merge.ts);
// - the years' and the hub's indexes are placed as an unsharded build places them (search/index-site.ts).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { placeIndexes } from '../search/place-indexes.ts';
import { mergeSitemaps } from './sitemap-merge.ts';

export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

/** What a year's shard contributes: its article routes and the assets they load. */
export const FROM_YEARS = /^(?:[a-z]{2}\/articles\/|data\/articles\/|_astro\/)/;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Merges `shardsDir/<name>/` (one named `hub`) into `outDir`, replacing it; the number of files and shards. */
export function mergeShards(shardsDir: string, outDir: string): { files: number; shards: string[] } {
  const names = existsSync(shardsDir) ? readdirSync(shardsDir).filter((n) => existsSync(join(shardsDir, n, 'dist'))).sort() : [];
  if (!names.includes('hub')) throw new MergeError(`no hub build in ${shardsDir}/hub/dist: run npm run build -- --hub first`);
  const fresh = `${outDir}.merge`;
  rmSync(fresh, { recursive: true, force: true });
  try {
    cpSync(join(shardsDir, 'hub', 'dist'), fresh, { recursive: true });
    for (const name of names.filter((n) => n !== 'hub')) {
      const dist = join(shardsDir, name, 'dist');
      for (const path of files(dist).filter((p) => FROM_YEARS.test(p))) {
        const target = join(fresh, path);
        if (existsSync(target)) {
          if (!readFileSync(target).equals(readFileSync(join(dist, path)))) {
            throw new MergeError(`${path} differs between shard ${name} and an earlier one: were they built from the same commit and content?`);
          }
          continue;
        }
        mkdirSync(dirname(target), { recursive: true });
        cpSync(join(dist, path), target);
      }
    }
    // With SITE_URL: the hub's sitemap lists only the pages it built (sitemap-merge.ts).
    mergeSitemaps(fresh, names.map((n) => join(shardsDir, n, 'dist')));
    const bundles = new Map<string, string>();
    for (const name of names) {
      const search = join(shardsDir, name, 'search');
      if (!existsSync(search)) continue;
      for (const bucket of readdirSync(search)) {
        if (bundles.has(bucket)) throw new MergeError(`two shards hold a search index of ${bucket} (${name} and another)`);
        // Copied, not moved: the shards' folders stay as they were (a merge can be run again).
        const copy = join(fresh, '.search', bucket);
        cpSync(join(search, bucket), copy, { recursive: true });
        bundles.set(bucket, copy);
      }
    }
    if (bundles.size > 0) placeIndexes(bundles, join(fresh, 'pagefind'));
    rmSync(join(fresh, '.search'), { recursive: true, force: true });
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(fresh, outDir);
  return { files: files(outDir).length, shards: names };
}
