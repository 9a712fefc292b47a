// Which route astro is rendering, told to `npm run build` as it goes (issue 17), so the search index of the reports
// can start while astro still renders the pages that span the archive. Astro renders one route's pages after the
// other (build.concurrency 1), each written before the next starts, and the reports' route comes before the
// listings: once a page of another route renders after a report page, every report page is in dist/
// (scripts/build.ts then indexes the reports' groups beside astro: scripts/search/index-site.ts indexReportsAhead).
// The integration adds a middleware (build-progress-middleware.ts) to every build, so the pages' code is the same
// with or without a listener; with CZ_BUILD_PROGRESS set to a file, it appends each route as rendering reaches it.
import type { AstroIntegration } from 'astro';
import { appendFileSync } from 'node:fs';

/** The environment variable naming the file routes are appended to. */
export const PROGRESS_VARIABLE = 'CZ_BUILD_PROGRESS';
/** The route of the report pages (src/pages/[lang]/articles/[id].astro), the only pages of the years' indexes. */
export const REPORT_ROUTE = '/[lang]/articles/[id]';

/**
 * A function that appends `route` to `file` when it is not the route it appended last. A note that cannot be
 * written never fails the page: the build then only loses its head start (notes stop after the first failure).
 */
export function routeRecorder(file: string | undefined, append: (file: string, text: string) => void = appendFileSync): (route: string) => void {
  let last: string | undefined;
  let broken = file === undefined || file === '';
  return (route) => {
    if (broken || route === last) return;
    last = route;
    try {
      append(file as string, `${route}\n`);
    } catch {
      broken = true;
    }
  };
}

/** The routes told so far (the file's lines): whether every report page has been written. */
export function reportsWritten(lines: readonly string[]): boolean {
  const at = lines.indexOf(REPORT_ROUTE);
  return at >= 0 && lines.slice(at + 1).some((line) => line !== '' && line !== REPORT_ROUTE);
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
