// Where a seed's hints meet its page: each hinted line found among the page's raw blocks (the text between
// blank lines) by its text, trimmed and with every space ignored, and turned into what the pipeline obeys —
// a role per raw block index, applied right after block classification (roles.ts), and the raw blocks an
// article must start at, obeyed by segmentation. A hint that matches no line, or two hints that give one
// line two roles, is a HintsError naming the file, the hint and what to write instead.

import { closest } from 'fastest-levenshtein';
import { readMarkup } from '../structure/marks.ts';
import type { BlockKind } from '../types.ts';
import { HintsError, type LineHintKey, type SeedHints } from './read.ts';

/** What the pipeline obeys, by raw block index. */
export interface PageOverrides {
  roles: ReadonlyMap<number, BlockKind>;
  splitBefore: ReadonlySet<number>;
  /** The hint keys that name each raw block, for the review report. */
  hinted: ReadonlyMap<number, readonly LineHintKey[]>;
}

/** The role each line hint gives; `not-caption` makes a line running text. */
export const HINT_ROLES: Record<Exclude<LineHintKey, 'split-before'>, BlockKind> = {
  headline: 'headline',
  byline: 'byline',
  caption: 'caption',
  furniture: 'furniture',
  'not-caption': 'paragraph',
};

/** A line as hints compare it: NFKC, no spaces, no `#` markup in front (a `#topic#` tag is text). */
export function lineKey(text: string): string {
  return (readMarkup(text)?.text ?? text).normalize('NFKC').replace(/\s+/gu, '');
}

/** The overrides of a page's hints; `seed` names the page in messages. */
export function resolveHints(hints: SeedHints, raw: readonly string[], seed: string): PageOverrides {
  const byKey = new Map<string, number[]>();
  raw.forEach((block, i) => byKey.set(lineKey(block), [...(byKey.get(lineKey(block)) ?? []), i]));
  const roles = new Map<number, BlockKind>();
  const givenBy = new Map<number, string>();
  const splitBefore = new Set<number>();
  const hinted = new Map<number, LineHintKey[]>();
  for (const hint of hints.lines) {
    const found = byKey.get(lineKey(hint.text));
    if (!found) throw new HintsError(unmatched(hints.file, hint.key, hint.text, raw, seed));
    for (const i of found) {
      hinted.set(i, [...(hinted.get(i) ?? []), hint.key]);
      if (hint.key === 'split-before') {
        splitBefore.add(i);
        continue;
      }
      const role = HINT_ROLES[hint.key];
      const earlier = givenBy.get(i);
      if (earlier !== undefined && roles.get(i) !== role) {
        throw new HintsError(`${hints.file}: ${hint.key}: "${hint.text}" is also under ${earlier}; keep the line under one of them.`);
      }
      roles.set(i, role);
      givenBy.set(i, hint.key);
    }
  }
  return { roles, splitBefore, hinted };
}

function unmatched(file: string, key: LineHintKey, text: string, raw: readonly string[], seed: string): string {
  const lines = raw.map((b) => b.trim()).filter(Boolean);
  const near = lines.length > 0 ? lines[lines.map(lineKey).indexOf(closest(lineKey(text), lines.map(lineKey)))] : undefined;
  const suggestion = near !== undefined ? `; the nearest line is "${near}"` : '';
  return `${file}: ${key}: "${text}" matches no line of ${seed}. Write the whole line as printed in the seed (spaces do not count)${suggestion}, or remove the hint.`;
}
