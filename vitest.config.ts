import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Node's on-disk compile cache for every process a test starts (the ingest CLI's runs, the site builds, the
// evals) and for the workers: each of them compiles the same few hundred TypeScript modules, and an ingest's
// start-up fell from 1.2 to 0.7 CPU s with the cache (2026-12-05). Node keys it by each file's contents, so an
// edited module is compiled afresh; a value set by the caller is kept.
process.env.NODE_COMPILE_CACHE ??= join(import.meta.dirname, 'node_modules', '.cache', 'node-compile');

export default defineConfig({
  test: {
    // Two projects. The unit tests of scripts/ and src/ share their workers' modules (isolate: false): some 330 files
    // import the same ingest and site modules, which took a third of their time to load again for each file (unit
    // tests 232 -> 168 s on 2026-12-05, none of them failing). The whole-site, archive and browser tests of tests/
    // keep a fresh module graph each, as they start builds, servers and browsers of their own.
    projects: [
      { extends: true, test: { name: 'unit', include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'] } },
    ],
    // A guard against a hung test, not a measure of speed (speed is checked by the benches): on the slower VM of
    // 2026-12-05 under CI's own load, tests that run the ingest several times in child processes took over 30 s.
    testTimeout: 90_000,
    // expect.poll waits for a page to settle, not for speed: its default 1 s ran out on CI's loaded 2-core VM
    // while Chromium was still answering one innerText call on a page already loaded (article-notes, 2026-12-05).
    expect: { poll: { timeout: 15_000 } },
    // vitest's default (one fewer worker than cores) is ONE worker on a 2-core machine such as CI's, which then
    // runs every file in turn and leaves a core idle whenever a file waits on a child process (a site build,
    // an ingest, Chromium). Two workers at least; `--maxWorkers=1` on the command line still runs files in turn.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
