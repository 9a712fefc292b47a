// The unit of a bare number in a table cell, where the table prints it elsewhere: in its column's header
// (`| 品名 | 价格（元/斤） |` over `| 大白菜 | 1.2 |`, `县区 PM2.5（微克/立方米）`) or in a column named for units
// (`品种 储备量 单位` over `冬储大白菜 320 吨`), or in a note on the line above it (`单位：万元`). spans.ts reads no
// unit after such a number, so without this a table's figures are lost, or read with the unit cell glued on
// (`320 吨`) while the paper prints the number in its cell. A row naming its unit in brackets (`居民用气（元/立方米）`)
// gives it to its cells when their column prints none. Read by form only: the table is what structure/tables.ts reads as one, a cell gives a figure when
// it is a bare number, and only with a unit its header or its row prints; a row's first cell names the row and a
// column of serial numbers (`序号`, or 1, 2, 3 … down the column) counts rows, so neither is ever a figure.

import { ARROWED_AMOUNT, spacedCells, type TableSpan } from '../structure/table-cells.ts';
import { titleUnitOf } from '../structure/table-charts.ts';
import { isRowBreak } from '../structure/table-notes.ts';
import { rowCellsAt, tableSpan } from '../structure/tables.ts';
import { MULTIPLIER_AT, readUnit, unitAt } from './units.ts';
import { multiplierExponent } from './numerals.ts';
import { tagWords } from './words.ts';

/** A bare number in a table cell and the unit its table prints for it. */
export interface CellUnit {
  /** The cell's text span in the paragraph (a sign included) and where its digits start. */
  start: number;
  end: number;
  numberStart: number;
  /** The unit as recorded (`吨`, `元/斤`) and the power of ten a multiplier before it adds (`万元` → 4). */
  unit: string;
  exponent: number;
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

const BARS = /[|｜]/u;
const RULE_ROW = /^\s*[|｜]?[\s:：\-—]+(?:[|｜][\s:：\-—]+)+[|｜]?\s*$/u;
/** A bare number: digits with thousands commas or a decimal point, a sign before it; nothing else. */
const BARE_NUMBER = /^([+＋\-－]?)([0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9０-９]+)?)$/u;
/** A header's unit in brackets at its end: `价格（元/斤）`, `面积(万亩)`, `增幅（%）`. */
const BRACKETED = /[（(]([^（）()]{1,10})[）)]$/u;
/** A column that prints each row's unit. */
const UNIT_COLUMN = /^(?:计量)?单位$/u;
/**
 * A note above a table giving every cell's unit: `单位：万元`, `今冬菜价（单位：元/斤）`, or a sentence leading into the
 * table that ends on it (`各县区进度如下表（单位：公里）：`).
 */
const UNIT_NOTE = /单位[：:]\s*([^（）()\s，。；：:]{1,8})[）)]?[：:]?\s*$/u;
/** A cell naming its number before it, a space between (`基本热价 8.80`, structure/table-cells.ts namedLastCell). */
const NAMED_NUMBER = /^(\p{Script=Han}{2,8}) ([+\-－]?[0-9]+(?:\.[0-9]+)?)$/u;
/** A year in a cell of its own. */
const YEAR = /^(?:19|20)\d{2}$/u;
/** A code or a phone number, not a quantity: digits opening with 0 (`01`, `0355`), or a mobile's eleven. */
const CODE = /^(?:0\d+|1\d{10})$/u;
/** A column of serial numbers or ids. */
const SERIAL_COLUMN = /^(?:序号|编号|序列|No\.?)$/iu;

/** A span a rate is per, named in words after a middle dot (`·采暖期`, `·季`). */
const PER_SPAN = /[·・][\p{Script=Han}]{1,4}$/u;

/** The unit a header cell or a unit cell prints (`元/斤`, `万元`, `%`), or undefined when it is none. */
export function unitOf(printed: string): { unit: string; exponent: number } | undefined {
  const text = printed.trim();
  const whole = (at: number) => {
    const unit = unitAt(text, at);
    return unit && at + unit.length === text.length && readUnit(unit) ? unit : undefined;
  };
  const plain = whole(0);
  if (plain) return { unit: plain, exponent: 0 };
  // (A rate per a span the paper names in words, `元/平方米·采暖期`: the rate's unit over that span.)
  const span = PER_SPAN.exec(text);
  const rate = span ? unitOf(text.slice(0, span.index)) : undefined;
  if (span && rate && rate.unit.includes('/')) return { unit: `${rate.unit}${span[0]}`, exponent: rate.exponent };
  MULTIPLIER_AT.lastIndex = 0;
  const multiplier = MULTIPLIER_AT.exec(text)?.[0];
  const unit = multiplier ? whole(multiplier.length) : undefined;
  return multiplier && unit ? { unit, exponent: multiplierExponent(multiplier) ?? 0 } : undefined;
}

/** A header cell's own unit, printed in brackets at its end (`价格（元/斤）` → 元/斤). */
function headerUnit(header: string): { unit: string; exponent: number } | undefined {
  const m = BRACKETED.exec(header.trim());
  return m ? unitOf(m[1]!) : undefined;
}

