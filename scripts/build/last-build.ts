// Whether `npm run build` may skip astro and Pagefind because nothing they read has changed since the last
// successful build and dist/ is still what that build wrote (issue 17: at 10,000 articles astro alone spent
// over a minute re-checking an unchanged archive). Correctness first: an archivist must never be handed a
// stale dist/, so the record is deleted before every build it does not skip and written only after a build
// that succeeded, and any doubt (no record, another Node or Astro, a file of dist/ touched) means a rebuild.
//
// - The inputs' fingerprint: the bytes of every file the build reads (content/, src/, public/, scripts/, the
//   config and lock files, `.env*`), the installed packages' tree (node_modules/.package-lock.json, npm's own
//   record of what is installed), the environment variables the build or Astro/Vite read (SITE_URL,
//   BASE_PATH, CZ_*, PAGEFIND_*, ASTRO_*, VITE_*, PUBLIC_*, NODE_ENV, TZ and the locale), and the Node,
//   Astro and Pagefind versions. Hashing them all takes ~0.3 s at 10,000 articles (71 MB, 20,800 files).
//   Kept per part, so a rebuild can say which part changed.
// - dist/'s manifest: every file's path and identity (device, inode, size, modification time in ns:
//   lib/file-notes.ts identityOf, the test the search step's notes use too), as the build left them: a
//   file deleted, added, edited or replaced changes it. Not its bytes: dist/ is ~1 GB at 10,000 articles.
// The record lives in node_modules/.cache/cz-build/, outside dist/, so it is never published. It also holds
// the digest of astro's cache manifest as that build left it: when only the inputs changed, dist/ is still
// that build's and astro's cache still describes it, so the next build may rebuild into it (keep-dist.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { identityOf } from '../lib/file-notes.ts';
import { ASTRO_MANIFEST, listFiles } from './keep-dist.ts';

/** What the build reads, relative to the project root: folders are read whole, missing entries count as absent. */
export const BUILD_INPUTS = {
  content: ['content'],
  src: ['src'],
  public: ['public'],
  scripts: ['scripts'],
  config: ['astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', '.env', '.env.production', '.env.local', '.env.production.local'],
  packages: ['node_modules/.package-lock.json', 'node_modules/astro/package.json', 'node_modules/pagefind/package.json'],
} as const;

/** Environment variables that can change what the build writes. */
const BUILD_ENV = /^(?:SITE_URL|BASE_PATH|CZ_\w+|PAGEFIND_\w+|ASTRO_\w+|VITE_\w+|PUBLIC_\w+|NODE_ENV|TZ|LANG|LANGUAGE|LC_\w+)$/;

/** Where the record of the last successful build is kept, relative to the project root. */
export const LAST_BUILD_FILE = join('node_modules', '.cache', 'cz-build', 'last-build.json');

/** The record of a successful build. */
export interface LastBuild {
  /** Digest of each part of the inputs (BUILD_INPUTS' parts, `env`, `runtime`). */
  inputs: Record<string, string>;
  /** The output folder, relative to the root, and its manifest's digest and file count. */
  outDir: string;
  dist: { digest: string; files: number };
  /** sha256 of astro's cache manifest (ASTRO_MANIFEST) after the build; '' when there was none. */
  astroManifest: string;
  finishedAt: string;
}

/**
 * Not up to date: why, and whether dist/ and astro's cache manifest are still exactly as the last successful
 * build left them (so a rebuild may keep dist/: keep-dist.ts).
 */
export type Verdict = { upToDate: true; record: LastBuild } | { upToDate: false; why: string; distIntact: boolean };

/** Each part of the inputs' fingerprint (sorted part names): files, environment, runtime versions. */
export function inputsFingerprint(root: string, env: NodeJS.ProcessEnv = process.env, node = process.version): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [part, entries] of Object.entries(BUILD_INPUTS)) {
    const hash = createHash('sha256');
    for (const entry of entries) hashEntry(hash, root, entry);
    parts[part] = hash.digest('hex');
  }
  const vars = Object.keys(env).filter((k) => BUILD_ENV.test(k)).sort().map((k) => [k, env[k]]);
  parts.env = createHash('sha256').update(JSON.stringify(vars)).digest('hex');
  parts.runtime = createHash('sha256').update(JSON.stringify({ node, platform: process.platform, arch: process.arch })).digest('hex');
  return parts;
}

