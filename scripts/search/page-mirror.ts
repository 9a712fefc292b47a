// The folder Pagefind indexes a group of years from: the group's pages hard-linked at their own paths (so
// Pagefind gives them the same URLs), kept between builds beside the group's kept index (index-cache.ts) and
// brought in step with the site's pages rather than made and deleted whole each time. At 10,000 articles a
// group of 15,000 pages took ~4 s to link and remove again on every re-index; kept, a rebuild relinks only the
// pages whose file is not the one linked (a page astro rewrote in place is the same file, already seen).
// A page is the site's when the mirror's entry is the very same file (device and inode); anything else in the
// mirror is removed, so Pagefind never sees a page the group no longer has.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** What bringing the mirror in step did: pages linked (or copied) anew, and entries removed. */
export interface MirrorSync {
  linked: number;
  removed: number;
}

/** Makes `mirrorDir` hold exactly `paths` (relative, `/`-separated) of `siteDir`, each the same file as the site's. */
export function syncMirror(siteDir: string, paths: readonly string[], mirrorDir: string): MirrorSync {
  const wanted = new Set(paths);
  let removed = 0;
  if (existsSync(mirrorDir)) {
    for (const entry of readdirSync(mirrorDir, { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory()) continue;
      const path = relative(mirrorDir, join(entry.parentPath, entry.name)).split(sep).join('/');
      if (!wanted.has(path)) {
        rmSync(join(mirrorDir, path), { force: true });
        removed++;
      }
    }
    if (removed > 0) removeEmptyFolders(mirrorDir);
  }
  let linked = 0;
  const made = new Set<string>();
  for (const path of paths) {
    const source = join(siteDir, path);
    const target = join(mirrorDir, path);
    if (sameFile(source, target)) continue;
    const folder = dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    rmSync(target, { force: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target); // another device: a copy, compared (and so copied) again next time
    }
    linked++;
  }
  return { linked, removed };
}

function sameFile(a: string, b: string): boolean {
  const target = statSync(b, { throwIfNoEntry: false, bigint: true });
  if (!target) return false;
  const source = statSync(a, { bigint: true });
  return source.ino === target.ino && source.dev === target.dev;
}

function removeEmptyFolders(dir: string): void {
  const folders = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) if (readdirSync(folder).length === 0) rmdirSync(folder);
}
