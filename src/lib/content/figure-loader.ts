// The figure files (content/figures/<id>.json) as a content collection of raw texts, one entry per file.
// Why a collection: Astro's incremental build hashes each page's module graph, and figure files read
// with import.meta.glob were modules every page imported, so one changed figure re-rendered every page.
// The content store is left out of that hash; a page's cacheKey (src/lib/cache-keys.ts) covers the
// figures it shows instead. The text is kept raw so that parseFigureFile reports a malformed file by
// file, record and field (src/lib/content/articles.ts), and the dev server reloads a file when it changes.
// The store holds each file's path and digest, not its text (read from the file when the catalog is made,
// figureFileText): Astro serialises and compiles its whole store on every build, and at 10,000 articles the
// figure files' texts were two thirds of it (38 of 56 million characters after the article texts left it).
// A build reads and digests only the files whose identity (device, inode, size, mtime) is not the one noted when
// the store last listed them (file-identity.ts, as kept-glob.ts does).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { identityOf, readNotes, saveNotes } from './file-identity.ts';

/** Where the figure files live, relative to the project root. */
export const FIGURES_DIR = 'content/figures';

export interface FigureFileEntry {
  /** The project-relative path, for messages: `content/figures/<id>.json`. */
  path: string;
  /** The digest of the file's text when it was loaded: a changed file is a changed entry. */
  digest: string;
}

/** The text of a figure file the collection lists (its path is relative to the project root). */
export function figureFileText(entry: FigureFileEntry, root = process.cwd()): string {
  return readFileSync(resolve(root, entry.path), 'utf8');
}

/** The loader; `only` (a group's shard: compact-catalog.ts) keeps the files of those article ids alone. */
export function figureFiles(only?: ReadonlySet<string>): Loader {
  return {
    name: 'figure-files',
    async load(context: LoaderContext) {
      const dir = resolve(fileURLToPath(context.config.root), FIGURES_DIR);
      const put = (file: string) => {
        const id = basename(file, '.json');
        const path = `${FIGURES_DIR}/${file}`;
        // Of the path and text, not the text alone as when the store held the text: the store keeps an entry
        // whose digest is unchanged, so an entry stored with its text would otherwise stay in a kept store.
        const digest = context.generateDigest({ path, text: readFileSync(join(dir, file), 'utf8') });
        const data: FigureFileEntry = { path, digest };
        context.store.set({ id, data: { ...data }, digest });
      };
      const files = (existsSync(dir) ? readdirSync(dir) : []).filter((f) => f.endsWith('.json') && (!only || only.has(basename(f, '.json')))).sort();
      const present = new Set(files.map((f) => basename(f, '.json')));
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
      // A build reads only the files whose identity changed since the store last listed them (kept-glob.ts).
      const before = context.watcher ? {} : readNotes(context);
      const now: Record<string, string> = {};
      for (const file of files) {
        now[file] = identityOf(join(dir, file));
        if (before[file] !== now[file] || !context.store.has(basename(file, '.json'))) put(file);
      }
      saveNotes(context, now);

      const watcher = context.watcher;
      if (!watcher) return;
      watcher.add(dir);
      const inDir = (path: string) => resolve(path).startsWith(`${dir}/`) && path.endsWith('.json') && (!only || only.has(basename(path, '.json')));
      watcher.on('change', (path) => inDir(path) && put(basename(path)));
      watcher.on('add', (path) => inDir(path) && put(basename(path)));
      watcher.on('unlink', (path) => inDir(path) && context.store.delete(basename(path, '.json')));
    },
  };
}
