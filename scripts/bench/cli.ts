// `npm run bench -- <name> [options]`: benchmarks, kept out of `npm test` because they measure time.
import { run as figures } from './figures.ts';

const BENCHES: Record<string, { about: string; run: (args: string[]) => unknown }> = {
  figures: { about: 'figure extraction throughput (MB of article text per second)', run: figures },
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
await bench.run(args);
