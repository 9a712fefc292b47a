// A bulleted head on its own line over running text (`■沁源县营造林3.2万亩` / `2024年，沁源县…。`) right after a
// line that ends no sentence: an item of a list (`- 目标：…`, `1.…`) or a labelled line (`数据来源：市统计局`) closing
// the piece above. A section heading follows its article's running text; a head after the piece's list or source
// line heads a brief of its own (run-headline.ts asks).

import { bulletOf } from './item-column.ts';
import type { Run } from './run.ts';
import { endsComplete, isListItem } from './shape.ts';

const LABELLED = /^\p{Script=Han}{2,10}[：:]\S/u;

/** The run's line `last` is a bulleted head over running text (a sentence, not a list's item nor a label line: `◎ 老年助餐` / `时间：…` is a series' head), and the line over the run ends no sentence: a list's item or a label line. */
export function bulletHeadAfterList(run: Run, last: number): boolean {
  if (bulletOf(run.marked[last]) === undefined || run.next?.kind !== 'paragraph' || run.next.byline !== undefined || isListItem(run.next.text) || LABELLED.test(run.next.text) || !run.next.text.includes('。')) return false;
  const above = run.marked[run.indices[0]! - 1];
  if (above?.shape !== 'paragraph') return false;
  const line = above.block.text.split('\n').at(-1)!.trim();
  return !endsComplete(line) && (isListItem(line) || LABELLED.test(line));
}
