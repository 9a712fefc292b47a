// `npm run bench -- baseline [--size 2000] [--keep]`: this site's astro build beside a minimal Astro site
// built from the same Markdown, one run each, on the same synthetic archive, one after the other in one
// process so both meet the same machine load. The minimal site is what issue 17 measures against: the
// articles as one content collection (glob loader, no schema) and one page per article with its title and
// rendered body — what any Astro site of these reports must do at least. The result is pages per second
// of each and their ratio (the target is ≥ 0.7), merged into bench/results.json under `baseline`.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RESULTS_FILE, machine } from './build.ts';
import { makeCorpus } from './corpus.ts';
import { folderSize, makeProjectCopy, measureNode, PROJECT_ROOT, removeProjectCopy, type Measured } from './site/project.ts';

const ASTRO = ['node_modules/astro/bin/astro.mjs', 'build'];
const INGEST = ['scripts/ingest/cli.ts', '--seeds', 'seeds', '--out', 'content', '--quiet'];

export interface BaselineSide {
  pages: number;
  seconds: number;
  peakMB: number | null;
  pagesPerSecond: number;
}

export interface BaselineResult {
  size: number;
  articles: number;
  site: BaselineSide;
  minimal: BaselineSide;
  /** The site's pages per second over the minimal site's. */
  ratio: number;
  /** The machine of this run, and its load average when the run began (other work slows both sides). */
  machine: ReturnType<typeof machine>;
  loadAverage: number;
  measuredAt: string;
}

/** A minimal Astro project in a temp folder whose one collection is the Markdown under `articlesDir`. */
export function makeMinimalSite(articlesDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cz-bench-minimal-'));
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(entry)) symlinkSync(join(PROJECT_ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  writeFileSync(join(dir, 'package.json'), '{ "name": "minimal", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
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

function side(measured: Measured, dist: string): BaselineSide {
  const pages = folderSize(dist).html;
  return { pages, seconds: round(measured.seconds), peakMB: measured.peakMB === undefined ? null : Math.round(measured.peakMB), pagesPerSecond: round(pages / measured.seconds, 1) };
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** Entry point for `npm run bench -- baseline [--size N] [--keep]`. */
export function run(args: string[] = []): BaselineResult {
  const { values } = parseArgs({ args, options: { size: { type: 'string', default: '2000' }, keep: { type: 'boolean', default: false } } });
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1) throw new Error(`--size: "${values.size}" is not a whole number of articles`);
  const logs = join(tmpdir(), 'cz-bench-logs');
  const loadAverage = round(loadavg()[0]!, 1);
  const project = makeProjectCopy(`baseline-${size}`);
  let minimal: string | undefined;
  try {
    console.log(`bench baseline: ${size} articles — corpus and ingest …`);
    makeCorpus(join(project, 'seeds'), { articles: size });
    measureNode('ingest', INGEST, project, join(logs, `baseline-${size}-ingest.log`));
    const articles = readdirSync(join(project, 'content', 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
    minimal = makeMinimalSite(join(project, 'content', 'articles'));

    console.log('bench baseline: minimal Astro site …');
    const minimalRun = side(measureNode('minimal astro build', ASTRO, minimal, join(logs, `baseline-${size}-minimal.log`)), join(minimal, 'dist'));
    console.log('bench baseline: this site …');
    const siteRun = side(measureNode('site astro build', ASTRO, project, join(logs, `baseline-${size}-site.log`)), join(project, 'dist'));
    const result: BaselineResult = {
      size,
      articles,
      site: siteRun,
      minimal: minimalRun,
      ratio: round(siteRun.pagesPerSecond / minimalRun.pagesPerSecond),
      machine: machine(),
      loadAverage,
      measuredAt: new Date().toISOString(),
    };
    save(result);
    console.log(
      [
        `| ${size} articles (${articles} Markdown files) | pages | seconds | peak MB | pages/s |`,
        '| --- | --- | --- | --- | --- |',
        `| this site | ${siteRun.pages} | ${siteRun.seconds} | ${siteRun.peakMB ?? '–'} | ${siteRun.pagesPerSecond} |`,
        `| minimal Astro | ${minimalRun.pages} | ${minimalRun.seconds} | ${minimalRun.peakMB ?? '–'} | ${minimalRun.pagesPerSecond} |`,
        `ratio (site / minimal pages per second): ${result.ratio} (target ≥ 0.7); load average at the start ${loadAverage} on ${result.machine.cores} cores`,
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

function save(result: BaselineResult): void {
  const all = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>) : {};
  const previous = (all.baseline as BaselineResult[] | undefined) ?? [];
  const baseline = [...previous.filter((r) => r.size !== result.size), result].sort((a, b) => a.size - b.size);
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...all, baseline }, null, 2)}\n`);
}
