// Photo news items, for segment.ts: where a credited paragraph is an item of its own (its date, a wire item
// before it, a photo already done) rather than the last paragraph of the article above.
import { creditsBylinePerson, isPhotoCredit, isWireByline, tookPhotos } from './structure/bylines.ts';
import { tagWords } from './figures/words.ts';
import { charCount, opensWithDate } from './structure/shape.ts';
import type { Block } from './types.ts';
import type { Draft } from './segment-passes.ts';

/** A section's label runs to a few characters (`图片新闻`, `光影长治`). */
const MAX_LABEL_CHARS = 6;

/**
 * A line of the page's own set over the paragraph, not a page's line (`图片新闻` / `初冬时节，…` / `本报通讯员 X 摄`):
 * the label of what follows, after the text of the piece above.
 */
export function underLabel(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1];
  return above?.kind === 'furniture' && !/\d/u.test(above.text) && charCount(above.text) <= MAX_LABEL_CHARS;
}

/** The paragraph's photo credit stands on the line under it (`本报通讯员 张 磊 摄`): the paragraph is that photo's item. */
export function creditedBelow(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  return next?.kind === 'byline' && isPhotoCredit(next.text) && /摄影?[)）]?$/u.test(next.text.trim());
}

/**
 * A paragraph with its photo's credit on the line under it (`12月5日，…采摘西红柿。` / `韩 雪/摄`, `摄影：通讯员 韩 梅`,
 * `图片由…提供`), right after running text of an article still open, that opens as a photo item does (its date,
 * opensPhotoItem): the next photo news item, as one with the credit at its end is (startsPhotoItem). A group
 * photo's text under its numbered captions (`图③ …。` / `近日，…。` / `…/摄`) follows no running text: it stays.
 */
export function photoItemAfterText(blocks: readonly Block[], i: number): boolean {
  const [above, block, below] = [blocks[i - 1], blocks[i]!, blocks[i + 1]];
  return above?.kind === 'paragraph' && !above.credit && below?.kind === 'byline' && isPhotoCredit(below.text) && opensPhotoItem(block.text);
}

/**
 * A paragraph ending with a photo credit or a signature, after running text of an article still open, is an
 * item of its own (photo news, a brief) when it opens with its date (`1月24日，…`, `■ 11月18日，…`) or
 * follows a wire item (a 本报讯 report carries no photo credit at its end). Otherwise it is that article's
 * last paragraph, with its photo's credit (`…跳起了广场舞。 通讯员 牛晓军 摄`).
 */
