// Astro's incremental build cache without a folder a page (issue 17). With `experimental.incrementalBuild` Astro
// writes every page it renders twice: into dist/ and, for the next build to copy back, into its cacheDir at the
// same path (`node_modules/.astro/dist/zh/articles/<id>/index.html`). With `build.format: 'directory'` that is
// a new folder for every page in the cache as well as in dist/, and a new folder is the dearest thing a page
// costs the kernel on this machine (~200 µs of system CPU, measured; a 16 KB write ~100 µs). This module gives
// Astro's cache class (astro/dist/core/build/incremental.js, IncrementalBuildCache) another layout: each cached
// page is one file named by the SHA-1 of its output path, in 256 folders by the name's first two hex digits
// (`node_modules/.astro/dist-flat/3f/3fa2….html`), each made when a write first finds it missing. The three
// methods that touch a cached file (write, restore, delete) are replaced together, doing what Astro's do on the
// other path: the bytes cached, restored and pruned are the same, and so is dist/. A copy is restored only when
// the last build to write Astro's manifest was on this layout and finished (the manifest's digest kept beside
// the copies); otherwise every page is rendered again, once. The old layout's copies are not read, and are
// removed when the first build on this one finishes. Should Astro's class change form (another method reaching
// a cached file, a method renamed), nothing is replaced and Astro's own layout is used (the build is only
// slower): flat-build-cache.test.ts checks the installed Astro still has the form.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the cached pages go under Astro's cacheDir (Astro's own layout is `dist/`). */
export const FLAT_DIR = 'dist-flat/';
/** Astro's module holding the class, from the package's root. */
export const CACHE_MODULE = 'dist/core/build/incremental.js';
/** The methods replaced: every one of the class's uses of its cached-file path, and only they. */
export const METHODS = ['writeOutputFile', 'restoreOutputFile', 'deleteOutputFile'] as const;
/** How the class names a cached file's path; the replaced methods must be all that call it. */
const CACHED_PATH_CALL = 'getCachedOutputFile(';

interface Settings {
  config: { cacheDir: URL };
}
type Method = (this: unknown, settings: Settings, outputFile: string, third?: unknown) => Promise<unknown>;
type CacheClass = { prototype: Record<string, unknown> } & ((...args: never[]) => unknown);

/** The cached copy of the output file `outputFile` (a path under dist/, `zh/articles/x/index.html`). */
export function flatCachedFile(cacheDir: URL, outputFile: string): URL {
  const name = createHash('sha1').update(outputFile).digest('hex');
  return new URL(`${FLAT_DIR}${name.slice(0, 2)}/${name}.html`, cacheDir);
}

/** Writes `body` to `file`, making its folder first when it is missing (256 folders, so almost never). */
function writeInFolder(file: URL, body: Uint8Array | string): void {
  try {
    writeFileSync(file, body);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(new URL('./', file), { recursive: true });
    writeFileSync(file, body);
  }
}

/** Astro's manifest of the last build in its cacheDir (incremental.js INCREMENTAL_CACHE_FILE). */
export const MANIFEST_FILE = 'incremental-build.json';
/** Beside the cached pages: the SHA-1 of the manifest the last build on this layout wrote, when it finished. */
export const MANIFEST_DIGEST = 'manifest.sha1';
/** Astro's own layout of cached pages, removed when a build on this one finishes. */
export const OLD_LAYOUT = 'dist/';

function manifestDigest(cacheDir: URL): string | undefined {
  const file = new URL(MANIFEST_FILE, cacheDir);
  return existsSync(file) ? createHash('sha1').update(readFileSync(file)).digest('hex') : undefined;
}

/**
 * Whether the cached pages are those of the manifest this build read, asked once a build (one cache object a
 * build): only when the last build to write that manifest was on this layout and finished. A build on Astro's
 * own layout in between (an older checkout), or one that stopped after rewriting some copies, leaves copies that
 * may not be what the manifest's keys say, so none is restored and every page is rendered again.
 */
const trusted = new WeakMap<object, boolean>();
function cacheTrusted(cache: object, cacheDir: URL): boolean {
  let verdict = trusted.get(cache);
  if (verdict === undefined) {
    const recorded = new URL(FLAT_DIR + MANIFEST_DIGEST, cacheDir);
    verdict = existsSync(recorded) && readFileSync(recorded, 'utf8') === manifestDigest(cacheDir);
    trusted.set(cache, verdict);
  }
  return verdict;
}

