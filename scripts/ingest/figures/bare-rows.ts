// A table printed with bars between its cells but none at a row's ends (`线路 | 开通时间 | 日均客运量（人次） | 票价（元）`
// over `县城—大峡谷镇 | 2023年5月 | 860 | 7`): a run of lines cut by the bar into as many cells, three or more, the
// first of them (its rule `---|---` left out) the header. A figure in a later row's cell is named as a table cell
// is (table.ts): by the row's first cell and its column's heading.

/** A cell of a bare-barred row and where it stands in its line. */
export interface BareCell {
  text: string;
  start: number;
  end: number;
}

const BAR = /[|｜]/g;
/** A rule under the header (`---|---|---`, `:--|--:`): cells of dashes alone. */
const RULE_CELL = /^\s*:?-{2,}:?\s*$/;
const MIN_CELLS = 3;

/** The cells of a line cut by bars, when it prints two bars or more and none at its ends; else undefined. */
export function bareCells(line: string): BareCell[] | undefined {
  const t = line.trim();
  if (t === '' || /^[|｜]|[|｜]$/.test(t)) return undefined;
  const bars = [...line.matchAll(BAR)].map((m) => m.index);
  if (bars.length + 1 < MIN_CELLS) return undefined;
  const cuts = [-1, ...bars, line.length];
  const cells: BareCell[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const raw = line.slice(cuts[i]! + 1, cuts[i + 1]);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: cuts[i]! + 1 + lead, end: cuts[i]! + 1 + lead + raw.trim().length });
  }
  return cells.every((c) => c.text !== '') ? cells : undefined;
}

const isRule = (cells: readonly BareCell[]) => cells.every((c) => RULE_CELL.test(c.text));

/** The cell the figure `at` characters into line `index` of `lines` stands in, and its column's heading. */
export function bareCellAt(lines: readonly string[], index: number, at: number): { cells: BareCell[]; column: number; header: string[] } | undefined {
  const cells = bareCells(lines[index]!);
  if (!cells || isRule(cells)) return undefined;
  const column = cells.findIndex((c) => at >= c.start && at < c.end);
  if (column <= 0) return undefined;
  let first = index;
  while (first > 0 && bareCells(lines[first - 1]!)?.length === cells.length) first--;
  // (The header is the run's first row; a rule under it is passed over.)
  const rows = lines.slice(first, index + 1).map((l) => bareCells(l)!).filter((r) => !isRule(r));
  if (rows.length < 2) return undefined;
  const header = rows[0]!.map((c) => c.text);
  // (A header names columns: it prints no figure, as `2023年` or `860` would.)
  if (header.some((h) => /^[+\-]?[0-9０-９]/.test(h))) return undefined;
  return { cells, column, header };
}
