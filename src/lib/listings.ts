// The site's listing pages (by topic, by place, by year), worked out once per build from the catalog's
// indexes, so that each listing page receives only its own articles and never walks the archive.
// Pure: tested on fixtures in listings.test.ts.
import { regionInfo } from '../domain/places/regions.ts';
import { TOPICS, type Topic } from '../domain/topics.ts';
import { regionEnglishName, regionLevelRank, regionSlug } from './taxonomy.ts';

/** What a listing needs of an article: its id, and the keys it is listed under. */
export interface Listable {
  id: string;
  year?: number;
  topics: readonly Topic[];
  regions: readonly string[];
}

export interface Listing<K> {
  key: K;
  /** The URL segment of the listing page. */
  slug: string;
  /** Article ids, in the order the articles were given (the catalog's: newest first). */
  ids: string[];
}

export interface RegionListing extends Listing<string> {
  level: 'city' | 'county' | 'town';
  /** The county of a town, the city of a county (Chinese names). */
  parent?: string;
}

export class ListingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListingError';
  }
}

/** Topics that have articles, in the vocabulary's order. */
export function topicListings(articles: readonly Listable[]): Listing<Topic>[] {
  const ids = new Map<Topic, string[]>();
  for (const a of articles) for (const t of new Set(a.topics)) push(ids, t, a.id);
  return TOPICS.filter((t) => ids.has(t)).map((t) => ({ key: t, slug: t, ids: ids.get(t)! }));
}

/**
 * Places that have articles: the city, then counties, then towns, each group by English name. Throws a
 * ListingError when two places would share a URL, naming both, rather than let one page hide the other.
 */
export function regionListings(articles: readonly Listable[]): RegionListing[] {
  const ids = new Map<string, string[]>();
  for (const a of articles) for (const r of new Set(a.regions)) push(ids, r, a.id);
  const bySlug = new Map<string, string>();
  const listings: RegionListing[] = [];
  for (const [name, list] of ids) {
    const slug = regionSlug(name);
    const clash = bySlug.get(slug);
    if (clash !== undefined) {
      throw new ListingError(
        `the places "${clash}" and "${name}" would both be listed at regions/${slug}/; give one of them a distinct English name in content/glossary.yaml (regions:).`,
      );
    }
    bySlug.set(slug, name);
    const info = regionInfo(name);
    listings.push({ key: name, slug, ids: list, level: info?.level ?? 'town', parent: info?.parent });
  }
  return listings.sort(
    (a, b) => regionLevelRank(a.key) - regionLevelRank(b.key) || regionEnglishName(a.key).localeCompare(regionEnglishName(b.key), 'en'),
  );
}

/** Years that have articles, newest first; articles without a year are listed apart. */
export function yearListings(articles: readonly Listable[]): { years: Listing<number>[]; undated: string[] } {
  const ids = new Map<number, string[]>();
  const undated: string[] = [];
  for (const a of articles) {
    if (a.year === undefined) undated.push(a.id);
    else push(ids, a.year, a.id);
  }
  const years = [...ids.keys()].sort((a, b) => b - a).map((year) => ({ key: year, slug: String(year), ids: ids.get(year)! }));
  return { years, undated };
}

/** The places listed under one: a county's towns, the city's counties. */
export function placesWithin(listings: readonly RegionListing[], parent: string): RegionListing[] {
  return listings.filter((l) => l.parent === parent);
}

function push<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
