// A box told by the form of its lines (issue 15), wherever it stands: after running text, a short title line
// with no sentence in it (`家庭医生能做啥`, `◆签约咨询电话`, `▲人物名片`, `【借阅指南】`), over lines of a shape the
// article's paragraphs never have — short lines with no sentence mark (`建立和管理健康档案`, `供暖　1.9万件`, a
// person card's `1982年生，…人`), labelled facts (`开放时间：每天9:00—21:00`) or a list's items (`1.…；`), maybe
// after a line that introduces them (`冬季护心，您可以这样做：`). The title is the box's headline and its lines are
// its text, so the box is a piece of its own, not captions, section headings or a joined headline of the article
// around it; the article's text going on under the box goes back to it (segment-passes.ts, textAfterBoxes).
// Run over a page's classified blocks (blocks.ts), after box-forms.ts has read tables, timelines and data items.

import { isFurniture } from '../lexicon/furniture.ts';
import { readField } from './field-lines.ts';
import { isPageLine } from './page-lines.ts';
import { isBoxLine } from './box-forms.ts';
import { isFigureLine } from './data-items.ts';
import { charCount, endsComplete, isKeyValueBox, isListItem, isTableRow, isTitleLike, opensWithSectionNumber } from './shape.ts';
import { isTable } from './tables.ts';
import type { Block } from '../types.ts';

/** Unmarked lines under a plain title: fewer may be a kicker, headline and deck stacked over the next piece. */
const MIN_BOX_LINES = 3;
/** A box's title is a label or a short phrase. */
const MAX_TITLE_CHARS = 16;
/** An unmarked line of a box is about as long as a headline … */
const MAX_LINE_CHARS = 30;
/** … an item of a list (a tip) may run to a clause or two. */
const MAX_ITEM_CHARS = 60;

// An ornament or brackets setting a title off: `◆签约咨询电话`, `▲ 人物名片`, `【借阅指南】`.
const MARK = /^[●■◆►▶▷▪•◇○□◎◉★☆▲△][\s\u3000]*/u;
const BRACKETED = /^【([^【】]{1,14})】$/u;
const SENTENCE_MARK = /[。！？!?；;]/u;
const INNER_SENTENCE_MARK = /[。！？!?；;](?=.)/u;
// A line introducing the box's lines: `冬季护心，您可以这样做：`.
const INTRO = /[：:]$/u;
// What a box line may have been read as before its box was seen.
const LINE_KINDS = new Set<Block['kind']>(['paragraph', 'caption', 'heading', 'subheading', 'kicker', 'headline']);
const TITLE_KINDS = LINE_KINDS;

/** The title without the ornament or brackets that set it off. */
export function bareTitle(text: string): string {
  const t = text.trim();
  return BRACKETED.exec(t)?.[1]?.trim() ?? t.replace(MARK, '').trim();
}

/** One line of a box: an item of a list (a clause or two, its sentence ended only at its end), or a short line with no sentence. */
export function isFormBoxLine(line: string): boolean {
  const t = line.trim();
  if (!t || isTableRow(t)) return false;
  if (isListItem(t)) return charCount(t) <= MAX_ITEM_CHARS && !INNER_SENTENCE_MARK.test(t);
  return charCount(t) <= MAX_LINE_CHARS && !SENTENCE_MARK.test(t) && !/[，,、]$/u.test(t);
}

/**
 * Lines that make a box's text: labelled facts (two or more), or three lines or more each a box's line, the first
 * maybe one introducing the others.
 */
export function isFormBoxText(lines: readonly string[]): boolean {
  const ls = lines.map((l) => l.trim()).filter(Boolean);
  if (ls.length >= 2 && isKeyValueBox(ls)) return true;
  const [first, ...rest] = ls;
  const intro = first !== undefined && INTRO.test(first) && charCount(first) <= MAX_LINE_CHARS && rest.length >= 2;
  const own = intro ? rest : ls;
  // Parallel lines: all items of a list, all labelled facts or all unmarked.
  return ls.length >= MIN_BOX_LINES && own.every(isFormBoxLine) && new Set(own.map(lineShape)).size === 1;
}

function lineShape(line: string): 'item' | 'field' | 'plain' {
  if (isListItem(line)) return 'item';
  return isKeyValueBox([line, line]) ? 'field' : 'plain';
}

const linesOf = (b: Block) => b.text.split('\n').map((l) => l.trim()).filter(Boolean);
const plain = (b: Block) => b.byline === undefined && b.credit === undefined && b.continued === undefined;

/** A line the page prints as its own (its date line, staff credits, a label it prints anywhere): no box's. */
function pagesOwn(text: string): boolean {
  return isPageLine(text) || isFurniture(text);
}