/** The unit a table's title prints in brackets at its end (`各县区新增养老服务床位（张）`), if it is one. */
function titleUnit(line: string): { unit: string; exponent: number } | undefined {
  const printed = titleUnitOf(line);
  return printed ? unitOf(printed) : undefined;
}

/**
 * The unit a heading counting by a measure word gives (`班数` → 班, `招生班数`, `受益户数` → 户, `优良天数` → 天): its last
 * word, by the segmenter, that measure word and 数, the measure word a unit the site knows. A noun's count (`床位数`,
 * `学校数`) names no unit.
 */
function countUnit(header: string): { unit: string; exponent: number } | undefined {
  const last = tagWords(header.trim()).at(-1)?.word;
  return last && [...last].length === 2 && last.endsWith('数') ? unitOf(last[0]!) : undefined;
}

/** The cells of a row with where each starts in the paragraph: cut by bars, or by spaces. */
function cellsOf(line: string, lineStart: number, width?: number): Cell[] {
  if (BARS.test(line)) {
    const bars = [...line.matchAll(/[|｜]/gu)].map((m) => m.index);
    if (!/^\s*[|｜]/u.test(line)) bars.unshift(-1);
    if (!/[|｜]\s*$/u.test(line)) bars.push(line.length);
    const cells: Cell[] = [];
    for (let i = 0; i + 1 < bars.length; i++) {
      const raw = line.slice(bars[i]! + 1, bars[i + 1]);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      cells.push({ text, start: lineStart + bars[i]! + 1 + lead, end: lineStart + bars[i]! + 1 + lead + text.length });
    }
    return cells;
  }
  return spacedCells(line, width).map((c) => ({ text: c.text, start: lineStart + c.start, end: lineStart + c.end }));
}

/** Money: a column of it over a column of units prices each row's unit. */
const MONEY = /^元$/u;
/** A money or rate unit: no unit a price is per. */
const NOT_PER = /^(?:元|%|‰|百分点|个百分点)$|\//u;
/** A price's own rate unit: money per a unit (`元/斤`, `元/升`). */
const MONEY_RATE = /^元\/[^/]+$/u;

/**
 * A column headed by money (`价格（元）`, `涨跌（元）`) in a table whose rows print their own unit (`单位` column: 斤, 桶):
 * a price per that unit (元/斤, 元/桶); any other heading's unit stands as it is.
 */
function pricePer(own: { unit: string; exponent: number }, row: { unit: string; exponent: number }): { unit: string; exponent: number } {
  // (A row printing a money rate itself, `元/斤` under `均价（元）`, gives the price that rate.)
  if (MONEY.test(own.unit) && own.exponent === 0 && MONEY_RATE.test(row.unit)) return row;
  if (!MONEY.test(own.unit) || NOT_PER.test(row.unit) || row.exponent !== 0) return own;
  return unitOf(`${own.unit}/${row.unit}`) ?? own;
}

/** True when a column's numbers run 1, 2, 3 … down the rows: it numbers them. */
function countsRows(column: readonly (string | undefined)[]): boolean {
  return column.length >= 2 && column.every((c, i) => c !== undefined && Number(c) === i + 1);
}

/** A paragraph's tables: where each cell stands, and each bare number whose unit its table prints elsewhere. */
export interface TableCells {
  /** By where the number's digits start. */
  units: Map<number, CellUnit>;
  /** Every cell of every table row, header included, in order. */
  cells: { start: number; end: number }[];
}

/**
 * The tables of `text` (a paragraph, normalised to ASCII digits): their cells and their cells' units. `above` is the
 * paragraph over it: a table opening the paragraph takes the unit a note closing that one gives (`…如下表（单位：公里）：`),
 * as it would the note's line inside its own.
 */
export function tableCellUnits(text: string, above?: string): TableCells {
  const found: TableCells = { units: new Map(), cells: [] };
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  for (let k = 0; k < lines.length; ) {
    const span = tableSpan(lines, k);
    const end = span?.end ?? k;
    // (A note under the table, `（单位：元/平方米）`, gives its unit as one above it does.)
    const over = k > 0 ? lines[k - 1]! : above?.split('\n').at(-1);
    const note = (over !== undefined ? UNIT_NOTE.exec(over) : null) ?? (end > k && end < lines.length ? UNIT_NOTE.exec(lines[end]!) : null);
    // (So does the table's title, its unit in brackets at its end: `各县区新增养老服务床位（张）` over `县区 床位 …`.)
    const titled = span && k > 0 && !note ? titleUnit(lines[k - 1]!) : undefined;
    if (span) readTable(lines, starts, k, span, found, note ? unitOf(note[1]!) : titled);
    k = end > k ? end : k + 1;
  }
  return found;
}

