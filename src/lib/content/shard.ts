// Which part of the site a build makes (issue 17: archives past one machine), and the year groups that
// shards and search indexes share. `npm run build -- --shard 2024` sets CZ_SHARD=2024: that run emits only
// the article routes of that group's reports (their pages, parallel pages and CSVs) and scripts/search
// indexes them; `--hub` sets CZ_SHARD=hub: every page but those, the pages that span the archive. Without it
// (an ordinary build) every page is emitted. A year's shard renders no other route: each archive-wide route's
// getStaticPaths returns nothing there (`emitsArchiveWide`); only the routes without getStaticPaths (the splash
// page, 404, robots.txt) are still written, and the merge
// (scripts/build/merge.ts) keeps the hub's copies. Each run still reads the whole
// collection, so what an article page shows of other years (neighbours, related reports) is the same as in
// an unsharded build, and the merged dist/ is byte for byte the unsharded one (tests/quality/shards.test.ts).
//
// A group is a year, or consecutive years whose reports are together fewer than CZ_YEAR_GROUP_MIN: a Pagefind
// index ranks by how rare a word is among its own pages, and an index of a few dozen reports ranks badly (on
// the seeds, one index per year lost two reports of `elderly care` from the first five), and every index
// merged costs the first search more bytes (YEAR_GROUP_MIN). The undated reports
// join the oldest group (`2015-2018+undated`), or are one of their own (`undated`) when nothing is dated.

/** The reports no year dates. */
export const UNDATED = 'undated';

/**
 * Reports a group of years gathers before it stands alone (CZ_YEAR_GROUP_MIN overrides; 1: every year alone).
 * Every merged index adds its metadata and a chunk per query word to the first search: on the 10,127-article
 * bench corpus (served gzip, 9 queries) one index took zh 258–328 KB, en 214–224 KB; a group a year (at 200,
 * twelve years and the measure pages' index) zh 357–451 KB, en 228–258 KB; at 2,000 (two groups) zh
 * 260–343 KB, en 210–225 KB. An edit re-indexes its group: the bigger the group, the longer that takes.
 */
export const YEAR_GROUP_MIN = 2000;

export type Shard = { kind: 'all' } | { kind: 'hub' } | { kind: 'group'; name: string; from?: number; to?: number; undated: boolean };

const GROUP = /^(\d{4})(?:-(\d{4}))?(\+undated)?$/;

/** The shard a build makes, from CZ_SHARD (`hub`, a group such as `2024`, `2019-2021`, `2015-2018+undated`). */
export function shardOf(value: string | undefined): Shard {
  if (value === undefined || value === '') return { kind: 'all' };
  if (value === 'hub') return { kind: 'hub' };
  const group = parseGroup(value);
  if (!group) throw new Error(`CZ_SHARD must be hub or a group of years as --list-shards names them (2024, 2019-2021, 2015-2018+undated, ${UNDATED}), not “${value}”`);
  return { kind: 'group', name: value, ...group };
}

function parseGroup(name: string): { from?: number; to?: number; undated: boolean } | undefined {
  if (name === UNDATED) return { undated: true };
  const match = GROUP.exec(name);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from <= to ? { from, to, undated: match[3] !== undefined } : undefined;
}

/** Whether this build emits the pages of a report of `year` (article routes only). */
export function emitsArticle(shard: Shard, year: number | undefined): boolean {
  if (shard.kind === 'all') return true;
  if (shard.kind === 'hub') return false;
  if (year === undefined) return shard.undated;
  return shard.from !== undefined && shard.to !== undefined && year >= shard.from && year <= shard.to;
}

/**
 * Whether a build emits the pages that span the archive (every route but an article's own: home, listings,
 * data pages, feeds, CSVs …): an ordinary build and the hub do, a year's shard does not. Each archive-wide
 * route's getStaticPaths returns [] first thing when not, so a shard does not even work out their keys.
 */
export function emitsArchiveWide(shard: Shard = currentShard): boolean {
  return shard.kind !== 'group';
}

/**
 * The groups of an archive with `counts` reports per year (and `undated`), newest first: from the newest
 * year, years are gathered until the group has `min` reports; a last group under `min` joins the one before.
 */
export function groupYears(counts: ReadonlyMap<number | typeof UNDATED, number>, min = YEAR_GROUP_MIN): string[] {
  const years = [...counts.keys()].filter((y): y is number => y !== UNDATED).sort((a, b) => b - a);
  const groups: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const year of years) {
    current.push(year);
    size += counts.get(year) ?? 0;
    if (size >= min) {
      groups.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) {
    if (groups.length > 0) groups[groups.length - 1]!.push(...current);
    else groups.push(current);
  }
  const names = groups.map((g) => (g.length === 1 ? String(g[0]) : `${g[g.length - 1]}-${g[0]}`));
  if ((counts.get(UNDATED) ?? 0) > 0) {
    if (names.length === 0) names.push(UNDATED);
    else names[names.length - 1] += `+${UNDATED}`;
  }
  return names;
}

/** The group of `groups` a report of `year` belongs to (undefined when none holds it). */
export function groupOf(groups: readonly string[], year: number | undefined): string | undefined {
  return groups.find((name) => emitsArticle(shardOf(name), year));
}

/** The years a group spans, newest first. */
export function yearsOf(group: string): number[] {
  const parsed = parseGroup(group);
  if (!parsed || parsed.from === undefined || parsed.to === undefined) return [];
  return Array.from({ length: parsed.to - parsed.from + 1 }, (_, i) => parsed.to! - i);
}

/** CZ_YEAR_GROUP_MIN, or YEAR_GROUP_MIN. */
export function yearGroupMin(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CZ_YEAR_GROUP_MIN);
  return Number.isInteger(value) && value > 0 ? value : YEAR_GROUP_MIN;
}

/** This build's shard (read once). */
export const currentShard: Shard = shardOf(process.env.CZ_SHARD);
