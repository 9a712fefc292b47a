// Boxes read as what they are, by their form (issue 15): a table (tables.ts), figures printed over their labels
// (data-items.ts), a timeline of dated lines (timelines.ts) and a notice closed by its issuer (issuers.ts). Their
// lines are running text of the box, never kickers, captions or headings, and the title-like lines right over
// them are the box's headline and kicker, so the box is a piece of its own, not the tail of the article above.
// Run over a page's classified blocks (blocks.ts); describe/kind.ts asks isBoxText whether a piece is such a box.

import { isPhotoCredit } from './bylines.ts';
import { isBoxEdge } from './frames.ts';
import { isDataItem, isFigureLine, isItemLabel, isItemPair, isLabelColonFigure, isLabelledFigure, MIN_DATA_ITEMS } from './data-items.ts';
import { isIssuerLine, isSignedDate } from './issuers.ts';
import { isFurniture } from '../lexicon/furniture.ts';
import { isPageLine } from './page-lines.ts';
import { isRule, isTitleLike, opensWithSectionNumber } from './shape.ts';
import { readNumberBlocks } from './number-blocks.ts';
import { isNumberBlockUnit } from './number-units.ts';
import { isTable, tableEnd } from './tables.ts';
import { isTimeline, isTimelineEntry, MIN_TIMELINE_LINES, yearOnly } from './timelines.ts';
import type { Block } from '../types.ts';

// What a line of a box may have been read as before its box was seen.
const LINE_KINDS = new Set<Block['kind']>(['paragraph', 'caption', 'heading', 'subheading', 'kicker', 'headline']);
// What a title over a box may have been read as.
const TITLE_KINDS = new Set<Block['kind']>(['caption', 'heading', 'subheading', 'kicker', 'headline']);
/** A box's title is a headline with a label (its kicker) over it at most. */
const MAX_TITLE_LINES = 2;
// A note on a box's data: `（数据截至2025年11月底）`, `数据来源：…`, `注：…`.
const NOTE = /^[（(][^（()）]*[)）]$|^(?:[备附]?注|(?:数据|资料)?来源)[：:]/u;

const lines = (b: Block) => b.text.split('\n').map((l) => l.trim()).filter(Boolean);
const oneLine = (b: Block | undefined) => b !== undefined && LINE_KINDS.has(b.kind) && b.credit === undefined && b.byline === undefined && !b.text.trim().includes('\n');

function asParagraph(b: Block): Block {
  const { level: _level, ...rest } = b;
  return { ...rest, kind: 'paragraph' };
}

/** Where box bodies start and end (end exclusive) among the blocks. */
function boxBodies(blocks: readonly Block[]): [number, number][] {
  const bodies: [number, number][] = [];
  let i = 0;
  while (i < blocks.length) {
    const end = bodyEnd(blocks, i);
    if (end > i) {
      bodies.push([i, end]);
      i = end;
    } else i++;
  }
  return bodies;
}

function bodyEnd(blocks: readonly Block[], i: number): number {
  const b = blocks[i]!;
  // A label over its figure may have been taken for the page's (a column's name at its foot).
  if (!LINE_KINDS.has(b.kind)) return isTitleTakenForFurniture(b) ? i + labelledFiguresEnd(blocks, i) : i;
  // A whole table, timeline or set of items in one block.
  const own = lines(b);
  if (own.length > 1 && (isTable(own) || isTimeline(own))) return i + 1;
  // Rows one a block, read only as far as they run.
  const line = (k: number) => (oneLine(blocks[k]) ? blocks[k]!.text.trim() : undefined);
  const table = tableEnd(line, i);
  if (table > i) return table;
  // A title dated by its year alone over entries dated by month or day (`2025年 我市 大事记` / `3月12日 …`) is no entry.
  const titled = line(i) !== undefined && line(i + 1) !== undefined && yearOnly(line(i)!) && !yearOnly(line(i + 1)!);
  let dated = i;
  while (!titled && line(dated) !== undefined && isTimelineEntry(line(dated)!)) dated++;
  if (dated - i >= MIN_TIMELINE_LINES) return dated;
  // Labels and their figures after a colon (`县域内就诊率：９０．２％`), a line each, in one block or a block each.
  if (own.length > 1 && own.every(isLabelColonFigure)) return i + 1;
  let labelled = i;
  while (line(labelled) !== undefined && isLabelColonFigure(line(labelled)!)) labelled++;
  if (labelled - i >= MIN_DATA_ITEMS) return labelled;
  return i + (dataItemsEnd(blocks, i, 'figure') || labelledFiguresEnd(blocks, i));
}

