// A media centre and its people's names (`长子县融媒体中心 韩斌 崔涛磊`, bylines.ts isUnitNames) sign a piece only where
// a byline stands alone. In a run of such lines (a list of works and their authors: `《…》` / unit and names / `《…》` /
// unit and names …), or under a line that announces a list (`…获奖作品及作者如下：`, `…名单：`), it is an item of the
// list, a short line like its works' titles, never a byline that would cut the list off as an article of its own.

import { isUnitNames } from './bylines.ts';
import type { Marked } from './run.ts';

// A lead-in that announces what follows: `如下：`, `名单：`, `…及作者：`.
const ANNOUNCES = /(?:如下|名单|分别是|分别为)[：:]$/u;
// How far back or on a like line may stand: its list's other item line between.
const REACH = 2;

/** The page's lines with every media centre's line inside a list read as the list's short lines, not bylines. */
export function unitNameLists(marked: Marked[]): Marked[] {
  const unitLine = (k: number) => marked[k] !== undefined && marked[k]!.shape === 'byline' && isUnitNames(marked[k]!.block.text);
  const announced = (i: number) => [1, 2].some((d) => ANNOUNCES.test(marked[i - d]?.block.text.trim() ?? ''));
  return marked.map((m, i) => {
    if (!unitLine(i)) return m;
    const alike = [-REACH, -1, 1, REACH].some((d) => unitLine(i + d));
    if (!alike && !announced(i)) return m;
    // What its form is without the byline's reading: a short title-like line, as each work's title over it.
    return { ...m, shape: 'title', block: { ...m.block, kind: 'caption' } };
  });
}