/** A block that may hold lines of a box: text or title-like lines, or a fact line read as the page's foot. */
function mayBeBoxLines(b: Block | undefined): boolean {
  if (b === undefined || !plain(b)) return false;
  // Tables, timelines and figures over their labels are read by box-forms.ts.
  if (isBoxLine(b.text)) return false;
  // A line read as the page's: a labelled fact taken for its contacts (`电话：0355-…`) or a line no page line reads
  // as its own, never its staff or an export's field (`编辑：…`), its date line or a label it prints anywhere.
  if (b.kind === 'furniture') {
    const t = b.text.trim();
    return !t.includes('\n') && isFormBoxLine(t) && readField(t) === undefined && !isFurniture(t) && (isKeyValueBox([t, t]) || !isPageLine(t));
  }
  return LINE_KINDS.has(b.kind) && linesOf(b).every(isFormBoxLine);
}

/** A title over a box: one short line with no sentence, set off by a mark or not. */
function isBoxTitle(b: Block | undefined): boolean {
  if (b === undefined || !TITLE_KINDS.has(b.kind) || !plain(b) || b.text.trim().includes('\n')) return false;
  const bare = bareTitle(b.text);
  return bare.length > 0 && charCount(bare) <= MAX_TITLE_CHARS && isTitleLike(bare) && !isListItem(b.text.trim().replace(MARK, '')) && !isKeyValueBox([bare, bare]) && !opensWithSectionNumber(bare) && !pagesOwn(b.text) && !isFigureLine(bare);
}

/**
 * A title stands over its lines: set off by a mark, or shorter than most of them where they are unmarked lines
 * like it — a run of photo captions closing a page (`铁骑铸魂倾心守护万家安宁` / `水清岸绿共绘美丽生态画卷` / …) has
 * no title. Asked only where no text goes on under the lines: a box inside an article is told by the text around it.
 */
function standsOver(title: string, lines: readonly string[]): boolean {
  const t = title.trim();
  if (MARK.test(t) || BRACKETED.test(t) || !lines.every((l) => lineShape(l) === 'plain')) return true;
  const n = charCount(bareTitle(t));
  return lines.filter((l) => charCount(l.trim()) > n).length * 2 > lines.length;
}

/** Running text ended above: the box stands inside an article or after it, not in a headline's stack. */
function afterText(blocks: readonly Block[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && blocks[k]!.kind === 'furniture') k--;
  const above = blocks[k];
  // Text ending on a colon (`…情况如下：`) introduces the lines under it: they are the article's own.
  return above !== undefined && above.kind === 'paragraph' && endsComplete(above.text) && !isFormBoxText(linesOf(above)) && !isFormBoxLine(linesOf(above).at(-1) ?? '');
}

// A figure of a line: `560`, `5.6`.
const FIGURE = /\d+(?:\.\d+)?/gu;
/** A head's stack is a kicker, a headline and a deck or two. */
const MAX_STACK_LINES = 4;

/**
 * A kicker over a headline over decks (`暖心工程` / `我市新增供热面积560万平方米` / `惠及居民5.6万户` / …), no mark
 * setting the title off, unmarked lines each a clause, over running text that tells their figures again: the next
 * article's head, its text under it, not a box inside the article above.
 */
function headsTextBelow(title: string, lines: readonly string[], below: Block | undefined): boolean {
  const t = title.trim();
  if (MARK.test(t) || BRACKETED.test(t) || lines.length > MAX_STACK_LINES || !lines.every((l) => lineShape(l) === 'plain')) return false;
  if (below?.kind !== 'paragraph') return false;
  const told = new Set(below.text.match(FIGURE) ?? []);
  return lines.some((l) => (l.match(FIGURE) ?? []).some((f) => told.has(f)));
}

function as(b: Block, kind: 'headline' | 'paragraph' | 'kicker' | 'deck', text = b.text): Block {
  const { level: _level, ...rest } = b;
  return { ...rest, kind, text };
}