type Over = 'figure' | 'label';

/**
 * Items of a figure over its label, in one block each (`46.7公里\n新建…`) or a block each line: how many blocks.
 * `over`: what a box sets over the other, the figure (as most do) or the label.
 */
function dataItemsEnd(blocks: readonly Block[], i: number, over: Over): number {
  const item = over === 'figure' ? isDataItem : isLabelledFigure;
  const [upper, lower] = over === 'figure' ? [isFigureLine, isItemLabel] : [isItemLabel, isFigureLine];
  let k = i;
  let items = 0;
  for (;;) {
    const b = blocks[k];
    if (b === undefined || !(LINE_KINDS.has(b.kind) || isTitleTakenForFurniture(b))) break;
    if (LINE_KINDS.has(b.kind) && item(lines(b))) {
      k++;
      items++;
    } else if (itemLine(b) && upper(b.text) && itemLine(blocks[k + 1]) && lower(blocks[k + 1]!.text)) {
      k += 2;
      items++;
    } else break;
  }
  return items >= MIN_DATA_ITEMS ? k - i : 0;
}

/**
 * Labels over their figures (`受益居民` / `3.1万户`): only where no label is left under the last figure, which tells
 * figures over labels read from a line too early (a box's title over `46.7公里` / `新建…` / … / `新增公共停车位`).
 */
function labelledFiguresEnd(blocks: readonly Block[], i: number): number {
  const n = dataItemsEnd(blocks, i, 'label');
  const after = blocks[i + n];
  return n > 0 && !(itemLine(after) && isItemLabel(after!.text)) ? n : 0;
}

/**
 * A title-like line of one block that may stand over a box, or a headline broken over two lines for its
 * column's width (`2025年某县农业农村` / `重点工作一览`, split-headline.ts).
 */
function isTitleBlock(b: Block | undefined): boolean {
  if (b === undefined || !TITLE_KINDS.has(b.kind) || b.credit !== undefined) return false;
  const own = lines(b);
  return own.length <= 2 && own.every(isTitleLike);
}

/**
 * One line of an item: a line of text, or a short label the page's foot took for a column's name (`数读` / … /
 * `1.6万户` / `带动农户增收` closing the page).
 */
function itemLine(b: Block | undefined): boolean {
  return oneLine(b) || (b !== undefined && isTitleTakenForFurniture(b));
}

/**
 * A title-like line read as the page's, set among its furniture (`2025年3月1日` signing a notice / `生活提示` /
 * `本周菜价` / a table): over a box's body it is the box's title, unless it is a page line, a rule or a label
 * the page prints as furniture wherever it stands.
 */
function isTitleTakenForFurniture(b: Block): boolean {
  const t = b.text.trim();
  return b.kind === 'furniture' && !t.includes('\n') && isTitleLike(t) && !isPageLine(t) && !isRule(t) && !isFurniture(t);
}

/** The title lines right over a box's body become its headline and kicker, where they do not head an article above. */
function titleBox(out: Block[], start: number): void {
  let top = start;
  while (top > 0 && start - top < MAX_TITLE_LINES && (isTitleBlock(out[top - 1]) || isTitleTakenForFurniture(out[top - 1]!))) top--;
  if (top === start) return;
  // Under a byline or a deck the title lines are an article's own, read already.
  const above = out[top - 1];
  if (above !== undefined && (above.kind === 'byline' || above.kind === 'deck')) return;
  for (let k = top; k < start; k++) {
    const { level: _level, ...rest } = out[k]!;
    out[k] = { ...rest, kind: k === start - 1 ? 'headline' : 'kicker' };
  }
}

/**
 * A ruled or drawn table printed under an article's text, its title on a line of its own over its rules and rows (`…的十件民生实事…`
 * / `长子县民生实事进展情况（截至11月20日）` / `┌──┬──┐` / `│项目│…`): the title is the table's, and with it a line of
 * the article's text (tables.ts reads a title over its rows as the table's own), not a box's headline. A marked label
 * (`■ 价格一览`, `【数说】`) still heads a box of its own. Whether the block at `start` opens such a table; if so its
 * title is made text.
 */
