// `npm run bench -- sharded [--processes 2] [--project DIR] [--no-ingest]`: issue 17's sharded build of an
// archive as an archivist would run it on one machine, timed step by step: ingest (its workers: one per core),
// then the shards (`npm run build -- --hub` and `--shard <group>` for every group `--list-shards` names) in
// `--processes` parallel lanes, then `--merge`. The project (default: this checkout) must hold the seeds;
// run it in a bench copy, never the repo (`npm run bench -- corpus --size 50000 --out COPY/seeds` fills one).
// Each lane runs its shards one after another; the shards are dealt to the lanes longest first (the hub
// weighs as much as the largest group, times `HUB_WEIGHT`, a group by its reports). CZ_YEAR_GROUP_MAX (src/lib/content/shard.ts)
// sets how large a group may be: fewer, larger groups pay each run's fixed cost (Astro's start, the compact
// catalog, Pagefind's start) fewer times. Prints a JSON record: wall, CPU and peak memory of every run, each
// lane and the whole (`fullBuildSeconds`: ingest, the lanes until the last is done, and the merge).

import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readFrontmatter } from '../ingest/frontmatter.ts';
import { yearCounts } from '../build/shard-names.ts';
import { shardOf, UNDATED } from '../../src/lib/content/shard.ts';
import { machine } from './build.ts';
import { folderSize, readTime } from './site/project.ts';

/** How many groups' work the hub's run is taken to be when the lanes are dealt (measured: ~2 groups of 2,000 at 50,000 reports). */
const HUB_WEIGHT = 1;
const TIME = '/usr/bin/time';

interface Run {
  name: string;
  seconds: number;
  cpuSeconds?: number;
  peakMB?: number;
}