function hashEntry(hash: ReturnType<typeof createHash>, root: string, entry: string): void {
  const full = join(root, entry);
  if (!existsSync(full)) {
    hash.update(`\0absent\0${entry}\0`);
    return;
  }
  const files = statSync(full).isDirectory() ? listFiles(full).map((f) => `${entry}/${f}`) : [entry];
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    hash.update(`\0${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
}

/**
 * The manifest of an output folder: each file's path and identity (lib/file-notes.ts), digested; undefined if
 * absent. `files` is its listing (listFiles) when the caller has it already.
 */
export function distManifest(distDir: string, files?: readonly string[]): { digest: string; files: number } | undefined {
  if (!existsSync(distDir)) return undefined;
  const hash = createHash('sha256');
  files ??= listFiles(distDir);
  for (const file of files) hash.update(`${file}\0${identityOf(join(distDir, file))}\n`);
  return { digest: hash.digest('hex'), files: files.length };
}

/**
 * Whether the last successful build into `outDir` is still current: same inputs, dist/ as it left it.
 * `distFiles`: `outDir`'s listing (listFiles), when the caller has it already.
 */
export function checkLastBuild(root: string, outDir: string, inputs: Record<string, string>, distFiles?: readonly string[]): Verdict {
  const file = join(root, LAST_BUILD_FILE);
  if (!existsSync(file)) return { upToDate: false, why: 'no record of a finished build', distIntact: false };
  let record: LastBuild;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as LastBuild;
  } catch {
    return { upToDate: false, why: 'the record of the last build is unreadable', distIntact: false };
  }
  if (record.outDir !== outDir) return { upToDate: false, why: `the last build wrote ${record.outDir}/, not ${outDir}/`, distIntact: false };
  const dist = distManifest(join(root, outDir), distFiles);
  if (!dist) return { upToDate: false, why: `${outDir}/ is missing`, distIntact: false };
  if (dist.digest !== record.dist?.digest) {
    return { upToDate: false, why: `${outDir}/ is not as the last build left it (${dist.files} files, ${record.dist?.files} written; or one was edited)`, distIntact: false };
  }
  const distIntact = typeof record.astroManifest === 'string' && record.astroManifest === astroManifestDigest(root);
  const changed = [...new Set([...Object.keys(inputs), ...Object.keys(record.inputs ?? {})])].filter((part) => inputs[part] !== record.inputs?.[part]);
  if (changed.length > 0) return { upToDate: false, why: `changed since the last build: ${changed.map(describePart).join(', ')}`, distIntact };
  return { upToDate: true, record };
}

/** sha256 of astro's cache manifest, '' when there is none. */
function astroManifestDigest(root: string): string {
  const file = join(root, ASTRO_MANIFEST);
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : '';
}

function describePart(part: string): string {
  if (part === 'env') return 'environment (SITE_URL, BASE_PATH, CZ_* …)';
  if (part === 'runtime') return 'Node version';
  if (part === 'packages') return 'installed packages';
  if (part === 'config') return 'config or lock files';
  return `${part}/`;
}

/** Forgets the last build: called before a build starts, so a build that fails leaves no record. */
export function forgetLastBuild(root: string): void {
  rmSync(join(root, LAST_BUILD_FILE), { force: true });
}

/**
 * Records a successful build of `inputs` (fingerprinted before it started) into `outDir`; `distFiles` is
 * `outDir`'s listing as it is now (listFiles), when the caller has it already.
 */
export function recordLastBuild(root: string, outDir: string, inputs: Record<string, string>, distFiles?: readonly string[]): LastBuild {
  const dist = distManifest(join(root, outDir), distFiles);
  if (!dist) throw new Error(`${outDir}/ is missing after the build`);
  const record: LastBuild = { inputs, outDir, dist, astroManifest: astroManifestDigest(root), finishedAt: new Date().toISOString() };
  const file = join(root, LAST_BUILD_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.new`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${file}.new`, file);
  return record;
}
