// The reports' search index begun beside astro (issue 17): astro tells the routes it renders, in order, to a file
// (src/lib/build-progress.ts), and the report route renders its pages group by group of the search index, each
// page naming its group. Once the next group's pages (or another route's) begin, every page of a group is written,
// and that group is indexed into the search cache while astro renders on: at 50,000 articles the index of the
// first groups begins minutes before astro reaches the listings. The indexSite after astro takes the indexes from
// the cache, and indexes the groups not done by then itself, side by side. A build whose report pages are all
// restored from astro's cache gets no head start and needs none; a failure here is reported and left to that
// index to meet again.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupsWritten } from '../../src/lib/build-progress.ts';
import { indexReportsAhead, type BucketIndex } from '../search/index-site.ts';

/** What the index beside astro did: nothing (no group was done before astro ended), its groups, or why it failed. */
export type AheadResult =
  | undefined
  | { buckets: BucketIndex[]; seconds: number; beforeEnd: number }
  | { failed: string };

export interface Ahead {
  /** Settles once the index beside astro is done or given up; it never rejects. */
  result: Promise<AheadResult>;
}

/** The groups of the search index and, for each, its report pages (paths under the site's folder). */
export interface ReportPlan {
  groups: readonly string[];
  pagesOf(group: string): string[];
}

/** The line build.ts prints after astro (nothing is printed while astro writes its log). */
export function aheadSummary(result: AheadResult): string | undefined {
  if (result === undefined) return undefined;
  if ('failed' in result) return `build: the reports' search index beside astro failed (${result.failed}); the index after astro runs it again`;
  const redone = result.buckets.filter((b) => !b.reused).map((b) => b.bucket);
  return `build: the reports' search index began ${result.beforeEnd.toFixed(1)} s before astro ended and took ${result.seconds.toFixed(1)} s (${redone.length > 0 ? `indexed ${redone.join(', ')}` : 'every group kept'})`;
}

/**
 * The report pages of each group in `siteDir`: `<lang>/articles/<id>/index.html` for the ids `groupOf` puts in it
 * (scripts/build/shard-names.ts reportGroups), in every language folder of the site that has them, sorted.
 */
export function reportPlan(siteDir: string, groups: readonly string[], groupOf: ReadonlyMap<string, string>): ReportPlan {
  const ids = new Map<string, string[]>();
  for (const [id, group] of groupOf) (ids.get(group) ?? ids.set(group, []).get(group)!).push(id);
  let langs: string[] | undefined;
  return {
    groups,
    pagesOf(group) {
      langs ??= readdirSync(siteDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(siteDir, entry.name, 'articles')))
        .map((entry) => entry.name)
        .sort();
      // Sorted as listFiles sorts a site's files: a group's index is known by its pages in that order (index-cache.ts).
      return (ids.get(group) ?? [])
        .flatMap((id) => langs!.map((lang) => `${lang}/articles/${id}/index.html`))
        .filter((page) => existsSync(join(siteDir, page)))
        .sort();
    },
  };
}

/**
 * Watches `progressFile` (every `everyMs`) and indexes each group of `siteDir` as its pages are all written, one
 * after the other, until `ended` settles (astro is done): then it finishes the group it is on and starts no other.
 * `plan` is asked once, when the first group is done.
 */
export function indexReportsWhenWritten(
  progressFile: string,
  siteDir: string,
  plan: () => Promise<ReportPlan | undefined>,
  ended: Promise<unknown>,
  everyMs = 250,
  index: typeof indexReportsAhead = indexReportsAhead,
): Ahead {
  let over = false;
  let endedAt = 0;
  const end = () => {
    over = true;
    endedAt = performance.now();
  };
  ended.then(end, end);
  const told = () => (existsSync(progressFile) ? groupsWritten(readFileSync(progressFile, 'utf8').split('\n')) : []);
  const result = (async (): Promise<AheadResult> => {
    const taken = new Set<string>();
    const buckets: BucketIndex[] = [];
    let planned: ReportPlan | undefined;
    let started: number | undefined;
    try {
      while (!over) {
        const ready = told().filter((group) => !taken.has(group));
        if (ready.length === 0) {
          await new Promise((resolve) => setTimeout(resolve, everyMs));
          continue;
        }
        planned ??= await plan();
        if (planned === undefined) break;
        for (const group of ready) {
          if (over) break;
          taken.add(group);
          const pages = planned.pagesOf(group);
          if (pages.length === 0) continue;
          started ??= performance.now();
          buckets.push(...(await index(siteDir, pages, { groups: planned.groups })));
        }
      }
    } catch (e) {
      return { failed: e instanceof Error ? e.message : String(e) };
    }
    if (started === undefined) return undefined;
    const now = performance.now();
    return { buckets, seconds: (now - started) / 1000, beforeEnd: ((over ? endedAt : now) - started) / 1000 };
  })();
  return { result };
}
