// Rebuilding into the dist/ the last build left, instead of letting astro empty it (issue 17). Astro's
// incremental build leaves a page that exists in dist/ as it is when its cacheKey is unchanged, and copies it
// from its cache only when dist/ lacks it: at 10,000 articles, emptying dist/ (60,000 files, 1.2 GB) and copying
// 37,000 cached files back took most of a one-article rebuild's astro time. build.ts keeps dist/ only when it
// is exactly what the last successful build wrote and astro's cache manifest is the one that build left
// (build/last-build.ts), so a kept page is the very page astro would restore.
//
// Before astro: every file but the keyed pages of astro's manifest goes (assets, unkeyed pages, sitemaps,
// the search index, the redirect pages, all written again by the build), so nothing of the last build can
// pass for this one's. After astro: a keyed page this build no longer has (an article removed or drafted)
// is older than the build's start and missing from the new manifest: it goes too. What is left is what a
// build into an empty dist/ writes (tests/quality/build-skip.test.ts compares the two byte for byte).
// The search index (`pagefind/`) may be kept as well (`keepUnder`): astro never writes there, and
// scripts/search/index-site.ts then replaces only the groups it re-indexes instead of deleting the folder and
// copying every kept index back in (most of Pagefind's fixed cost of a rebuild at 10,000 articles).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Trash } from '../lib/trash.ts';

/** Astro's record of its last build's keyed pages (`cacheDir`/incremental-build.json). */
export const ASTRO_MANIFEST = join('node_modules', '.astro', 'incremental-build.json');

/** The output files (relative to the output folder, `/`-separated) astro's manifest records; empty when absent. */
export function keyedOutputs(manifestFile: string): Set<string> {
  let manifest: { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return new Set();
  }
  const files = new Set<string>();
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const path of Object.values(route.paths ?? {})) if (path.outputFile) files.add(decodeURI(path.outputFile));
  }
  return files;
}

/** Every file under `dir` (following no links), as sorted `/`-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  // Each folder's relative path worked out once, not each file's (dist/ holds 60,000 files at 10,000 articles).
  const prefixes = new Map<string, string>();
  const prefixOf = (parent: string) => {
    let prefix = prefixes.get(parent);
    if (prefix === undefined) {
      const path = relative(dir, parent).split(sep).join('/');
      prefixes.set(parent, (prefix = path ? `${path}/` : ''));
    }
    return prefix;
  };
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => prefixOf(e.parentPath) + e.name)
    .sort();
}

/**
 * `files`, a listing of `dir` (listFiles) made before something rewrote some of its top-level folders (those
 * `rewritten` names: Pagefind's dist/pagefind/ and its work folders), brought up to date by listing those
 * folders alone again: the same as listFiles(dir) when nothing else under `dir` changed since, for a fraction
 * of its time (reading dist/'s 26,000 page folders took 1.2–1.5 s at 10,000 articles, five times a build).
 */
export function relistFolders(dir: string, files: readonly string[], rewritten: (topFolder: string) => boolean): string[] {
  const top = (file: string) => file.slice(0, file.indexOf('/'));
  const kept = files.filter((file) => !file.includes('/') || !rewritten(top(file)));
  const again = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && rewritten(e.name))
    .flatMap((e) => listFiles(join(dir, e.name)).map((file) => `${e.name}/${file}`));
  return [...kept, ...again].sort();
}

/**
 * Removes the folders under `dir` (not `dir`) that removing `files` (paths relative to it) left empty, deepest
 * first: only their folders can have become empty (reading every folder of dist/ took seconds at 10,000 articles).
 */
function removeEmptyFolders(dir: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of files) for (let f = dirname(file); f !== '.' && f !== '' && !folders.has(f); f = dirname(f)) folders.add(f);
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    const path = join(dir, folder);
    if (existsSync(path) && readdirSync(path).length === 0) rmdirSync(path);
  }
}

/**
 * Empties `distDir` of everything but the keyed pages of astro's last manifest (and of `alsoRemove`, the
 * redirect pages, which the redirects integration refuses to find in place), then writes `marker` and
 * returns its modification time (ns): files older than it after astro ran were not written by astro.
 */
export function prepareKeptDist(
  distDir: string,
  manifestFile: string,
  marker: string,
  alsoRemove: readonly string[] = [],
  keepUnder: readonly string[] = [],
  files: readonly string[] = listFiles(distDir),
): { kept: number; removed: number; since: bigint } {
  const keyed = keyedOutputs(manifestFile);
  for (const file of alsoRemove) keyed.delete(file);
  let kept = 0;
  const removed: string[] = [];
  for (const file of files) {
    if (keepUnder.some((folder) => file.startsWith(folder))) continue;
    if (keyed.has(file)) kept++;
    else {
      rmSync(join(distDir, file), { force: true });
      removed.push(file);
    }
  }
  removeEmptyFolders(distDir, removed);
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, '');
  return { kept, removed: removed.length, since: statSync(marker, { bigint: true }).mtimeNs };
}

/**
 * After astro: removes the files older than `since` that its new manifest does not record (pages no longer
 * built), except under `keepUnder` (folders, `/`-ended, that prepareKeptDist was told to keep). `files` is
 * `distDir`'s listing (listFiles) when the caller has just made it.
 */
export function pruneStale(distDir: string, manifestFile: string, since: bigint, keepUnder: readonly string[] = [], files: readonly string[] = listFiles(distDir)): string[] {
  const keyed = keyedOutputs(manifestFile);
  const stale = files.filter((file) => !keyed.has(file) && !keepUnder.some((folder) => file.startsWith(folder)) && statSync(join(distDir, file), { bigint: true }).mtimeNs < since);
  for (const file of stale) rmSync(join(distDir, file), { force: true });
  removeEmptyFolders(distDir, stale);
  return stale;
}

/**
 * A build that does not keep dist/: what the last build left there goes to `trash` at once and is deleted
 * while astro builds (lib/trash.ts), rather than by astro's emptying of its output folder, which deletes file
 * by file before it starts (5.5 min for a 50,000-article dist/ on a busy machine). A `.git` folder stays, as
 * astro leaves it (a site deployed from a git worktree of dist/). The promise settles once it is all deleted.
 */
export function discardDist(distDir: string, trash: Trash): Promise<void> {
  if (existsSync(distDir)) for (const name of readdirSync(distDir)) if (name !== '.git') trash.discard(join(distDir, name));
  return trash.empty();
}
