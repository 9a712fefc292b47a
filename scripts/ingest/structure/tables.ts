// Tables by their form: three lines or more, each cut into cells the same number of times, by bars
// (`序号 | 姓名 | 岗位`, `| 项目 | 数量 |`) or by the spaces a tab left after decode (`品种 储备量 单位`), the first a
// header row of words only, a later one holding a number. A table is running text of its article, row by
// row: never a kicker (its bars are no rubric's), a caption or a heading, whatever its rows' length.

import { isTitleLike } from './shape.ts';
import { alignCells, barCells, cellsFit, holdsFigure, headerCut, isUnitLine, MIN_ROWS, opensWithFigure, spaceCells, spacedCells, YEAR_CELL, type SpacedCell, type TableSpan } from './table-cells.ts';
import { chartSpan } from './table-charts.ts';
import { isRowBreak, isRuleRow, tableHeadLines, tableNoteAt } from './table-notes.ts';

/**
 * The lines read as one table, its unit line (and a title over that) and its note under it or not: rows of as many cells each, a header row that gives no figure (no cell opens with
 * a digit) over rows of which one gives one. By bars, two cells or more; by spaces, three or more, or two where every row under the header
 * holds a figure (`新建集雨水窖 260口`): a person's name spaced out (`李 慧`) makes two cells of words.
 */
// A mark alone between spaces: a dot or a bullet, no word.
const LONE_MARK = /^[·・•*＊]$/u;

export function isTable(lines: readonly string[]): boolean {
  const all = lines.map((l) => l.trim()).filter((l) => l && !isRuleRow(l));
  if (all.length === 0) return false;
  // (A line giving its unit over it, `单位：元/斤`, is the table's own, and so is a title over that line.)
  const unit = all.findIndex(isUnitLine);
  const head = unit === 0 || (unit === 1 && isTitleLike(all[0]!)) ? unit + 1 : 0;
  // (So is its title alone over the header, `2025年市区部分公办初中招生计划` / `学校 班数 名额（人）…`.)
  return tableFrom(all.slice(head)) || (head === 0 && isTitleLike(all[0]!) && !holdsFigure(all[0]!) && tableFrom(all.slice(1)));
}

/** Whether the lines from the first are one table's header and rows, and maybe its note. */
function tableFrom(rows: readonly string[]): boolean {
  if (rows.length < MIN_ROWS) return false;
  if (keyValueEnd(rows, 0) === rows.length) return true;
  // (A note under it, `数据来源：…（截至12月3日）`, is the table's own: tableNoteAt.)
  const end = tableEnd(rows, 0);
  return end === rows.length || (end === rows.length - 1 && end > 0 && tableNoteAt(rows, end));
}

/**
 * The longest run of lines, from `start`, that is a table (its end, exclusive), or `start` when the lines
 * there open none. `lines` may be a function giving line `k` (undefined past the last): rows are read one by
 * one, only as far as the table runs, so a long page costs no more than its lines.
 */
export function tableEnd(lines: readonly string[] | ((k: number) => string | undefined), start: number): number {
  return tableSpan(lines, start)?.end ?? start;
}

/**
 * The table opening at line `start` (see tableEnd), or undefined. A table printed with spaces may break its header
 * over two lines, the second one cell short, its first column's heading standing alone (`县区 城镇居民人均 农村居民人均`
 * / `可支配收入(元) 可支配收入(元)`): the cells join. Its rows may leave their last cell blank (a 备注 column) and a
 * rule may cross it anywhere (`----`, above a 合计 row too); a rule closing it is no line of it. A tab table decoded to
 * spaces loses its blank cells (`\t中班\t8\t8月11日—12日\t` → `中班 8 8月11日—12日`): a row of fewer cells, opening on
 * words, with a figure, whose cells stand in order in columns of their forms (alignCells), is a row of it too.
 */
