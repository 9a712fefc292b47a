// Astro's glob() loader over every file of one extension in a folder, for a build that re-reads only the files
// that changed (issue 17). Astro's own loader reads every file on every sync, parses its frontmatter and
// digests it only to find it unchanged: at 10,000 articles that was most of a one-article rebuild's content
// sync. This one notes each file's identity (device, inode, size, modification time, as scripts/lib/file-notes.ts
// trusts it for dist/) beside the content store, with their digest in the store's meta, so the notes never
// outlive the entries they vouch for (file-identity.ts: a cleared store clears them too). A file whose identity is
// the noted one and whose entry is in the store is left as it is; the others go through Astro's own glob()
// loader, named one by one, so a changed file is parsed, validated and rendered exactly as before; an entry whose
// file is gone is deleted. The dev server (a watcher) gets Astro's loader as it is, with its reloads.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { identityOf, readNotes, saveNotes } from './file-identity.ts';
import { filePatterns } from './file-patterns.ts';

export interface KeptGlobOptions {
  /** The folder, relative to the project root: `./content/articles`. */
  base: string;
  /** `.md` or `.mdx`: every file with it under `base`, at any depth, as the pattern `**\/*<extension>`. */
  extension: string;
  retainBody?: boolean;
  deferRender?: boolean;
}

/** The files `**\/*<extension>` matches under `dir` (posix paths relative to it), hidden files and folders left out as the glob leaves them. */
export function filesWith(dir: string, extension: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, withFileTypes: false }) as string[];
  } catch {
    return [];
  }
  return names
    .map((n) => n.split(sep).join('/'))
    .filter((n) => n.endsWith(extension) && !n.split('/').some((part) => part.startsWith('.')))
    .filter((n) => statSync(join(dir, n)).isFile())
    .sort();
}


export function keptGlob(options: KeptGlobOptions): Loader {
  const { base, extension, ...rest } = options;
  const whole = glob({ pattern: `**/*${extension}`, base, ...rest });
  return {
    name: 'kept-glob',
    async load(context: LoaderContext) {
      if (context.watcher) return whole.load(context);
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, base);
      // The store names an entry's file relative to the project root, with forward slashes (Astro's glob()).
      const stored = (file: string) => relative(root, join(dir, file)).split(sep).join('/');
      const files = filesWith(dir, extension);
      const now: Record<string, string> = Object.fromEntries(files.map((f) => [f, identityOf(join(dir, f))]));
      const before = readNotes(context);
      const idOfPath = new Map<string, string>();
      for (const [id, entry] of context.store.entries()) if (entry.filePath) idOfPath.set(entry.filePath, id);

      const present = new Set(files.map(stored));
      for (const [path, id] of idOfPath) if (!present.has(path)) context.store.delete(id);
      const changed = files.filter((f) => before[f] !== now[f] || !idOfPath.has(stored(f)));
      if (changed.length === files.length) await whole.load(context);
      else if (changed.length > 0) {
        // Astro's loader deletes the entries it was shown and did not load again: only the changed files' own,
        // so that a file whose id changed leaves no entry under the old one.
        const shown = changed.flatMap((f) => idOfPath.get(stored(f)) ?? []);
        const store = { ...context.store, keys: () => shown };
        await glob({ pattern: filePatterns(changed), base, ...rest }).load({ ...context, store });
      }
      saveNotes(context, now);
    },
  };
}
