// `npm run bench -- build [--sizes seeds,100,1000] [--keep]`: the whole build (ingest → astro → Pagefind)
// of synthetic archives of each size, each in a private copy of the project in the OS temp folder, timed
// with peak memory, plus a one-article-changed rebuild and the article page budgets. Prints a table and
// merges the results into bench/results.json (by size, so a later 10000 run adds its row). The first build
// runs its steps one by one (ingest, astro, Pagefind) to time each; the rebuilds are `npm run build` itself
// (scripts/build.ts) in the copy: once to record the build (nothing changed, no record yet: astro and Pagefind
// on their caches), again with nothing changed (skipped: build/last-build.ts), then with one article changed
// (into the kept dist/: build/keep-dist.ts; the checks beside astro), with astro's and Pagefind's caches.
// `seeds` builds the real seed pages. Sizes run one after another, under `nice -n 19`.

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCorpus, SEEDS_DIR } from './corpus.ts';
import { formatTable, type Machine, type SizeResult } from './site/report.ts';
import { summariseBudgets } from './site/budgets.ts';
import { folderSize, makeProjectCopy, measureNode, PROJECT_ROOT, removeProjectCopy } from './site/project.ts';

export const RESULTS_FILE = join(PROJECT_ROOT, 'bench', 'results.json');
const ASTRO = ['node_modules/astro/bin/astro.mjs', 'build'];
const INGEST = ['scripts/ingest/cli.ts', '--seeds', 'seeds', '--out', 'content', '--quiet'];
const PAGEFIND = ['--input-type=module', '-e', "await (await import('./scripts/search/index-site.ts')).indexSite('dist')"];
const BUILD = ['scripts/build.ts'];
const MB = 1e6;

export function benchSize(size: string, logs: string, keep: boolean): SizeResult {
  const loadAtStart = loadavg()[0]!;
  const project = makeProjectCopy(size);
  const log = (step: string) => join(logs, `${size}-${step}.log`);
  try {
    let articlesWanted: number | undefined;
    if (size === 'seeds') cpSync(SEEDS_DIR, join(project, 'seeds'), { recursive: true });
    else articlesWanted = makeCorpus(join(project, 'seeds'), { articles: Number(size) }).articles;

    const ingest = measureNode('ingest', INGEST, project, log('ingest'));
    const articles = readdirSync(join(project, 'content/articles/zh')).length;
    // The generator recombines the seeds' articles into new pages; where the segmenter reads a recombined page
    // differently (a credited paragraph after a 本报讯 item is an item of its own) the count drifts a little.
    // The results record the real count; only a large drift means the bench no longer measures its size.
    if (articlesWanted !== undefined && Math.abs(articles - articlesWanted) > articlesWanted * 0.05) {
      throw new Error(`the ${size}-article corpus ingested as ${articles} articles: the generator and the segmenter disagree`);
    }
    if (articlesWanted !== undefined && articles !== articlesWanted) {
      console.error(`bench: the ${size}-article corpus ingested as ${articles} articles (recorded as such)`);
    }
    const ingestUnchanged = measureNode('ingest (unchanged)', INGEST, project, log('ingest'));
    const astro = measureNode('astro build', ASTRO, project, log('astro'));
    const pagefind = measureNode('pagefind', PAGEFIND, project, log('pagefind'));
    const dist = folderSize(join(project, 'dist'));
    const index = folderSize(join(project, 'dist', 'pagefind'));
    const budget = summariseBudgets(join(project, 'dist'));

    const recording = measureNode('npm run build (no record yet)', BUILD, project, log('build'));
    const unchanged = measureNode('npm run build (unchanged)', BUILD, project, log('build'));
    changeOneArticle(join(project, 'seeds'));
    const one = measureNode('npm run build (one changed)', BUILD, project, log('build'));
    const oneSteps = buildSteps(one.output);

    return {
      size,
      loadAverage: [fix(loadAtStart, 1), fix(loadavg()[0]!, 1)],
      articles,
      ingest: round(ingest),
      ingestUnchanged: round(ingestUnchanged),
      astro: round(astro),
      pagefind: round(pagefind),
      fullBuildSeconds: fix(ingest.seconds + astro.seconds + pagefind.seconds),
      peakMB: fix(Math.max(ingest.peakMB ?? 0, astro.peakMB ?? 0, pagefind.peakMB ?? 0), 0),
      htmlPages: dist.html - index.html,
      pagesPerSecond: fix((dist.html - index.html) / astro.seconds, 1),
      distMB: fix(dist.bytes / MB),
      indexMB: fix(index.bytes / MB),
      incremental: {
        ingestSeconds: fix(oneSteps.ingest ?? Number.NaN),
        astroSeconds: fix(oneSteps.astro ?? Number.NaN),
        pagefindSeconds: fix(oneSteps.pagefind ?? Number.NaN),
        fullBuildSeconds: fix(one.seconds),
        keptDist: oneSteps.keptDist,
      },
      unchanged: {
        fullBuildSeconds: fix(unchanged.seconds),
        skipped: buildSteps(unchanged.output).skipped,
        withoutRecordSeconds: fix(recording.seconds),
      },
      ...(budget && {
        budget: {
          articlePages: budget.pages,
          medianGzipKB: fix(budget.medianGzipKB, 1),
          maxGzipKB: fix(budget.maxGzipKB, 1),
          maxRequests: budget.maxRequests,
          blockingScripts: budget.blockingScripts,
          heaviest: budget.heaviest,
        },
      }),
    };
  } finally {
    if (keep) console.log(`bench build: kept the ${size} project copy at ${project}`);
    else removeProjectCopy(project);
  }
}

