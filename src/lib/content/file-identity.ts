// A file's identity (device, inode, size, modification time in ns: the test of "the same file as before" that
// scripts/lib/file-notes.ts applies to dist/) and the notes of it a content loader keeps between syncs
// (kept-glob.ts, figure-loader.ts). The notes are a file beside Astro's content store (its cacheDir), and the
// store's meta holds their digest: they count only while the two agree, so notes and entries are always of the
// same sync (a store Astro cleared, or one not saved after the notes were, makes them count for nothing). Not
// in the store itself: Astro serialises and compiles the whole store on every build, and the notes of 20,000
// files were 5 of its 34 MB at 10,000 articles.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import type { LoaderContext } from 'astro/loaders';

/** The meta store key of the digest of a loader's notes. */
const NOTES_DIGEST = 'file-identities';

/** A file's identity: device, inode, size and modification time (ns). */
export function identityOf(file: string): string {
  const s = statSync(file, { bigint: true });
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}`;
}

const notesFile = (context: LoaderContext) => new URL(`kept-files/${encodeURIComponent(context.collection)}.json`, context.config.cacheDir);
const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');

/** The notes (file → identity) saved with the store as it is now; none when missing, unreadable or of another sync. */
export function readNotes(context: LoaderContext): Record<string, string> {
  const expected = context.meta.get(NOTES_DIGEST);
  if (!expected) return {};
  try {
    const text = readFileSync(notesFile(context), 'utf8');
    if (digestOf(text) !== expected) return {};
    const notes: unknown = JSON.parse(text);
    return notes && typeof notes === 'object' && !Array.isArray(notes) ? (notes as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Saves the notes and puts their digest in the store's meta (saved with the entries when Astro saves the store). */
export function saveNotes(context: LoaderContext, notes: Record<string, string>): void {
  const file = notesFile(context);
  const text = JSON.stringify(notes);
  mkdirSync(new URL('./', file), { recursive: true });
  const fresh = new URL(`${file.href}.${process.pid}.new`);
  writeFileSync(fresh, text);
  renameSync(fresh, file);
  context.meta.set(NOTES_DIGEST, digestOf(text));
}
