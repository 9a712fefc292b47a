// A box's label by its form (issue 15), one recogniser for every pass that lifts a box out of an article
// (segment-printed-box.ts, segment-lifted-box.ts) and for a table's title (table-notes.ts): a short name alone on its
// line, set off by brackets (`【红榜】`) or by a mark before it (`■ 资金构成`, `▍乘车小贴士`), that may name a column.
import { mayBeColumnName } from './columns.ts';

/** A box's label in brackets opening a line: `【数据】`, `【链接】`, `[图表]`. */
export const BOX_LABEL = /^[【\[［〖][^【】\[\]［］〖〗\s]{1,6}[】\]］〗]/u;
/** The mark a page sets before a box's label: `■`, `▍`, `◆`, `★`. */
export const BOX_MARK = /^[▍▌┃|｜■□◆◇●○▶▷►◎★☆][\s\u3000]*/u;
// `【代表点评】` alone on its line.
const BRACKETED = /^【([^【】\s]{2,8})】$/u;

/** The label of a line that is a box's label alone (`【红榜】` → `红榜`, `■ 资金构成` → `资金构成`); else undefined. */
export function boxLabel(line: string): string | undefined {
  const t = line.trim();
  if (t.includes('\n')) return undefined;
  const bracketed = BRACKETED.exec(t)?.[1];
  const marked = BOX_MARK.test(t) ? t.replace(BOX_MARK, '') : undefined;
  const label = bracketed ?? marked;
  return label !== undefined && label !== '' && mayBeColumnName(t) && mayBeColumnName(label) ? label : undefined;
}

// A short name set off on its line, whatever its words: in brackets (`【赛场花絮】`, `【2025年成绩单】`) or after a mark
// (`■ 赛场花絮`), 2-12 characters with no sentence's punctuation and no space.
const SET_OFF_NAME = /^(?:【[^【】\s，,。！？!?；;：:、]{2,12}】|[■□◆◇●○▶►◎★☆▍][\s\u3000]*[^\s，,。！？!?；;：:、]{2,12})$/u;

/**
 * A label by its form alone (SET_OFF_NAME), for a pass that checks the lines under it (segment-boxes.ts labelledRunLine:
 * each a box's short line). It differs from boxLabel on purpose: boxLabel, used where nothing else is checked, asks the
 * label's words to be a column name's too (columns.ts mayBeColumnName), which refuses a year's or a figure's label
 * (`【2025年成绩单】`) — swapping one for the other cost dev 579 196 points in session 29.
 * segment-section-labels.ts SECTION_LABEL is this form's bracketed half with quotes refused.
 */
export function isSetOffName(line: string): boolean {
  return SET_OFF_NAME.test(line.trim());
}
