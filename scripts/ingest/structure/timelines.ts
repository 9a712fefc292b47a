// A timeline by its form: lines each opened by a date (`3月12日　…`, `2024年6月　…`, `2023.09　…`) set off from
// what happened by a space or a dash, not by a comma as a report's opening sentence is (`3月12日，记者从…`).
// Three lines or more so opened are a box of their own (大事记, 时间轴, 回眸 … whatever the paper calls it):
// the title-like line over them is its headline (box-forms.ts).

/** A timeline has at least this many dated lines. */
export const MIN_TIMELINE_LINES = 3;
/** A timeline's entry is a sentence or two. */
const MAX_ENTRY_CHARS = 120;
// A date: year, month and day, or some of them, in Chinese or with dots or dashes; then a space or a dash.
const DATED = /^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:[上中下]旬)?|\d{4}年)(?:[\s\u3000]+|[\s\u3000]*[—－–\-：:][\s\u3000]*)(?=\S)|^\d{4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?(?:[\s\u3000]+|[\s\u3000]*[—－–：:][\s\u3000]*)(?=\S)/u;

/** `3月12日　全市…部署会召开。`: an entry of a timeline. */
export function isTimelineEntry(line: string): boolean {
  const t = line.trim();
  return [...t].length <= MAX_ENTRY_CHARS && !t.includes('\n') && DATED.test(t);
}

/** Three lines or more, each an entry. */
export function isTimeline(lines: readonly string[]): boolean {
  return lines.length >= MIN_TIMELINE_LINES && lines.every(isTimelineEntry);
}

/** `2025年 …`: an entry (or a title) dated by its year alone, no month. */
export function yearOnly(line: string): boolean {
  return /^\d{4}年(?!\d{1,2}月)/u.test(line.trim());
}
