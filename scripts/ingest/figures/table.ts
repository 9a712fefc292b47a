// A figure in a table row (`| 更换供水管网 | 18.6公里 | 100% |`, a Markdown table a page prints as text):
// the row's first cell names what is counted, and a column headed by a measure of its own (`完成率`) adds it,
// so 100% is 更换供水管网完成率. Read here because a table row has no clause for label.ts to read.
// A table printed with tabs (one space each after decode: `品种 储备量 单位` over `冬储大白菜 320 吨`) is read
// the same way, its header row being the first of the rows cut into as many cells above the figure's; a row
// named by a year or a date (`2022年 5120套 2860户`) is named by its column's heading alone. A heading's unit in
// brackets (`零售价（元/公斤）`) is the figure's unit (table-units.ts), left out of its name. A column of changes
// (`环比`, `同比`, `增速`) is a change of the measure the nearest column before it heads (`均价 环比 同比` → 大白菜均价同比).

import { ARROWED_AMOUNT, spacedCells, type TableSpan } from '../structure/table-cells.ts';
import { itemLine } from '../structure/number-lines.ts';
import { titleNameOf } from '../structure/table-notes.ts';
import { isTotalLine, keyFigure, keyValueEnd, rowCellsAt, tableAt } from '../structure/tables.ts';
import { isRelative, unitOf } from './table-units.ts';
import { articleTable } from './memo.ts';
import { tagWords } from './words.ts';
import { bareCellAt } from './bare-rows.ts';
import { isJoinedRule } from '../structure/frames.ts';

const ROW = /^\s*\|.*\|\s*$/;
const RULE = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;
/** Column headings that only say "the value" (`数量`, `数值`): they add nothing to the row's name. */
const GENERIC = /^(?:数量|数值|数目|数据|规模|指标|内容|情况|完成情况|合计|备注)$/;
/** A heading's unit in brackets (`价格（元/斤）`): the figure's unit (table-units.ts), not part of its name. */
const HEADING_UNIT = /\s*[（(]([^（）()]{1,10})[）)]$/u;
/** A heading or row name less the unit in brackets at its end (`新增托位（个）` → `新增托位`); unchanged when the bracket holds no unit. */
export const withoutUnit = (name: string): string => name.replace(HEADING_UNIT, (bracket, inside: string) => (unitOf(inside) ? '' : bracket));
/** A row's serial number or rank (`1`, `02`, `3.`, `①`, `第一名`): it counts rows, and the cell after it names the row. */
const SERIAL = /^(?:\d{1,3}[.、．]?|[①-⑳]|第[一二三四五六七八九十\d]{1,3}名)$/u;
/** The cell that names a row: its first, or its second where the first is a serial number. */
const rowName = (cells: readonly Cell[], column: number) => (SERIAL.test(cells[0]!.text) && column > 1 ? cells[1]!.text : cells[0]!.text);
/** A row named by a year, a month or a date (`2022年`, `9月`, `1至9月`, `2024`), not a measure with digits (`PM2.5`). */
const DATE_ROW = /^(?:(?:19|20)[0-9]{2}年?|[0-9]{1,2}(?:月|日|[至—–\-~～到][0-9]{1,2}月))/;
/** A year or a relative one opening a heading (`2024年`, `2025年价格`, `上年同期`): the figure's time (period.ts), not its name. */
const HEADING_TIME = /^(?:(?:19|20)[0-9]{2}年?度?|今年|去年|上年|本年|前年)(?:同期)?/u;
/** What is left of a heading naming a time once its year is read away (`1至11月`, `同期`, `前三季度`): no measure. */
const TIME_ONLY = /^(?:[0-9]{1,2}(?:[至—–\-~～到][0-9]{1,2})?月(?:份|底|末)?|前?[一二三四]季度|[上下]半年|全年|同期|以来)+$/u;
/** A column that prints each row's unit (`单位`): no measure. */
const UNIT_HEADING = /^(?:计量)?单位$/u;
const headingName = (heading: string | undefined) =>
  (heading && withoutUnit(heading).replace(HEADING_TIME, '')) || undefined;

