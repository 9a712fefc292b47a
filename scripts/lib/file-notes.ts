// What reading a file told, kept between runs by the file's identity, so that a rebuild reads only the files
// that changed; and that identity, the one test of "the same file as before" the build uses everywhere.
// The search indexer notes each built page's bucket, language and digest (scripts/search/index-site.ts: at
// 10,000 articles reading every page, ~60,000 files, took ~7 s of a one-article rebuild; with astro leaving
// unchanged pages in place in a kept dist/, scripts/build/keep-dist.ts, a stat of each is enough);
// scripts/build/shard-names.ts each article file's year and status; scripts/build/compact-catalog.ts each
// article file's parsed frontmatter. A note holds while the file is the same file with the same size and
// modification time (device, inode, size, mtime in ns): `identityOf`, which scripts/build/last-build.ts also
// digests over dist/ to tell that it is as the last build left it. Anything else is read.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { identityOf } from '../../src/lib/content/file-identity.ts';

interface NotesFile<T> {
  site: string;
  /** What made the notes (the code that read the files, scripts/lib/code-version.ts): others' notes are not kept. */
  version?: string;
  pages: Record<string, [identity: string, note: T]>;
}

/** A file's identity: device, inode, size and modification time (ns); one definition, the content loaders'. */
export { identityOf };

/**
 * The notes of one folder, loaded from `file` (none when `file` is null, missing, broken, another folder's or
 * made by another `version` of the code that reads the files); `note` gives a file's note, reading it with
 * `read` when its file is not the one noted.
 */
export class FileNotes<T> {
  readonly #file: string | null;
  readonly #site: string;
  readonly #version: string | undefined;
  readonly #old: Record<string, [string, T]>;
  readonly #now: Record<string, [string, T]> = {};
  /** How many pages were read rather than taken from their notes. */
  read = 0;

  constructor(siteDir: string, file: string | null, version?: string) {
    this.#file = file;
    this.#site = resolve(siteDir);
    this.#version = version;
    let old: NotesFile<T> | undefined;
    if (file !== null && existsSync(file)) {
      try {
        old = JSON.parse(readFileSync(file, 'utf8')) as NotesFile<T>;
      } catch {
        old = undefined;
      }
    }
    this.#old = old?.site === this.#site && old.version === this.#version ? old.pages : {};
  }

  /** The note of `path` (relative to the site): kept when its file is unchanged, else made by `read`. */
  note(path: string, read: (bytes: Buffer) => T): T {
    const identity = identityOf(join(this.#site, path));
    const kept = this.#now[path] ?? this.#old[path];
    if (kept && kept[0] === identity) {
      this.#now[path] = kept;
      return kept[1];
    }
    this.read++;
    const made = read(readFileSync(join(this.#site, path)));
    this.#now[path] = [identity, made];
    return made;
  }

  /**
   * Writes the notes of the pages asked for since loading (the others are gone from the site), or, with
   * `keepUnasked`, those and the loaded notes of the pages not asked for (a run that looked at part of the site).
   */
  save(keepUnasked = false): void {
    if (this.#file === null) return;
    mkdirSync(dirname(this.#file), { recursive: true });
    // Its own temporary file: shards built side by side on one checkout save the same notes at once.
    const fresh = `${this.#file}.${process.pid}.new`;
    writeFileSync(fresh, JSON.stringify({ site: this.#site, ...(this.#version === undefined ? {} : { version: this.#version }), pages: keepUnasked ? { ...this.#old, ...this.#now } : this.#now } satisfies NotesFile<T>));
    renameSync(fresh, this.#file);
  }
}
