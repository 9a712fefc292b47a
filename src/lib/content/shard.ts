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
// merged costs the first search more bytes (YEAR_GROUP_MIN). No group holds more than CZ_YEAR_GROUP_MAX
// reports, since an edit re-indexes (and a shard renders) its whole group: years are gathered only while they
// fit, and a year or the undated with more is cut into parts by a hash of each report's id
// (`2024.1of3`, `undated.2of3`: part 1 of 3), a key that does not move when other reports come and go. The
// undated reports join the oldest group when it has room (`2015-2018+undated`), else are groups of their own
// (`undated`, or its parts).

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

/**
 * The most reports a group holds (CZ_YEAR_GROUP_MAX overrides; never below the group minimum). One changed
 * report re-indexes its group: Pagefind takes ~3 ms a page, two pages (zh, en) a report, so 2,000 reports
 * are 6–12 s on this 2-core machine; on the 10,127-article bench corpus the undated (half of it) had made one
 * group of 15,446 pages (57 s).
 */
export const YEAR_GROUP_MAX = 2000;

/** One of `count` parts of a year or of the undated (1-based `index`), chosen by a hash of the report's id. */
export interface Part {
  index: number;
  count: number;
}

export type Shard = { kind: 'all' } | { kind: 'hub' } | { kind: 'group'; name: string; from?: number; to?: number; undated: boolean; part?: Part };

const GROUP = /^(?:(\d{4})(?:-(\d{4}))?(\+undated)?|(undated))(?:\.(\d+)of(\d+))?$/;

/** The shard a build makes, from CZ_SHARD (`hub`, a group such as `2024`, `2019-2021`, `2015-2018+undated`). */
export function shardOf(value: string | undefined): Shard {
  if (value === undefined || value === '') return { kind: 'all' };
  if (value === 'hub') return { kind: 'hub' };
  const group = parseGroup(value);
  if (!group) throw new Error(`CZ_SHARD must be hub or a group of years as --list-shards names them (2024, 2019-2021, 2015-2018+undated, ${UNDATED}), not “${value}”`);
  return { kind: 'group', name: value, ...group };
}

function parseGroup(name: string): { from?: number; to?: number; undated: boolean; part?: Part } | undefined {
  const match = GROUP.exec(name);
  if (!match) return undefined;
  let part: Part | undefined;
  if (match[5] !== undefined) {
    part = { index: Number(match[5]), count: Number(match[6]) };
    if (part.count < 2 || part.index < 1 || part.index > part.count) return undefined;
  }
  const withPart = part ? { part } : {};
  if (match[4] !== undefined) return { undated: true, ...withPart };
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from <= to ? { from, to, undated: match[3] !== undefined, ...withPart } : undefined;
}

/**
 * The part (1 … count) a report of `id` falls in when its year is cut into `count` parts: FNV-1a of the id,
 * so it depends on the id alone, and is the same in Node and any browser.
 */
export function partOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return (hash % count) + 1;
}

/**
 * Whether this build emits the pages of a report of `year` and `id` (article routes only). The id matters
 * only to a part of a year (`2024.1of3`); without one, a part holds none of the reports of its year.
 */