function titleOfTableInText(out: Block[], start: number): boolean {
  const own = lines(out[start]!);
  const line = (k: number) => (oneLine(out[k]) ? out[k]!.text.trim() : undefined);
  const rows = own.length > 1 && isTable(own) ? own : out.slice(start, tableEnd(line, start)).map((b) => b.text.trim());
  if (rows.length < 2 || isItemList(rows.slice(1))) return false;
  let k = start - 1;
  while (k >= 0 && out[k]!.kind === 'furniture' && isRule(out[k]!.text)) k--;
  // (Only a ruled or drawn table, its rules over its rows or among them: a table printed with spaces or tabs under a
  // title of its own line is a box.)
  if (k === start - 1 && !rows.some((r) => isRule(r))) return false;
  const title = out[k];
  if (k < 1 || !isTitleBlock(title) || lines(title!).length !== 1 || MARKED_LABEL.test(title!.text.trim())) return false;
  // (Text its reporter's signature in brackets closed, `…。（记者 X）`, or a photo's credit, is done: a table under it
  // is a box's.)
  const above = out[k - 1]!;
  if (above.kind !== 'paragraph' || above.credit !== undefined) return false;
  out[k] = asParagraph(title!);
  return true;
}
// A row's last cell a figure printed with its own unit (`建设旱作节水示范区 5000亩`).
const FIGURE_WITH_UNIT = /[\s\u3000|｜][约近超]?\p{Nd}[\p{Nd},，.．]*[万亿]?\p{Script=Han}{1,3}[|｜]?$/u;

/**
 * Rows each a thing and its count with its unit (`项目 数量` / `新建集雨水窖 260口` / …): a list of items with their
 * figures, a box of data as figures over their labels are (data-items.ts), not a table of the article's numbers,
 * whose units stand in its headings.
 */
function isItemList(rows: readonly string[]): boolean {
  const filled = rows.filter((r) => !isRule(r));
  return filled.length > 0 && filled.every((r) => FIGURE_WITH_UNIT.test(r));
}

