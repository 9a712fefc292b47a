// Blocks of big numbers (数读 / 数说 data pages): each number set large on a line of its own, its unit maybe on
// the next line (`38.1` / `公里`), its label over or under it (`集中供热面积` / `1260万平方米`), maybe a short line of
// its change after the label (`较上个采暖季新增1.9万户`); a chart's title over rows of a name and a number, bars
// between maybe (`潞州区  ████  42.5`); notes on the data (`注：…`, `数据来源：…`) and the chart's credit (`制图：…`).
// Read by their form, such a run is one piece's text: each item one paragraph (number and unit joined, its label
// beside it), the chart one paragraph, the notes paragraphs, the credit the page's furniture, and a label over the
// next items' labels (`投诉处理情况` / `受理供热投诉` / `1326件`) a heading inside the piece, not a new article.
// Run over a page's blocks after its boxes were read (box-forms.ts readBoxForms).
// The lines' forms are number-lines.ts's, the run's units number-units.ts's; this module reads the page's blocks.

import { isPageLine } from './page-lines.ts';
import { isFurniture } from '../lexicon/furniture.ts';
import { charCount } from './shape.ts';
import { BARE_NUMBER, CREDIT, isBigNumber, isChartRow, itemLine, MAX_ITEM_LINE_CHARS, NOTE, SENTENCE } from './number-lines.ts';
import { unitAt, type Line, type Unit } from './number-units.ts';
import type { Block } from '../types.ts';

/** A run holds at least this many items, or one item and a chart. */
const MIN_ITEMS = 2;

// What a line of such a block may have been read as before.
const LINE_KINDS = new Set<Block['kind']>(['paragraph', 'caption', 'heading', 'subheading', 'kicker', 'headline', 'furniture']);
// A rule drawn across the page between pieces: `---`, `***`, `===`, `————` (not shape.ts's isRule, which takes
// ornament rows too).
const RULE = /^(?:[-*=_—─━═～~]\s*){3,}$/u;

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