// A run of lines of a block of big numbers read into its units, by their form (number-lines.ts): an item (a figure
// with its label and the phrase of its change, `28.6万户` / `供热户数` / `较上个采暖季新增1.9万户`), a chart (a title
// over its rows), a note, a credit, a heading over the next items' labels. number-blocks.ts reads a page's runs with
// unitAt; box-forms.ts keeps a unit's lines whole (isNumberBlockUnit).

import { isItemLabel } from './data-items.ts';
import { BARE_NUMBER, CREDIT, isBigNumber, isChartRow, isItemPhrase, isLabel, itemLine, MARK, NOTE, SENTENCE, UNIT } from './number-lines.ts';
import { charCount } from './shape.ts';

/** A chart has at least this many rows. */
const MIN_ROWS = 2;
/** A chart's title runs to this many characters at most. */
const MAX_CHART_TITLE_CHARS = 30;

export type UnitKind = 'item' | 'chart' | 'note' | 'credit' | 'heading';
export interface Unit {
  kind: UnitKind;
  /** An item printed on one line (itemLine): those of one block stay one paragraph, a list as printed. */
  oneLine?: boolean;
  /** Line positions in the run, first and end (exclusive). */
  from: number;
  to: number;
  text: string;
}
export interface Line {
  text: string;
  block: number;
  /** The line was read as a headline or a kicker: a box's title over its figures, no item's label. */
  titled: boolean;
  /** The line was read as the page's furniture (an ear's weather, a page line). */
  furniture?: boolean;
}

/** Lines a big number takes at p: 1 (`12座`), 2 (`38.1` / `公里`), else 0. */
function figureAt(ls: readonly Line[], p: number): number {
  const t = ls[p]?.text.replace(MARK, '');
  if (t === undefined) return 0;
  if (BARE_NUMBER.test(t) && ls[p + 1] !== undefined && UNIT.test(ls[p + 1]!.text)) return 2;
  return isBigNumber(t) ? 1 : 0;
}

/** The figure's text with a unit printed on the next line joined to its number. */
function figureText(ls: readonly Line[], p: number, n: number): string {
  return n === 2 ? `${ls[p]!.text}${ls[p + 1]!.text}` : ls[p]!.text;
}

/** A chart at p: a title, its rows under it; how many lines. */
function chartAt(ls: readonly Line[], p: number): number {
  const title = ls[p]?.text;
  // (An item on one line is no chart's title: `城镇新增就业  5.12万人` over `城镇调查失业率  5.1%` are items.)
  if (title === undefined || charCount(title) > MAX_CHART_TITLE_CHARS || SENTENCE.test(title) || isChartRow(title) || NOTE.test(title) || CREDIT.test(title) || itemLine(title) !== undefined) return 0;
  let q = p + 1;
  while (ls[q] !== undefined && isChartRow(ls[q]!.text)) q++;
  return q - (p + 1) >= MIN_ROWS ? q - p : 0;
}

/**
 * One item at p: a figure with the labels and short phrases under it, or a label over a figure with the same
 * after it. A label over the next figure is that figure's once the item holds a label.
 */
function itemAt(ls: readonly Line[], p: number): Unit | undefined {
  let q = p;
  const parts: string[] = [];
  let labelled = false;
  if (ls[q] !== undefined && !ls[q]!.titled && isLabel(ls[q]!.text) && figureAt(ls, q + 1) > 0) {
    parts.push(ls[q]!.text);
    labelled = true;
    q++;
  }
  const over = labelled;
  const n = figureAt(ls, q);
  if (n === 0) return undefined;
  parts.push(figureText(ls, q, n));
  q += n;
  for (;;) {
    const t = ls[q]?.text;
    // (A chart's title under the item opens the chart: `各县区1—11月优良天数比例（%）` is no phrase of its change.)
    if (t === undefined || figureAt(ls, q) > 0 || chartAt(ls, q) > 0) break;
    const label = isLabel(t) && !CREDIT.test(t) && !NOTE.test(t) && itemLine(t) === undefined;
    // Once the item is labelled, a label over the next figure opens the next item, and one over the next item's
    // label heads the items below.
    const opensNext = figureAt(ls, q + 1) > 0 || (isLabel(ls[q + 1]?.text ?? '') && figureAt(ls, q + 2) > 0);
    // A label over the figure is the item's only label: a line under it is a phrase of its change or none.
    if (label && !over && (!labelled || !opensNext) && chartAt(ls, q) === 0) {
      labelled = true;
    } else if (!(labelled && isItemPhrase(t))) break;
    parts.push(t);
    q++;
  }
  return { kind: 'item', from: p, to: q, text: parts.join('\n') };
}

/** The next unit of a run at p, or undefined where the run ends. */
export function unitAt(ls: readonly Line[], p: number, items: number): Unit | undefined {
  const t = ls[p]!.text;
  if (NOTE.test(t)) return { kind: 'note', from: p, to: p + 1, text: t };
  if (CREDIT.test(t)) return { kind: 'credit', from: p, to: p + 1, text: t };
  const chart = chartAt(ls, p);
  if (chart > 0) return { kind: 'chart', from: p, to: p + chart, text: ls.slice(p, p + chart).map((l) => l.text).join('\n') };
  // (A line read as the page's furniture is an ear's, `最高气温 8℃`: no item.)
  if (!ls[p]!.furniture && itemLine(t)) return { kind: 'item', from: p, to: p + 1, text: t, oneLine: true };
  const item = itemAt(ls, p);
  if (item) return item;
  // A label over the next item's label, inside a run: the heading of the items below it.
  if (items > 0 && isItemLabel(t) && itemAt(ls, p + 1)?.text.startsWith(ls[p + 1]!.text)) return { kind: 'heading', from: p, to: p + 1, text: t };
  return undefined;
}

/**
 * The lines of one item (`28.6万户` / `供热户数` / `较上个采暖季新增1.9万户`, or one line: `38.1公里 新建改造供水管网`) or
 * one chart (a title over its rows), whole:
 * a box's own lines, which repair never joins to the text beside them (box-forms.ts isBoxLine).
 */
export function isNumberBlockUnit(lines: readonly string[]): boolean {
  const ls: Line[] = lines.map((text) => ({ text: text.trim(), block: 0, titled: false })).filter((l) => l.text);
  if (ls.length === 1) return itemLine(ls[0]!.text) !== undefined;
  if (ls.length < 2) return false;
  const chart = chartAt(ls, 0);
  return chart === ls.length || itemAt(ls, 0)?.to === ls.length;
}