/**
 * The row the figure at [start, end) of `text` stands in, when it is a table row (place.ts reads its places): a row
 * whole, or in a table printed as two halves side by side the figure's half (`潞州区  320  襄垣县  150` → `襄垣县  150`).
 */
export function tableRow(text: string, start: number, end: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd);
  if (ROW.test(line)) return RULE.test(line) ? undefined : line;
  return tableCell(text, start, end)?.half;
}

/** The cell a figure stands in: the name of its row and the heading of its column as printed (unit and all). */
export interface TableCell {
  row: string;
  heading?: string;
  /** For a column of changes (`环比`), the heading of the nearest column before it that names a measure (`均价`). */
  measure?: string;
  /** What the table's title over its header names, its unit and label left out (`各县区城镇新增就业`). */
  title?: string;
  /** The row's cells (spaced tables only), or the figure's half of a row printed as two halves side by side. */
  half?: string;
  /** The table (or each half) holds one column of figures beside its names' column. */
  sole?: boolean;
  /** Every column's heading, in order (a blank one undefined). */
  headings?: readonly (string | undefined)[];
  /** For a change printed with its arrow (`↑0.05`), the way it went (`上涨`, `下降`). */
  way?: string;
}

/** The measure a column of changes is of: the nearest heading before it, past other changes and a unit column. */
function measureOf(headings: readonly (string | undefined)[], column: number, arrowed = false): string | undefined {
  // (An arrowed change, `↑0.05`, is a change whatever its column's heading: `较上周`, or none.)
  if (!arrowed && !isRelative(headings[column]?.trim() ?? '')) return undefined;
  for (let c = column - 1; c >= 1; c--) {
    const h = headings[c]?.trim();
    if (!h) return undefined;
    if (isRelative(h) || UNIT_HEADING.test(h)) continue;
    return h;
  }
  return undefined;
}

/**
 * The cell of a table row the figure at [start, end) of `text` stands in, when it stands in one and not in the
 * row's first cell (which names the row); else undefined. kind.ts and period.ts read its heading (`涨幅`,
 * `2024年`), this module its label.
 */
export function tableCell(text: string, start: number, end: number): TableCell | undefined {
  let read = CELLS.get(text);
  if (!read) CELLS.set(text, (read = new Map()));
  // (Offsets are well under 2^21: start and end make one exact number.)
  const key = start * 2 ** 32 + end;
  if (read.has(key)) return read.get(key);
  const cell = readCell(text, start, end);
  read.set(key, cell);
  return cell;
}

// The status, period, kind and label of a figure each ask for its cell: read once per article (memo.ts).
const CELLS = articleTable<Map<number, TableCell | undefined>>();

function readCell(text: string, start: number, end: number): TableCell | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd);
  if (!ROW.test(line)) return keyCell(text, lineStart, line, start - lineStart) ?? bareCell(text, lineStart, start - lineStart) ?? spacedCell(text, lineStart, line, start - lineStart);
  if (RULE.test(line)) return undefined;
  const cells = cellsOf(line);
  const at = start - lineStart;
  const column = cells.findIndex((c) => at >= c.start && at < c.end);
  if (column <= 0) return undefined;
  const row = rowName(cells, column);
  if (!row) return undefined;
  const before = text.slice(0, lineStart);
  const heading = headingOf(before, column);
  const headings = cells.map((_, c) => headingOf(before, c));
  const measure = heading ? measureOf(headings, column) : undefined;
  return { row, ...(heading ? { heading } : {}), ...(measure ? { measure } : {}), headings };
}