export function tableSpan(lines: readonly string[] | ((k: number) => string | undefined), start: number): TableSpan | undefined {
  const at = typeof lines === 'function' ? lines : (k: number) => lines[k];
  const header = at(start)?.trim();
  if (!header || isRuleRow(header) || holdsFigure(header)) return undefined;
  const chart = chartSpan(at, start);
  if (chart) return chart;
  const barred = barCells(header) !== undefined;
  // (A header with names padded to align cuts as the row under it does: headerCut.)
  const next = at(start + 1)?.trim();
  let headerCells = barCells(header) ?? (next && barCells(next) === undefined && holdsFigure(next) ? headerCut(header, next) : spaceCells(header));
  const width = headerCells.length;
  // Two cells by spaces: a row of words and a figure each.
  const pairs = !barred && width === 2;
  // A lone mark among the words (`数说 · 加装电梯`, a column's name and its title set apart by a dot) heads no column.
  if (width < 2 || !cellsFit(headerCells) || (!barred && headerCells.some((c) => LONE_MARK.test(c)))) return undefined;
  let end = start + 1;
  const more = at(end)?.trim();
  if (!barred && width >= 3 && more && barCells(more) === undefined && !holdsFigure(more) && spaceCells(more).length === width - 1 && cellsFit(spaceCells(more))) {
    const tail = spaceCells(more);
    headerCells = headerCells.map((h, c) => (c === 0 ? h : `${h}${tail[c - 1]}`));
    end++;
  }
  // (A ruled table may print its units on a header line of their own, in brackets under their columns, the first
  // column's left blank: `| 乡镇 | 新建改造 | 投资 |` / `|  | （公里） | （万元） |`. They join their headings.)
  const units = barred ? unitCells(at(end)?.trim(), width) : undefined;
  if (units) {
    headerCells = headerCells.map((h, c) => `${h}${units[c]}`);
    end++;
  }
  const first = end;
  let rows = 1;
  let digit = false;
  let lastRow = end;
  // (Where the table was before its first row one cell short, should that row prove to be no row of it.)
  let beforeShort: { rows: number; digit: boolean; end: number } | undefined;
  // (The rows one cell short, and the line of the last: a total closing the table, `合计　360` under `序号 县区 名额`.)
  const shortRows: string[][] = [];
  let lastShort = -1;
  let lastColumnFigure = false;
  // (Rows with cells left blank inside, a tab table's: read against the first whole row; where they close the table,
  // the state before them, should they prove to be no rows of it.)
  let whole: string[] | undefined;
  let beforeGapped: { rows: number; digit: boolean; end: number } | undefined;
  const read: string[][] = [];
  for (let line = at(end)?.trim(); line !== undefined; line = at(end)?.trim()) {
    if (line && isRowBreak(line)) {
      end++;
      continue;
    }
    const cells = barred ? barCells(line) : barCells(line) === undefined ? spaceCells(line, width) : undefined;
    const aligns = whole !== undefined && cells !== undefined && cells.length >= 2 && cells.length < width && !opensWithFigure(cells[0]!) && cells.some(opensWithFigure) && alignCells(cells, whole) !== undefined;
    // (A row with its last cell blank is one short: a row of words opening on its name, with a figure. Under rows whose
    // last column holds figures (a 小计 column), a row one short has lost a blank inside, as a tab table's do: gapped.)
    const short = !barred && width >= 3 && cells !== undefined && cells.length === width - 1 && !opensWithFigure(cells[0]!) && cells.some(opensWithFigure) && !(lastColumnFigure && aligns);
    const gapped = !short && aligns;
    if (!line || cells === undefined || (cells.length !== width && !short && !gapped) || !cellsFit(cells) || (pairs && !cells.some(opensWithFigure))) break;
    if (short) {
      beforeShort ??= { rows, digit, end: lastRow };
      shortRows.push(cells);
      lastShort = end;
    }
    else if (gapped) {
      beforeGapped ??= { rows, digit, end: lastRow };
      read.push(cells);
    } else {
      lastColumnFigure ||= opensWithFigure(cells.at(-1)!);
      if (!barred && width >= 4) whole ??= cells;
      read.push(cells);
      beforeGapped = undefined;
    }
    digit ||= cells.some(opensWithFigure);
    rows++;
    end++;
    lastRow = end;
  }
  // A last cell left blank is a column of words (`备注`): where the last column holds figures, a line one cell short is
  // no row (`监督电话 12345` under a price table), and the table ends over it.
  // A total closing the table may leave its first cell blank instead (`合计　360` under `1　潞州区　60`): its figures the sums
  // of their columns, it is the table's last row.
  const closingTotal = shortRows.length === 1 && lastShort + 1 === lastRow && read.length >= 2 && isTotalRow([...read, shortRows[0]!], read[0]!);
  if (beforeShort && lastColumnFigure && !closingTotal) ({ rows, digit, end: lastRow } = beforeShort);
  // Rows with blank cells closing the table stand in it only when the last is its total (`合计 108`): its figures the
  // sums of their columns over the rows above.
  else if (beforeGapped && whole && !isTotalRow(read, whole)) ({ rows, digit, end: lastRow } = beforeGapped);
  return rows >= MIN_ROWS && digit ? { header: headerCells, first, end: lastRow } : undefined;
}

