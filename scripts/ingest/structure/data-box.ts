// Data boxes: two or more bulleted lines of a label and a number (`● 教育支出 62.3亿元`, `■ 新增城镇就业
// 3120人`), no sentence among them. The title-like line over such a box is the box's headline, not a section
// heading of the text above it nor a column's name over a list of news items (run-headline.ts).

import { isListItem, LIST_NUMBER } from './shape.ts';
import type { Run } from './run.ts';

/** A data box has at least this many lines. */
const MIN_DATA_LINES = 2;
/** A line of a data box is about as long as a headline. */
const MAX_DATA_LINE_CHARS = 40;

/** `● 教育支出 62.3亿元`, `■ 新增城镇就业 3120人`: a bulleted label with a number, not a sentence. */
export function isDataLine(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  // The number is the line's own, not the list's (`1. 不要在楼道充电`): a list number is no figure. An OCR's
  // full-width digits (`●全县森林覆盖率　６０．２％`) are digits too.
  return lines.length > 0 && lines.every((t) => isListItem(t) && /\p{Nd}/u.test(t.replace(LIST_NUMBER, '')) && !/[。！？!?；;]/u.test(t) && [...t].length <= MAX_DATA_LINE_CHARS);
}

/**
 * A data box under the run: two or more bulleted lines of a label and a number (`● 教育支出 62.3亿元`), no
 * sentence among them. The line over them is the box's headline, not a section heading of the text above.
 */
export function dataBoxBelow(run: Run): boolean {
  let lines = 0;
  for (let i = run.indices.at(-1)! + 1; i < run.marked.length && run.marked[i]!.shape === 'paragraph'; i++) {
    const text = run.marked[i]!.block.text;
    if (!isDataLine(text)) break;
    lines += text.split('\n').filter((l) => l.trim()).length;
  }
  return lines >= MIN_DATA_LINES;
}

/**
 * A data box right over the run (`【数说】` / `2024年沁源民生账` / `● 改造老旧小区 18个` / `● …`): a box has no sections,
 * so a title-like line under it over a report's dated opening heads the next piece (`县医保局发布会：…` / `2月19日，…`).
 */
export function dataBoxAbove(run: Run): boolean {
  let lines = 0;
  let i = run.indices[0]! - 1;
  for (; i >= 0 && run.marked[i]!.shape === 'paragraph'; i--) {
    const text = run.marked[i]!.block.text;
    if (!isDataLine(text)) return false;
    lines += text.split('\n').filter((l) => l.trim()).length;
  }
  // The box stands under its own headline; data lines closing an article's text may go on under its next section.
  return lines >= MIN_DATA_LINES && run.kinds[i] === 'headline';
}
