import { describe, expect, it } from 'vitest';
import { buildSteps } from './build.ts';

describe("the bench's reading of an `npm run build` log", () => {
  it('takes each step’s time and what the build did with dist/', () => {
    const log = [
      'ingest: 10127 articles from 1250 seed(s); 0 created, 1 updated, 0 removed.',
      'build: ingest done in 1.7 s',
      'build: building (changed since the last build: content/)',
      'build: dist/ kept for astro: 37240 pages it may leave in place, 23450 other files removed (5.6 s)',
      'build: content check done in 11.7 s (beside astro build)',
      'build: astro build done in 106.6 s',
      'build: pagefind indexed 20342 pages in 72.9 s (re-indexed 2015-2020+undated; 2 of 3 indexes reused)',
    ].join('\n');
    expect(buildSteps(log)).toEqual({ ingest: 1.7, astro: 106.6, pagefind: 72.9, skipped: false, keptDist: true });
    expect(buildSteps('build: ingest done in 1.2 s\nbuild: search index of 20342 pages unchanged, reused in 10.0 s\n')).toMatchObject({ pagefind: 10, keptDist: false });
    expect(buildSteps('build: ingest done in 1.2 s\nbuild: nothing changed since the last build (…); dist/ kept.\n')).toEqual({
      ingest: 1.2,
      astro: undefined,
      pagefind: undefined,
      skipped: true,
      keptDist: false,
    });
  });
});
