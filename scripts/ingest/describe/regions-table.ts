// The rows of a table or chart whose rows are places of one level, counties (`县区 民生投入(万元) 同比` / `潞州区 52860
// +6.2%` …, a chart's `潞州区 ████ 42.5`) or a county's towns (`乡镇 户数 补助资金` / `龙泉镇 14 28`): the reach of the
// city's or the county's scheme or statistic, not what the article is about (tests/fixtures/pages/README.md, Places).
// Read by the form of each line: a place of the level opening it (padded to align or not, after an ordinal column
// `1  潞州区  60` or a rank `第一名`) and only figures after it, or a tab-separated row whose cells are no sentence;
// three such lines or more one under another. describe/regions.ts keeps their places apart as it keeps a list a
// scheme went through: they stand only where the city (or the county) does not.

import { isCountyLevel, isTownLevel, scanPlaces, type Place } from '../../../src/domain/places/gazetteer.ts';
import { tableNoteAt } from '../structure/table-notes.ts';
import { withoutRank } from '../structure/number-lines.ts';

/** A piece of text: where it starts and ends. */
export interface Span {
  start: number;
  end: number;
}

// How many rows of counties make a table of the counties: one or two may be the article's own places.
const MIN_ROWS = 3;
// What stands after a row's name: figures, signs, units and bars, no clause of text (no pause, no colon).
const ROW_REST = /^[^，,。；;：:！!？?]*\d[^，,。；;：:！!？?]*$/u;
// Words in a row's cells: a unit or a short label at most (`万平方米`, `优`), not a sentence.
const LONG_WORDS = /\p{Script=Han}{7,}/u;

// A table's total row: its label (padded or not), then figures.
const TOTAL_ROW = /^(?:合[ \u3000]*计|总[ \u3000]*计|全[ \u3000]*市)[ \u3000]+[^，,。；;：:]*\d/u;
// A table's ordinal column (序号): a number of one or two digits alone in the row's first cell.
const ORDINAL_CELL = /^\s*\d{1,2}[\t \u3000]+(?=\S)/u;
// A name padded to align, one character apart (`沁　县`, `黎 城 县`), opening a row.
const PADDED_NAME = /^(?:\p{Script=Han}[ \u3000]+){1,3}\p{Script=Han}(?=[ \u3000])/u;

// A tab-separated row's cells may hold words (`潞州区	保洁、护绿	120	区人社局一楼大厅`): the tabs make it a table row,
// so its cells need only be no sentence (no pause or stop).
const SENTENCE = /[，,。；;！!？?]/u;

/** Whether a tab-separated line is a table's row of one place of a level: alone in its first cell, a figure in another. */
function isTabbedRow(line: string, level: (place: Place) => boolean): boolean {
  const cells = line.split('\t').map((c) => c.trim());
  if (cells.length < 2 || cells.some((c) => SENTENCE.test(c))) return false;
  const name = cells[0]!.replace(/[ \u3000]+/gu, '');
  const first = scanPlaces(name)[0];
  if (!first?.place || first.start !== 0 || first.end !== name.length || !level(first.place)) return false;
  return cells.slice(1).some((c) => /^[+-]?\d[\d.,，%％]*$/u.test(c));
}

/** Whether a line is a table's or chart's row of one county: the county opening it (padded or not), figures after it. */
export function isCountyRow(line: string): boolean {
  return isPlaceRow(line, isCountyLevel);
}

/** Whether a line is a table's or chart's row of one town (`古韩镇 ████████ 88.6`, `龙泉镇	14	28`). */
export function isTownRow(line: string): boolean {
  return isPlaceRow(line, isTownLevel);
}

function isPlaceRow(line: string, level: (place: Place) => boolean): boolean {
  // (A table's ordinal column opens the row: `1     潞州区    60`, `3\t屯留区\t30`.)
  const row = line.replace(ORDINAL_CELL, '');
  if (row.includes('\t')) return isTabbedRow(row, level);
  // (A rank list's row opens with its rank: `第一名 潞城区 98.5分`.)
  const text = withoutRank(row).replace(PADDED_NAME, (name) => name.replace(/[ \u3000]+/gu, ''));
  const first = scanPlaces(text)[0];
  if (!first?.place || first.start !== 0 || !level(first.place)) return false;
  const rest = text.slice(first.end);
  // (Spaces or a dot leader set the name apart: `潞州区……42.5`.)
  return /^(?:\s|…|·{2}|\.{2})/u.test(rest) && ROW_REST.test(rest) && !LONG_WORDS.test(rest);
}

/**
 * The county tables in texts read one after another (an article's parts: a table printed as one paragraph, or a
 * chart's rows each a caption of its own): per text, the spans of its lines that are rows of such a table, and how
 * many tables there are, a table's note under it (tables.ts tableNoteAt) with its rows. A line of other form (a
 * running head) ends a table.
 */
export function countyTables(texts: readonly string[], isRow: (line: string) => boolean = isCountyRow): { rows: Span[][]; tables: number } {
  const lines: { part: number; start: number; end: number; row: boolean }[] = [];
  const printed: string[] = [];
  texts.forEach((text, part) => {
    let start = 0;
    for (const line of text.split('\n')) {
      lines.push({ part, start, end: start + line.length, row: isRow(line) });
      printed.push(line);
      start += line.length + 1;
    }
  });
  const rows: Span[][] = texts.map(() => []);
  let tables = 0;
  for (let k = 0; k < lines.length; ) {
    let end = k;
    while (end < lines.length && lines[end]!.row) end++;
    if (end - k >= MIN_ROWS) {
      // (Its total row, `合　计  41200`, stands between the counties and the note.)
      if (end < lines.length && TOTAL_ROW.test(printed[end]!.trim())) end++;
      tables++;
      // (The table's note under it, `注：长治高新区、沁县数据另行统计`, speaks of its rows.)
      const last = tableNoteAt(printed, end) ? end + 1 : end;
      for (const line of lines.slice(k, last)) rows[line.part]!.push({ start: line.start, end: line.end });
    }
    k = end > k ? end : k + 1;
  }
  return { rows, tables };
}
