// Builds the site for the tests the way `npm run build` does (astro build, then the Pagefind index), in a
// private copy of the project, so that a test can change content or BASE_PATH without touching the
// checkout and without sharing astro's caches with anyone else building at the same time.
// A build is cached under the OS temp folder by a hash of everything it reads, so the test files that need
// the same site share one build, and a rerun with nothing changed builds nothing.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { listFiles, normaliseBase } from './links.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
/** What the site build reads, besides node_modules. */
const PROJECT_INPUTS = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Caches that must not be shared between concurrent builds. */
const PRIVATE_MODULE_DIRS = new Set(['.astro', '.vite', '.cache']);
// One folder per checkout: two test runs of different checkouts on one machine (a developer's and CI's) must
// not prune each other's builds (pruneOtherBuilds removes older builds of the same name).
const CACHE_ROOT = join(tmpdir(), 'cz-site-test-builds', createHash('sha256').update(PROJECT_ROOT).digest('hex').slice(0, 12));
export const TEST_SITE_URL = 'https://civic.example.org';

export interface SiteBuildOptions {
  /** Names the build in the cache and in messages, e.g. `root`, `sub-path`. */
  name: string;
  basePath?: string;
  /** SITE_URL of the build: TEST_SITE_URL unless given; `null` builds without one, as `npm run build` does by default. */
  siteUrl?: string | null;
  /** Changes the private project copy before the build, e.g. edits one article. */
  editProject?: (projectDir: string) => void;
  /** Run Pagefind after astro, as `npm run build` does (default true). */
  search?: boolean;
  /** Environment variables of this build's steps (astro and the search index), on top of the test process's. */
  env?: Record<string, string>;
  /**
   * Run no astro of its own: the build named so, with the same options but no `env`, gives its astro output (its
   * search index left out), indexed again with this build's `env`. For a build whose `env` only the index step
   * reads (CZ_YEAR_GROUP_MIN): the shared build's astro output is the one it would render.
   */
  reindexOf?: string;
}

export interface BuiltSite {
  distDir: string;
  base: string;
  /** The SITE_URL it was built with; empty when none. */
  site: string;
}

