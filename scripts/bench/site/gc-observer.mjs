// Preloaded into a benchmarked astro build (`node --import <this file> astro.mjs build`, scripts/bench/baseline.ts):
// adds up the garbage collection pauses of the main thread (Node's `gc` performance entries: scavenges and
// mark-compacts; not the concurrent marking and sweeping of V8's helper threads, which GNU time's CPU seconds
// do count) and appends them, as one JSON line `{"gcMs": …, "count": …}`, to the file named by
// CZ_BENCH_GC_FILE when the process exits.
// Plain JavaScript so any Node loads it before the build's own code.
import { appendFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';

const file = process.env.CZ_BENCH_GC_FILE;
if (file) {
  let gcMs = 0;
  let count = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      count++;
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('exit', () => appendFileSync(file, `${JSON.stringify({ gcMs, count })}\n`));
}