/** The step times `npm run build` logs (`build: astro build done in 12.3 s`), and what it did with dist/. */
export function buildSteps(output: string): { ingest?: number; astro?: number; pagefind?: number; skipped: boolean; keptDist: boolean } {
  const time = (pattern: RegExp) => {
    const found = pattern.exec(output);
    return found ? Number(found[1]) : undefined;
  };
  return {
    ingest: time(/^build: ingest done in ([\d.]+) s/m),
    astro: time(/^build: astro build done in ([\d.]+) s/m),
    pagefind: time(/^build: (?:pagefind indexed \d+ pages|search index of \d+ pages unchanged, reused) in ([\d.]+) s/m),
    skipped: /^build: nothing changed since the last build/m.test(output),
    keptDist: /^build: dist\/ kept for astro/m.test(output),
  };
}

/** Adds a sentence to the first lead on the first page: one article's text changes, no other. */
function changeOneArticle(seeds: string): void {
  const first = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()[0];
  if (!first) throw new Error(`${seeds}: no page to change`);
  const path = join(seeds, first);
  const blocks = readFileSync(path, 'utf8').split(/\n\n/);
  const lead = blocks.findIndex((b) => /。$/u.test(b.trim()) && [...b].length > 40);
  if (lead < 0) throw new Error(`${path}: no paragraph to change`);
  blocks[lead] = `${blocks[lead]!.trimEnd()}据悉，相关工作将持续推进。`;
  writeFileSync(path, blocks.join('\n\n'));
}

const round = (m: { seconds: number; peakMB?: number }) => ({ seconds: fix(m.seconds), peakMB: fix(m.peakMB ?? Number.NaN, 0) });
const fix = (n: number, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null) as number;

export function machine(): Machine {
  return { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: fix(totalmem() / 2 ** 30, 1), node: process.version, platform: `${process.platform} ${process.arch}` };
}

/** Entry point for `npm run bench -- build [--sizes seeds,100,1000] [--keep]`. */
export function run(args: string[] = []): SizeResult[] {
  const { values } = parseArgs({ args, options: { sizes: { type: 'string', default: 'seeds,100,1000' }, keep: { type: 'boolean', default: false } } });
  const sizes = values.sizes.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of sizes) {
    if (s !== 'seeds' && !(Number.isInteger(Number(s)) && Number(s) >= 1)) throw new Error(`--sizes: "${s}" is neither a whole number of articles nor \`seeds\``);
  }
  const logs = join(tmpdir(), 'cz-bench-logs');
  mkdirSync(logs, { recursive: true });
  const results: SizeResult[] = [];
  for (const size of sizes) {
    console.log(`bench build: ${size} …`);
    results.push(benchSize(size, logs, values.keep));
  }
  const saved = saveResults(results);
  console.log(formatTable(saved.sizes, saved.machine));
  console.log(`bench build: logs of each step in ${logs}; results in ${RESULTS_FILE}`);
  return results;
}

function saveResults(results: SizeResult[]): { machine: Machine; sizes: SizeResult[] } {
  let previous: SizeResult[] = [];
  // Other benches' sections (`lighthouse`) are kept as they are.
  let others: Record<string, unknown> = {};
  if (existsSync(RESULTS_FILE)) {
    try {
      others = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>;
      previous = (others as { sizes?: SizeResult[] }).sizes ?? [];
    } catch {
      console.error(`bench build: ${RESULTS_FILE} was not valid JSON; starting it afresh`);
    }
  }
  const bySize = new Map(previous.map((r) => [r.size, r]));
  for (const r of results) bySize.set(r.size, { ...r, measuredAt: new Date().toISOString() });
  const order = (s: string) => (s === 'seeds' ? 0 : Number(s));
  const saved = { machine: machine(), sizes: [...bySize.values()].sort((a, b) => order(a.size) - order(b.size)) };
  mkdirSync(join(PROJECT_ROOT, 'bench'), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...others, ...saved }, null, 2)}\n`);
  return saved;
}
