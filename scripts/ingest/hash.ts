// Each file ingest writes records a hash of what ingest wrote, so that a file an editor has changed
// since is recognised, left alone and reported, instead of being overwritten on the next ingest.
//
// The hash sits in the YAML frontmatter as `ingestHash: sha256-<hex>` and covers the whole file with
// that one line taken out: any change anywhere else, even of whitespace or line ends, counts as an edit.

import { createHash } from 'node:crypto';

export type HashState = 'intact' | 'edited' | 'unstamped';

// A line starts after a line feed only, as YAML and Astro's frontmatter reader see it: JavaScript's `^` and `$`
// under the m flag also break lines at U+2028/U+2029, which a title may carry as text inside its quotes.
const FRONTMATTER_OPEN = /^---\r?\n/;
const FRONTMATTER_CLOSE = /(?:^|(?<=\n))---[ \t]*\r?(?=\n|$)/;
const HASH_LINE = /(?:^|(?<=\n))ingestHash:[ \t]*(\S*)[ \t]*(?:\r?\n|$)/;
const HASH_VALUE = /^sha256-[0-9a-f]{64}$/;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Puts `ingestHash` as the last line of the frontmatter, replacing one already there. Throws when the
 * text has no frontmatter (`---` lines) to put it in: emit always writes one.
 */
export function stampHash(text: string): string {
  const unstamped = withoutHashLine(text);
  const close = frontmatterClose(unstamped);
  if (close === undefined) throw new Error('stampHash: the text has no frontmatter (--- … ---) to put ingestHash in');
  const line = `ingestHash: sha256-${sha256Hex(unstamped)}\n`;
  return unstamped.slice(0, close) + line + unstamped.slice(close);
}

/**
 * `intact` when the file is as ingest wrote it, `edited` when it was changed since (or its hash line was),
 * `unstamped` when it has no `ingestHash` at all: written by hand, so ingest never touches it.
 */
export function checkHash(text: string): HashState {
  const found = findHashLine(text);
  if (!found) return 'unstamped';
  if (!HASH_VALUE.test(found.value)) return 'edited';
  // The line itself is not hashed: any change to it other than its exact form (a space added) is an edit too.
  if (text.slice(found.start, found.end) !== `ingestHash: ${found.value}\n`) return 'edited';
  const unstamped = text.slice(0, found.start) + text.slice(found.end);
  return `sha256-${sha256Hex(unstamped)}` === found.value ? 'intact' : 'edited';
}

/** Offset of the closing `---` line of the frontmatter that opens the text, if there is one. */
function frontmatterClose(text: string): number | undefined {
  const open = FRONTMATTER_OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = FRONTMATTER_CLOSE.exec(rest);
  return close ? open[0].length + close.index : undefined;
}

/** The `ingestHash:` line inside the frontmatter; one in the body is text, not a stamp. */
function findHashLine(text: string): { start: number; end: number; value: string } | undefined {
  const close = frontmatterClose(text);
  if (close === undefined) return undefined;
  const match = HASH_LINE.exec(text.slice(0, close));
  if (!match) return undefined;
  return { start: match.index, end: match.index + match[0].length, value: match[1]! };
}

/** The text without its frontmatter's `ingestHash` line (the text itself when it has none). */
export function withoutHashLine(text: string): string {
  const found = findHashLine(text);
  return found ? text.slice(0, found.start) + text.slice(found.end) : text;
}
