// Many small downloads written as one route's output and unpacked into their folder when the build is done
// (issue 17). Astro writes each route's output through several awaited file operations, twice with the
// incremental cache: at 2,019 articles the per-article figure CSVs (data/articles/<id>.csv) were 2,019 of the
// build's 7,449 outputs, and the charts' and measures' CSVs 424 more, for files of a few hundred bytes each; a
// CPU profile put the time in waiting for those writes. Each folder's route now renders one bundle (a JSON
// object of file name → text; src/lib/downloads/paths.ts BUNDLED_FOLDERS) with one cacheKey; the
// `fileBundles` integration writes each file into the bundle's folder once astro is done, leaves a file whose
// bytes are the same as they are, removes the folder's files the bundle no longer has and removes the bundle,
// so dist/ holds exactly the files the routes would have written (tests/quality/build-skip.test.ts and
// shards.test.ts compare builds byte for byte). A bundle astro reuses from its cache is unpacked the same way.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { JSON_TYPE } from './serialise.ts';

/** A bundle route's output: its files as a bundle. */
export function bundleResponse(files: Iterable<readonly [name: string, text: string]>): Response {
  return new Response(bundleBody(files), { headers: { 'Content-Type': JSON_TYPE } });
}

/** The text of a bundle: file names (no folder) → their text, in the given order. */
export function bundleBody(files: Iterable<readonly [name: string, text: string]>): string {
  const body: Record<string, string> = Object.create(null); // a file may be named __proto__
  for (const [name, text] of files) {
    checkName(name, 'a bundle');
    if (Object.hasOwn(body, name)) throw new Error(`file bundle: "${name}" is given twice`);
    body[name] = text;
  }
  return JSON.stringify(body);
}

function checkName(name: string, where: string): void {
  if (!name || name === '.' || name === '..' || /[/\\\0]/.test(name)) throw new Error(`file bundle: "${name}" in ${where} is not a plain file name`);
}

export interface Unpacked {
  written: number;
  unchanged: number;
  removed: string[];
}

/**
 * Unpacks the bundle at `bundle` (relative to `outDir`, `/`-separated) into its folder, or returns undefined
 * when the build wrote none (a shard without such files). Files of the folder that the bundle does not name
 * are removed: the folder is the bundle's alone.
 */
export function unpackBundle(outDir: string, bundle: string): Unpacked | undefined {
  const file = join(outDir, bundle);
  if (!existsSync(file)) return undefined;
  const folder = dirname(file);
  const own = basename(file);
  let files: unknown;
  try {
    files = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`file bundle ${bundle}: not JSON (${(e as Error).message})`);
  }
  if (typeof files !== 'object' || files === null || Array.isArray(files)) throw new Error(`file bundle ${bundle}: not an object of file names`);
  const result: Unpacked = { written: 0, unchanged: 0, removed: [] };
  mkdirSync(folder, { recursive: true });
  const named = new Set<string>([own]);
  for (const [name, text] of Object.entries(files)) {
    checkName(name, bundle);
    if (name === own || typeof text !== 'string') throw new Error(`file bundle ${bundle}: "${name}" is not a file's text`);
    named.add(name);
    const target = join(folder, name);
    if (sameText(target, text)) result.unchanged++;
    else {
      writeFileSync(target, text);
      result.written++;
    }
  }
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isFile() || named.has(entry.name)) continue;
    rmSync(join(folder, entry.name));
    result.removed.push(entry.name);
  }
  rmSync(file);
  return result;
}

function sameText(path: string, text: string): boolean {
  try {
    return readFileSync(path).equals(Buffer.from(text));
  } catch {
    return false;
  }
}

/** Astro integration: unpacks each of `bundles` (output paths) once the build is done. */
export function fileBundles(bundles: readonly string[]): AstroIntegration {
  return {
    name: 'file-bundles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const bundle of bundles) {
          const started = performance.now();
          const unpacked = unpackBundle(outDir, bundle);
          if (!unpacked) continue;
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`${dirname(bundle)}/: ${unpacked.written} written, ${unpacked.unchanged} unchanged, ${unpacked.removed.length} removed in ${seconds} s`);
        }
      },
    },
  };
}
