// The sitemap of a merged sharded build (build/merge.ts). @astrojs/sitemap lists the pages its own run built,
// so the hub's sitemap lacks the years' article pages and each year's lists its own (and the few routes
// without getStaticPaths, which every run builds). The merged sitemap is the union of their entries, each the same text in every
// shard that has it, sorted by address as the integration sorts them (`localeCompare(b, 'en', { numeric: true })`,
// so `-2/` comes before `-10/`) and cut into files of ENTRY_LIMIT (its default), with the index rewritten to
// name them: the files an unsharded build writes.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @astrojs/sitemap's default `entryLimit`: URLs per sitemap file. */
export const ENTRY_LIMIT = 45000;

/** @astrojs/sitemap's order of addresses (its generate-sitemap sorts with this comparison), one collator made once. */
export const byAddress = new Intl.Collator('en', { numeric: true }).compare;

const URL_ENTRY = /<url><loc>([^<]*)<\/loc>[\s\S]*?<\/url>/g;
const PART = /^sitemap-(\d+)\.xml$/;

/** The `<url>` entries of a site's sitemap files, by address. */
export function sitemapEntries(dist: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const name of readdirSync(dist).filter((n) => PART.test(n))) {
    for (const match of readFileSync(join(dist, name), 'utf8').matchAll(URL_ENTRY)) entries.set(match[1]!, match[0]);
  }
  return entries;
}

/**
 * Rewrites `outDist`'s sitemap with the entries of every site in `dists` (its own among them); nothing when
 * it has none (a build without SITE_URL). Throws when two sites give one address different entries.
 */
export function mergeSitemaps(outDist: string, dists: readonly string[]): number {
  const index = join(outDist, 'sitemap-index.xml');
  const first = join(outDist, 'sitemap-0.xml');
  if (!existsSync(index) || !existsSync(first)) return 0;
  const all = new Map<string, string>();
  for (const dist of dists) {
    for (const [loc, entry] of sitemapEntries(dist)) {
      const had = all.get(loc);
      if (had !== undefined && had !== entry) throw new Error(`the sitemap entry of ${loc} differs between shards`);
      all.set(loc, entry);
    }
  }
  const text = readFileSync(first, 'utf8');
  const head = text.slice(0, text.indexOf('<url>'));
  const tail = '</urlset>';
  const sorted = [...all.keys()].sort(byAddress).map((loc) => all.get(loc)!);
  for (const name of readdirSync(outDist).filter((n) => PART.test(n))) rmSync(join(outDist, name));
  const parts = Math.max(1, Math.ceil(sorted.length / ENTRY_LIMIT));
  for (let i = 0; i < parts; i++) writeFileSync(join(outDist, `sitemap-${i}.xml`), `${head}${sorted.slice(i * ENTRY_LIMIT, (i + 1) * ENTRY_LIMIT).join('')}${tail}`);
  const indexText = readFileSync(index, 'utf8');
  const entry = /<sitemap>[\s\S]*?<\/sitemap>/.exec(indexText)?.[0];
  if (entry) {
    const listed = Array.from({ length: parts }, (_, i) => entry.replace(/sitemap-\d+\.xml/, `sitemap-${i}.xml`)).join('');
    writeFileSync(index, indexText.replace(/(<sitemap>[\s\S]*<\/sitemap>)/, listed));
  }
  return sorted.length;
}