/** The built site for these options: from the cache when nothing it reads has changed. */
export async function buildSite(options: SiteBuildOptions): Promise<BuiltSite> {
  const base = normaliseBase(options.basePath ?? '/');
  const site = options.siteUrl === null ? '' : (options.siteUrl ?? TEST_SITE_URL);
  const key = `${options.name}-${fingerprint(options, base, site)}`;
  const dir = join(CACHE_ROOT, key);
  const built: BuiltSite = { distDir: join(dir, 'dist'), base, site };
  if (existsSync(join(dir, 'done'))) return built;

  mkdirSync(CACHE_ROOT, { recursive: true });
  const lock = `${dir}.lock`;
  const failed = `${dir}.failed`;
  if (!(await acquire(lock, join(dir, 'done'), failed))) return built;
  try {
    rmSync(failed, { force: true });
    const work = `${dir}.work`;
    rmSync(work, { recursive: true, force: true });
    const project = join(work, 'project');
    copyProject(project);
    options.editProject?.(project);
    const dist = join(work, 'dist');
    if (options.reindexOf !== undefined) {
      const source = await buildSite({ ...options, name: options.reindexOf, reindexOf: undefined, env: undefined });
      const index = join(source.distDir, 'pagefind');
      cpSync(source.distDir, dist, { recursive: true, filter: (from) => from !== index });
    } else {
      await run(options.name, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], project, {
        ...options.env,
        BASE_PATH: base,
        SITE_URL: site,
      });
    }
    if (options.search !== false) {
      await run(options.name, ['--input-type=module', '-e', `await (await import('./scripts/search/index-site.ts')).indexSite(${JSON.stringify(dist)})`], project, { ...options.env });
    }
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    renameSync(dist, built.distDir);
    writeFileSync(join(dir, 'done'), new Date(0).toISOString());
    rmSync(work, { recursive: true, force: true });
    pruneOtherBuilds(options.name, key);
  } catch (error) {
    // Test files waiting for this same build fail with this message instead of each building again.
    writeFileSync(failed, (error as Error).message);
    rmSync(`${dir}.work`, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return built;
}

function fingerprint(options: SiteBuildOptions, base: string, site: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ base, site, search: options.search !== false, edit: options.editProject?.toString() ?? '', env: options.env, reindexOf: options.reindexOf }));
  for (const input of PROJECT_INPUTS) {
    const full = join(PROJECT_ROOT, input);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory() ? listFiles(full).map((f) => join(input, f)) : [input];
    for (const file of files) {
      hash.update(`\0${file}\0`);
      hash.update(readFileSync(join(PROJECT_ROOT, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export function copyProject(project: string): void {
  mkdirSync(project, { recursive: true });
  for (const input of PROJECT_INPUTS) {
    const from = join(PROJECT_ROOT, input);
    if (existsSync(from)) cpSync(from, join(project, input), { recursive: true });
  }
  // Packages are linked, not copied; astro's and vite's caches stay private to this copy.
  const modules = join(project, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!PRIVATE_MODULE_DIRS.has(entry)) symlinkSync(join(PROJECT_ROOT, 'node_modules', entry), join(modules, entry));
  }
}

/**
 * The environment of the test process without what vitest adds to it: vitest exports Vite's own
 * variables (BASE_URL=/, MODE=test, NODE_ENV=test …), and a build that inherits them ignores BASE_PATH.
 */
export function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VITEST|VITE_|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

async function run(name: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, args, { cwd, env: buildEnvironment(env), maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const lines = `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '').trim().split('\n');
    // Astro prints pages of warnings before the error; the message starts at the error.
    const first = lines.findIndex((l) => /\[ERROR\]|^error/i.test(l));
    const shown = (first >= 0 ? lines.slice(first) : lines.slice(-30)).slice(0, 30).join('\n');
    throw new Error(`site build "${name}" failed (${args.slice(0, 2).join(' ')}):\n${shown}`);
  }
}

/**
 * Takes the lock for a build, or waits for whoever holds it. Returns false when the build is done
 * (`done` exists) and there is nothing left to build; throws the other builder's error when the build it
 * was waiting for failed.
 */
async function acquire(lock: string, done: string, failed: string): Promise<boolean> {
  const waitingSince = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'owner'), String(process.pid));
      if (!existsSync(done)) return true;
      rmSync(lock, { recursive: true, force: true });
      return false;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (existsSync(done)) return false;
      if (existsSync(failed) && statSync(failed).mtimeMs >= waitingSince) throw new Error(readFileSync(failed, 'utf8'));
      try {
        if (isStaleLock(lock, Date.now())) rmSync(lock, { recursive: true, force: true });
      } catch {
        // The lock went away between the two calls: try again.
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * A build lock is stale when the process that took it is gone (a test run killed mid-build). A live owner's
 * lock is never taken over, however slow its build on a loaded machine: two builds of one key share one work
 * folder and would break each other. A lock without its owner's pid (killed between the two writes) or older
 * than an hour (a pid since reused) is stale by age.
 */
export function isStaleLock(lock: string, now: number): boolean {
  const ageMs = now - statSync(lock).mtimeMs;
  if (ageMs > 60 * 60 * 1000) return true;
  const owner = join(lock, 'owner');
  if (!existsSync(owner)) return ageMs > 60 * 1000;
  const pid = Number(readFileSync(owner, 'utf8'));
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Older builds of the same name are stale once a new one is done; keep the temp folder small. */
function pruneOtherBuilds(name: string, keep: string): void {
  const sameName = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[0-9a-f]{16}$`);
  for (const entry of readdirSync(CACHE_ROOT)) {
    if (sameName.test(entry) && entry !== keep) rmSync(join(CACHE_ROOT, entry), { recursive: true, force: true });
  }
}