// A unit in brackets, a cell of its own: `（公里）`, `(万元)`.
const UNIT_CELL = /^[（(][^（）()]{1,10}[）)]$/u;

/** A barred line of units under a header `width` cells wide, each blank or a unit in brackets, one at least; or undefined. */
function unitCells(line: string | undefined, width: number): string[] | undefined {
  const cells = line === undefined ? undefined : barCells(line);
  if (cells === undefined || cells.length !== width) return undefined;
  return cells.every((c) => c === '' || UNIT_CELL.test(c)) && cells.some((c) => c !== '') ? cells : undefined;
}

/** A row's numbers by column (aligned where it leaves cells blank), NaN where it prints none. */
function rowNumbers(cells: readonly string[], whole: readonly string[]): number[] {
  const columns = cells.length === whole.length ? cells.map((_, c) => c) : alignCells(cells, whole) ?? [];
  const numbers = whole.map(() => NaN);
  columns.forEach((c, i) => (numbers[c] = /^[0-9]+(?:\.[0-9]+)?$/u.test(cells[i]!) ? Number(cells[i]) : NaN));
  return numbers;
}

/** Whether the last of the rows is the total of those above it: each number it prints its column's sum. */
function isTotalRow(rows: readonly string[][], whole: readonly string[]): boolean {
  const total = rowNumbers(rows.at(-1)!, whole);
  const above = rows.slice(0, -1).map((row) => rowNumbers(row, whole));
  const columns = total.map((_, c) => c).filter((c) => !Number.isNaN(total[c]));
  return columns.length > 0 && columns.every((c) => Math.abs(above.reduce((sum, row) => sum + (Number.isNaN(row[c]!) ? 0 : row[c]!), 0) - total[c]!) < 1e-6);
}

/** Whether line `line` is the last row of the table `span` and its total (`合计 108`): each number its column's sum. */
export function isTotalLine(lines: readonly string[], span: TableSpan, line: number): boolean {
  const width = span.header.length;
  const at: number[] = [];
  for (let r = span.first; r < span.end; r++) if (!isRowBreak(lines[r]!)) at.push(r);
  const rows = at.map((r) => spaceCells(lines[r]!, width));
  const whole = rows.find((r) => r.length === width);
  return whole !== undefined && rows.length >= 2 && at.at(-1) === line && isTotalRow(rows, whole);
}

/**
 * The cells of line `line`, a row of the table `span` opening at line `start`, one per column: as cut for its width, or,
 * for a row leaving cells blank, aligned to the table's first whole row (alignCells), a blank column undefined.
 */