/** The label of the figure at [start, end) of `text` when it stands in a table row's cell; else undefined. */
export function tableLabel(text: string, start: number, end: number): string | undefined {
  const cell = tableCell(text, start, end);
  if (!cell) return undefined;
  const heading = headingName(cell.heading);
  // (A row's unit in brackets, `居民用气（元/立方米）`, is its cells' unit, as a heading's is.)
  const row = withoutUnit(cell.row) || cell.row;
  const measure = headingName(cell.measure);
  const own = heading && !GENERIC.test(heading) && !TIME_ONLY.test(heading) ? `${measure && !GENERIC.test(measure) ? measure : ''}${heading}${cell.way ?? ''}` : cell.way && measure ? `${measure}${cell.way}` : undefined;
  // (A column headed by a time alone, `2025年1至11月`, `2024年同期`, counts what the table's title names.)
  const byTitle = cell.title && own === undefined && (heading === undefined || TIME_ONLY.test(heading)) ? cell.title : undefined;
  // (A title over a table of one measure, a name and a number a row (or each half), that ends on the column's
  // heading says it more fully: 床位 under 各县区新增养老服务床位（张）.)
  const fuller = cell.sole && cell.title && own && cell.title.length > own.length && cell.title.endsWith(own) ? cell.title : undefined;
  const named = byTitle ?? fuller ?? own;
  // (A row named by a year, month or date is of its column's measure: `| 9月 | 26天 |` under `| 月份 | 优良天数 |`.)
  if (DATE_ROW.test(row)) return named;
  return named ? `${row}${withoutEach(named)}` : row;
}

/** A heading opening on 各 (`各县区`, `全市各乡镇`, `各县（区）`): each of the rows, which the row's name stands for. */
const EACH = /^(?:全[市县区])?各/u;
const BRACKET_AFTER = /^[（(][^（）()]{1,6}[）)]/u;

/**
 * A heading with the words naming its rows as a kind left out (`各县区新增供热面积` → 新增供热面积): the segmenter's
 * word holding 各 (`各县区`), or 各 and the word after it (`各/社区`), and a bracket right after.
 */
function withoutEach(heading: string): string {
  const each = EACH.exec(heading);
  if (!each) return heading;
  const words = tagWords(heading);
  const at = words.findIndex((w) => w.end >= each[0].length);
  const word = words[at];
  const cut = word && word.end > each[0].length ? word.end : words[at + 1]?.end;
  if (cut === undefined) return heading;
  const rest = heading.slice(cut);
  const tail = rest.replace(BRACKET_AFTER, '');
  return tail || heading;
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  const bars = [...line.matchAll(/\|/g)].map((m) => m.index);
  for (let i = 0; i + 1 < bars.length; i++) cells.push({ text: line.slice(bars[i]! + 1, bars[i + 1]).trim(), start: bars[i]! + 1, end: bars[i + 1]! });
  return cells;
}

/** A header line of units alone, in brackets under their columns (`| | （公里） | （万元） |`). */
const UNIT_ROW_CELL = /^(?:|[（(][^（）()]{1,10}[）)])$/u;

/**
 * The heading of column `column`: the row above the table's rule line, if the table prints one (a Markdown rule, or a
 * ruled or drawn table's `+----+`, `├──┼──┤`), with the units a line of its own prints under it (`投资` + `（万元）`).
 */
function headingOf(before: string, column: number): string | undefined {
  const lines = before.replace(/\n$/, '').split('\n');
  let i = lines.length - 1;
  const rule = (line: string) => RULE.test(line) || isJoinedRule(line);
  for (; i >= 0 && (ROW.test(lines[i]!) || rule(lines[i]!)); i--) {
    if (!rule(lines[i]!)) continue;
    const above = i > 0 && ROW.test(lines[i - 1]!) ? cellsOf(lines[i - 1]!) : undefined;
    if (!above) return undefined;
    const units = above.length > 1 && above.every((c) => UNIT_ROW_CELL.test(c.text)) && above.some((c) => c.text);
    const head = units && i > 1 && ROW.test(lines[i - 2]!) ? cellsOf(lines[i - 2]!) : undefined;
    return head && head.length === above.length ? `${head[column]?.text ?? ''}${above[column]?.text ?? ''}` || undefined : above[column]?.text;
  }
  // (A table printed with no rule under its header, `|县区|1—11月新改建农村公路（公里）|…|` over `|潞州区|12|…|`: its first
  // row heads it when no cell after the first is a bare number, as a data row's are.)
  const first = lines[i + 1];
  if (first === undefined || !ROW.test(first)) return undefined;
  const cells = cellsOf(first);
  return cells.slice(1).some((c) => BARE_NUMBER.test(c.text.trim()) && !YEAR_CELL.test(c.text.trim())) ? undefined : cells[column]?.text;
}
/** A cell holding a number alone, maybe with its unit (`12`, `26.5`, `98.7%`, `420个`, `26.5万平方米`): a data row's cell. */
const BARE_NUMBER = /^[+\-]?[0-9][0-9.,]*\s*[万亿]?[%‰\p{Script=Han}/·]{0,5}$/u;