/** The page's blocks with boxes told by their lines' form read: the title a headline, the lines paragraphs. */
export function readFormBoxes(blocks: readonly Block[], raw: readonly string[]): Block[] {
  const units = blocks;
  // A headline the page's column broke over two lines, joined (split-headline.ts), may be two lines of a box
  // (`上门巡诊和康复指导` / `预约转诊和长处方`): its raw lines are the box's.
  const linesIn = (u: Block) => rawLines(u, raw) ?? linesOf(u);
  const out: Block[] = [];
  let i = 0;
  while (i < units.length) {
    const b = units[i]!;
    // A title alone on its line over the box's lines, one a block or several in one.
    if (isBoxTitle(b) && afterText(units, i)) {
      let j = i + 1;
      // A line over a byline, a deck or a signed item's text (`本报讯（通讯员 X）…`) heads the next piece.
      const heads = (u: Block | undefined) => u !== undefined && (u.kind === 'byline' || u.kind === 'deck' || (u.kind === 'paragraph' && u.byline !== undefined));
      while (mayBeBoxLines(units[j]) && !heads(units[j + 1])) j++;
      const lines = units.slice(i + 1, j).flatMap(linesIn);
      const next = units[j];
      // The box ends where the page does, a piece's headline stands, or the article's text goes on.
      const pageEnds = units.slice(j).every((u) => u.kind === 'furniture');
      const goesOn = next?.kind === 'paragraph' && endsComplete(next.text) && !isFormBoxLine(linesOf(next)[0] ?? '');
      const ends = pageEnds || next!.kind === 'headline' || goesOn;
      // A table's head row over its rows is read by box-forms.ts.
      // One of a series of such entries (`西关社区长者食堂` / `地点：…` / `电话：…`, then the next) is the article's list.
      const series = isBoxTitle(next) && mayBeBoxLines(units[j + 1]);
      // A box read already, its title a headline over its lines as text, stays as it was read.
      const read = b.kind === 'headline' && units.slice(i + 1, j).every((u) => u.kind === 'paragraph');
      // A line over a headline is its kicker: the two head a piece.
      const stack = units[i + 1]?.kind === 'headline';
      // The next article's head stacked over its text: a kicker, its headline and decks, one a block.
      if (goesOn && j - i - 1 === lines.length && headsTextBelow(b.text, lines, next)) {
        const [headline, ...decks] = units.slice(i + 1, j);
        out.push(as(b, 'kicker'), as(headline!, 'headline'), ...decks.map((d) => as(d, 'deck')));
        i = j;
        continue;
      }
      if (j > i + 1 && ends && !series && !read && !stack && (goesOn || standsOver(b.text, lines)) && isFormBoxText(lines) && !isTable([b.text.trim(), ...lines]) && !isTable(lines)) {
        // The lines one paragraph, as printed together: repair never joins it to the text beside it (joins.ts).
        const body = units.slice(i + 1, j);
        out.push(as(b, 'headline', bareTitle(b.text)), { ...as(body[0]!, 'paragraph', lines.join('\n')), source: body.flatMap((u) => u.source) });
        i = j;
        continue;
      }
    }
    // The title on the first line of one block over the lines (`家长请注意` / `1.…；` / `2.…。`).
    const [head, ...rest] = linesOf(b);
    if (b.kind === 'paragraph' && plain(b) && rest.length > 0 && !isBoxLine(b.text) && !isTable(rest) && afterText(units, i) && isBoxTitle({ ...b, text: head! }) && !MARK.test(head!) && isFormBoxText(rest)) {
      out.push(as(b, 'headline', bareTitle(head!)), as(b, 'paragraph', rest.join('\n')));
      i++;
      continue;
    }
    out.push(b);
    i++;
  }
  return out;
}

/** The raw lines a title-like block was joined from, one a raw block; undefined for any other block. */
function rawLines(b: Block, raw: readonly string[]): string[] | undefined {
  if (b.source.length < 2 || !TITLE_KINDS.has(b.kind) || b.kind === 'paragraph') return undefined;
  const parts = b.source.map((s) => raw[s]?.trim() ?? '');
  return parts.every((p) => p && !p.includes('\n')) ? parts : undefined;
}

/**
 * Where a box's lines end among a piece's blocks, from `from` on (its headline's draft: the lines, then maybe the
 * article's text going on): the paragraphs whose lines are a box's, when together they make one; else `from`.
 */
export function formBoxEnd(blocks: readonly Block[], from: number): number {
  // A box's title is short; an article's headline over labelled lines (`提案人：…` / `答复单位：…`) heads its own text.
  const title = blocks.slice(0, from).findLast((b) => b.kind === 'headline');
  if (title === undefined || charCount(bareTitle(title.text)) > MAX_TITLE_CHARS) return from;
  let end = from;
  while (blocks[end]?.kind === 'paragraph' && plain(blocks[end]!) && linesOf(blocks[end]!).every(isFormBoxLine)) end++;
  const lines = blocks.slice(from, end).flatMap(linesOf);
  // Text under a list's items (`6. 不要把电池带回家中充电。` / `根据《…》，…`) may be the list's own word on them: it stays.
  return end > from && isFormBoxText(lines) && !lines.every(isListItem) ? end : from;
}
