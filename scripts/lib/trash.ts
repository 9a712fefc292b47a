// Folders a build is done with, deleted later and off the build's path (issue 17). Deleting a re-indexed
// group's old search index and its old kept copy (3,344 files each at 10,000 articles) took 1.2 s of a
// one-changed rebuild; renaming them into the trash takes a few milliseconds. `empty()` deletes what the trash
// held when it was called, asynchronously (Node's thread pool), so the next index's Pagefind run hides it;
// what is discarded meanwhile waits for the next time. The trash lives in a cache folder, never in dist/.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Takes `path` away: into `trash` when there is one, else deleted here and now. */
export function removeOrDiscard(path: string, trash: Trash | undefined): void {
  if (trash) trash.discard(path);
  else rmSync(path, { recursive: true, force: true });
}

export class Trash {
  readonly dir: string;
  private count = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Takes `path` out of the way now (gone from where it was); a no-op when nothing is there. */
  discard(path: string): void {
    if (!existsSync(path)) return;
    mkdirSync(this.dir, { recursive: true });
    const target = join(this.dir, `${process.pid}-${Date.now()}-${this.count++}`);
    try {
      renameSync(path, target);
    } catch {
      // Another file system (or a name in use): deleted here instead, as before.
      rmSync(path, { recursive: true, force: true });
    }
  }

  /** Deletes what the trash holds now; what it cannot delete (another run deleting it too) is left for later. */
  async empty(): Promise<void> {
    if (!existsSync(this.dir)) return;
    await Promise.all(readdirSync(this.dir).map((name) => rm(join(this.dir, name), { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined)));
  }
}
