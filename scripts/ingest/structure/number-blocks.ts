// Blocks of big numbers (数读 / 数说 data pages): each number set large on a line of its own, its unit maybe on
// the next line (`38.1` / `公里`), its label over or under it (`集中供热面积` / `1260万平方米`), maybe a short line of
// its change after the label (`较上个采暖季新增1.9万户`); a chart's title over rows of a name and a number, bars
// between maybe (`潞州区  ████  42.5`); notes on the data (`注：…`, `数据来源：…`) and the chart's credit (`制图：…`).
// Read by their form, such a run is one piece's text: each item one paragraph (number and unit joined, its label
// beside it), the chart one paragraph, the notes paragraphs, the credit the page's furniture, and a label over the
// next items' labels (`投诉处理情况` / `受理供热投诉` / `1326件`) a heading inside the piece, not a new article.
// Run over a page's blocks after its boxes were read (box-forms.ts readBoxForms).

import { isFigureLine, isItemLabel } from './data-items.ts';
import { isPageLine } from './page-lines.ts';
import { isFurniture } from '../lexicon/furniture.ts';
import { charCount } from './shape.ts';
import type { Block } from '../types.ts';

/** A run holds at least this many items, or one item and a chart. */
const MIN_ITEMS = 2;
/** A chart has at least this many rows. */
const MIN_ROWS = 2;
/** A line of a data item (a label, a change beside it) is about as long as a short headline. */
const MAX_ITEM_LINE_CHARS = 20;
/** A chart's title runs to this many characters at most. */
const MAX_CHART_TITLE_CHARS = 30;

// What a line of such a block may have been read as before.
const LINE_KINDS = new Set<Block['kind']>(['paragraph', 'caption', 'heading', 'subheading', 'kicker', 'headline', 'furniture']);
// A number alone, its unit on the next line: `38.1`, `1,326`.
const BARE_NUMBER = /^[约近超逾]?\d+(?:[,，]\d{3})*(?:\.\d+)?$/u;
// A unit alone under its number: `公里`, `万人次`, `%`, a rate `微克/立方米`.
const UNIT = /^[万亿]?(?:\p{Script=Han}{1,3}(?:\/\p{Script=Han}{1,4})?|[%％‰℃])(?:以上|以内|左右)?$/u;
// An ornament a data item's line may open on: a ring's `◎`, a bullet, an arrow (`▲ 2.3万户 受益农户`).
const MARK = /^[▲△▼▽◎○●◆◇■□★☆※►▶→•·]\s*/u;
// A rank or serial opening a chart's row: `第一名`, `1.`, `①`.
const RANK = String.raw`(?:第[一二三四五六七八九十\d]{1,3}名|\d{1,2}[.、．]|[①-⑳])[\s\u3000]*`;
// What names a chart's row: words, or a year or a month (`2021年`, `2024年10月`, `9月`), or a year printed bare before
// the gap (`2021　9800`).
const ROW_NAME = String.raw`(?:[^\s\d，。；：:…·.]{1,10}|(?:19|20)\d{2}年(?:\d{1,2}月)?|(?:19|20)\d{2}(?=[\s\u3000])|\d{1,2}月份?)`;
// What sets a row's name apart from its number: spaces, or a dot leader (`潞州区……42.5`, `潞州区·····42.5`).
const GAP = String.raw`(?:[\s\u3000]+|[\s\u3000]*(?:…+|·{2,}|\.{2,})[\s\u3000]*)`;
// A row's number, its unit maybe printed after it (`98.5分`, `42.5万平方米`), never a date's.
const ROW_NUMBER = String.raw`[约]?\d+(?:\.\d+)?(?:[%％‰]|[万亿]?(?![年月日号时])\p{Script=Han}{1,3})?`;
// A date or a year is no big number (`2025年`, `11月30日`).
const DATE = /^\d{4}年$|^\d{1,2}[月日]|[月日号]$/u;
// A chart's row: a rank maybe, a name, space, bars maybe, a number and maybe a second (this year's, last year's):
// `潞州区  ████  42.5`, `城区 12.5`, `2021年　71.5`, `第一名 潞城区 98.5分`, `潞州区  11260  10480`.
const ROW = new RegExp(String.raw`^(?:${RANK})?${ROW_NAME}${GAP}(?:[█▇▆▅▄▃▂▁▉▊▋▌▍▎▏■▓▒░|]+[\s\u3000]*)?${ROW_NUMBER}(?:[\s\u3000]+${ROW_NUMBER})?$`, 'u');
// A note on the data: `注：…`, `数据来源：…`, `（数据截至…）`.
const NOTE = /^(?:[备附]?注|(?:数据|资料)?来源)[：:]|^[（(][^（()）]*[)）]$/u;
// The chart's maker: `制图：王 晨`, `制表：…`.
const CREDIT = /^(?:制图|绘图|制表|图表制作|设计|美编)[：:]/u;
// A rule drawn across the page between pieces: `---`, `***`, `===`, `————` (not shape.ts's isRule, which takes
// ornament rows too).
const RULE = /^(?:[-*=_—─━═～~]\s*){3,}$/u;
// A sentence mark: a line with one is running text.
const SENTENCE = /[。！？!?；;，,]/u;

