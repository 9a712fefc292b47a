// A column of short news items under its name (stage 4, after the drafts are cut): `一句话新闻` / `1.记者从市教育局获悉，
// …23所。` / `2.市医保局数据显示，…。` / `3.…。`, or the same lines unmarked (`程家山镇今年栽植核桃、花椒等经济林3200亩。`),
// or numbered head lines each over its one line of text (`县区就业快讯` / `1.潞城区：“订单班”学员全部上岗` / `潞城区今年…。`).
// Each item is an article of its own and the column's name is the page's furniture. The older readers miss these
// forms: a brief (structure/briefs.ts) is set off by a symbol bullet or opens with its date, and a numbered line is
// otherwise an item of a list; a run of items (structure/item-runs.ts) is opened by a place or date in brackets or a
// place and its colon. What tells a column of items from a list in a box (`温馨提示` / `1.…；` / `2.…；`) or from a
// story's sections is the form of its lines: every item is one line of finished sentences (a tip runs on with `；`),
// numbered in order from 1 in one form, or, unmarked, one sentence holding a count, right under the name that opens
// the piece; a head line is numbered and has no sentence mark, its text one paragraph. Every item reports a count or
// a day, as news does (a tip or a step need not). Three items at least. Not under a box's label (`温馨提示` over
// numbered tips), and unmarked lines not under a piece's own headline that names the place its lead opens with.
import { charCount, endsComplete, isTitleLike } from './structure/shape.ts';
import { mayBeColumnName, unspaced } from './structure/columns.ts';
import { opensOnTerm, SYMBOL_BULLET } from './structure/briefs.ts';
import { itemNumber, type ItemNumber } from './structure/item-numbers.ts';
import { openingPlace } from './structure/opening-place.ts';
import { NEWS_COLUMN, SIDEBAR_LABEL } from './describe/kind.ts';
import { emptyDraft, type Draft } from './segment-passes.ts';
import { asKind } from './block-kind.ts';
import { boxLinesUnder } from './segment-boxes.ts';
import type { Block } from './types.ts';

const MIN_ITEMS = 3;
/** An unmarked item is one sentence, about this long at most. */
const MAX_PLAIN_ITEM_CHARS = 60;
/**
 * `1.`, `1．`, `1、`, `（1）`, `①`: an item's number in digits or circled (structure/item-numbers.ts), not `第一，`; `一、`,
 * `（一）` only under a news column's name (`chinese`), where a piece's sections are no column's items.
 */
function numberOf(text: string, chinese = false): ItemNumber | undefined {
  const number = itemNumber(text);
  return number !== undefined && number.form !== 'ordinal' && (chinese || !number.chinese) ? number : undefined;
}

/** Numbered 1, 2, 3 … in one form. */
function inOrder(texts: readonly string[], chinese = false): boolean {
  const numbers = texts.map((t) => numberOf(t, chinese));
  return numbers.every((x, k) => x !== undefined && x.form === numbers[0]!.form && x.n === k + 1);
}

const plainText = (b: Block) => b.kind === 'paragraph' && b.byline === undefined && b.credit === undefined && b.continued === undefined && !b.text.includes('\n');
/** One line of finished sentences, ended by a full stop or an exclamation: not a tip that runs on with `；`. */
const finished = (b: Block) => plainText(b) && endsComplete(b.text.trim()) && !/[；;]$/u.test(b.text.trim());
const sentences = (t: string) => t.split(/(?<=[。！？!?])/u).filter((x) => x.trim() !== '').length;
/** `程家山镇今年栽植核桃、花椒等经济林3200亩。`: one short sentence holding a count. */
const plainItem = (b: Block) => finished(b) && sentences(b.text) === 1 && charCount(b.text.trim()) <= MAX_PLAIN_ITEM_CHARS;
// A count in Chinese numerals (`一千一百例`, `五个`), as a county paper prints them.
const CHINESE_COUNT = /[零〇一二两三四五六七八九十百千万亿]{2,}\p{Script=Han}|[两二三四五六七八九十百千][个座户名人元吨亩例件场所条台次家辆项张期批支处]/u;
/** An item of news reports a count or a day (`…3200亩。`, `12月1日起，…`): a tip or a step of a procedure need not. */
const counts = (b: Block) => /[\d０-９]/u.test(withoutNumber(b.text)) || CHINESE_COUNT.test(withoutNumber(b.text));

const HEAD_KINDS = new Set<Block['kind']>(['headline', 'heading', 'subheading', 'kicker', 'furniture']);
/** The column's name: a short label with no sentence (`一句话新闻`, `县区就业快讯`), read as a head or as the page's label. */
// A box's label (`温馨提示`, `小贴士`, `相关链接`: describe/kind.ts) heads tips or notes, never a column of news.
function isColumnHead(b: Block | undefined): boolean {
  // (Its name may be spaced letter by letter, `简　讯`, as a scan prints it.)
  return b !== undefined && HEAD_KINDS.has(b.kind) && !b.text.includes('\n') && mayBeColumnName(unspaced(b.text.trim())) && !SIDEBAR_LABEL.test(b.text.trim());
}

/**
 * A piece's own headline over its lead, not a column's name: the head opens with the place its first line opens with
 * (`黎城县冬季送温暖` / `黎城县为…。`): a report's headline names the place its lead then opens with.
 */
function headsItsLead(head: Block, first: Block | undefined): boolean {
  const place = openingPlace(head.text);
  return place !== undefined && first !== undefined && first.text.trim().startsWith(place);
}

