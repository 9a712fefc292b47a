// The cells of a table's row printed with spaces, by their form: each word a cell, or a name padded to align its
// column (`沁　县`, `黎 城 县`) one cell where the table's width wants it; and, for a row whose blank cells a tab
// table lost in decoding, the column each cell stands in, by what it holds (a code, a date, a number, words).
// Also a row's cells cut by bars or by spaces (barCells, spaceCells), whether cells fit a table, the unit line over
// one, and a table's span (TableSpan). structure/tables.ts reads tables with it, figures/table.ts and table-units.ts
// their cells.

// A cell that gives a figure opens with it (`320`, `45 吨`, `98.7%`, `+8个`); a header's may name a unit or a
// measure with digits in it (`PM2.5浓度`, `2025年目标`), not open with one.
const FIGURE_CELL = /^[+＋\-－]?\d/u;
// A year heading a column (`| 指标 | 2024年 | 2025年 |`, `2025年价格`) is a time, no figure.
export const YEAR_CELL = /^(?:19|20)\d{2}年/u;
// So is a month or a span of months, no day after it (`11月均价（元）`, `1—11月累计`, `10月`); `8月11日` is a date.
const MONTH_CELL = /^(?:\d{1,2}\s*[—–\-~～至到]\s*)?\d{1,2}月(?!\d|份?\d)/u;
export const opensWithFigure = (cell: string) => FIGURE_CELL.test(cell.trim()) && !YEAR_CELL.test(cell.trim()) && !MONTH_CELL.test(cell.trim());

/**
 * A change printed as an arrow and its amount (`↑0.05`, `↓0.30`, `▲1.2`): how far a row's measure moved since the last
 * report, its way (group 1) shown by the arrow, its amount (group 2) the figure. figures/table-units.ts gives it the unit
 * of the measure it changes, figures/table.ts names it, table-charts.ts reads price lists of them.
 */
export const ARROWED_AMOUNT = /^([↑↓▲▼])[\s\u3000]*([0-9]+(?:\.[0-9]+)?)$/u;

/** A cell of a row cut by spaces, with where it stands in its line. */
export interface SpacedCell {
  text: string;
  start: number;
  end: number;
}

const ONE_HAN = /^\p{Script=Han}$/u;
/**
 * A word of a row: what spaces or dot leaders set apart (`潞州区……42.5`, `潞州区·····42.5`, `潞州区.....42.5`); a dot or
 * middle dot standing alone stays inside its word (`42.5`, `约翰·史密斯`).
 */
const WORD = /(?:[^\s\u3000…·.]|(?<!·)·(?!·)|(?<!\.)\.(?!\.))+/gu;
/** Ways to cut a run of `n` one-character words into cells, as sizes, the likeliest first: one name, pairs, the last apart, each alone. */
function runCuts(n: number): number[][] {
  const cuts = [[n]];
  if (n >= 4 && n % 2 === 0) cuts.push(Array<number>(n / 2).fill(2));
  if (n >= 3) cuts.push([n - 1, 1]);
  cuts.push(Array<number>(n).fill(1));
  return cuts;
}

/**
 * Every way to cut a row by spaces into cells, the likeliest first. Each word is a cell, but a name padded to align its
 * column (`沁　县`, `黎 城 县`, decoded `沁 县`, `黎 城 县`) stands as a run of one-character words, which may join into
 * one cell, cut into pairs (a header `品 名 规 格` → 品名, 规格) or keep its last word apart (`土 豆 斤` → 土豆, 斤).
 */
export function spacedCuts(line: string): SpacedCell[][] {
  const words = [...line.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const runs: { at: number; n: number }[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && ONE_HAN.test(words[j]!.text)) j++;
    if (j - i >= 2) runs.push({ at: i, n: j - i });
    i = j > i ? j : i + 1;
  }
  // (Few runs stand in a row: trying each way to cut each is cheap; a row of many is no table's.)
  if (runs.length === 0 || runs.length > 3) return [words];
  const cutWith = (choice: readonly number[][]): SpacedCell[] => {
    const cells: SpacedCell[] = [];
    for (let i = 0, r = 0; i < words.length; ) {
      if (runs[r]?.at !== i) {
        cells.push(words[i++]!);
        continue;
      }
      for (const size of choice[r]!) {
        const part = words.slice(i, i + size);
        cells.push({ text: part.map((w) => w.text).join(''), start: part[0]!.start, end: part.at(-1)!.end });
        i += size;
      }
      r++;
    }
    return cells;
  };
  const choices: number[][][] = [[]];
  for (const run of runs) choices.splice(0, choices.length, ...choices.flatMap((chosen) => runCuts(run.n).map((cut) => [...chosen, cut])));
  return choices.map(cutWith);
}

/**
 * The cells of a row cut by spaces (a tab or a run of spaces decoded to one), each word a cell; given `width`, the
 * cells its table's header makes, the first cut of its padded names that makes `width` (spacedCuts), if any.
 */
export function spacedCells(line: string, width?: number): SpacedCell[] {
  const cuts = spacedCuts(line);
  const words = cuts.at(-1)!;
  if (width === undefined || words.length === width) return words;
  return cuts.find((cells) => cells.length === width) ?? namedLastCell(words, width) ?? words;
}

/** A bare number: digits, a decimal point, a sign. */
const BARE_FIGURE = /^[+\-－]?[0-9]+(?:\.[0-9]+)?$/u;
const NAMING_WORD = /^\p{Script=Han}{2,8}$/u;