type UnitKind = 'item' | 'chart' | 'note' | 'credit' | 'heading';
interface Unit {
  kind: UnitKind;
  /** An item printed on one line (itemLine): those of one block stay one paragraph, a list as printed. */
  oneLine?: boolean;
  /** Line positions in the run, first and end (exclusive). */
  from: number;
  to: number;
  text: string;
}
interface Line {
  text: string;
  block: number;
  /** The line was read as a headline or a kicker: a box's title over its figures, no item's label. */
  titled: boolean;
  /** The line was read as the page's furniture (an ear's weather, a page line). */
  furniture?: boolean;
}


/** `1260万平方米`, `98.7%`, `2小时以内`, `◎ 96.4%`: a number and its unit alone, maybe behind an ornament, no date. */
export function isBigNumber(line: string): boolean {
  const t = line.trim().replace(MARK, '');
  const unit = /^[约近超逾]?\d+(?:[,，]\d{3})*(?:\.\d+)?(\D.*)$/u.exec(t)?.[1];
  return !DATE.test(t) && (isFigureLine(t) || /^\d+(?:\.\d+)?\p{Script=Han}{1,2}以[上内]$/u.test(t) || (unit !== undefined && UNIT.test(unit)));
}

/** A label, its digits maybe inside a word of letters (`PM2.5平均浓度`, `5G基站`). */
function isLabel(line: string): boolean {
  return isItemLabel(line) || (/[A-Za-z]\d/u.test(line) && isItemLabel(line.replace(/[A-Za-z]+\d+(?:\.\d+)?[A-Za-z]*/gu, 'X')));
}

/** A data item printed on one line: its figure (as printed) and its label, the words beside it. */
export interface ItemLine {
  figure: string;
  label: string;
}

/**
 * A data item on one line, its figure and its label side by side in either order, set apart by spaces or a bar,
 * maybe behind an ornament and maybe with a short phrase of its change after (`38.1公里 新建改造供水管网`,
 * `新建规模化水厂｜6座`, `▲ 2.3万户 受益农户`, `城镇新增就业  5.12万人  同比增长6.3%`); undefined for any other line.
 */
export function itemLine(line: string): ItemLine | undefined {
  const t = line.trim().replace(MARK, '');
  if (SENTENCE.test(t) || NOTE.test(t) || CREDIT.test(t)) return undefined;
  const parts = t.split(/[\s\u3000]*[｜|][\s\u3000]*|[\s\u3000]+/u).filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const at = parts.findIndex((p) => isBigNumber(p));
  if (at < 0 || at > 1) return undefined;
  const others = parts.filter((_, i) => i !== at);
  // (Its label beside the figure, before or after it; a phrase of the change after both. A bare number is a chart's row.)
  const label = others[0]!;
  if (/\d$/u.test(parts[at]!) || !isLabel(label) || others.slice(1).some((p) => !isItemPhrase(p))) return undefined;
  return { figure: parts[at]!, label };
}

/** `潞州区  ████  42.5`: a chart's row of a name and a number. */
export function isChartRow(line: string): boolean {
  // (A line behind a bullet is a list's, `●新建供热管网 21.6公里`: an item, not a chart's row.)
  return ROW.test(line.trim()) && !MARK.test(line.trim());
}

