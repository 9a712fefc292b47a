// A box of counted rows after an article: a title of its own (`【本周热线来电分类（11月27日—12月3日）】`, `■本周热线来电
// 分类（…）`) over three rows or more, each a name and its count set apart by spaces, maybe with its share after
// (`供暖　　　　612件`, `物业管理　74件　占22.4%`, a name spaced to the column's width: `其　他　　　303件`), standing
// between an article's finished text and the next piece (its headline, its kicker, its byline, the page's foot). Such a
// box prints no sentence of the article: its title is a headline (its mark left off) and the rows its text, a piece of
// its own. Rows that running text goes on under (`热线数读` / `供暖　1.9万件` / … / `从诉求类型看，…。`) stay in their
// article, and so does a box with no title of its own or one under text that breaks off.

import type { Block } from '../types.ts';
import { endsComplete, isTitleLike, LEADING_BULLET } from './shape.ts';

/** A box has at least this many rows. */
const MIN_ROWS = 3;
// A row's name: Han letters, maybe spaced one by one to the column's width (`其　他`).
const NAME = String.raw`\p{Script=Han}(?:[\s\u3000]?\p{Script=Han}){0,9}`;
// Its count with its unit (`612件`, `1.9万户`, `41.2%`), no date (`12月`).
const COUNT = String.raw`\d+(?:\.\d+)?[万亿]?(?:(?![年月日号时])\p{Script=Han}{1,2}|[%％‰])`;
// Its share after the count: `占22.4%`, `22.4%`.
const SHARE = String.raw`占?\d+(?:\.\d+)?[%％]`;
const ROW = new RegExp(String.raw`^${NAME}[\s\u3000]+${COUNT}(?:[\s\u3000]+${SHARE})?$`, 'u');
// Brackets round a title: `【…】` (a later stage takes them off the headline).
const BRACKETS = /^【(.+)】$/u;

/** `物业管理　　238件`, `供暖　136件　占41.2%`, `其　他　　　303件`: a name and its count, a row of a counted box. */
export function isCountRow(line: string): boolean {
  return ROW.test(line.trim());
}

const linesOf = (b: Block) => b.text.split('\n').map((l) => l.trim()).filter(Boolean);
const plain = (b: Block | undefined) => b !== undefined && b.byline === undefined && b.credit === undefined;
// What a row or the box's title may have been read as before the box was seen.
const LINE_KINDS = new Set<Block['kind']>(['paragraph', 'caption', 'heading', 'subheading']);
// What may stand after the box: the next piece's head or the page's lines, not running text (a byline: headsNext).
const NEXT_KINDS = new Set<Block['kind']>(['headline', 'kicker', 'furniture']);

/** A title with its mark before it (`■`, `◆`: shape.ts LEADING_BULLET) left off, as its headline prints it. */
const untitled = (line: string) => line.trim().replace(LEADING_BULLET, '');

/** A box's title: one title-like line, no row and no label announcing what follows (`各县区排名：`). */
function isBoxTitle(line: string): boolean {
  const t = untitled(line).replace(BRACKETS, '$1').trim();
  return t.length > 0 && isTitleLike(t) && !isCountRow(t) && !/[：:]$/u.test(t);
}

/** The rows from block `from` on (all of each block a row), and where they end: [rows, end]. */
function rowsFrom(blocks: readonly Block[], from: number): [number, number] {
  let rows = 0;
  let k = from;
  while (k < blocks.length && LINE_KINDS.has(blocks[k]!.kind) && plain(blocks[k]) && linesOf(blocks[k]!).every(isCountRow)) {
    rows += linesOf(blocks[k]!).length;
    k++;
  }
  return [rows, k];
}

// A byline in brackets (`（本报记者 王 某）`) closes the text above it: it signs that text, it heads no piece.
const BRACKETED = /^[（(].*[）)]$/u;

/**
 * A byline under the rows heads the next piece only over the text it signs (`本报记者 李 娜` / `今年以来，…`); one in
 * brackets, or one under which no text follows, is the article's own, closing its text, and the box stays with it.
 */
const headsNext = (blocks: readonly Block[], k: number) => !BRACKETED.test(blocks[k]!.text.trim()) && blocks[k + 1]?.kind === 'paragraph';

/** After the rows: the next piece or the page's end, past one title-like line over the next piece (`【读者来信】`). */
function closesBox(blocks: readonly Block[], end: number): boolean {
  const next = blocks[end];
  if (next?.kind === 'byline') return headsNext(blocks, end);
  if (next === undefined || NEXT_KINDS.has(next.kind)) return true;
  const after = blocks[end + 1];
  return LINE_KINDS.has(next.kind) && plain(next) && linesOf(next).length === 1 && isTitleLike(next.text.trim()) && after !== undefined && (after.kind === 'headline' || after.kind === 'kicker');
}

/** The article's text above has ended: a paragraph ending on its sentence's end. */
const afterText = (b: Block | undefined) => b?.kind === 'paragraph' && endsComplete(b.text.trim());

function asKind(b: Block, kind: 'headline' | 'paragraph', text = b.text): Block {
  const { level: _level, ...rest } = b;
  return { ...rest, kind, text };
}

/** The page's blocks with each counted box after an article read as a piece: its title a headline, its rows text. */
export function countedRowBoxes(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const own = linesOf(b);
    // The title and its rows in one block (`■本周热线来电分类（…）` / `供暖　136件　占41.2%` / …).
    if (b.kind === 'paragraph' && plain(b) && own.length > MIN_ROWS && isBoxTitle(own[0]!) && own.slice(1).every(isCountRow) && afterText(blocks[i - 1]) && closesBox(blocks, i + 1)) {
      out.push(asKind(b, 'headline', untitled(own[0]!)), asKind(b, 'paragraph', own.slice(1).join('\n')));
      continue;
    }
    // The title a block of its own over rows a block each (`【…】` / `供暖　　612件` / …).
    const [rows, end] = rowsFrom(blocks, i + 1);
    if (LINE_KINDS.has(b.kind) && plain(b) && own.length === 1 && isBoxTitle(own[0]!) && rows >= MIN_ROWS && afterText(blocks[i - 1]) && closesBox(blocks, end)) {
      out.push(asKind(b, 'headline', untitled(own[0]!)), ...blocks.slice(i + 1, end).map((r) => asKind(r, 'paragraph')));
      i = end - 1;
      continue;
    }
    out.push(b);
  }
  return out;
}
