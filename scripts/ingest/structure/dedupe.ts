// Paragraphs the page prints more than once (seed 003 prints one sidebar three times, one copy with a
// character missing). One copy of each is kept: the fullest, then the one that fits its place (it
// finishes the paragraph before it, or the paragraph before or after it is kept), then the first.
// Copies are compared as read, not as typeset: spacing and the width of a mark (`：` or `:`) make no
// second paragraph, and a box whose items one print sets a line each and the other runs on one line
// (`● 甲 12个  ● 乙 3.1万户`) is one box, kept as its items.

import { distance } from 'fastest-levenshtein';
import type { Block, Dropped, Warning } from '../types.ts';
import { continues, excerpt } from './joins.ts';
import { charCount } from './shape.ts';
import { isSignedDate } from './issuers.ts';
import { isReplyLabel, isSalutationAlone } from './letters.ts';

/** Shorter paragraphs may repeat by design (`利民之事，丝发必兴。`); only longer ones are near-matched. */
export const NEAR_MIN_CHARS = 20;
/** Most characters that may differ between two copies of one paragraph … */
export const NEAR_MAX_EDITS = 3;
/** … and at most this share of its length. */
export const NEAR_MAX_SHARE = 0.05;

export interface Dedupe {
  /** Positions (in the input array) of the blocks kept. */
  kept: boolean[];
  dropped: Dropped[];
  warnings: Warning[];
}

/** The paragraph as printed, byline and credit included: what two copies are compared by. */
function printed(block: Block): string {
  return `${block.byline ?? ''}${block.text}${block.credit ?? ''}`;
}