const RANKED = new RegExp(String.raw`^${RANK}\S`, 'u');
const RANK_OPENING = new RegExp(String.raw`^${RANK}(?=\S)`, 'u');
/** A chart row without the rank opening it (`第一名 潞城区 98.5分` → `潞城区 98.5分`); any other line as it is. */
export function withoutRank(line: string): string {
  const t = line.trim();
  return isChartRow(t) ? t.replace(RANK_OPENING, '') : t;
}
/** `第一名 潞城区 98.5分`, `1. 潞城区 98.5`: a chart's row opened by its rank. */
export function isRankedRow(line: string): boolean {
  return isChartRow(line) && RANKED.test(line.trim());
}

/** `较上个采暖季新增1.9万户`: a short line beside an item's label, a number in it, no sentence mark. */
function isItemPhrase(line: string): boolean {
  return charCount(line) <= MAX_ITEM_LINE_CHARS && /\d/u.test(line) && !SENTENCE.test(line) && !isChartRow(line) && !NOTE.test(line) && !CREDIT.test(line);
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
function unitAt(ls: readonly Line[], p: number, items: number): Unit | undefined {
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

/** A block whose lines may all be a data block's: one that is no byline, deck or page line. */
function mayHold(b: Block): boolean {
  if (!LINE_KINDS.has(b.kind) || b.byline !== undefined || b.credit !== undefined) return false;
  const t = b.text.trim();
  if (b.kind !== 'furniture') return true;
  // A number alone or a chart's row may read as a page's number line (`38.1`, `潞州区  58`): in a run it is data.
  return !t.includes('\n') && (BARE_NUMBER.test(t) || isBigNumber(t) || isChartRow(t) || CREDIT.test(t) || NOTE.test(t) || (!isPageLine(t) && !isFurniture(t)));
}

/** The units of the run of blocks from block i, cut at the last block they cover whole; [] when none. */
function runAt(blocks: readonly Block[], i: number): { units: Unit[]; end: number } {
  const ls: Line[] = [];
  for (let k = i; k < blocks.length && mayHold(blocks[k]!); k++) {
    for (const text of blocks[k]!.text.split('\n').map((l) => l.trim()).filter(Boolean)) ls.push({ text, block: k, titled: blocks[k]!.kind === 'headline' || blocks[k]!.kind === 'kicker', furniture: blocks[k]!.kind === 'furniture' });
  }
  const units: Unit[] = [];
  let p = 0;
  let items = 0;
  while (p < ls.length) {
    const u = unitAt(ls, p, items);
    if (!u) break;
    if (u.kind === 'item') items++;
    const last = units.at(-1);
    // (One-line items printed in one block, `★ 新增城镇就业 2.1万人` / `★ 新建公办幼儿园 12所`, stay one paragraph.)
    if (u.oneLine && last?.oneLine && ls[last.from]!.block === ls[u.from]!.block) units[units.length - 1] = { ...last, to: u.to, text: `${last.text}\n${u.text}` };
    else units.push(u);
    p = u.to;
  }
  // Units end where a block ends: a block read in part is left as it was.
  while (units.length > 0 && ls[units.at(-1)!.to] !== undefined && ls[units.at(-1)!.to]!.block === ls[units.at(-1)!.to - 1]!.block) units.pop();
  // A run opens on an item or a chart, and closes on no heading.
  while (units.length > 0 && units.at(-1)!.kind === 'heading') units.pop();
  const end = units.length === 0 ? i : ls[units.at(-1)!.to - 1]!.block + 1;
  return { units: units.length > 0 && (units[0]!.kind === 'item' || units[0]!.kind === 'chart') ? units.map((u) => ({ ...u, from: ls[u.from]!.block, to: ls[u.to - 1]!.block })) : [], end };
}

function enough(units: readonly Unit[]): boolean {
  const items = units.filter((u) => u.kind === 'item').length;
  const charts = units.filter((u) => u.kind === 'chart').length;
  return items >= MIN_ITEMS || (items >= 1 && charts >= 1);
}

function asBlock(u: Unit, blocks: readonly Block[]): Block {
  const source = [...new Set(blocks.slice(u.from, u.to + 1).flatMap((b) => b.source))];
  if (u.kind === 'heading') return { kind: 'heading', level: 2, text: u.text, source };
  return { kind: u.kind === 'credit' ? 'furniture' : 'paragraph', text: u.text, source };
}

/** A line of a piece's title or its deck: short, no sentence or clause mark, no figure's item, note or credit. */
function isTitleLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && charCount(t) <= MAX_ITEM_LINE_CHARS && !SENTENCE.test(t) && !/[：:]/u.test(t) && !isBigNumber(t) && !isChartRow(t) && itemLine(t) === undefined;
}

/**
 * A block of one or two title lines standing between two runs of a data page (`空气里的“好成绩”` / `1—11月全市空气质量`
 * after one piece's source note, over the next piece's numbers): the next piece's headline and its deck.
 */
function pieceTitle(bs: readonly Block[]): Block[] | undefined {
  if (bs.some((b) => b.kind === 'headline' || b.kind === 'byline' || b.kind === 'furniture' || b.byline !== undefined || b.credit !== undefined)) return undefined;
  // (One block of two lines, or two blocks of one: a page printed with no blank lines sets each line apart.)
  const lines = bs.flatMap((b) => b.text.split('\n').map((text) => ({ text: text.trim(), source: b.source }))).filter((l) => l.text);
  if (lines.length === 0 || lines.length > 2 || !lines.every((l) => isTitleLine(l.text))) return undefined;
  const [title, deck] = lines;
  return [{ kind: 'headline', text: title!.text, source: title!.source }, ...(deck ? [{ kind: 'deck' as const, text: deck.text, source: deck.source }] : [])];
}

/** The page's blocks with each run of big numbers read as one piece's text (see the header). */
export function readNumberBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  // (Where the last run ended: a title right after it heads the next run as its own piece.)
  let lastEnd = -1;
  while (i < blocks.length) {
    const { units, end } = runAt(blocks, i);
    if (units.length > 0 && enough(units)) {
      // (A rule drawn under the last run, `---`, stays the page's; the title lines are those after it.)
      let from = lastEnd;
      while (from >= 0 && from < i && blocks[from]!.kind === 'furniture' && RULE.test(blocks[from]!.text.trim())) from++;
      const after = from >= 0 && i - from <= 2 && i > from ? blocks.slice(from, i) : [];
      // (Or a title right over the run, under the byline or the note that closed the piece before: `（本报记者 郭宇）` /
      // `数说·供暖` / `1.15亿平方米` …)
      const between = after.length > 0 ? after : i >= 2 && closesPiece(blocks[i - 2]!) ? blocks.slice(i - 1, i) : [];
      const titled = between.length > 0 ? pieceTitle(between) : undefined;
      if (titled) out.splice(out.length - between.length, between.length, ...titled);
      out.push(...units.map((u) => asBlock(u, blocks)));
      i = end;
      lastEnd = end;
    } else if (lastEnd >= 0 && afterPiece(blocks, i, lastEnd) && blocks[i + 1]?.kind === 'paragraph' && SENTENCE.test(blocks[i + 1]!.text)) {
      // A title right after a run, over running text (`制图：王磊` / `收入稳步增长 消费持续回暖` / `前三季度，…`), heads the
      // next piece as a title between two runs does.
      out.push(...(pieceTitle([blocks[i]!]) ?? [blocks[i]!]));
      i++;
    } else out.push(blocks[i++]!);
  }
  return out;
}

/**
 * Whether block i stands right after a piece of a data page: after its run of numbers, or after the note that closes a
 * piece (`数据来源：市人社局`), past the page's lines between (`制图：王磊`, a rule).
 */
function afterPiece(blocks: readonly Block[], i: number, lastEnd: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= lastEnd && blocks[k]!.kind === 'furniture') k--;
  return k + 1 === lastEnd || (k >= 0 && blocks[k]!.kind === 'paragraph' && NOTE.test(blocks[k]!.text.trim()));
}

/** A block that closes a piece: its byline set after the text (`（本报记者 郭宇）`), or a note on its data (`数据来源：…`). */
function closesPiece(b: Block): boolean {
  return b.kind === 'byline' || b.byline !== undefined || (b.kind === 'paragraph' && NOTE.test(b.text.trim()));
}
