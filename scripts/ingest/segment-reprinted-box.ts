// A data box the page prints twice, its first printing set inside an article (stage 4, after segment.ts has cut
// the drafts): a short title line (`【数说】`, `数据看台`, read as a caption or a heading) over two or more data
// lines (`▲ 4.6个　每千人口…`, structure/data-box.ts, or number-first `3.2万人　全市登记助餐老人`) and a note in brackets, with the article's text going on
// (or its next section) under it. Repair dropped the second printing; the first is the box, kept once: a sidebar of its own after the
// article, which keeps the text around it. Only a reprinted box is lifted so: an article may open with data lines.
import { isDataLine } from './structure/data-box.ts';
import { copiesReprint, type Draft, emptyDraft, isBoxNote } from './segment-passes.ts';
import type { Block } from './types.ts';

/** A box's title is a label: a few characters, no clause. */
const MAX_TITLE_CHARS = 12;
const TITLE_KINDS = new Set<Block['kind']>(['caption', 'heading', 'subheading', 'paragraph']);
const LABEL_KINDS = new Set<Block['kind']>(['caption', 'heading', 'subheading', 'kicker']);
const GOES_ON = new Set<Block['kind']>(['paragraph', 'heading', 'subheading']);
/**
 * `3.2万人　全市登记助餐老人`: a quantity (a number and its unit or measure word), a space, its label; no sentence.
 * An enumerator (`1. `, `2、`) or a year (`2025年`) before the space is no quantity.
 */
const NUMBER_FIRST = /^(?!(?:19|20)\d\d年)\d+(?:\.\d+)?(?=[^\d\s.．、，,。；;！？!?])[万亿]?[^\d\s.．、，,。；;！？!?]{0,3}[\s\u3000]+\S[^。；;！？!?]*$/u;
const MAX_LINE_CHARS = 40;

/** `1. `, `2、`, `（3）`: a list item's number, which counts nothing. */
const ENUMERATOR = /^(?:\d{1,2}[.．、)）](?!\d)|[（(]\d{1,2}[)）])/u;

/** A box's line: a bulleted label and number (a number besides a list item's own), or a number-first line. */
export function isBoxLine(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (isDataLine(text) && lines.every((l) => /\d/u.test(l.replace(ENUMERATOR, '')))) return true;
  return lines.length > 0 && lines.every((l) => [...l].length <= MAX_LINE_CHARS && NUMBER_FIRST.test(l));
}

/** The article without the box, and the box as a sidebar after it; or the draft as it was. */
export function liftReprintedBox(draft: Draft, reprints: ReadonlySet<number>): Draft[] {
  const { blocks } = draft;
  for (let at = 1; at < blocks.length; at++) {
    const end = boxEnd(blocks, at, reprints);
    if (end < 0) continue;
    const next = blocks.slice(end).find((b) => b.kind !== 'furniture');
    if (next === undefined || !GOES_ON.has(next.kind) || next.byline || next.credit) continue;
    const { level: _level, ...title } = blocks[at]!;
    return [
      { ...draft, blocks: [...blocks.slice(0, at), ...blocks.slice(end)] },
      { ...emptyDraft(), hasHeadline: true, hasBody: true, blocks: [{ ...title, kind: 'headline' }, ...blocks.slice(at + 1, end)] },
    ];
  }
  return [draft];
}

/** Where the box titled at `at` ends (past its data lines and notes), or -1 when no reprinted box stands there. */
function boxEnd(blocks: readonly Block[], at: number, reprints: ReadonlySet<number>): number {
  const title = blocks[at]!;
  const t = title.text.trim();
  // A headline may title the box only under the article's own headline.
  // So may a label read as a kicker (`数说`) inside the text, the box's lines under it.
  const titled = TITLE_KINDS.has(title.kind) || (title.kind === 'headline' && blocks.slice(0, at).some((b) => b.kind === 'headline')) || (title.kind === 'kicker' && setInText(blocks, at));
  if (!titled || t.includes('\n') || [...t].length > MAX_TITLE_CHARS || /[，,。；;！？!?]/u.test(t) || isBoxLine(t)) return -1;
  let end = at + 1;
  let lines = 0;
  while (blocks[end]?.kind === 'paragraph' && isBoxLine(blocks[end]!.text)) {
    lines += blocks[end]!.text.split('\n').length;
    end++;
  }
  if (lines < 2) return -1;
  if (!copiesReprint(blocks.slice(at + 1, end), reprints) && !setInText(blocks, at)) return -1;
  while (blocks[end] !== undefined && blocks[end]!.kind === 'paragraph' && isBoxNote(blocks[end]!.text)) end++;
  return end;
}

/**
 * A box printed once is lifted only where it stands inside an article's text: under the article's headline and
 * a paragraph of its text, its title a label (caption, heading or kicker; no headline of its own).
 */
function setInText(blocks: readonly Block[], at: number): boolean {
  const before = blocks.slice(0, at);
  return LABEL_KINDS.has(blocks[at]!.kind) && before.some((b) => b.kind === 'headline') && before.at(-1)?.kind === 'paragraph';
}