/** The paragraph as read: full-width forms as their plain ones (NFKC), no spacing. */
export function readAs(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

function sameParagraph(a: string, b: string): 'exact' | 'near' | undefined {
  if (a === b) return 'exact';
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (charCount(shorter) < NEAR_MIN_CHARS) return undefined;
  if (longer.includes(shorter)) return 'near';
  const allowed = Math.min(NEAR_MAX_EDITS, Math.floor(longer.length * NEAR_MAX_SHARE));
  if (allowed < 1 || longer.length - shorter.length > allowed) return undefined;
  return distance(a, b) <= allowed ? 'near' : undefined;
}

export function findDuplicates(blocks: readonly Block[]): Dedupe {
  const texts = blocks.map((b) => (b.kind === 'paragraph' ? readAs(printed(b)) : ''));
  const groups = groupCopies(texts);
  const kept = blocks.map(() => true);
  const chosen = new Map<number[], number>();

  // Settled first where the text decides (the fullest copy) or the place does (it finishes a paragraph);
  // then groups whose copies differ only in their neighbours, which the earlier choices have settled.
  const undecided: number[][] = [];
  for (const group of groups) {
    const fullest = mostBy(group, (i) => texts[i]!.length);
    const fitting = fullest.length === 1 ? fullest : mostBy(fullest, (i) => fitsPlace(blocks, kept, i));
    if (fitting.length === 1) choose(group, fitting[0]!);
    else undecided.push(group);
  }
  for (const group of undecided) {
    const fullest = mostBy(group, (i) => texts[i]!.length);
    const byPlace = mostBy(fullest, (i) => fitsPlace(blocks, kept, i));
    choose(group, mostBy(byPlace, (i) => keptNeighbours(kept, i))[0]!);
  }

  const joined = joinedCopies(texts, kept);
  for (const [copy] of joined) kept[copy] = false;
  const copies: [number, number][] = [...joined];
  for (const [group, keeper] of chosen) for (const i of group) if (i !== keeper) copies.push([i, keeper]);

  const dropped: Dropped[] = [];
  const warnings: Warning[] = [];
  for (const [copy, original] of joined) dropped.push(...droppedOf(blocks, copy, original, true));
  for (const [copy, original] of reprintedHeads(blocks, kept, copies)) {
    kept[copy] = false;
    dropped.push(...droppedOf(blocks, copy, original, true));
  }
  // A line each piece prints for itself (a letter's salutation, `编辑同志：`; a reply's label, `【回复】`; the day a reply was signed) is no reprint where the
  // lines round it are kept: every letter on the page has its own.
  for (const [group, keeper] of chosen) for (const i of group) if (i !== keeper && ownLine(blocks[i]!) && kept[i - 1] !== false && kept[i + 1] !== false) kept[i] = true;
  for (const [group, keeper] of chosen) {
    for (const i of group) {
      if (i === keeper || kept[i]) continue;
      const exact = texts[i] === texts[keeper];
      const block = blocks[i]!.source[0] ?? i;
      const duplicateOf = blocks[keeper]!.source[0] ?? keeper;
      dropped.push(...droppedOf(blocks, i, keeper, exact));
      if (!exact) {
        warnings.push({
          code: 'near-duplicate',
          blocks: [block, duplicateOf],
          message: `block ${block} (“${excerpt(blocks[i]!.text, 'start')}”) is a copy of block ${duplicateOf} with a few characters different; the fuller copy ${duplicateOf} is kept`,
        });
      }
    }
  }
  dropped.sort((a, b) => a.block - b.block);
  warnings.sort((a, b) => (a.blocks[0] ?? 0) - (b.blocks[0] ?? 0));
  return { kept, dropped, warnings };

  function choose(group: number[], keeper: number): void {
    chosen.set(group, keeper);
    for (const i of group) kept[i] = i === keeper;
  }
}

/** A salutation (`编辑同志：`), a reply's label (`【回复】`) or a signed day alone: a line each piece prints for itself. */
function ownLine(block: Block): boolean {
  return isSalutationAlone(block.text) || isReplyLabel(block.text) || isSignedDate(block.text);
}

/**
 * A box reprinted whole brings its heading lines with it (`数读` / `壶关县2025年民生账单` over the `●` lines):
 * the title-like blocks right before a dropped run of copies that repeat, word for word and in order, the
 * ones right before the copy kept. Pairs of [copy, original] positions, from the pairs of paragraphs.
 */
function reprintedHeads(blocks: readonly Block[], kept: readonly boolean[], copies: readonly [number, number][]): [number, number][] {
  const pairs: [number, number][] = [];
  for (const [i, keeper] of copies) {
    if (i > 0 && !kept[i - 1] && blocks[i - 1]!.kind === 'paragraph') continue;
    for (let j = 1; i - j >= 0 && keeper - j >= 0 && i - j !== keeper && keeper - j !== i; j++) {
      const copy = blocks[i - j]!;
      const original = blocks[keeper - j]!;
      if (copy.kind === 'paragraph' || copy.kind !== original.kind || readAs(copy.text) !== readAs(original.text)) break;
      pairs.push([i - j, keeper - j]);
    }
  }
  return pairs;
}

/**
 * A box's items printed a line each in one copy and run on one line in the other: the one paragraph that
 * reads as two or more kept paragraphs in a row, end to end. Pairs of [that paragraph, the run's first].
 */
function joinedCopies(texts: readonly string[], kept: readonly boolean[]): [number, number][] {
  const pairs: [number, number][] = [];
  const runOf = (start: number, whole: string, skip: number): boolean => {
    let read = '';
    for (let k = start; k < texts.length && k !== skip && kept[k] && texts[k]; k++) {
      read += texts[k];
      if (!whole.startsWith(read)) return false;
      if (read === whole) return k > start;
    }
    return false;
  };
  texts.forEach((whole, i) => {
    if (!whole || !kept[i] || charCount(whole) < NEAR_MIN_CHARS) return;
    const start = texts.findIndex((t, j) => j !== i && t && whole.startsWith(t) && runOf(j, whole, i));
    if (start >= 0 && !pairs.some(([, s]) => s === start)) pairs.push([i, start]);
  });
  return pairs;
}

/** Groups of two or more paragraphs that are copies of each other, in page order. */
function groupCopies(texts: readonly string[]): number[][] {
  const parent = texts.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < texts.length; i++) {
    if (!texts[i]) continue;
    for (let j = i + 1; j < texts.length; j++) {
      if (texts[j] && sameParagraph(texts[i]!, texts[j]!)) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, number[]>();
  texts.forEach((text, i) => {
    if (!text) return;
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/** 2 when the copy finishes the kept paragraph before it or is finished by the one after it, else 0. */
function fitsPlace(blocks: readonly Block[], kept: readonly boolean[], i: number): number {
  const before = nearestKept(kept, i, -1);
  const after = nearestKept(kept, i, 1);
  const finishes = before !== undefined && continues(blocks[before]!, blocks[i]!);
  const finished = after !== undefined && continues(blocks[i]!, blocks[after]!);
  return finishes || finished ? 2 : 0;
}

function nearestKept(kept: readonly boolean[], i: number, step: 1 | -1): number | undefined {
  for (let j = i + step; j >= 0 && j < kept.length; j += step) if (kept[j]) return j;
  return undefined;
}

/** How many of the blocks printed right beside the copy are kept: a copy among kept text is in place. */
function keptNeighbours(kept: readonly boolean[], i: number): number {
  return (kept[i - 1] ? 1 : 0) + (kept[i + 1] ? 1 : 0);
}

function mostBy(items: readonly number[], score: (i: number) => number): number[] {
  const scores = items.map(score);
  const best = Math.max(...scores);
  return items.filter((_, k) => scores[k] === best);
}

/**
 * A dropped copy, one record for each raw block it was read from (a box's lines read as one block, form-box.ts),
 * each the copy of the original's raw block at the same place, so every raw block is placed or dropped.
 */
function droppedOf(blocks: readonly Block[], copy: number, original: number, exact: boolean): Dropped[] {
  const from = blocks[copy]!.source;
  const of = blocks[original]!.source;
  if (from.length === 0) return [{ block: copy, duplicateOf: of[0] ?? original, exact }];
  return from.map((block, k) => ({ block, duplicateOf: of[Math.min(k, of.length - 1)] ?? original, exact }));
}
