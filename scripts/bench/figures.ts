// Benchmark of figure extraction: MB of paragraph text (UTF-8, 1 MB = 10^6 bytes) read per second, over the
// seed pages repeated as many articles. Not part of the tests: run it directly,
//   npx node scripts/bench/figures.ts [--repeat N] [--rounds N]
// or as `npm run bench -- figures`, which calls run().

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFromSeed } from '../ingest/figures/fixtures/seed-articles.ts';
import { extractFigures } from '../ingest/figures/index.ts';
import type { IngestedArticle } from '../ingest/types.ts';

export interface FigureBenchOptions {
  /** How many times each seed page is repeated (as an article of its own). */
  repeat?: number;
  /** Timed passes over all the articles; the best and the median are reported. */
  rounds?: number;
  seedsDir?: string;
}

export interface FigureBenchResult {
  articles: number;
  megabytes: number;
  figures: number;
  /** Seconds per pass, in the order run. */
  seconds: number[];
  bestMBps: number;
  medianMBps: number;
}

const DEFAULT_SEEDS = join(import.meta.dirname, '../../seeds');
const MB = 1e6;

export function loadArticles(seedsDir: string, repeat: number): IngestedArticle[] {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no seed pages (*.txt) in ${seedsDir}`);
  const pages = files.map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const articles: IngestedArticle[] = [];
  for (let r = 0; r < repeat; r++) {
    pages.forEach((text, i) => articles.push(articleFromSeed(`bench-${r}-${i}`, text, { year: 2025, regions: ['长治市'], topics: ['governance'] })));
  }
  return articles;
}

export function benchFigures(options: FigureBenchOptions = {}): FigureBenchResult {
  const repeat = options.repeat ?? 200;
  const rounds = options.rounds ?? 3;
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a whole number ≥ 1, got ${repeat}`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number ≥ 1, got ${rounds}`);
  const articles = loadArticles(options.seedsDir ?? DEFAULT_SEEDS, repeat);
  const bytes = articles.reduce(
    (sum, a) => sum + a.body.reduce((s, n) => s + (n.kind === 'paragraph' ? Buffer.byteLength(n.text) : 0), 0),
    0,
  );

  // One untimed pass, so the JIT has compiled the hot paths before we time them.
  let figures = passOver(articles.slice(0, Math.min(articles.length, 50)));
  const seconds: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    figures = passOver(articles);
    seconds.push((performance.now() - start) / 1000);
  }
  const megabytes = bytes / MB;
  const sorted = [...seconds].sort((a, b) => a - b);
  return {
    articles: articles.length,
    megabytes,
    figures,
    seconds,
    bestMBps: megabytes / sorted[0]!,
    medianMBps: megabytes / sorted[Math.floor(sorted.length / 2)]!,
  };
}

function passOver(articles: IngestedArticle[]): number {
  let figures = 0;
  for (const article of articles) figures += extractFigures(article).length;
  return figures;
}

export function formatResult(r: FigureBenchResult): string {
  return [
    `figures: ${r.articles} articles, ${r.megabytes.toFixed(2)} MB of paragraph text, ${r.figures} figures per pass`,
    `  passes: ${r.seconds.map((s) => `${s.toFixed(2)} s`).join(', ')}`,
    `  throughput: ${r.bestMBps.toFixed(2)} MB/s best, ${r.medianMBps.toFixed(2)} MB/s median ` +
      `(${Math.round(r.articles / (r.megabytes / r.medianMBps))} articles/s)`,
  ].join('\n');
}

/** Entry point for `npm run bench -- figures [--repeat N] [--rounds N]` and for running this file. */
export function run(args: string[] = []): FigureBenchResult {
  const { values } = parseArgs({ args, options: { repeat: { type: 'string' }, rounds: { type: 'string' } }, allowPositionals: true });
  const whole = (name: string, raw: string | undefined) => {
    if (raw === undefined) return {};
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1, got "${raw}"`);
    return { [name]: n };
  };
  const result = benchFigures({ ...whole('repeat', values.repeat), ...whole('rounds', values.rounds) });
  console.log(formatResult(result));
  return result;
}

if (import.meta.main) {
  try {
    run(process.argv.slice(2));
  } catch (e) {
    console.error(`bench figures: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
