// Node's compile cache for the project's scripts (issue 17). Node 24 strips the types of every TypeScript module
// and compiles it again on each run: `npm run ingest` spent ~0.5 s of its 1.1 s start doing that, and
// `npm run build` starts five Node processes (ingest, the content checks, astro, Pagefind's launcher). The
// cache (node_modules/.cache/node-compile) is keyed by each file's text and Node's version, so a changed file
// or another Node is compiled afresh, never served stale.
// Preloaded by package.json's scripts (`node --import ./scripts/lib/compile-cache.ts …`): it enables the cache
// for this process before the script's modules load and, through NODE_COMPILE_CACHE, for every Node process it
// starts. Left off under CI, as astro's own CLI does (a fresh machine's cache is written and never read), and
// when NODE_DISABLE_COMPILE_CACHE is set; a NODE_COMPILE_CACHE already set is Node's own and wins.
import module from 'node:module';
import { join } from 'node:path';

/** Where the scripts' compiled code is kept. */
export const COMPILE_CACHE_DIR = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'node-compile');

/** The folder the cache should use under `env`, or undefined when it stays off. */
export function compileCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.CI || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  return env.NODE_COMPILE_CACHE || COMPILE_CACHE_DIR;
}

const dir = compileCacheDir(process.env);
if (dir !== undefined) {
  process.env.NODE_COMPILE_CACHE = dir;
  // Node < 22.1 has no compile cache; the scripts run without it.
  module.enableCompileCache?.(dir);
}
