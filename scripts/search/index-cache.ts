// The last search index, kept so that a build whose pages did not change reuses it instead of running
// Pagefind again (9–30 s at 1,000–10,000 articles): `astro build` empties dist/, index-site.ts then
// restores dist/pagefind/ from here when the fingerprint of everything Pagefind reads is the same.
// The fingerprint is the bytes of every HTML page with its path, the indexing settings and Pagefind's
// version: a page's content, not its file time, because astro rewrites unchanged pages on every build.
// With one index per year (buckets.ts) each year's index is kept in its own folder under the cache,
// fingerprinted by that year's pages only, so an edit re-indexes its year and reuses the others.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { removeOrDiscard, type Trash } from '../lib/trash.ts';

/** Where `npm run build` keeps it: beside ingest's cache, private to each project copy the tests and bench make. */
export const SEARCH_CACHE_DIR = join('node_modules', '.cache', 'cz-search');

interface CacheRecord {
  fingerprint: string;
  pages: number;
}

/**
 * Every HTML file under `siteDir` outside the index itself, as sorted `/`-separated paths; from `listed`, the
 * site's files as the caller has just listed them (build/keep-dist.ts listFiles), without reading its folders.
 */
export function htmlFiles(siteDir: string, indexDirs: readonly string[], listed?: readonly string[]): string[] {
  const files =
    listed ??
    readdirSync(siteDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(siteDir, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort();
  return files.filter((path) => path.endsWith('.html') && !indexDirs.some((dir) => path.startsWith(`${dir}/`)));
}

/** A digest of what the index is made from: each page's path and bytes, and `settings` (arguments, versions). */
export function siteFingerprint(siteDir: string, settings: unknown, indexDirs: readonly string[] = ['pagefind', 'pagefind.new']): string {
  const pages = new PagesDigest();
  for (const path of htmlFiles(siteDir, indexDirs)) pages.add(path, readFileSync(join(siteDir, path)));
  return pages.fingerprint(settings);
}

/**
 * The pages of an index, added one by one in sorted path order as they are read (index-site.ts reads each page
 * once, for its bucket and for this), then digested with the indexing settings (arguments, versions), which
 * are known only once every page is counted.
 */
export class PagesDigest {
  #hash = createHash('sha256');

  add(path: string, bytes: Uint8Array): void {
    this.addDigest(path, pageDigest(bytes));
  }

  /** A page by its digest (pageDigest), as kept in lib/file-notes.ts: the same as adding its bytes. */
  addDigest(path: string, digest: string): void {
    this.#hash.update(`\0${path}\0${digest}`);
  }

  fingerprint(settings: unknown): string {
    return createHash('sha256').update(JSON.stringify(settings)).update(this.#hash.digest()).digest('hex');
  }
}

/** One page's digest, as PagesDigest takes it. */
export function pageDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Copies the kept index into `outputPath` when it was made from the same fingerprint; its page count, or undefined. */
export function restoreIndex(cacheDir: string, fingerprint: string, outputPath: string): number | undefined {
  const recordFile = join(cacheDir, 'record.json');
  if (!existsSync(recordFile)) return undefined;
  const record = JSON.parse(readFileSync(recordFile, 'utf8')) as CacheRecord;
  if (record.fingerprint !== fingerprint || !existsSync(join(cacheDir, 'bundle'))) return undefined;
  rmSync(outputPath, { recursive: true, force: true });
  linkTree(join(cacheDir, 'bundle'), outputPath);
  return record.pages;
}

/**
 * Makes `target` a copy of the folder `source` whose files are hard links to the source's (a copy where a link
 * cannot be made): an index's files are written once and never changed in place (Pagefind writes new files; the
 * site's index is replaced by renames, its unused files unlinked), so the kept index and the site's share them.
 * A restored index costs no writes: copying 7 kept indexes (124 MB, 10,000 articles) took 18 s on a busy disk.
 */
export function linkTree(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = join(source, entry.name);
    const to = join(target, entry.name);
    if (entry.isDirectory()) linkTree(from, to);
    else {
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
    }
  }
}

/** Keeps a copy of the index just made (replacing the last one, which goes to `trash` when given; written aside, then swapped in). */
export function keepIndex(cacheDir: string, fingerprint: string, outputPath: string, pages: number, trash?: Trash): void {
  const fresh = `${cacheDir}.new`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  linkTree(outputPath, join(fresh, 'bundle'));
  writeFileSync(join(fresh, 'record.json'), JSON.stringify({ fingerprint, pages } satisfies CacheRecord));
  removeOrDiscard(cacheDir, trash);
  renameSync(fresh, cacheDir);
}