// A label a box is set off by: a bullet or brackets before it.
const MARKED_LABEL = /^[【〔\[■□●○◆◇▲△★☆◎▍▌]/u;

// The formula a notice's text closes on: `特此公告。`, `…特此更正，并向读者致歉。`.
const CLOSES_NOTICE = /特此(?:公告|通知|通告|更正|声明|说明|公示)[^。！？!?]{0,12}[。！!]$/u;

/**
 * A body's name alone after a paragraph (`平顺县自来水公司`, `本报编辑部`) signs a notice where the day it signed stands
 * under it, the box drawn round the notice closes under it, the notice holds a table (a 公示's list) or its text closes
 * on a notice's formula (`…特此更正，并向读者致歉。`): it is text, and the
 * notice's title over its text (after text, a rule or a page line) is a headline. A place's name under a photo (`某县某镇敬老院`) is none of these.
 * A numbered head over the signed text (`四、录取公示`) is the notice's last section, its title stands higher.
 */
function signIssuers(out: Block[], tabled: ReadonlySet<number>): void {
  for (let i = 1; i < out.length; i++) {
    const b = out[i]!;
    if (!oneLine(b) && b.kind !== 'paragraph') continue;
    if (out[i - 1]!.kind !== 'paragraph' || !isIssuerLine(b.text)) continue;
    let next = i + 1;
    const dated = out[next] !== undefined && isSignedDate(out[next]!.text);
    if (dated) next++;
    const after = out[next];
    if (after !== undefined && after.kind === 'paragraph') continue;
    let k = i - 1;
    while (k > 0 && out[k]!.kind === 'paragraph') k--;
    const table = [...tabled].some((t) => t > k && t < i);
    if (!dated && !table && !(after !== undefined && isBoxEdge(after.text)) && !CLOSES_NOTICE.test(out[i - 1]!.text.trim())) continue;
    out[i] = asParagraph(b);
    if (dated) out[i + 1] = asParagraph(out[i + 1]!);
    const title = out[k]!;
    if ((title.kind === 'heading' || title.kind === 'subheading' || title.kind === 'caption') && isTitleBlock(title) && !opensWithSectionNumber(title.text) && (out[k - 1] === undefined || out[k - 1]!.kind === 'paragraph' || out[k - 1]!.kind === 'furniture' || closesOnCredit(out[k - 1]!))) {
      out[k] = { ...asParagraph(title), kind: 'headline' };
    }
  }
}

/**
 * A photo's credit closes the piece above as its text's end does: on a line of its own (`本报记者 梁 晨 摄`) or after the
 * caption it ends (`府后社区“幸福食堂”里，老人们在用午餐。　本报记者　贺雅文　摄`).
 */
function closesOnCredit(b: Block): boolean {
  return (b.kind === 'caption' && b.credit !== undefined && isPhotoCredit(b.credit)) || (b.kind === 'byline' && isPhotoCredit(b.text));
}

/** The page's blocks with its boxes read: lines as text, titles over them as headline and kicker, issuers as text. */
export function readBoxForms(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  const tabled = new Set<number>();
  for (const [start, end] of boxBodies(out)) {
    for (let k = start; k < end; k++) {
      out[k] = asParagraph(out[k]!);
      tabled.add(k);
    }
    if (!titleOfTableInText(out, start)) titleBox(out, start);
  }
  signIssuers(out, tabled);
  // Runs of big numbers (a data page's items, charts and notes) are read last, as one piece's text.
  return readNumberBlocks(joinDataItems(out, tabled));
}

/**
 * A figure printed on a line of its own over its label on the next (`46.7公里` / `新建改造城市供水管网`), each a
 * block where the page has no blank lines, is one item: one paragraph of two lines, as when printed together,
 * so the label stays with its figure.
 */
function joinDataItems(blocks: readonly Block[], boxed: ReadonlySet<number>): Block[] {
  const out: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const [a, b] = [blocks[k]!, blocks[k + 1]];
    if (b !== undefined && boxed.has(k) && boxed.has(k + 1) && isItemPair([a.text, b.text]) && !a.text.includes('\n') && !b.text.includes('\n')) {
      out.push({ ...a, text: `${a.text.trim()}\n${b.text.trim()}`, source: [...a.source, ...b.source] });
      k++;
    } else out.push(a);
  }
  return out;
}

/**
 * The paragraphs of a box: a table, a timeline or figures over labels (a note on the data aside), or a notice its
 * issuer signs at the end (maybe over the day).
 */
export function isBoxText(paragraphs: readonly string[]): boolean {
  const texts = paragraphs.map((p) => p.trim()).filter((p) => p && !NOTE.test(p));
  if (texts.length === 0) return false;
  const all = texts.flatMap((t) => t.split('\n').map((l) => l.trim()).filter(Boolean));
  if (isTable(all) || isTimeline(all)) return true;
  // Figures over labels, an item a block or a line a block: the lines pair up, figure then label.
  const pairs = all.length / 2;
  if (pairs >= MIN_DATA_ITEMS && Number.isInteger(pairs) && all.every((l, k) => k % 2 === 1 || isItemPair([l, all[k + 1]!]))) return true;
  // Labels and their figures after a colon, a line each.
  if (all.length >= MIN_DATA_ITEMS && all.every(isLabelColonFigure)) return true;
  const last = isSignedDate(texts.at(-1)!) ? texts.at(-2) : texts.at(-1);
  return texts.length >= 2 && last !== undefined && isIssuerLine(last);
}

/**
 * A block that is a box's own line or lines, whole as printed: a table, a timeline, a figure over its label or
 * alone or after its label and a colon, an issuer's name, the day signed, a note on the data (`（数据截至11月底）`), a big number's item or a chart
 * (number-blocks.ts). Repair never joins one to the text beside it (joins.ts).
 */
export function isBoxLine(text: string): boolean {
  const ls = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (ls.length === 0) return false;
  if (ls.length > 1) return isTable(ls) || isTimeline(ls) || isItemPair(ls) || isNumberBlockUnit(ls) || ls.every(isLabelColonFigure);
  return isFigureLine(ls[0]!) || isLabelColonFigure(ls[0]!) || isSignedDate(ls[0]!) || isIssuerLine(ls[0]!) || NOTE.test(ls[0]!) || isNumberBlockUnit(ls);
}