export function rowCellsAt(lines: readonly string[], span: TableSpan, line: number): (SpacedCell | undefined)[] {
  const width = span.header.length;
  const cells = spacedCells(lines[line]!, width);
  if (cells.length >= width) return cells;
  let whole: string[] | undefined;
  for (let r = span.first; r < span.end && !whole; r++) {
    const row = spaceCells(lines[r]!, width);
    if (row.length === width && !isRowBreak(lines[r]!)) whole = row;
  }
  const columns = whole && width >= 4 ? alignCells(cells.map((c) => c.text), whole) : undefined;
  // (A row one cell short leaves its last blank (tableSpan), unless its cells stand from the second column on: its
  // first is a cell merged with the row above, `七年级 8 400` under `实验学校 一年级 4 180`.)
  if (cells.length === width - 1 && columns?.[0] !== 1) return cells;
  if (!columns) return cells;
  const out: (SpacedCell | undefined)[] = Array(width).fill(undefined);
  columns.forEach((c, i) => (out[c] = cells[i]));
  return out;
}

/** The table holding line `line` of `lines`, if any. */
export function tableAt(lines: readonly string[], line: number): TableSpan & { start: number } | undefined {
  for (let k = 0; k <= line; ) {
    const span = tableSpan(lines, k);
    if (span && span.end > line) return { ...span, start: k };
    k = span ? span.end : k + 1;
  }
  return undefined;
}

/**
 * Which of the lines are rows of a table (a run of three or more that reads as one), line by line, with the
 * lines that head it (tableHeadLines: its title, its unit) and its note (tableNoteAt): the block the table makes holds them.
 */
export function tableRows(lines: readonly string[]): boolean[] {
  const rows = lines.map(() => false);
  for (let k = 0; k < lines.length; ) {
    const end = Math.max(tableEnd(lines, k), keyValueEnd(lines, k));
    for (let r = k; r < end; r++) rows[r] = true;
    if (end > k) for (let r = k - tableHeadLines(lines, k); r < k; r++) rows[r] = true;
    if (end > k && tableNoteAt(lines, end)) rows[end] = true;
    k = end > k ? end : k + 1;
  }
  return rows;
}

/** A row of a table printed as labelled lines: a label, a colon, a figure (`供热面积：1260万平方米`), nothing more. */
const KEY_FIGURE = /^([\p{Script=Han}A-Za-z0-9.（）()]{2,12})[：:]\s*([+＋\-－]?\d[^，,。；;！？!?：:\s]{0,15})$/u;

/** The label and the figure of a labelled line (`供热面积：1260万平方米`), or undefined for any other line. */
export function keyFigure(line: string): { key: string; value: string } | undefined {
  const m = KEY_FIGURE.exec(line.trim());
  return m && !YEAR_CELL.test(m[2]!) ? { key: m[1]!, value: m[2]! } : undefined;
}

/**
 * The end of a run of three labelled lines or more from `start` (`供热面积：1260万平方米` / `供热户数：8.6万户` /
 * `新建换热站：12座`), a table printed a row a line; `start` when none opens there.
 */
export function keyValueEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (end < lines.length && keyFigure(lines[end]!) !== undefined) end++;
  return end - start >= MIN_ROWS ? end : start;
}

/**
 * Whether a blank line between `before` (the lines of the block it closes) and `next` (the line after it) only breaks
 * a table, as a page or a column does (`屯留区 24610 +3.9%` / blank / `潞城区 22380 +5.1%`): the block ends in a
 * table's row and the next line is a row of it, as many cells, opened by a name, with a figure. The table goes on.
 */
export function tableGoesOn(before: readonly string[], next: string | undefined): boolean {
  if (next === undefined || before.length < MIN_ROWS) return false;
  const lines = before.map((l) => l.trim());
  const table = tableAt(lines, lines.length - 1);
  if (!table || table.end !== lines.length) return false;
  const row = next.trim();
  const barred = barCells(lines[table.start]!) !== undefined;
  const cells = barred ? barCells(row) : barCells(row) === undefined ? spaceCells(row, table.header.length) : undefined;
  return cells !== undefined && cells.length === table.header.length && cellsFit(cells) && !opensWithFigure(cells[0]!) && cells.some(opensWithFigure);
}
