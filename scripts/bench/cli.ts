// `npm run bench -- <name> [options]`: benchmarks, kept out of `npm test` because they measure time.
import { run as baseline } from './baseline.ts';
import { run as build } from './build.ts';
import { run as corpus } from './corpus.ts';
import { run as figures } from './figures.ts';
import { run as search } from './search.ts';
import { run as sharded } from './sharded.ts';

const BENCHES: Record<string, { about: string; run: (args: string[]) => unknown }> = {
  figures: { about: 'figure extraction throughput (MB of article text per second)', run: figures },
  build: { about: 'whole build of synthetic archives: time, memory, sizes, page budgets (--sizes seeds,100,1000)', run: build },
  baseline: { about: 'this site beside a minimal Astro site on the same Markdown, pages/s each and the ratio (--size 2000 --runs 1)', run: baseline },
  search: { about: 'search: Node API vs CLI indexing time, index size, first-query bytes in Chromium', run: search },
  lighthouse: {
    about: 'Lighthouse mobile scores of home, the heaviest article (zh, en) and the data page (--dist DIR)',
    // Loaded only when asked for: Lighthouse is a large module.
    run: async (args) => (await import('./lighthouse.ts')).run(args),
  },
  sharded: { about: 'a sharded build of a bench copy: ingest, hub and groups in parallel lanes, merge (--project DIR --processes 2)', run: sharded },
  corpus: { about: 'write a synthetic archive of page texts (--size N --out DIR [--seed S])', run: corpus },
};

const [name, ...args] = process.argv.slice(2);
const bench = name ? BENCHES[name] : undefined;
if (!bench) {
  console.error(
    `usage: npm run bench -- <name> [options]\n${Object.entries(BENCHES)
      .map(([n, b]) => `  ${n.padEnd(10)} ${b.about}`)
      .join('\n')}`,
  );
  process.exit(name ? 2 : 0);
}
try {
  await bench.run(args);
} catch (e) {
  // Bad options and failed build steps carry their own message; a stack trace would only hide it.
  console.error(`bench ${name}: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