export function startsPhotoItem(current: Draft, block: Block): boolean {
  // `…临时停车位300个。（记者 赵凯）`: a signature in brackets, no photo's credit, ends the 本报讯 item it follows.
  const signsWire = /^[（(]/u.test(block.credit ?? '') && !isPhotoCredit(block.credit ?? '');
  return opensWithDay(block.text) || (current.wire && !signsWire) || (photoDone(current) && opensPhotoItem(block.text)) || (isPhotoCredit(block.credit ?? '') && headedPhotoItem(block.text));
}

/**
 * `1月24日，…`, `连日来，…`, behind a topic tag (`#防汛进行时# 连日来，…`): a brief's or photo's opening on its day, as a
 * news item opens.
 */
function opensWithDay(text: string): boolean {
  const t = text.trim().replace(/^#[^#\s]{2,20}#[\s\u3000]*/u, '');
  return opensWithDate(t) || /^(?:连日来|连日以来)[，,]/u.test(t);
}

/** A photo item's headline sentence runs to about this many characters. */
const MAX_HEAD_SENTENCE_CHARS = 30;

/**
 * `壶关县农村饮水工程全部完工。11月30日，…。（X 摄）`: a photo item that says its news in a sentence of one clause, then
 * tells it from its date, credited at its end. An article's last paragraph goes on from the text above it; it does not
 * open on its news in one clause and then date it.
 */
export function headedPhotoItem(text: string): boolean {
  const m = /^([^。！？!?，,；;：:“”"\n]{6,})。(.+)$/su.exec(text.trim());
  return m !== null && charCount(m[1]!) <= MAX_HEAD_SENTENCE_CHARS && opensWithDate(m[2]!);
}

/**
 * The draft's photo is done: its caption and credit were read after running text, or it is a photo item whose
 * credit stood over its caption (`图/通讯员 马 骏` / `12月6日，…`), which that one paragraph completes.
 */
export function photoDone(current: Draft): boolean {
  if (current.photoDone) return true;
  const [first, ...rest] = current.blocks;
  return first?.kind === 'byline' && tookPhotos(first.text) && rest.length === 1 && rest[0]!.kind === 'paragraph';
}

/**
 * After an article's photo was captioned and credited (`图为改造后的小区。` / `（图片由…提供）`), the article is
 * done with it: a credited paragraph that opens with its date (`12月7日，…`), or a `图为` caption of its own date
 * that goes on past one sentence (`图为9月10日，…。今年…。 刘红 摄`), is the next photo news item, not more text.
 */
export function opensPhotoItem(text: string): boolean {
  if (opensWithDate(text)) return true;
  const t = text.trim();
  return /^图为/u.test(t) && opensWithDate(t.slice(2)) && /[。！？][^。！？]*[。！？]/u.test(t);
}

/**
 * A marked photo caption that is a photo news item of its own, after a wire item (`本报讯…。` / `▲11月15日，…巡查供热管线。
 * 该公司每天巡查管线约30公里。` / `晚报记者 刘 佳 摄`): it opens with its date and tells past its scene, in two sentences or
 * more, credited at its end or on the line under it, by someone the item's byline does not name. The item's own
 * reporter's photo (`本报讯（记者 王 磊）…` / `▲12月5日，…。…。` / `记者 王 磊 摄`) is the item's, as a feature's caption of one
 * sentence (`▲10月26日，…收获玉米。本报记者 X 摄`) stays its article's. The same reporter's photo of another event (its
 * caption shares no words with the item) is an item of its own (review R4 F16).
 */
export function captionOpensPhotoItem(current: Draft, blocks: readonly Block[], i: number): boolean {
  const block = blocks[i]!;
  const below = blocks[i + 1];
  if (!current.wire || !current.hasBody || block.byline !== undefined) return false;
  const credit = isPhotoCredit(block.credit ?? '') ? block.credit : below?.kind === 'byline' && isPhotoCredit(below.text) ? below.text : undefined;
  const t = block.text.trim().replace(/^[▲△↑]\s*/u, '');
  if (credit === undefined || !opensWithDate(t) || (t.match(/[。！？!?]/gu) ?? []).length < 2) return false;
  // The item's own reporter took it (`本报讯（记者 王 磊）…` / `▲…` / `记者 王 磊 摄`) of the item's event: its caption.
  const wire = current.blocks.find((b) => b.byline !== undefined && isWireByline(b.byline))?.byline;
  return wire === undefined || !creditsBylinePerson(credit, wire) || !showsItsEvent(current, t);
}

/**
 * The caption shows the item's event unless it names a thing of its own the item does not: a noun it says twice or more
 * (`▲12月6日，…人民广场布置冰雕，冰雕展将于元旦开幕。本次冰雕展共展出作品60件…`), nowhere in the item's headline and text —
 * the same reporter's photo of another event, a news item of its own. A caption that tells the item's scene in words of
 * its own once each (`▲12月5日，工人在英雄南路检修阀门。他们每天要走约30公里。`) is the item's, and so is one of the day the
 * item tells of (review R5 F1, F2).
 */
function showsItsEvent(current: Draft, caption: string): boolean {
  const item = current.blocks.filter((b) => b.kind === 'headline' || b.kind === 'paragraph').map((b) => b.text).join('\n');
  const said = new Map<string, number>();
  for (const w of tagWords(caption)) if (/^n/u.test(w.tag) && charCount(w.word) >= 2) said.set(w.word, (said.get(w.word) ?? 0) + 1);
  if (![...said].some(([word, times]) => times >= 2 && !item.includes(word))) return true;
  // The day it opens on is the day the item tells of (`12月5日，…举办…` / `▲12月5日，学生们在…`), not one it starts from (`12月6日起`).
  const day = /^\d{1,2}月\d{1,2}日/u.exec(caption)?.[0];
  return day !== undefined && new RegExp(`(?<!\\d)${day}(?!起)`, 'u').test(item);
}
