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
// Each unpack leaves notes in astro's cacheDir (never in the output): the bundle's digest and each file's
// identity as it left them. A bundle with the same digest, over a folder whose files are still exactly those
// (names and identities: device, inode, size, modification time), is then done without reading a file:
// comparing 10,103 CSVs byte for byte took 1.0-1.5 s of a one-article rebuild at 10,000 articles.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { identityOf } from '../content/file-identity.ts';
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

/** What an unpack left, kept outside the output: the bundle's digest and each file's identity. */
interface UnpackNotes {
  bundle: string;
  digest: string;
  files: Record<string, string>;
}

/** A file's identity (content/file-identity.ts), undefined when there is none to read. */
function identityOrNone(path: string): string | undefined {
  try {
    return identityOf(path);
  } catch {
    return undefined;
  }
}

function readNotes(notesFile: string): UnpackNotes | undefined {
  try {
    return JSON.parse(readFileSync(notesFile, 'utf8')) as UnpackNotes;
  } catch {
    return undefined;
  }
}

/** Whether `folder` holds exactly the noted files (and the bundle), each as noted. */
function asNoted(folder: string, own: string, notes: UnpackNotes): boolean {
  const names = Object.keys(notes.files);
  const present = readdirSync(folder).filter((name) => name !== own);
  if (present.length !== names.length) return false;
  return names.every((name) => identityOrNone(join(folder, name)) === notes.files[name]);
}

/**
 * Unpacks the bundle at `bundle` (relative to `outDir`, `/`-separated) into its folder, or returns undefined
 * when the build wrote none (a shard without such files). Files of the folder that the bundle does not name
 * are removed: the folder is the bundle's alone. With `notesFile` (outside `outDir`), an unpack of the same
 * bundle over the files the last one left reads none of them.
 */
export function unpackBundle(outDir: string, bundle: string, notesFile?: string): Unpacked | undefined {
  const file = join(outDir, bundle);
  if (!existsSync(file)) return undefined;
  const folder = dirname(file);
  const own = basename(file);
  const text = readFileSync(file, 'utf8');
  const digest = createHash('sha256').update(text).digest('hex');
  if (notesFile) {
    const notes = readNotes(notesFile);
    rmSync(notesFile, { force: true }); // written again once this unpack is done
    if (notes?.bundle === bundle && notes.digest === digest && asNoted(folder, own, notes)) {
      rmSync(file);
      writeNotes(notesFile, notes);
      return { written: 0, unchanged: Object.keys(notes.files).length, removed: [] };
    }
  }
  let files: unknown;
  try {
    files = JSON.parse(text);
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
  if (notesFile) {
    const identities: Record<string, string> = {};
    for (const name of named) if (name !== own) identities[name] = identityOrNone(join(folder, name)) ?? '';
    writeNotes(notesFile, { bundle, digest, files: identities });
  }
  return result;
}

function writeNotes(notesFile: string, notes: UnpackNotes): void {
  mkdirSync(dirname(notesFile), { recursive: true });
  writeFileSync(`${notesFile}.new`, JSON.stringify(notes));
  renameSync(`${notesFile}.new`, notesFile);
}

function sameText(path: string, text: string): boolean {
  try {
    return readFileSync(path).equals(Buffer.from(text));
  } catch {
    return false;
  }
}

/** Where the unpack of `bundle` keeps its notes under astro's cacheDir (a shard's build has its own). */
export function notesFileOf(cacheDir: string, bundle: string): string {
  return join(cacheDir, 'cz-file-bundles', `${bundle.replaceAll('/', '__')}.notes.json`);
}

/** Astro integration: unpacks each of `bundles` (output paths) once the build is done. */
export function fileBundles(bundles: readonly string[]): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'file-bundles',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const bundle of bundles) {
          const started = performance.now();
          const unpacked = unpackBundle(outDir, bundle, cacheDir && notesFileOf(cacheDir, bundle));
          if (!unpacked) continue;
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`${dirname(bundle)}/: ${unpacked.written} written, ${unpacked.unchanged} unchanged, ${unpacked.removed.length} removed in ${seconds} s`);
        }
      },
    },
  };
}
