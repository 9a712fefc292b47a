// `npm run bench -- baseline [--size 2000] [--runs 1] [--keep] [--content DIR] [--minimal-at-once N]`: this site's astro build beside a minimal Astro site
// built from the same Markdown, one run each, on the same synthetic archive, one after the other in one
// process so both meet the same machine load. The minimal site is what issue 17 measures against: the
// articles as one content collection (glob loader, no schema) and one page per article with its title and
// rendered body — what any Astro site of these reports must do at least. The result is pages per second
// of each and their ratio (the target is ≥ 0.7), and beside it CPU milliseconds per page of each (user +
// system of the astro process and its children, GNU time) and their ratio, which the load others put on a
// shared machine hardly moves; merged into bench/results.json under `baseline`. `--content DIR` builds an
// archive ingested before (a content/ folder with articles/ and figures/, e.g. a kept bench copy's) instead
// of writing and ingesting a new one, so runs at one size can be compared on the same articles. `--runs N`
// builds each site N times, the two in turn, each time cold (output, caches and memos removed): a side's
// figures are then the medians of its runs, each run kept beside them, because on a shared machine one run's
// CPU time moves by ±15% with what else runs (2026-12-04, load 8-17 on 2 cores). Each side's CPU ms per page is
// split into its system (kernel) part, which is mostly output folders and files, and beside it the garbage
// collection pauses of its main thread (site/gc-observer.mjs, preloaded into both builds alike), so a run says
// where a gap between the two comes from. The site renders PAGES_AT_ONCE pages at a time (src/lib/build-progress.ts);
// the minimal site renders one at a time, Astro's default, unless `--minimal-at-once N` gives it build.concurrency N
// as well (the result says which).

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RESULTS_FILE, machine } from './build.ts';
import { makeCorpus } from './corpus.ts';
import { folderSize, makeProjectCopy, measureNode, PROJECT_ROOT, removeProjectCopy, type Measured } from './site/project.ts';

const ASTRO = ['node_modules/astro/bin/astro.mjs', 'build'];
const GC_OBSERVER = join(import.meta.dirname, 'site', 'gc-observer.mjs');
const INGEST = ['scripts/ingest/cli.ts', '--seeds', 'seeds', '--out', 'content', '--quiet'];

export interface BaselineSide {
  pages: number;
  seconds: number;
  peakMB: number | null;
  pagesPerSecond: number;
  /** CPU seconds (user + system) of the astro build; null without GNU time. */
  cpuSeconds: number | null;
  /** CPU milliseconds per page. */
  cpuMsPerPage: number | null;
  /** The system (kernel) part of cpuMsPerPage. */
  systemMsPerPage: number | null;
  /** Milliseconds per page the main thread spent in garbage collection pauses (part of cpuMsPerPage). */
  gcMsPerPage: number | null;
  /** With `--runs` above 1: each run's wall and CPU seconds, in order (the figures above are their medians). */
  runs?: { seconds: number; cpuSeconds: number | null }[];
}

export interface BaselineResult {
  size: number;
  articles: number;
  site: BaselineSide;
  minimal: BaselineSide;
  /** The site's pages per second over the minimal site's. */
  ratio: number;
  /** The minimal site's CPU ms per page over the site's (the same sense as `ratio`: 1 is as cheap per page). */
  cpuRatio: number | null;
  /** Where the archive came from: written and ingested by this run, or `--content DIR`. */
  content?: string;
  /** The minimal site's build.concurrency when `--minimal-at-once` set one (else Astro's default, 1). */
  minimalAtOnce?: number;
  /** The machine of this run, and its load average when the run began (other work slows both sides). */
  machine: ReturnType<typeof machine>;
  loadAverage: number;
  /** The load average when the run ended. */
  loadAverageEnd?: number;
  measuredAt: string;
}

/** The minimal site's astro.config.mjs: Astro's defaults, or `atOnce` pages rendered at a time. */
export function minimalConfig(atOnce?: number): string {
  const options = atOnce === undefined ? '{}' : `{ build: { concurrency: ${atOnce} } }`;
  return `import { defineConfig } from 'astro/config';\nexport default defineConfig(${options});\n`;
}

