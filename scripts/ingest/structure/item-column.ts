// A column of items under bulleted heads on lines of their own (`■屯留区两镇新建村级养老服务站` / its paragraphs /
// `■夏店镇农村供水管网改造完工` / …, or a place alone: `■平顺县` / `11月以来，…`): lines set off by one bullet, each
// over running text, follow one another with nothing but that text (and page furniture, a rule) between them. Heads printed alike have one
// role, the first's: where the first heads an item (it stands at the top of the page or column, no article open
// over it), each heads its own; where it sits under an article's headline and lead, they are that article's
// section headings (run-headline.ts decides the first the way it decides any title-like line).

import { SYMBOL_BULLET } from './briefs.ts';
import type { Marked } from './run.ts';
import { isListItem } from './shape.ts';

/** The bullet a one-line title-like block is set off by, read off already (briefs.ts) or still on its text. */
export function bulletOf(m: Marked | undefined): string | undefined {
  if (m === undefined || m.shape === 'paragraph' || m.block.text.includes('\n')) return undefined;
  if (m.bullet !== undefined) return m.bullet;
  const t = m.block.text.trim();
  // ▲ marks a photo's caption (roles.ts), not an item's head.
  return SYMBOL_BULLET.test(t) && !t.startsWith('▲') ? t[0] : undefined;
}

/** Running text of an item: a paragraph, not an item of a list itself. */
function isItemText(m: Marked | undefined): boolean {
  return m?.shape === 'paragraph' && !isListItem(m.block.text);
}

/**
 * The head printed before block i in the same column: the line set off by the same bullet right before the
 * running text that stands right before i. Undefined when i is no such head, or the first of its column.
 */
export function previousHead(marked: readonly Marked[], i: number): number | undefined {
  const bullet = bulletOf(marked[i]);
  if (bullet === undefined) return undefined;
  // Page furniture may stand between an item's text and the next head: a rule drawn between items, an editor's line.
  let k = i - 1;
  while (k >= 0 && marked[k]!.shape === 'furniture') k--;
  if (!isItemText(marked[k])) return undefined;
  // An item's text may be signed on a line of its own and go on under its signature (a letter and its reply).
  while (k >= 0 && (isItemText(marked[k]) || (marked[k]!.shape === 'byline' && isItemText(marked[k - 1])))) k--;
  return k >= 0 && bulletOf(marked[k]) === bullet ? k : undefined;
}

/** Drops the bullet a headline was printed after: `■屯留区` → `屯留区`. */
export function withoutBullet(text: string): string {
  return text.replace(SYMBOL_BULLET, '');
}
