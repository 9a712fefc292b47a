// A file's identity (device, inode, size, modification time in ns: the test of "the same file as before" that
// scripts/lib/file-notes.ts applies to dist/) and the notes of it a content loader keeps in its collection's meta
// store (kept-glob.ts, figure-loader.ts): saved in the same content store file as the entries, so notes and
// entries are always of the same sync, and a store Astro clears (its config changed) clears its notes too.
import { statSync } from 'node:fs';

/** The meta store key of a loader's notes: a JSON object, file → identity. */
export const NOTES = 'file-identities';

/** A file's identity: device, inode, size and modification time (ns). */
export function identityOf(file: string): string {
  const s = statSync(file, { bigint: true });
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}`;
}

/** The notes a loader saved (file → identity); none when missing or unreadable. */
export function readNotes(saved: string | undefined): Record<string, string> {
  try {
    const notes: unknown = JSON.parse(saved ?? '{}');
    return notes && typeof notes === 'object' && !Array.isArray(notes) ? (notes as Record<string, string>) : {};
  } catch {
    return {};
  }
}
