// The reports' search index begun beside astro (issue 17): astro tells the routes it renders, in order, to a file
// (src/lib/build-progress.ts); once a route after the reports' has begun, every report page is written, and their
// groups of years are indexed while astro renders the archive's pages (at 10,000 articles about a fifth of its
// time, at 50,000 most of Pagefind's). The indexes go to the search cache; the indexSite after astro takes them
// from there. A build whose reports' route renders nothing (all restored) or last gets no head start, only the
// index after astro as before; a failure here is reported and left to that index to meet again.
import { existsSync, readFileSync } from 'node:fs';
import { reportsWritten } from '../../src/lib/build-progress.ts';
import { indexReportsAhead, type BucketIndex } from '../search/index-site.ts';

/** What the index beside astro did: nothing (astro ended first), its groups, or why it failed. */
export type AheadResult =
  | undefined
  | { buckets: BucketIndex[]; seconds: number; beforeEnd: number }
  | { failed: string };

export interface Ahead {
  /** Settles once the index beside astro is done or given up; it never rejects. */
  result: Promise<AheadResult>;
}

/** The line build.ts prints after astro (nothing is printed while astro writes its log). */
export function aheadSummary(result: AheadResult): string | undefined {
  if (result === undefined) return undefined;
  if ('failed' in result) return `build: the reports' search index beside astro failed (${result.failed}); the index after astro runs it again`;
  const redone = result.buckets.filter((b) => !b.reused).map((b) => b.bucket);
  return `build: the reports' search index began ${result.beforeEnd.toFixed(1)} s before astro ended and took ${result.seconds.toFixed(1)} s (${redone.length > 0 ? `indexed ${redone.join(', ')}` : 'every group kept'})`;
}

/**
 * Watches `progressFile` (every `everyMs`) until the reports are written, then indexes their groups of `siteDir`
 * (listed by `list`); gives up when `ended` settles first.
 */
export function indexReportsWhenWritten(
  progressFile: string,
  siteDir: string,
  list: () => readonly string[],
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
  const written = () => existsSync(progressFile) && reportsWritten(readFileSync(progressFile, 'utf8').split('\n'));
  const result = (async () => {
    while (!over && !written()) await new Promise((resolve) => setTimeout(resolve, everyMs));
    if (over) return undefined; // astro is done: the index after it runs every group, side by side
    const started = performance.now();
    try {
      const buckets = await index(siteDir, list(), { widen: ended });
      return { buckets, seconds: (performance.now() - started) / 1000, beforeEnd: ((over ? endedAt : performance.now()) - started) / 1000 };
    } catch (e) {
      return { failed: e instanceof Error ? e.message : String(e) };
    }
  })();
  return { result };
}