/** The cell of a figure in a table printed with bars between cells and none at a row's ends (bare-rows.ts). */
function bareCell(text: string, lineStart: number, at: number): TableCell | undefined {
  const index = text.slice(0, lineStart).split('\n').length - 1;
  const found = bareCellAt(text.split('\n'), index, at);
  if (!found) return undefined;
  const { cells, column, header } = found;
  const way = wayOf(cells[column]!.text);
  const measure = measureOf(header, column, way !== undefined);
  return { row: rowName(cells, column), heading: header[column]!, ...(measure ? { measure } : {}), half: cells.map((c) => c.text).join(' '), ...(way ? { way } : {}) };
}

/** A cell of a spaced table: a word or a figure, no clause mark. */
const SPACED_CELL = /^[^，,。；;：:！？!?]{1,20}$/u;
const FIGURE_CELL = /^[+\-]?[0-9]/;
/** A cell opening with a year (`2024年`, `2025年价格`) heads a column or names a row: a time, no figure. */
const YEAR_CELL = /^(?:19|20)[0-9]{2}年/;
const figureCell = (cell: string) => (FIGURE_CELL.test(cell) && !YEAR_CELL.test(cell)) || ARROWED_AMOUNT.test(cell.trim());
/** The way a change printed with its arrow went, in the words a clause would say it (`↑0.05` → 上涨), if the cell is one. */
function wayOf(cell: string): string | undefined {
  const arrow = ARROWED_AMOUNT.exec(cell.trim())?.[1];
  return arrow === undefined ? undefined : /[↑▲]/u.test(arrow) ? '上涨' : '下降';
}
/** A cell of words then its number, a space between (`基本热价 8.80`, structure/table-cells.ts namedLastCell). */
const NAMED_CELL = /^(\p{Script=Han}{2,8}) [+\-－]?[0-9]+(?:\.[0-9]+)?$/u;

/**
 * The cell of a figure `at` characters into `line` (starting at `lineStart` of `text`) when the line is a row of a
 * table printed with spaces, as structure/tables.ts reads one (its header maybe broken over two lines, rules across
 * it, a last cell left blank): the column's heading from the header row.
 */
