// The page's gap read by its paragraphs (beside structure/set-apart.ts, review R3 F7's reading of "wider than its
// paragraphs"): a page of short pieces, each a paragraph or two (a district paper's 本报讯 items, a table under its
// title, a brief signed in brackets), parts more blocks by two blank lines than by one, so setApartBlocks, counting
// every gap, sets nothing apart there. Its paragraphs' gap is the one between two blocks of running text
// (`…重污染天数1天，同比减少2天。` / blank / `从1至11月累计情况看，…`): where one blank line parts more such pairs than a
// wider gap does, the blocks after two blank lines or more are set apart. A page parting its paragraphs by two blank
// lines (one under its date line) sets nothing apart by this reading either.

import { charCount, endsComplete, isTitleLike } from './shape.ts';

/** Running text shorter than this is no paragraph the page's gap is read by (a credit, a note). */
const MIN_PARAGRAPH_CHARS = 20;

/** Whether a printed block is a paragraph of running text: it opens on no title and ends its sentence. */
export function isRunningParagraph(block: string): boolean {
  const lines = block.trim().split('\n');
  return !isTitleLike(lines[0]!.trim()) && endsComplete(lines.at(-1)!.trim()) && charCount(block) >= MIN_PARAGRAPH_CHARS;
}

/**
 * The printed blocks set apart by the gap between paragraphs (`gaps[g]` the blank lines over printed block g, `prose[g]`
 * whether it is running text): those after two blank lines or more, where one blank line parts more pairs of running
 * paragraphs than a wider gap does; else none.
 */
export function setApartByParagraphs(gaps: readonly (number | undefined)[], prose: readonly boolean[]): ReadonlySet<number> {
  const between = gaps.flatMap((g, block) => (g !== undefined && block > 0 && prose[block] && prose[block - 1] ? [g] : []));
  if (between.filter((g) => g === 1).length <= between.filter((g) => g >= 2).length) return new Set();
  return new Set(gaps.flatMap((g, block) => (g !== undefined && g >= 2 ? [block] : [])));
}