/** Before a build first changes a cached copy: the digest goes, so a build that stops here is not trusted. */
const changing = new WeakSet<object>();
function willChange(cache: object, cacheDir: URL): void {
  if (changing.has(cache)) return;
  cacheTrusted(cache, cacheDir); // this build's restores are judged on the cache as the last build left it
  rmSync(new URL(FLAT_DIR + MANIFEST_DIGEST, cacheDir), { force: true });
  changing.add(cache);
}

/**
 * The three methods on the flat layout, each as Astro's does it on its own, but with Node's synchronous calls:
 * Astro renders one page at a time (build.concurrency 1, which the incremental build needs) and awaits each
 * write before the next page, so nothing runs meanwhile, and an asynchronous write goes through libuv's thread
 * pool (open, write, close: three hand-offs), ~3 times the CPU of the same write done synchronously (measured
 * here: 16 KB files, ~180 against ~60 µs a file). Each is called on the build's cache object (`this`).
 */
export const flatMethods: Record<(typeof METHODS)[number], Method> = {
  async writeOutputFile(settings, outputFile, body) {
    willChange(this as object, settings.config.cacheDir);
    writeInFolder(flatCachedFile(settings.config.cacheDir, outputFile), body as Uint8Array | string);
  },
  async restoreOutputFile(settings, outputFile, destination) {
    if (!cacheTrusted(this as object, settings.config.cacheDir)) return false;
    const cached = flatCachedFile(settings.config.cacheDir, outputFile);
    if (!existsSync(cached)) return false;
    mkdirSync(new URL('./', destination as URL), { recursive: true });
    copyFileSync(cached, destination as URL);
    return true;
  },
  async deleteOutputFile(settings, outputFile) {
    willChange(this as object, settings.config.cacheDir);
    rmSync(flatCachedFile(settings.config.cacheDir, outputFile), { force: true });
  },
};

/**
 * Astro's writeManifest, then the manifest's digest recorded beside the cached pages (the build finished on this
 * layout). Copies of Astro's own layout are removed first: an older checkout would otherwise restore them under
 * keys this layout's builds have since recorded.
 */
export function recordingManifest(writeManifest: (settings: Settings) => void): (this: object, settings: Settings) => void {
  return function (this: object, settings: Settings) {
    const { cacheDir } = settings.config;
    willChange(this, cacheDir);
    if (existsSync(new URL(OLD_LAYOUT, cacheDir))) rmSync(new URL(OLD_LAYOUT, cacheDir), { recursive: true, force: true });
    writeManifest.call(this, settings);
    writeInFolder(new URL(FLAT_DIR + MANIFEST_DIGEST, cacheDir), manifestDigest(cacheDir) ?? '');
  };
}

/** Whether the class has the form the replacement relies on: the three methods, no other use of the cached path, writeManifest. */
export function hasExpectedForm(cacheClass: CacheClass): boolean {
  const source = Function.prototype.toString.call(cacheClass);
  const uses = source.split(CACHED_PATH_CALL).length - 1;
  const usesIt = (m: string) => typeof cacheClass.prototype[m] === 'function' && String(cacheClass.prototype[m]).includes(CACHED_PATH_CALL);
  return uses === METHODS.length && METHODS.every(usesIt) && typeof cacheClass.prototype.writeManifest === 'function';
}

/** Puts the flat layout's methods on the class; false (and the class untouched) when its form is not the expected one. */
export function useFlatLayout(cacheClass: CacheClass): boolean {
  if (!hasExpectedForm(cacheClass)) return false;
  for (const m of METHODS) cacheClass.prototype[m] = flatMethods[m];
  cacheClass.prototype.writeManifest = recordingManifest(cacheClass.prototype.writeManifest as (settings: Settings) => void);
  return true;
}

/**
 * Astro's cache class as the running Astro loads it: Node's own require of its file, so the module instance Astro's
 * build imports, even when Astro loads astro.config.mjs through Vite's module runner (whose import() would load a
 * second instance).
 */
export function astroCacheClass(): CacheClass | undefined {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('astro/package.json')), CACHE_MODULE);
  if (!existsSync(file)) return undefined;
  const module = require(file) as { IncrementalBuildCache?: CacheClass };
  return typeof module.IncrementalBuildCache === 'function' ? module.IncrementalBuildCache : undefined;
}

/** For astro.config.mjs: Astro's incremental cache on the flat layout, when the installed Astro has the expected form. */
export function flatBuildCache(): boolean {
  const cacheClass = astroCacheClass();
  return cacheClass !== undefined && useFlatLayout(cacheClass);
}