function spacedCell(text: string, lineStart: number, line: string, at: number): TableCell | undefined {
  const own = spacedCells(line);
  const ownColumn = own.findIndex((c) => at >= c.start && at < c.end);
  if (own.length < 2 || ownColumn <= 0 || !figureCell(own[ownColumn]!.text)) return undefined;
  const lines = text.split('\n');
  const index = text.slice(0, lineStart).split('\n').length - 1;
  // (The last row's last cell may run on into a note, `45 吨数据来源：县商务局`: a row of the table ending over it.)
  const above = index > 0 ? tableAt(lines, index - 1) : undefined;
  const table = tableAt(lines, index) ?? (above?.end === index && above.header.length === own.length ? above : undefined);
  if (!table || index < table.first) return undefined;
  // (Padded names cut as the table's width wants: `土 豆 斤 1.60` under `品名 单位 价格`.)
  // (A row leaving cells blank, a tab table's, stands aligned to the table's columns: rowCellsAt.)
  const placed = rowCellsAt(lines, table, index);
  const column = placed.findIndex((c) => c !== undefined && at >= c.start && at < c.end);
  const cells = placed.filter((c) => c !== undefined);
  if (table.header.length < placed.length || column <= 0 || !cells.every((c) => c.start > at || SPACED_CELL.test(c.text))) return undefined;
  // (A row opening on a list mark alone, `* 86部 正在施工` under `数说 · 加装电梯`, is a box's line, not a table's row.)
  if (placed[0] && !/[\p{L}\p{N}]/u.test(placed[0].text)) return undefined;
  // (The figure's cell opens with it, as a table's does: `● 惠及农村人口12.6万人` is a list line, not a row.)
  // (A cell may name its number before it, `基本热价 8.80` under `价格`: its words name the figure, not the heading.)
  const named = NAMED_CELL.exec(placed[column]!.text)?.[1];
  if (!figureCell(placed[column]!.text) && !named) return undefined;
  const way = wayOf(placed[column]!.text);
  const measure = named ? undefined : measureOf(table.header, column, way !== undefined);
  // (A table printed as two halves side by side, `县区 床位 县区 床位`: a cell's row is named in its own half.)
  const half = halfWidth(table.header);
  const base = column - (column % half);
  const inHalf = placed.slice(base, base + half).filter((c) => c !== undefined);
  // (A row whose first cell is blank shares it with the row above, merged: `七年级 8 400` under `实验学校 一年级 4 180`.)
  const merged = base === 0 && placed[0] === undefined && !isTotalLine(lines, table, index) ? mergedName(lines, table, index) : undefined;
  const title = titleOver(lines, table.start);
  // (Its cells as cut, so a name padded to align reads whole: `黎 城 县` → 黎城县.)
  const halfText = (half < table.header.length ? inHalf : cells).map((c) => c.text).join(' ');
  return { row: `${merged ?? ''}${rowName(base > 0 ? inHalf : cells, column - base)}`, heading: named ?? table.header[column]!, ...(measure ? { measure } : {}), ...(title ? { title } : {}), half: halfText, ...(half === 2 ? { sole: true } : {}), headings: table.header, ...(way ? { way } : {}) };
}

/** The first cell of the nearest row above line `line` in `table` that prints one: the name a merged cell gives. */
function mergedName(lines: readonly string[], table: TableSpan, line: number): string | undefined {
  for (let r = line - 1; r >= table.first; r--) {
    const first = rowCellsAt(lines, table, r)[0];
    if (first) return first.text;
  }
  return undefined;
}

/** The width of one half of a table printed as two side by side (its header repeats: `县区 床位 县区 床位`), else its width. */
function halfWidth(header: readonly string[]): number {
  const n = header.length;
  const half = n / 2;
  return n >= 4 && n % 2 === 0 && header.slice(0, half).every((h, i) => h !== '' && h === header[half + i]) ? half : n;
}

/**
 * What the title over a table's header row at line `header` names (`各县区新增养老服务床位（张）` → 新增养老服务床位, its
 * rows' kind 各县区 and its unit left out), when a title stands there: a line of words, maybe behind a label (`图表：`).
 */
function titleOver(lines: readonly string[], header: number): string | undefined {
  const line = lines[header - 1]?.trim();
  const named = line ? titleNameOf(line) : undefined;
  return named ? withoutEach(named) : undefined;
}

/**
 * The cell of a figure in a table printed as labelled lines (`供热面积：1260万平方米` / `供热户数：8.6万户` / …, three
 * or more): the line's label names it, as a row's first cell does.
 */
function keyCell(text: string, lineStart: number, line: string, at: number): TableCell | undefined {
  // (A data item printed on one line, its own paragraph or one of a run: `38.1公里 新建改造供水管网`, `新建水厂｜6座`.)
  const item = itemLine(line);
  if (item && text.split('\n').every((l) => itemLine(l) !== undefined)) {
    const figure = line.indexOf(item.figure);
    return at >= figure && at < figure + item.figure.length ? { row: item.label } : undefined;
  }
  const key = keyFigure(line);
  if (!key || at < line.indexOf(key.value, key.key.length)) return undefined;
  const lines = text.split('\n');
  const index = text.slice(0, lineStart).split('\n').length - 1;
  for (let k = Math.max(0, index - 2 * 12); k <= index; k++) if (keyValueEnd(lines, k) > index) return { row: key.key };
  return undefined;
}
