// A column of items the page parts only by its wider gaps (structure/set-apart.ts): readers' posts with their replies,
// snapshots with their credits and the office's answer, each item printed in one shape — a short head, then the same
// lines in the same order (`网友“太行山下”：…` / `长治市热力公司回复：…`; `网友@某某：…` / `网友@某某 摄` / `【部门回应】…` /
// `办理状态：已办结`), the items naming different posters or offices. A feature's sections after the same gaps are a head
// over prose, as many paragraphs as each section needs (seeds 000 and 004, real one-report pages): no line of theirs
// opens on a label; an interview's sections name the same speakers in the same places.

import { BOX_LABEL } from './box-label.ts';
import { opensSetApart } from './set-apart.ts';
import { isTitleLike, SPEAKER_LABEL } from './shape.ts';
import { SAYS } from '../figures/status-speaker.ts';
import type { Block } from '../types.ts';

// A line of an item opening on its label: a short name and its colon (`网友“潞城宝妈”：`, `潞城区教育局回复：`,
// `办理状态：`), or a label in brackets (`【部门回应】`), maybe after a mark (`▶部门回复`). Its label, or undefined. A
// speaker's words in a feature's prose (`王大爷笑着说：“…”`, `记者了解到：`) are no item's label: a verb of saying closes
// the name (figures/status-speaker.ts SAYS), or a quote opens after the colon.
const MARK = /^[▶▷►■□◆◇●○◎★☆][\s\u3000]*/u;
function labelOf(text: string): string | undefined {
  const t = text.trim().replace(MARK, '');
  const bracketed = BOX_LABEL.exec(t)?.[0];
  if (bracketed !== undefined) return bracketed;
  const named = SPEAKER_LABEL.exec(t)?.[0];
  if (named === undefined || /^[“"「『‘]/u.test(t.slice(named.length))) return undefined;
  const name = named.slice(0, -1);
  return [1, 2, 3, 4].some((k) => SAYS.test(name.slice(-k))) ? undefined : name;
}
const labelled = (text: string) => labelOf(text) !== undefined;

const isHead = (b: Block) => b.kind === 'heading' || b.kind === 'subheading' || b.kind === 'headline';

/** A short line over an item's lines, with no label and no byline: its head (`幼儿园收费标准在哪里查？` too). */
function headsItem(b: Block): boolean {
  if (isHead(b)) return true;
  const t = b.text.trim();
  return b.kind === 'paragraph' && b.byline === undefined && b.credit === undefined && !labelled(t) && (isTitleLike(t) || (/[？?]$/u.test(t) && !/[。！!；;]/u.test(t) && t.length <= 30));
}

/**
 * One token a line: L a labelled line, P prose (a run of prose is one token), B a credit or byline, C a caption, H a
 * head; and the labels of the L lines, in order.
 */
function shape(item: readonly Block[]): { tokens: string; labels: string[] } {
  let tokens = '';
  const labels: string[] = [];
  for (const b of item.slice(1)) {
    if (b.kind === 'furniture') continue;
    const credited = b.kind === 'byline' || b.credit !== undefined;
    const label = !credited && b.byline === undefined && b.kind !== 'caption' ? labelOf(b.text) : undefined;
    const token = credited ? 'B' : b.kind === 'caption' ? 'C' : label !== undefined ? 'L' : isHead(b) ? 'H' : 'P';
    if (label !== undefined) labels.push(label);
    if (!(token === 'P' && tokens.endsWith('P'))) tokens += token;
  }
  return { tokens, labels };
}

/**
 * The blocks that head the items of such a column (by index): each opens a printed block the page sets apart and heads
 * its item, and two items in a row or more share one shape with a labelled line in it, the items naming different
 * posters or offices at one label's place at least. An interview's sections, or a Q&A's, each a head over its turns,
 * name the same speakers in the same places (`记者：` / `王强：`): one piece. Empty where no column is.
 */
export function setApartColumnHeads(blocks: readonly Block[], printed: readonly number[], apart: ReadonlySet<number> | undefined): ReadonlySet<number> {
  if (apart === undefined || apart.size === 0) return new Set();
  const starts = blocks.flatMap((b, i) => (b.kind !== 'furniture' && opensSetApart(b.source, printed, apart) ? [i] : []));
  const items = starts.map((s, k) => ({ at: s, blocks: blocks.slice(s, starts[k + 1] ?? blocks.length) }));
  const heads = new Set<number>();
  let run: { at: number; labels: string[] }[] = [];
  const close = () => {
    const differ = run[0] !== undefined && run[0].labels.some((l, k) => run.some((item) => item.labels[k] !== l));
    if (run.length >= 2 && differ) for (const item of run) heads.add(item.at);
    run = [];
  };
  let runTokens = '';
  for (const item of items) {
    const s = headsItem(item.blocks[0]!) ? shape(item.blocks) : undefined;
    if (s === undefined || !s.tokens.includes('L') || s.tokens !== runTokens) close();
    runTokens = s?.tokens ?? '';
    if (s === undefined || !s.tokens.includes('L')) continue;
    run.push({ at: item.at, labels: s.labels });
  }
  close();
  return heads;
}
