// `npm run eval -- <name> [options]`: how well the ingest reads pages and figures, scored against gold files
// under tests/fixtures/. Prints per-item and total scores; exits 1 below the threshold (CI runs it).
const EVALS: Record<string, { about: string; load: () => Promise<{ run: (args: string[]) => unknown }> }> = {
  pages: {
    about: 'articles, titles, roles, dates, places and figures of the page dev set (tests/fixtures/pages/)',
    load: () => import('./pages.ts'),
  },
  figures: {
    about: 'status, year, region, topic, label and kind of every figure against the gold (seeds and dev pages)',
    load: () => import('./figures.ts'),
  },
  variants: {
    about: 'the dev pages printed other ways with the same meaning (markup, marks, spacing), scored against the same gold',
    load: () => import('./variants.ts'),
  },
};

export {};

const [name, ...args] = process.argv.slice(2);
const entry = name ? EVALS[name] : undefined;
if (!entry) {
  console.error(
    `usage: npm run eval -- <name> [options]\n${Object.entries(EVALS)
      .map(([n, e]) => `  ${n.padEnd(8)} ${e.about}`)
      .join('\n')}`,
  );
  process.exit(name ? 2 : 0);
}
try {
  await (await entry.load()).run(args);
} catch (e) {
  console.error(`eval ${name}: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