function readTable(
  lines: readonly string[],
  starts: readonly number[],
  first: number,
  span: TableSpan,
  found: TableCells,
  tableUnit: { unit: string; exponent: number } | undefined,
): void {
  // (A header broken over two lines reads as one: tables.ts joins its cells.)
  const header = span.header;
  const headerRows = [first, ...(span.first > first + 1 ? [first + 1] : [])];
  const headerCells = headerRows.flatMap((r, i) => cellsOf(lines[r]!, starts[r]!, i === 0 ? header.length : undefined));
  // (A row leaving cells blank, a tab table's, stands aligned to the columns: rowCellsAt; a blank is undefined.)
  const rows: (Cell | undefined)[][] = [];
  for (let r = span.first; r < span.end; r++) {
    if (isRowBreak(lines[r]!)) continue;
    rows.push(BARS.test(lines[r]!) ? cellsOf(lines[r]!, starts[r]!, header.length) : rowCellsAt(lines, span, r).map((c) => c && { text: c.text, start: starts[r]! + c.start, end: starts[r]! + c.end }));
  }
  for (const row of [headerCells, ...rows]) for (const cell of row) if (cell) found.cells.push({ start: cell.start, end: cell.end });
  const unitColumn = header.findIndex((h) => UNIT_COLUMN.test(h));
  for (let c = 1; c < header.length; c++) {
    if (c === unitColumn || SERIAL_COLUMN.test(header[c]!)) continue;
    const column = rows.map((row) => row[c]?.text);
    if (countsRows(column)) continue;
    // A column of years (`2023`, `2024` …) dates its rows, whatever unit the table prints for its figures.
    if (column.every((t) => t !== undefined && YEAR.test(t))) continue;
    const own = headerUnit(header[c]!) ?? countUnit(header[c]!) ?? (unitColumn < 0 ? tableUnit : undefined);
    for (const row of rows) {
      // (An arrowed change, `↑0.05` under `较上周`, is in the unit of the measure it changes, the one table.ts names it by:
      // the nearest column before it past changes, shares and the unit column, `1.30` in 元/斤 under `均价（元）` — not a
      // `同比（%）` cell between — where its own heading prints none; a column with no unit, `排名`, gives it none.)
      const arrow = row[c] && ARROWED_AMOUNT.exec(row[c]!.text);
      if (arrow) {
        let m = c - 1;
        while (m >= 1 && (m === unitColumn || isRelative(header[m]?.trim() ?? ''))) m--;
        const measured = headerUnit(header[c]!) ?? (m >= 1 ? unitsBefore(found, [row[m]]) : undefined);
        if (measured) {
          const numberStart = row[c]!.end - arrow[2]!.length;
          found.units.set(numberStart, { start: numberStart, end: row[c]!.end, numberStart, unit: measured.unit, exponent: measured.exponent });
        }
        continue;
      }
      // (A cell may name its number before it, `基本热价 8.80`: the figure is the number, in the column's unit.)
      const named = row[c] && NAMED_NUMBER.exec(row[c]!.text);
      const cell = named ? { text: named[2]!, start: row[c]!.end - named[2]!.length, end: row[c]!.end } : row[c];
      const m = cell && BARE_NUMBER.exec(cell.text);
      if (!cell || !m || CODE.test(cell.text)) continue;
      // (A row may name its own unit in brackets, `居民用气（元/立方米） 2.46 2.56`, `| PM2.5（微克/立方米） | 38 |`.)
      const rowUnit = unitColumn > 0 && row[unitColumn] ? unitOf(row[unitColumn]!.text) : undefined;
      const unit = (own && rowUnit ? pricePer(own, rowUnit) : own) ?? rowUnit ?? (row[0] ? headerUnit(row[0].text) : undefined);
      if (!unit) continue;
      const numberStart = cell.start + m[1]!.length;
      found.units.set(numberStart, { start: cell.start, end: cell.end, numberStart, ...unit });
    }
  }
}

/** A heading that names a change alone (`环比`, `同比`, `增速`, `涨跌幅（%）`): of the measure a column before it heads. */
const CHANGE_HEADING = /^(?:同比|环比|增速|增幅|涨幅|降幅|涨跌幅?|增减幅?度?|变化|变动)(?:[（(]%[）)])?$/u;
/**
 * A heading of a measure relative to another column's (`占一般公共预算支出比重（%）`, `同比增长（%）`, `比上年增加`): a share
 * opening on 占, or a change after the time it is against. It too is of the measure a column before it heads.
 */
const RELATIVE_HEADING = /^(?:占[^（）()]{1,16}|(?:同比|环比|比上年|较上年|比去年|较去年)(?:增长|下降|增加|减少|提高|降低|增减))(?:[（(][^（）()]{1,6}[）)])?$/u;
/** A heading of a change or a share of another column's measure (table.ts names the cell by that measure). */
export const isRelative = (h: string) => CHANGE_HEADING.test(h) || RELATIVE_HEADING.test(h);

/** The unit of the last of `cells` that holds a figure read so far (the measure a change after it is of), if any. */
function unitsBefore(found: TableCells, cells: readonly (Cell | undefined)[]): { unit: string; exponent: number } | undefined {
  for (const cell of [...cells].reverse()) {
    const unit = cell && [...found.units.values()].find((u) => u.start === cell.start && u.end === cell.end);
    if (unit) return unit;
  }
  return undefined;
}
