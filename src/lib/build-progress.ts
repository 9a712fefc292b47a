// Which route astro is rendering, told to `npm run build` as it goes (issue 17), so the search index of the reports
// can start while astro still renders. Astro starts the pages in order, route after route, at most PAGES_AT_ONCE
// at a time (build.concurrency), each slot freed once its page is written, and the reports' route renders its
// pages group by group of the search index (src/pages/[lang]/articles/[id].astro, each page's group in its props).
// The notes lag PAGES_AT_ONCE - 1 rendered pages behind rendering, so once the note of a page of the next group or of
// another route is written, the pages of the group before are usually all in dist/ (scripts/build/index-ahead.ts
// then indexes that group beside astro: scripts/search/index-site.ts indexReportsAhead). Usually, not always: a
// page slower than the pages started after it, or a page copied from the cache (it holds a slot but passes no
// middleware), can still be writing then. Such an index is only wasted: the index after astro checks every group's
// pages again by their bytes and indexes a group anew whose pages differ.
// The integration adds a middleware (build-progress-middleware.ts) to every build, so the pages' code is the same
// with or without a listener; with CZ_BUILD_PROGRESS set to a file, it appends each route as rendering reaches it.
import type { AstroIntegration } from 'astro';
import { appendFileSync } from 'node:fs';

/**
 * How many pages astro renders at once (astro.config.mjs build.concurrency). A page waits on its output folder
 * and file (and the incremental cache's copy) for much of its time (one at a time, the main thread of a cold build of
 * 2,021 articles was idle 35% of the time); with four in flight the second core works while they wait. The output is
 * the same bytes in the same files as one at a time (tests/quality/reproducible.test.ts). Astro's docs say the
 * incremental cache is off above one page at a time; Astro 7.3 keeps it (tests/quality/incremental.test.ts fails if
 * a later Astro does not).
 */
export const PAGES_AT_ONCE = 4;

/** The environment variable naming the file routes are appended to. */
export const PROGRESS_VARIABLE = 'CZ_BUILD_PROGRESS';
/** The route of the report pages (src/pages/[lang]/articles/[id].astro), the only pages of the years' indexes. */
export const REPORT_ROUTE = '/[lang]/articles/[id]';
/** The prop of a report page that names its search-index group (shard.ts), for the notes only. */
export const SEARCH_GROUP_PROP = 'searchGroup';

/**
 * A function that appends `route` (and a report page's `group`: `route<TAB>group`) to `file` when it is not the
 * line it appended last, `lag` pages late: a page's line is appended when the `lag`-th page after it starts, by when
 * it is usually written (at most `lag` others render beside a page). The last `lag` pages are never told: the
 * index after astro takes their groups. A note that cannot be written never fails the page: the build then only
 * loses its head start (notes stop after the first failure).
 */
export function routeRecorder(
  file: string | undefined,
  append: (file: string, text: string) => void = appendFileSync,
  lag = PAGES_AT_ONCE - 1,
): (route: string, group?: string) => void {
  let last: string | undefined;
  let broken = file === undefined || file === '';
  const rendering: string[] = [];
  return (route, group) => {
    if (broken) return;
    rendering.push(group === undefined ? route : `${route}\t${group}`);
    if (rendering.length <= lag) return;
    const line = rendering.shift()!;
    if (line === last) return;
    last = line;
    try {
      append(file as string, `${line}\n`);
    } catch {
      broken = true;
    }
  };
}

/**
 * The groups whose report pages are all written, in the order they were: each report-route line with a group that
 * another line follows (the next group's pages, or another route's). A group told twice (pages out of group
 * order) counts only once the last of its runs is followed: an index made too soon is only wasted, since the
 * index after astro checks every group's pages again (index-site.ts).
 */
export function groupsWritten(lines: readonly string[]): string[] {
  const told = lines.filter((line) => line !== '');
  const done: string[] = [];
  for (let i = 0; i < told.length - 1; i++) {
    const [route, group] = told[i]!.split('\t');
    if (route !== REPORT_ROUTE || group === undefined || told.slice(i + 1).some((line) => line === told[i])) continue;
    done.push(group);
  }
  return done;
}

export function buildProgress(): AstroIntegration {
  return {
    name: 'cz-build-progress',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        addMiddleware({ entrypoint: new URL('./build-progress-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
