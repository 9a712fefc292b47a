// What a release is and what it was built from: its name and date (never the wall clock), the files in
// it, and the hashes of the build's inputs (seeds, content, lockfile) with the versions of the tools.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { byteOrder, hashFiles, listFiles, treeHash, type HashedFile } from './hashing.ts';

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

export interface ReleaseDate {
  date: Date;
  from: 'SOURCE_DATE_EPOCH' | 'git commit';
}

/**
 * The date a release carries: SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the
 * date of the latest commit. Never the clock: the same sources must give the same archives.
 */
export function releaseDate(env: NodeJS.ProcessEnv, root: string): ReleaseDate {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new PackageError(`SOURCE_DATE_EPOCH=${epoch}: write whole seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct).`);
    return { date: new Date(Number(epoch) * 1000), from: 'SOURCE_DATE_EPOCH' };
  }
  const seconds = git(root, ['log', '-1', '--format=%ct']);
  if (!seconds || !/^\d+$/.test(seconds)) {
    throw new PackageError('no date for the release: this is not a git checkout with commits. Set SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC).');
  }
  return { date: new Date(Number(seconds) * 1000), from: 'git commit' };
}

/** `changzhi-civic-report-0.1.0-20260125`: package name, version and the release date (UTC). */
export function releaseName(name: string, version: string, date: Date): string {
  return `${name}-${version}-${date.toISOString().slice(0, 10).replace(/-/g, '')}`;
}

export interface BuildInputs {
  seeds: HashedFile[];
  content: { files: number; sha256: string };
  lockfile: { path: string; sha256: string } | null;
  packageJson: { path: string; sha256: string };
  commit: string | null;
  /** Files differ from the commit (the release was built from a working copy with changes). */
  uncommittedChanges: boolean | null;
}

const TOOL_PACKAGES = ['astro', '@astrojs/mdx', '@astrojs/sitemap', 'pagefind', 'vite', 'tar', 'fflate', 'warcio'];

export async function buildInputs(root: string): Promise<BuildInputs> {
  const seedsDir = join(root, 'seeds');
  const seeds = (await hashFiles(seedsDir, await listFiles(seedsDir).catch(() => []))).map((f) => ({ ...f, path: `seeds/${f.path}` }));
  const lock = await hashOf(root, 'package-lock.json');
  const pkg = await hashOf(root, 'package.json');
  if (!pkg) throw new PackageError(`${join(root, 'package.json')} not found: run npm run package in the project folder.`);
  const status = git(root, ['status', '--porcelain']);
  return {
    seeds: seeds.sort((a, b) => byteOrder(a.path, b.path)),
    content: await treeHash(join(root, 'content'), 'content'),
    lockfile: lock,
    packageJson: pkg,
    commit: git(root, ['rev-parse', 'HEAD']),
    uncommittedChanges: status === null ? null : status.length > 0,
  };
}

export async function toolVersions(root: string): Promise<Record<string, string>> {
  const tools: Record<string, string> = { node: process.version };
  const npm = /npm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
  if (npm) tools.npm = npm;
  for (const name of TOOL_PACKAGES) {
    try {
      tools[name] = JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      // Not installed: left out rather than guessed.
    }
  }
  return tools;
}

export interface Manifest {
  release: string;
  name: string;
  version: string;
  date: string;
  dateFrom: ReleaseDate['from'];
  archives: HashedFile[];
  fileCount: number;
  totalBytes: number;
  /** Every file of the site, as it is inside the archives under `<release>/`. */
  files: HashedFile[];
  inputs: BuildInputs;
  tools: Record<string, string>;
}

export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

async function hashOf(root: string, path: string): Promise<{ path: string; sha256: string } | null> {
  try {
    return { path, sha256: createHash('sha256').update(await readFile(join(root, path))).digest('hex') };
  } catch {
    return null;
  }
}

/** Output of a read-only git command, or null outside a git checkout. */
function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
