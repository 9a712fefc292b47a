// A digest of the source code the Markdown processor runs: the processor's module and every module it
// imports by a relative path, transitively (TypeScript and JSON), read from disk.
//
// Why: Astro's content store keeps each entry's rendered HTML, and clears itself only when the Astro config's
// JSON changes. Plugins are functions, which that JSON leaves out, so an edited plugin (figure-values.ts,
// say) left the old HTML in the store, and the incremental build (whose page keys cover that HTML,
// cache-keys.ts) copied the old pages on: a rebuild differed from a clean build. article-processor.ts puts
// this digest in the processor's options, which are part of that JSON, so a change to the code clears the
// store and every article renders again. Packages (node_modules) are left to the lockfile, which Astro
// watches itself.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
/** Comments (a usage example in a header names other paths), left out before imports are read. */
const COMMENT = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;

/** The files `entry` loads by relative imports, itself included, each once, sorted by path. */
export function moduleFiles(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(?:[cm]?[jt]s)$/.test(file)) continue; // JSON and other data: hashed, not parsed
    for (const match of readFileSync(file, 'utf8').replace(COMMENT, '').matchAll(RELATIVE_IMPORT)) queue.push(resolve(dirname(file), match[1]!));
  }
  return [...seen].sort();
}

/** sha256 (hex) of the files `entry` loads, each as its path relative to `root` and its bytes. */
export function codeDigest(entry: string, root = dirname(resolve(entry))): string {
  const hash = createHash('sha256');
  for (const file of moduleFiles(entry)) hash.update(`${file.slice(root.length)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