/** A minimal Astro project in a temp folder whose one collection is the Markdown under `articlesDir`. */
export function makeMinimalSite(articlesDir: string, atOnce?: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'cz-bench-minimal-'));
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(entry)) symlinkSync(join(PROJECT_ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  writeFileSync(join(dir, 'package.json'), '{ "name": "minimal", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), minimalConfig(atOnce));
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      `export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(articlesDir)} }) }) };`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="zh"><head><meta charset="utf-8"><title>{String(entry.data.title)}</title></head>',
      '<body><h1>{String(entry.data.title)}</h1><Content /></body></html>',
      '',
    ].join('\n'),
  );
  return dir;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A measured build with its garbage collection pauses (undefined when the observer wrote nothing). */
export type MeasuredBuild = Pick<Measured, 'seconds' | 'peakMB' | 'cpuSeconds' | 'systemSeconds'> & { gcSeconds?: number };

/** One side of the comparison from its runs (at least one) and the pages it built: medians, the largest peak. */
export function side(runs: readonly MeasuredBuild[], pages: number): BaselineSide {
  const seconds = median(runs.map((r) => r.seconds));
  // The median of a figure every run has; undefined when a run lacks it (no GNU time, no observer output).
  const medianOf = (of: (r: MeasuredBuild) => number | undefined) => {
    const values = runs.flatMap((r) => (of(r) === undefined ? [] : [of(r)!]));
    return values.length === runs.length ? median(values) : undefined;
  };
  const perPage = (s: number | undefined, digits: number) => (s === undefined ? null : round((s * 1000) / pages, digits));
  const cpu = medianOf((r) => r.cpuSeconds);
  const peaks = runs.flatMap((r) => (r.peakMB === undefined ? [] : [r.peakMB]));
  return {
    pages,
    seconds: round(seconds),
    peakMB: peaks.length ? Math.round(Math.max(...peaks)) : null,
    pagesPerSecond: round(pages / seconds, 1),
    cpuSeconds: cpu === undefined ? null : round(cpu),
    cpuMsPerPage: perPage(cpu, 1),
    systemMsPerPage: perPage(medianOf((r) => r.systemSeconds), 2),
    gcMsPerPage: perPage(medianOf((r) => r.gcSeconds), 2),
    ...(runs.length > 1 && { runs: runs.map((r) => ({ seconds: round(r.seconds), cpuSeconds: r.cpuSeconds === undefined ? null : round(r.cpuSeconds) })) }),
  };
}

/**
 * What a build leaves for the next (output, astro's and Vite's caches, the site's memos), removed before each
 * run so every run is cold. Each is the project's own: makeProjectCopy and makeMinimalSite link node_modules
 * entry by entry but never these.
 */
const BUILD_LEFTOVERS = ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.cache'), join('node_modules', '.vite')];

/** One cold build of the astro project in `dir`, with the garbage collection pauses its observer wrote. */
function coldBuild(step: string, dir: string, log: string): Measured & { gcSeconds?: number } {
  for (const leftover of BUILD_LEFTOVERS) rmSync(join(dir, leftover), { recursive: true, force: true });
  const gcFile = `${log}.gc`;
  rmSync(gcFile, { force: true });
  const measured = measureNode(step, ['--import', GC_OBSERVER, ...ASTRO], dir, log, { CZ_BENCH_GC_FILE: gcFile });
  if (!existsSync(gcFile)) return measured;
  const lines = readFileSync(gcFile, 'utf8').trim().split('\n');
  return { ...measured, gcSeconds: lines.reduce((sum, line) => sum + (JSON.parse(line) as { gcMs: number }).gcMs, 0) / 1000 };
}

/** The archive of the run: a new synthetic one written and ingested, or a content folder ingested before. */
function fillContent(project: string, size: number, content: string | undefined, logs: string): void {
  if (content) {
    for (const part of ['articles', 'figures']) {
      if (!existsSync(join(content, part))) throw new Error(`--content: ${content} has no ${part}/ folder`);
      cpSync(join(content, part), join(project, 'content', part), { recursive: true });
    }
    return;
  }
  makeCorpus(join(project, 'seeds'), { articles: size });
  measureNode('ingest', INGEST, project, join(logs, `baseline-${size}-ingest.log`));
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** Entry point for `npm run bench -- baseline [--size N] [--keep] [--content DIR] [--minimal-at-once N]`. */
export function run(args: string[] = []): BaselineResult {
  const { values } = parseArgs({
    args,
    options: {
      size: { type: 'string', default: '2000' },
      runs: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      content: { type: 'string' },
      'minimal-at-once': { type: 'string' },
    },
  });
  const atOnce = values['minimal-at-once'] === undefined ? undefined : Number(values['minimal-at-once']);
  if (atOnce !== undefined && !(Number.isInteger(atOnce) && atOnce >= 1)) {
    throw new Error(`--minimal-at-once: "${values['minimal-at-once']}" is not a whole number of pages`);
  }
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1) throw new Error(`--size: "${values.size}" is not a whole number of articles`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: "${values.runs}" is not a whole number of runs`);
  const logs = join(tmpdir(), 'cz-bench-logs');
  const loadAverage = round(loadavg()[0]!, 1);
  const project = makeProjectCopy(`baseline-${size}`);
  let minimal: string | undefined;
  try {
    console.log(`bench baseline: ${size} articles — ${values.content ? `content of ${values.content}` : 'corpus and ingest'} …`);
    fillContent(project, size, values.content, logs);
    const articles = readdirSync(join(project, 'content', 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
    minimal = makeMinimalSite(join(project, 'content', 'articles'), atOnce);

    const minimalRuns: MeasuredBuild[] = [];
    const siteRuns: MeasuredBuild[] = [];
    for (let i = 1; i <= runs; i++) {
      const of = runs > 1 ? ` (run ${i} of ${runs})` : '';
      console.log(`bench baseline: minimal Astro site${of} …`);
      minimalRuns.push(coldBuild('minimal astro build', minimal, join(logs, `baseline-${size}-minimal.log`)));
      console.log(`bench baseline: this site${of} …`);
      siteRuns.push(coldBuild('site astro build', project, join(logs, `baseline-${size}-site.log`)));
    }
    const minimalRun = side(minimalRuns, folderSize(join(minimal, 'dist')).html);
    const siteRun = side(siteRuns, folderSize(join(project, 'dist')).html);
    const result: BaselineResult = {
      size,
      articles,
      site: siteRun,
      minimal: minimalRun,
      ratio: round(siteRun.pagesPerSecond / minimalRun.pagesPerSecond),
      cpuRatio: siteRun.cpuMsPerPage && minimalRun.cpuMsPerPage ? round(minimalRun.cpuMsPerPage / siteRun.cpuMsPerPage) : null,
      ...(values.content && { content: values.content }),
      ...(atOnce !== undefined && { minimalAtOnce: atOnce }),
      machine: machine(),
      loadAverage,
      loadAverageEnd: round(loadavg()[0]!, 1),
      measuredAt: new Date().toISOString(),
    };
    save(result);
    console.log(
      [
        `| ${size} articles (${articles} Markdown files) | pages | seconds | peak MB | pages/s | CPU s | CPU ms/page | of it system | GC pauses |`,
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        row('this site', siteRun),
        row('minimal Astro', minimalRun),
        `ratio (site / minimal pages per second): ${result.ratio} (target ≥ 0.7); by CPU ms per page (minimal / site): ${result.cpuRatio ?? '–'}`,
        `load average at the start ${loadAverage}, at the end ${result.loadAverageEnd}, on ${result.machine.cores} cores`,
      ].join('\n'),
    );
    return result;
  } finally {
    if (!values.keep) {
      removeProjectCopy(project);
      if (minimal) removeProjectCopy(minimal);
    } else console.log(`bench baseline: kept ${project}${minimal ? ` and ${minimal}` : ''}`);
  }
}

const row = (name: string, s: BaselineSide) =>
  `| ${name} | ${s.pages} | ${s.seconds} | ${s.peakMB ?? '–'} | ${s.pagesPerSecond} | ${s.cpuSeconds ?? '–'} | ${s.cpuMsPerPage ?? '–'} | ${s.systemMsPerPage ?? '–'} | ${s.gcMsPerPage ?? '–'} |`;

function save(result: BaselineResult): void {
  const all = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>) : {};
  const previous = (all.baseline as BaselineResult[] | undefined) ?? [];
  const baseline = [...previous.filter((r) => r.size !== result.size), result].sort((a, b) => a.size - b.size);
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...all, baseline }, null, 2)}\n`);
}
