// Heads of a list set off by one ornament (`◎ 老年助餐` / 时间：… / `◎ 免费理发` / … / `◎ 上门助浴`): a short label after
// an ornament may read as an author's name (`◎ 李 明`, bylines.ts), but where other lines near it open with the same
// ornament and are no such name, it is one head of their series, a title-like line its neighbours decide.

import { isBylineLine } from './bylines.ts';
import type { Marked } from './run.ts';

// `◎ 老年助餐`: an ornament, then a short label (the form bylines.ts may read as a name alone).
const ORNAMENTED_LABEL = /^([□■○●◎◆◇◉·•・])[\s\u3000]*(\p{Script=Han}{2,4}|\p{Script=Han}[\s\u3000]\p{Script=Han})$/u;
// `时间：每天11:00`, `地点：…`, `说明：…`: a list's labelled line, a short label and its colon.
const FIELD_LINE = /^\p{Script=Han}{2,4}[：:][\s\u3000]*\S/u;
/** How many blocks either side a sibling head may stand. */
const REACH = 6;

const ornamentOf = (m: Marked): string | undefined => /^[□■○●◎◆◇◉·•・]/u.exec(m.block.text.trim())?.[0];

/** The block is an ornamented label read as a byline where a line near it opens with its ornament and is no byline. */
function headOfSeries(marked: readonly Marked[], i: number): boolean {
  const m = marked[i];
  const label = m === undefined ? null : ORNAMENTED_LABEL.exec(m.block.text.trim());
  // (A label of four characters reads as no name, bylines.ts, and stands as a title-like line: one head of the series
  // still over a list's labelled lines, `时间：…` / `说明：…`, where an article's section head stands over its text.)
  const titled = m?.shape === 'title' && FIELD_LINE.test(marked[i + 1]?.block.text.trim() ?? '');
  if ((m?.shape !== 'byline' && !titled) || !label || isBylineLine(label[2]!)) return false;
  // (A column's label set off by the ornament over the headline the name signs, `□短评` / `民生实事要实到群众心坎上` /
  // `□ 方 远`, is no sibling head: the name is the byline of that headline's piece.)
  const stacked = (k: number) => k === i - 2 && marked[i - 1]?.shape === 'title';
  const near = marked.map((n, k) => ({ n, k })).filter(({ n, k }) => n !== m && k >= i - REACH && k <= i + REACH && !stacked(k));
  return near.some(({ n }) => ornamentOf(n) === label[1] && n.shape !== 'byline');
}

/**
 * Such a head is a title-like line, not a byline; the title-like line right over the series' first head, where a
 * byline made it a headline, stays the box's headline (`本周社区养老服务一览` / `◎ 老年助餐` / …).
 */
export function ornamentSeriesHeads(marked: Marked[]): Marked[] {
  return marked.map((m, i) => {
    if (headOfSeries(marked, i)) return { shape: 'title', block: { ...m.block, kind: 'caption' } };
    if (m.shape === 'title' && headOfSeries(marked, i + 1)) return { shape: 'headline', block: { ...m.block, kind: 'headline' } };
    return m;
  });
}