/**
 * Where each item starts among the blocks from `from` to the draft's end (furniture goes with the item above it),
 * and whether items have head lines; undefined when the lines are not a column's.
 */
function columnItems(blocks: readonly Block[], from: number, opensDraft: boolean, newsHead = false): { starts: number[]; headed: boolean } | undefined {
  const at = blocks.map((_, k) => k).filter((k) => k >= from && blocks[k]!.kind !== 'furniture');
  const lines = at.map((k) => blocks[k]!);
  // A box's terms (`【政策速递】` / `1.居家适老化改造：…` / `2.家庭养老床位：…`) are no column's items (briefs.ts opensOnTerm).
  if (lines.length < MIN_ITEMS || lines.every((b) => opensOnTerm(withoutNumber(b.text)))) return undefined;
  // One numbered line of finished sentences an item (numbered in Chinese only under a news column's name).
  if (lines.every((b) => finished(b) && counts(b)) && inOrder(lines.map((b) => b.text), newsHead)) return { starts: at, headed: false };
  // A numbered head line over one paragraph an item.
  const heads = lines.filter((_, k) => k % 2 === 0);
  const bodies = lines.filter((_, k) => k % 2 === 1);
  const headLine = (b: Block) => plainText(b) && isTitleLike(withoutNumber(b.text));
  if (lines.length % 2 === 0 && heads.length >= MIN_ITEMS && inOrder(heads.map((b) => b.text)) && heads.every(headLine) && bodies.every((b) => finished(b) && counts(b))) {
    return { starts: at.filter((_, k) => k % 2 === 0), headed: true };
  }
  // Unmarked one-sentence reports, only right under the name that opens the piece, and not under the piece's own
  // headline over its lead (`黎城县冬季送温暖` / `黎城县为…。`).
  // Nor lines set off by one bullet that a box's label heads, none opening as news opens (segment-boxes.ts boxLinesUnder).
  const boxed = lines.every((b) => SYMBOL_BULLET.test(b.text.trim()) && b.text.trim()[0] === lines[0]!.text.trim()[0]) && boxLinesUnder(blocks[from - 1]!.text, lines.map((b) => b.text));
  if (opensDraft && !boxed && !headsItsLead(blocks[from - 1]!, lines[0]) && lines.every((b) => plainItem(b) && counts(b) && numberOf(b.text, true) === undefined)) return { starts: at, headed: false };
  return undefined;
}

/** `1.潞城区：…` → `潞城区：…`; `一、某镇…` → `某镇…`. */
function withoutNumber(text: string): string {
  const t = text.trim();
  const n = numberOf(t, true);
  return n === undefined ? t : t.slice(n.end).trim();
}

/** Nothing but furniture and kickers stands above block `k`: the head at `k` opens the piece. */
const opensAt = (blocks: readonly Block[], k: number) => blocks.slice(0, k).every((x) => x.kind === 'furniture' || x.kind === 'kicker');

/** A draft that ends in a column of items under its name: the text above it, then each item a draft of its own. */
export function splitItemColumn(draft: Draft): Draft[] {
  // (A column set with no blank line after an article that sets its paragraphs apart is read as a packed box first.)
  if (draft.continued.from !== undefined || draft.continued.to !== undefined) return [draft];
  const all = draft.blocks;
  const newsHead = (k: number) => NEWS_COLUMN.test(all[k]!.text.trim());
  // (A second column under its own name closes the first: `城事速递` / `（一）…` … / `县区简讯` / `1.…` …. It is read
  // on its own after the first, each item an article too.)
  const nextHead = (k: number) => {
    const next = all.findIndex((b, j) => j > k + 1 && isColumnHead(b) && newsHead(j));
    return next < 0 ? all.length : next;
  };
  const items = (k: number) => columnItems(all.slice(0, nextHead(k)), k + 1, opensAt(all, k), newsHead(k));
  const at = all.findIndex((b, k) => isColumnHead(b) && items(k) !== undefined);
  if (at < 0) return [draft];
  const stop = nextHead(at);
  const rest = stop < all.length ? splitItemColumn({ ...emptyDraft(), hasBody: true, blocks: all.slice(stop) }) : [];
  // (Where the blocks after the next name are no column of their own, they stay the last item's, as before.)
  const split = rest.length > 1 || (rest.length === 1 && rest[0]!.blocks.length < all.length - stop);
  const blocks = split ? all.slice(0, stop) : all;
  const opens = opensAt(blocks, at);
  const { starts, headed } = split ? items(at)! : columnItems(blocks, at + 1, opens, newsHead(at)) ?? items(at)!;
  const ends = [...starts.slice(1), blocks.length];
  const pieces: Draft[] = starts.map((start, k) => {
    // The column's number is no text of the item (as a brief's bullet is none of its title): `1.潞城区：…` → `潞城区：…`.
    const item = blocks.slice(start, ends[k]).map((b, j): Block => (j > 0 ? b : headed ? { ...asKind(b, 'headline'), text: withoutNumber(b.text) } : { ...b, text: withoutNumber(b.text) }));
    if (k === 0) item.unshift(...(opens ? blocks.slice(0, at) : []), asKind(blocks[at]!, 'furniture'), ...blocks.slice(at + 1, start));
    return { ...emptyDraft(), hasHeadline: headed, hasBody: true, blocks: item };
  });
  const after = split ? rest : [];
  return opens ? [...pieces, ...after] : [{ ...draft, blocks: blocks.slice(0, at) }, ...pieces, ...after];
}
