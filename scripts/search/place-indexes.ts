// Puts the groups' indexes (index-site.ts indexBuckets) in the site's pagefind/ folder: the newest group's at its
// root, the others in their folders inside it (buckets.ts), with the manifest the search page reads. Either the
// whole folder made anew (placeIndexes: a full index, or the merge of a sharded build) or, where the last index is
// still in place, only the re-indexed groups' folders replaced (replaceIndexes).
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeOrDiscard, type Trash } from '../lib/trash.ts';
import { bucketFolders, indexManifest, MANIFEST_FILE } from './buckets.ts';

/**
 * Moves the bundles (bucket → folder) into `outputPath` at their places (buckets.ts: the newest at the root)
 * and writes the manifest; replaces what was there. The bundles' folders are consumed.
 */
export function placeIndexes(bundles: ReadonlyMap<string, string>, outputPath: string): void {
  const fresh = `${outputPath}.new`;
  rmSync(fresh, { recursive: true, force: true });
  const languages = new Map<string, string[]>();
  for (const [bucket, dir] of bundles) {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    languages.set(bucket, Object.keys(entry.languages));
  }
  // The root first: the other years' folders go inside it.
  for (const [bucket, folder] of bucketFolders(bundles.keys())) {
    const source = bundles.get(bucket) as string;
    if (folder === '') renameSync(source, fresh);
    else {
      renameSync(source, join(fresh, folder));
      // A merged index is read for its entry file, metadata and chunks (and its WebAssembly where it is a
      // language's first): the script and Pagefind's own UIs, 0.6 MB a year, are the root's alone.
      for (const file of UNUSED_IN_MERGED) rmSync(join(fresh, folder, file), { force: true });
    }
  }
  writeFileSync(join(fresh, MANIFEST_FILE), `${JSON.stringify(indexManifest(languages))}\n`);
  rmSync(outputPath, { recursive: true, force: true });
  renameSync(fresh, outputPath);
}

/**
 * Replaces in `outputPath` the indexes of the groups in `bundles` (bucket → folder, consumed), leaving the
 * other groups' indexes of `all` where they are, and writes the manifest: the same files as placeIndexes of
 * every group's bundle. The groups must be those whose indexes `outputPath` holds (indexBuckets checks).
 */
export function replaceIndexes(bundles: ReadonlyMap<string, string>, all: readonly string[], outputPath: string, trash?: Trash): void {
  const folders = bucketFolders(all);
  const otherFolders = new Set([...folders.values()].filter((folder) => folder !== '').map((folder) => folder.slice(0, -1)));
  for (const [bucket, source] of bundles) {
    const folder = folders.get(bucket) as string;
    if (folder === '') {
      // The root's own files go; the other groups' folders inside it stay.
      for (const name of readdirSync(outputPath)) {
        if (otherFolders.has(name)) continue;
        removeOrDiscard(join(outputPath, name), trash);
      }
      for (const name of readdirSync(source)) renameSync(join(source, name), join(outputPath, name));
    } else {
      removeOrDiscard(join(outputPath, folder), trash);
      renameSync(source, join(outputPath, folder));
      for (const file of UNUSED_IN_MERGED) rmSync(join(outputPath, folder, file), { force: true });
    }
  }
  const languages = new Map<string, string[]>();
  for (const [bucket, folder] of folders) {
    const entry = JSON.parse(readFileSync(join(outputPath, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    languages.set(bucket, Object.keys(entry.languages));
  }
  writeFileSync(join(outputPath, MANIFEST_FILE), `${JSON.stringify(indexManifest(languages))}\n`);
}

/** What a year's bundle holds that nothing loads from a folder other than the root. */
const UNUSED_IN_MERGED = [
  'pagefind.js',
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];