/**
 * A row one cell longer than its table, its last cell a word naming its number (`居民住宅 按热量 基本热价 8.80` under
 * `类别 计费方式 价格（元/平方米·采暖期）`): the word and the number are the last column's one cell. Only for three columns
 * or more, where a row of two would be a name and its figure.
 */
function namedLastCell(words: readonly SpacedCell[], width: number): SpacedCell[] | undefined {
  if (width < 3 || words.length !== width + 1) return undefined;
  const [name, figure] = words.slice(-2) as [SpacedCell, SpacedCell];
  if (!NAMING_WORD.test(name.text) || !BARE_FIGURE.test(figure.text) || words.slice(0, -2).some((w) => opensWithFigure(w.text))) return undefined;
  return [...words.slice(0, -2), { text: `${name.text} ${figure.text}`, start: name.start, end: figure.end }];
}

type Shape = 'code' | 'date' | 'number' | 'word';
/** What a cell holds, by its form: a phone number or code, a date or time, another figure, or words. */
function shapeOf(cell: string): Shape {
  const t = cell.trim();
  if (/^(?:0\d{2,3}[-－]?\d{6,8}|1\d{10})$/u.test(t)) return 'code';
  if (/^\d{1,2}(?:月|[:：]\d{2})/u.test(t)) return 'date';
  return opensWithFigure(t) ? 'number' : 'word';
}

/**
 * Where each cell of a row with cells left blank (`中班 8 8月11日—12日` under a row of five) stands: in order, each in a
 * column whose cell in the whole row `whole` has its shape (shapeOf), words nearest in length to that column's; undefined
 * when the cells fit no columns so.
 */
export function alignCells(cells: readonly string[], whole: readonly string[]): number[] | undefined {
  const k = cells.length;
  const w = whole.length;
  // best[i][j]: the best cost of placing cells i.. in columns j..; Infinity where they cannot stand.
  const best = Array.from({ length: k + 1 }, () => Array<number>(w + 1).fill(Infinity));
  for (let j = 0; j <= w; j++) best[k]![j] = 0;
  const cost = (i: number, j: number) => (shapeOf(cells[i]!) !== shapeOf(whole[j]!) ? Infinity : Math.abs([...cells[i]!].length - [...whole[j]!].length));
  for (let i = k - 1; i >= 0; i--) for (let j = w - 1; j >= 0; j--) best[i]![j] = Math.min(best[i]![j + 1]!, cost(i, j) + best[i + 1]![j + 1]!);
  if (best[0]![0] === Infinity) return undefined;
  const columns: number[] = [];
  for (let i = 0, j = 0; i < k; j++) if (cost(i, j) + best[i + 1]![j + 1]! === best[i]![j]) (columns.push(j), i++);
  return columns;
}

/** A table has a header row and at least two rows under it. */
export const MIN_ROWS = 3;
/** A cell is a word or a figure; longer text is a sentence, not a cell. */
const MAX_CELL_CHARS = 20;
// A sentence mark or a clause mark inside a cell makes the line running text.
const SENTENCE = /[。！？!?；;，,：]|:(?!\d)/u;
const THOUSANDS = /(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))/gu;
export const BARS = /[|｜]/u;

/** The cells of a row cut by bars, outer bars read away; undefined for a line with no bar. */
export function barCells(line: string): string[] | undefined {
  const t = line.trim();
  if (!BARS.test(t)) return undefined;
  return t.replace(/^[|｜]|[|｜]$/gu, '').split(/[|｜]/u).map((c) => c.trim());
}

/**
 * The header row's cells over the row `next`: as printed word by word where the row makes as many, else the first cut
 * of the header's padded names the row can make too (`县 区 新增就业 …` over `潞州区 9860 …` → 县区; `品 名 规 格 单位 …`
 * over `大白菜 一级 斤 …` → 品名, 规格).
 */
export function headerCut(header: string, next: string): string[] {
  const words = spaceCells(header);
  if (spaceCells(next).length === words.length) return words;
  const fits = spacedCuts(header).find((cells) => spaceCells(next, cells.length).length === cells.length);
  return fits ? fits.map((c) => c.text) : words;
}

/** The cells' texts of a row cut by spaces (spacedCells). */
export function spaceCells(line: string, width?: number): string[] {
  return spacedCells(line, width).map((c) => c.text);
}

/** A header row gives no figure: none of its cells opens with one. */
export function holdsFigure(row: string): boolean {
  return (barCells(row) ?? spaceCells(row)).some(opensWithFigure);
}

/** Whether every cell is a word or a figure, no longer than a cell, no clause mark in it. */
export function cellsFit(cells: readonly string[]): boolean {
  // (A thousands comma, `1,200`, is part of a figure, not a clause mark.)
  return cells.every((c) => c.length > 0 && [...c].length <= MAX_CELL_CHARS && !SENTENCE.test(c.replace(THOUSANDS, '')));
}

/** A table's lines: its header row (with the line continuing it, if any), its first row under that, its end. */
export interface TableSpan {
  header: string[];
  first: number;
  end: number;
}

/** A line that gives every cell's unit (`单位：元/斤`, `（单位：万元）`): the table's own. */
const UNIT_LINE = /^[（(]?单位\s*[：:][^，,。；;]{1,12}[）)]?$/u;

/** `单位：元/斤`, `（单位：万元）`: a line that gives a table's unit. */
export function isUnitLine(line: string): boolean {
  return UNIT_LINE.test(line.trim());
}
