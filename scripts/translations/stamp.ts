// What `npm run translations -- --stamp ID` writes into an English file's frontmatter: the hash of the
// Chinese text it now matches (`sourceHash`) and the day it was checked against it (`checked`, quoted so
// every YAML reader keeps it a string). The article page shows that day with the translation's status;
// the day comes from the command (the clock of whoever stamps), never from the build.
// A file as the XLIFF import wrote it (stamped `ingestHash`, xliff/import.ts) stays recognised as the
// import's own after stamping (stampTranslation): stamping is not a hand edit.
import { checkHash, stampHash } from '../ingest/hash.ts';

/** `2026-12-03` for a moment, in UTC. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** The file's text with `sourceHash` and `checked` set (replaced where present, else added after the `---`). */
export function stampText(text: string, hash: string, day: string): string {
  const stamped = setField(text, 'sourceHash', hash, '---');
  return setField(stamped, 'checked', JSON.stringify(day), 'sourceHash');
}

/** stampText, keeping an intact import stamp intact. */
export function stampTranslation(text: string, hash: string, day: string): string {
  const stamped = stampText(text, hash, day);
  return checkHash(text) === 'intact' ? stampHash(stamped) : stamped;
}

// Lines break at line feeds only: with the m flag, ^ and $ would also break inside a title at U+2028/U+2029
// (as hash.ts's withoutHashLine does).
function setField(text: string, field: string, value: string, after: string): string {
  const line = new RegExp(`(?<=^|\\n)${field}:[^\\r\\n]*`);
  if (line.test(text)) return text.replace(line, `${field}: ${value}`);
  const anchor = new RegExp(`(?<=^|\\n)${after}[^\\n]*\\n`);
  return text.replace(anchor, (found) => `${found}${field}: ${value}\n`);
}