/** `node <args>` in `cwd`, timed by GNU time; its output appended to `log`. Rejects when it fails. */
function timed(name: string, args: string[], cwd: string, log: string, env: Record<string, string> = {}): Promise<Run> {
  const timeFile = `${log}.${name.replace(/[^\w.+-]/g, '_')}.time`;
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(TIME, ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code) => {
      const output = Buffer.concat(chunks).toString('utf8');
      appendFileSync(log, `\n### ${name}\n${output}`);
      if (code !== 0) return reject(new Error(`${name} failed (exit ${code}); last lines:\n${output.trim().split('\n').slice(-12).join('\n')}`));
      const { cpuSeconds, peakMB } = readTime(readFileSync(timeFile, 'utf8'));
      resolvePromise({ name, seconds: round((performance.now() - started) / 1000), ...(cpuSeconds !== undefined && { cpuSeconds: round(cpuSeconds) }), ...(peakMB !== undefined && { peakMB: Math.round(peakMB) }) });
    });
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Deals the runs to `lanes` lanes, heaviest first, each to the lane with the least so far. */
export function dealLanes(weights: { name: string; weight: number }[], lanes: number): string[][] {
  const out = Array.from({ length: lanes }, () => ({ load: 0, names: [] as string[] }));
  for (const { name, weight } of [...weights].sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1))) {
    const lane = out.reduce((best, l) => (l.load < best.load ? l : best));
    lane.load += weight;
    lane.names.push(name);
  }
  // The hub first in its lane: a CI matrix runs it beside the groups too, and it is the longest single run.
  return out.map((l) => l.names.sort((a, b) => (a === 'hub' ? -1 : b === 'hub' ? 1 : 0)));
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { processes: { type: 'string', default: '2' }, project: { type: 'string', default: '.' }, 'no-ingest': { type: 'boolean', default: false } },
  });
  const project = resolve(values.project);
  const lanesCount = Number(values.processes);
  if (!Number.isInteger(lanesCount) || lanesCount < 1) throw new Error(`--processes must be a whole number of 1 or more, not “${values.processes}”`);
  if (!existsSync(join(project, 'seeds'))) throw new Error(`${project} has no seeds/ folder: fill a bench copy's with npm run bench -- corpus`);
  const log = join(project, 'bench-sharded.log');
  rmSync(log, { force: true });
  const load = loadavg()[0]!;
  const started = performance.now();

  const ingest = values['no-ingest'] ? undefined : await timed('ingest', ['scripts/ingest/cli.ts', '--quiet'], project, log);
  if (ingest) console.log(`bench sharded: ingest ${ingest.seconds} s`);

  const list = await timed('list', ['scripts/build.ts', '--list-shards'], project, log);
  const groups = JSON.parse(readFileSync(log, 'utf8').trim().split('\n').at(-1)!) as string[];
  const reports = groupSizes(yearCounts(articleFrontmatters(project)), groups);
  const lanes = dealLanes([{ name: 'hub', weight: HUB_WEIGHT * Math.max(...reports.values(), 1) }, ...groups.map((name) => ({ name, weight: reports.get(name) ?? 1 }))], lanesCount);
  console.log(`bench sharded: ${groups.length} groups and the hub in ${lanesCount} lane(s): ${lanes.map((l) => l.join(' ')).join(' | ')}`);

  rmSync(join(project, 'shards'), { recursive: true, force: true });
  const laneRuns = await Promise.all(
    lanes.map(async (names) => {
      const laneStarted = performance.now();
      const runs: Run[] = [];
      for (const name of names) {
        const args = ['scripts/build.ts', '--no-ingest', ...(name === 'hub' ? ['--hub'] : ['--shard', name])];
        const done = await timed(name, args, project, log);
        console.log(`bench sharded: ${name} ${done.seconds} s, ${done.cpuSeconds} CPU s, ${done.peakMB} MB`);
        runs.push(done);
      }
      return { seconds: round((performance.now() - laneStarted) / 1000), runs };
    }),
  );
  const merge = await timed('merge', ['scripts/build.ts', '--merge'], project, log);
  const dist = folderSize(join(project, 'dist'));
  const all = laneRuns.flatMap((l) => l.runs);
  const record = {
    articles: [...reports.values()].reduce((a, b) => a + b, 0),
    processes: lanesCount,
    groups: groups.length,
    yearGroupMax: process.env.CZ_YEAR_GROUP_MAX ?? null,
    ...(ingest && { ingest }),
    list: list.seconds,
    lanes: laneRuns.map((l) => ({ seconds: l.seconds, cpuSeconds: round(l.runs.reduce((s, r) => s + (r.cpuSeconds ?? 0), 0)), peakMB: Math.max(...l.runs.map((r) => r.peakMB ?? 0)), runs: l.runs })),
    merge,
    fullBuildSeconds: round((performance.now() - started) / 1000),
    cpuSeconds: round([...(ingest ? [ingest] : []), list, ...all, merge].reduce((s, r) => s + (r.cpuSeconds ?? 0), 0)),
    peakMBPerProcess: Math.max(...[...(ingest ? [ingest] : []), ...all, merge].map((r) => r.peakMB ?? 0)),
    htmlPages: dist.html,
    distFiles: dist.files,
    machine: machine(),
    loadAverage: round(load),
    loadAverageEnd: round(loadavg()[0]!),
    measuredAt: new Date().toISOString(),
  };
  console.log(JSON.stringify(record, null, 1));
}

/** Every article file's frontmatter under the project's content/articles. */
function articleFrontmatters(project: string): Record<string, unknown>[] {
  const root = join(project, 'content', 'articles');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => readFrontmatter(readFileSync(join(root, name), 'utf8')) ?? {});
}

/**
 * Published reports per group, by each group's name (`2024`, `2019-2021`, `2015-2018+undated`, `undated.2of3`):
 * its years' counts, a part taking its share of its year's.
 */
export function groupSizes(counts: ReadonlyMap<number | typeof UNDATED, number>, groups: string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const name of groups) {
    const shard = shardOf(name);
    if (shard.kind !== 'group') continue;
    let size = shard.undated ? (counts.get(UNDATED) ?? 0) : 0;
    for (const [year, n] of counts) if (year !== UNDATED && shard.from !== undefined && year >= shard.from && year <= (shard.to ?? shard.from)) size += n;
    sizes.set(name, Math.round(size / (shard.part?.count ?? 1)));
  }
  return sizes;
}
