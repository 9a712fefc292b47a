// A private copy of the project in the OS temp folder for a benchmark build, and measured runs of the
// build steps in it: the repo's content/ and dist/ are never touched, and astro's caches stay private.
// The approach of tests/site/build-site.ts: copy what the build reads, link node_modules entry by entry.

import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** What the site build reads, besides node_modules and content/articles, content/figures (made by ingest). */
const PROJECT_INPUTS = ['src', 'public', 'scripts', 'content/glossary.yaml', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const PRIVATE_MODULE_DIRS = new Set(['.astro', '.vite', '.cache']);
const TIME = '/usr/bin/time';

export interface Measured {
  seconds: number;
  /** Peak resident memory of the step's processes in MB (10^6 bytes); undefined without /usr/bin/time. */
  peakMB?: number;
  /**
   * CPU seconds (user + system) of the step's process and the children it waited for, from GNU time; undefined
   * without it. Unlike wall seconds it hardly moves with what else the shared machine runs.
   */
  cpuSeconds?: number;
  /** The system (kernel) part of cpuSeconds: creating folders and writing files, mostly. */
  systemSeconds?: number;
  /** What the step printed (stdout, then stderr). */
  output: string;
}

export class StepError extends Error {}

/** A fresh copy of the project with an empty content folder (glossary kept) and `seeds/` to fill. */
export function makeProjectCopy(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cz-bench-${label}-`));
  for (const input of PROJECT_INPUTS) {
    const from = join(PROJECT_ROOT, input);
    if (existsSync(from)) cpSync(from, join(dir, input), { recursive: true });
  }
  mkdirSync(join(dir, 'seeds'));
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!PRIVATE_MODULE_DIRS.has(entry)) symlinkSync(join(PROJECT_ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

export function removeProjectCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs `node <args>` in `cwd` at the lowest CPU priority (the machine is shared), timing it and taking the
 * peak RSS and CPU time from GNU time, which reports the largest RSS (and the summed CPU) of the process and
 * the children it waited for (Pagefind's binary, astro's workers). Output goes to `log`, kept for reading
 * phases afterwards. `env` is added to this process's environment for the step.
 */
export function measureNode(step: string, args: string[], cwd: string, log: string, env: Record<string, string> = {}): Measured {
  const haveTime = existsSync(TIME);
  const timeFile = `${log}.time`;
  // GNU time writes its file beside the log, so the log's folder must exist before the step starts.
  mkdirSync(dirname(log), { recursive: true });
  const command = haveTime ? [TIME, '-f', '%M %U %S', '-o', timeFile, process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  const result = spawnSync('nice', ['-n', '19', ...command], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  // Appending keeps every run of a step in one file, in order, for reading astro's phases afterwards.
  appendFileSync(log, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new StepError(`${step} failed (exit ${result.status ?? result.signal}) in ${cwd}; last lines:\n${tail}`);
  }
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (!haveTime) return { seconds, output };
  return { seconds, output, ...readTime(readFileSync(timeFile, 'utf8')) };
}

/** GNU time's `%M %U %S` line (the last: a failed command's status comes before it): peak MB, CPU seconds and their system part. */
export function readTime(text: string): { peakMB?: number; cpuSeconds?: number; systemSeconds?: number } {
  const [kb, user, system] = (text.trim().split('\n').at(-1) ?? '').trim().split(/\s+/).map(Number);
  return {
    ...(Number.isFinite(kb) && { peakMB: (kb! * 1024) / 1e6 }),
    ...(Number.isFinite(user) && Number.isFinite(system) && { cpuSeconds: user! + system!, systemSeconds: system! }),
  };
}

/** Total bytes of the files under `dir`, and how many of them end in `.html`. */
export function folderSize(dir: string): { bytes: number; files: number; html: number } {
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    bytes += statSync(path).size;
    files++;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, files, html };
}