export function emitsArticle(shard: Shard, year: number | undefined, id?: string): boolean {
  if (shard.kind === 'all') return true;
  if (shard.kind === 'hub') return false;
  const inYears = year === undefined ? shard.undated : shard.from !== undefined && shard.to !== undefined && year >= shard.from && year <= shard.to;
  if (!inYears || !shard.part) return inYears;
  return id !== undefined && partOf(id, shard.part.count) === shard.part.index;
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
 * year, years are gathered until the group has `min` reports, or until the next year would take it past
 * `max`; a last group under `min` joins the one before when it fits. A year (or the undated) with more than
 * `max` reports is cut into parts (`2024.1of3`). The undated join the oldest group when it fits.
 */
export function groupYears(counts: ReadonlyMap<number | typeof UNDATED, number>, min = YEAR_GROUP_MIN, max = Math.max(min, YEAR_GROUP_MAX)): string[] {
  const bound = Math.max(min, max);
  const years = [...counts.keys()].filter((y): y is number => y !== UNDATED).sort((a, b) => b - a);
  // A gathered group: its years (newest first) and size; a year in parts is made of names, never extended.
  const groups: { years: number[]; size: number; parts?: string[] }[] = [];
  let current: { years: number[]; size: number } = { years: [], size: 0 };
  const close = () => {
    if (current.years.length > 0) groups.push(current);
    current = { years: [], size: 0 };
  };
  for (const year of years) {
    const size = counts.get(year) ?? 0;
    if (size > bound) {
      close();
      groups.push({ years: [year], size, parts: partsOf(String(year), size, bound) });
      continue;
    }
    if (current.size + size > bound) close();
    current.years.push(year);
    current.size += size;
    if (current.size >= min) close();
  }
  if (current.years.length > 0) {
    const last = groups[groups.length - 1];
    if (last && !last.parts && last.size + current.size <= bound) {
      last.years.push(...current.years);
      last.size += current.size;
    } else groups.push(current);
  }
  const names = groups.flatMap((g) => g.parts ?? [g.years.length === 1 ? String(g.years[0]) : `${g.years[g.years.length - 1]}-${g.years[0]}`]);
  const undated = counts.get(UNDATED) ?? 0;
  if (undated > 0) {
    const last = groups[groups.length - 1];
    if (last && !last.parts && last.size + undated <= bound) names[names.length - 1] += `+${UNDATED}`;
    else names.push(...partsOf(UNDATED, undated, bound));
  }
  return names;
}

/** A year's (or the undated's) group name, or the names of its parts when it has more than `max` reports. */
function partsOf(base: string, size: number, max: number): string[] {
  const count = Math.ceil(size / max);
  return count < 2 ? [base] : Array.from({ length: count }, (_, i) => `${base}.${i + 1}of${count}`);
}

/** The group of `groups` a report of `year` and `id` belongs to (undefined when none holds it). */
export function groupOf(groups: readonly string[], year: number | undefined, id?: string): string | undefined {
  return groups.find((name) => emitsArticle(parsedShard(name), year, id));
}

const PARSED = new Map<string, Shard>();

/** shardOf for a group's name, read once per name (groupOf asks it for every report of the archive). */
function parsedShard(name: string): Shard {
  let shard = PARSED.get(name);
  if (shard === undefined) PARSED.set(name, (shard = shardOf(name)));
  return shard;
}

/**
 * The groups of the published `reports` (each its id and year), newest first, and the group of each report: what
 * --list-shards names (scripts/build/shard-names.ts), the search index's groups, and the order the report pages
 * render in (lib/content/articles.ts reportGroups).
 */
export function reportGroupsOf(
  reports: Iterable<{ id: string; year?: number }>,
  min = yearGroupMin(),
  max = yearGroupMax(process.env, min),
): { groups: string[]; groupOf: Map<string, string> } {
  const list = [...reports];
  const counts = new Map<number | typeof UNDATED, number>();
  for (const { year } of list) counts.set(year ?? UNDATED, (counts.get(year ?? UNDATED) ?? 0) + 1);
  const groups = groupYears(counts, min, max);
  const of = new Map<string, string>();
  for (const { id, year } of list) {
    const group = groupOf(groups, year, id);
    if (group !== undefined) of.set(id, group);
  }
  return { groups, groupOf: of };
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

/** CZ_YEAR_GROUP_MAX, or YEAR_GROUP_MAX; never below the minimum (`min`). */
export function yearGroupMax(env: NodeJS.ProcessEnv = process.env, min = yearGroupMin(env)): number {
  const value = Number(env.CZ_YEAR_GROUP_MAX);
  return Math.max(min, Number.isInteger(value) && value > 0 ? value : YEAR_GROUP_MAX);
}

/** Orders group names newest first (by their newest year), the undated after every year, parts in turn. */
export function compareGroups(a: string, b: string): number {
  const newest = (name: string) => parseGroup(name)?.to ?? -1;
  const part = (name: string) => parseGroup(name)?.part?.index ?? 0;
  return newest(b) - newest(a) || part(a) - part(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** This build's shard (read once). */
export const currentShard: Shard = shardOf(process.env.CZ_SHARD);
