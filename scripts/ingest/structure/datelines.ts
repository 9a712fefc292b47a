// An English news item opens its text with a dateline: the city in capitals and the day, then a dash
// (`XIANGYUAN, Nov 15 — More than 60 companies…`, `Nov 17 — All 11 township…`, `BEIJING, Dec. 3 (Xinhua) -- …`,
// `WUXIANG — …`).
// A title-like line set directly over such a paragraph is that item's headline, not a section heading of the
// item above: a dateline opens an item, never a section (as `本报讯` does in Chinese, blocks.ts). So does a title
// between two unsigned English briefs (a brief has no sections), and a headline set in capitals, which by itself
// reads as a masthead's words, over an English item's text or byline.

import { isLatin, isLatinTitle } from './shape.ts';
import { tagWords } from '../figures/words.ts';
import type { Block } from '../types.ts';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// `CITY, ` (capitals, maybe two words), the month and day (maybe the year), maybe the wire in brackets, a dash.
// Or the city alone before the dash, maybe with its province (`WUXIANG — …`, `CHANGZHI, Shanxi — …`,
// `XIANGYUAN (Changzhi Daily) — …`); the city in title case before the day (`Changzhi, Nov. 18 — …`).
const DATELINE = new RegExp(
  `^(?:(?:[A-Z][A-Za-z.'’ -]{1,30}, )?${MONTH} \\d{1,2}(?:, \\d{4})?|[A-Z]{3,}(?: [A-Z]{3,}){0,2}(?:, [A-Z][a-z]+)?)(?: \\([A-Za-z ]{2,20}\\))? ?(?:[—–]{1,2}|--?) ?\\S`,
  'u',
);

/** `XIANGYUAN, Nov 15 — …`, `Nov 17 — …`: English text opened by its dateline (an OCR copy's `Nov １３` too). */
export function opensWithDateline(text: string): boolean {
  return DATELINE.test(text.trim().normalize('NFKC'));
}

// A Chinese source's dateline alone on its line: a wire's or the paper's name, maybe a place, the day and 电, or 讯 or
// 消息 after a body's name (by the word it ends with), maybe its reporter in brackets after it (`新华社北京11月18日电`,
// `本报讯（记者 某某）`, `某县融媒体中心消息`).
// The word a body's name ends with, before its 讯 or 消息: the one recogniser of a source's dateline (bylines.ts reads
// how one ends from here).
const SOURCE_BODY_END = '(?:部|局|中心|委|办|站|台|社|报|网)';
const SOURCE_DATELINE_ALONE = new RegExp(`^(?:本报|本台|新华社|中新社|人民日报|\\p{Script=Han}{2,12}${SOURCE_BODY_END})(?:\\p{Script=Han}{0,6}?\\d{1,2}月\\d{1,2}日电|讯|消息)(?:[\\s\\u3000]*[（(][^（）()]{2,24}[)）])?$`, 'u');
// How a source's dateline ends wherever it stands, where an item's head would be (`黎城县融媒体中心讯`, `长治市新闻中心消息`,
// `本报长治11月3日电`): 讯 or 消息 after a body's name, or 电 after a day.
const SOURCE_DATELINE_END = new RegExp(`${SOURCE_BODY_END}(?:讯|消息)$|日电$`, 'u');

/** `黎城县融媒体中心讯`, `本报长治11月3日电`: the text ends as a source's dateline does (see SOURCE_DATELINE_END). */
export function endsAsSourceDateline(text: string): boolean {
  return SOURCE_DATELINE_END.test(text);
}

/** `新华社北京11月18日电`, `本报讯（记者 某某）` alone: it opens a text, it is no title and shows nothing (roles.ts). */
export function isSourceDatelineAlone(text: string): boolean {
  const t = text.trim();
  if (!SOURCE_DATELINE_ALONE.test(t)) return false;
  // The body's name opens on no verb or preposition (jieba): `来自县招生办消息`, `据县招生办消息` say where news came
  // from. (A first word jieba reads as no word, `据县`, is read by its first character.)
  const first = tagWords(t)[0];
  const tag = first?.tag === 'x' ? tagWords([...t][0]!)[0]?.tag : first?.tag;
  return !/^(?:v|p)/u.test(tag ?? '');
}

/**
 * Blocks with each English title-like line (read as a section heading, a caption or a title) set directly over a
 * paragraph opened by a dateline, or between two English paragraphs of unsigned briefs, made that item's headline.
 */
export function headlinesOverDatelines(blocks: readonly Block[]): Block[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    const before = blocks[i - 1];
    // A headline set in capitals (`HEATING SEASON EXTENDED`) reads like a masthead's words, page furniture, by itself:
    // over an English item's text or byline it is the item's headline.
    const capitals = block.kind === 'furniture' && /^[A-Z0-9][A-Z0-9 ,'’&-]+$/u.test(block.text.trim()) && /[A-Z]{2,} [A-Z]{2,}/u.test(block.text) && (next?.kind === 'byline' || (next?.kind === 'paragraph' && isLatin(next.text)));
    if (capitals) return { kind: 'headline', text: block.text, source: block.source };
    const titleLike = block.kind === 'heading' || block.kind === 'subheading' || block.kind === 'caption';
    // An English brief has no section headings: a title between two English paragraphs of unsigned items opens the
    // next item (a signed feature may have sections; a signed report opened by its dateline has none).
    const betweenItems =
      before?.kind === 'paragraph' && isLatin(before.text) && /[.!?]["”’)]*$/u.test(before.text.trim()) && next?.kind === 'paragraph' && isLatin(next.text) && !featureAbove(blocks, i);
    if (!titleLike || block.credit !== undefined || next?.kind !== 'paragraph' || !(opensWithDateline(next.text) || betweenItems) || !isLatinTitle(block.text.trim())) return block;
    const { level: _level, ...rest } = block;
    return { ...rest, kind: 'headline' };
  });
}

/**
 * The article the block stands in is a signed feature: a byline between it and the headline above it, its text not
 * opened by a dateline (`CHANGZHI, Nov 13 — …` opens a news report, which runs on without sections).
 */
function featureAbove(blocks: readonly Block[], i: number): boolean {
  let signed = false;
  let first: Block | undefined;
  for (let k = i - 1; k >= 0 && blocks[k]!.kind !== 'headline'; k--) {
    if (blocks[k]!.kind === 'byline' || blocks[k]!.byline !== undefined) signed = true;
    if (blocks[k]!.kind === 'paragraph') first = blocks[k];
  }
  return signed && !(first !== undefined && opensWithDateline(first.text));
}
