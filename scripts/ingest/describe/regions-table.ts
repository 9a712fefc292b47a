// The rows of a table or chart whose rows are the counties (`县区 民生投入(万元) 同比` / `潞州区 52860 +6.2%` …, a
// chart's `潞州区 ████ 42.5`): the reach of the city's scheme or statistic, not what the article is about
// (tests/fixtures/pages/README.md, Places). Read by the form of each line: a county-level place opening it and only
// figures after it, three such lines or more one under another. describe/regions.ts keeps their places apart as
// it keeps a list a scheme went through: they stand only where the city does not.

import { isCountyLevel, scanPlaces } from '../../../src/domain/places/gazetteer.ts';

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

/** Whether a line is a table's or chart's row of one county: the county opening it, figures after it. */
export function isCountyRow(line: string): boolean {
  const text = line.trim();
  const first = scanPlaces(text)[0];
  if (!first?.place || first.start !== 0 || !isCountyLevel(first.place)) return false;
  const rest = text.slice(first.end);
  return /^\s/u.test(rest) && ROW_REST.test(rest) && !LONG_WORDS.test(rest);
}

/**
 * The county tables in texts read one after another (an article's parts: a table printed as one paragraph, or a
 * chart's rows each a caption of its own): per text, the spans of its lines that are rows of such a table, and how
 * many tables there are. A line of other form (a running head, a note) ends a table.
 */
export function countyTables(texts: readonly string[]): { rows: Span[][]; tables: number } {
  const lines: { part: number; start: number; end: number; row: boolean }[] = [];
  texts.forEach((text, part) => {
    let start = 0;
    for (const line of text.split('\n')) {
      lines.push({ part, start, end: start + line.length, row: isCountyRow(line) });
      start += line.length + 1;
    }
  });
  const rows: Span[][] = texts.map(() => []);
  let tables = 0;
  for (let k = 0; k < lines.length; ) {
    let end = k;
    while (end < lines.length && lines[end]!.row) end++;
    if (end - k >= MIN_ROWS) {
      tables++;
      for (const line of lines.slice(k, end)) rows[line.part]!.push({ start: line.start, end: line.end });
    }
    k = end > k ? end : k + 1;
  }
  return { rows, tables };
}
