// Whether a short line reads as a photo's caption, by its form (issue 15: "a block is a caption only when it reads
// as one"). A caption describes a photo: a sentence or a clause that says who does what (a verb, or a subject
// before 在/为 and its place), a 的-phrase naming what is shown (`郝家庄镇新建的停车场`), a credit's text, or a line a
// photo mark opens (`图为…`, `【图】…`, `图①…`). A line that describes nothing is never one, wherever it stands:
// - a number or code with no words (`－2－`, `A3`, `2025-11-18`);
// - a label spaced out letter by letter (`民　生　关　注`): a column's name or a section's band;
// - a label and its value after a colon (`编辑：王晓`, `发布时间：2025-11-18 09:30`, `原标题：《…》`): a copy's chrome;
//   but a place or a time before the colon and words after it is a photo's own caption (`壶关县：太行大峡谷红豆峡`,
//   `冬日：居民在公园晨练`), or any label and a 的-phrase naming what is shown (`改造前：破旧的楼道`), and so is any caption
//   a photo's credit stands right under (`本报记者 赵晓峰 摄`);
// - a menu of counts (`阅读 1.2万　点赞 45`);
// - a name set off by brackets or an ornament with no clause in it (`【县域传真】`, `▍城事速递`): a column's; but a
//   person named after a quoted epithet (`【“小巷管家”王淑珍】`) is who the photo shows.
// What such a line is instead (furniture, a column's name, a kicker) its place decides (run-captions.ts).

import { isVerb, tagWords } from '../figures/words.ts';
import { isPhotoCredit } from './bylines.ts';
import { columnLabel } from './columns.ts';
import { endsWithPersonName } from './names.ts';
import { isCopyChrome, isSourceLine } from './copy-chrome.ts';
import { isLatin } from './shape.ts';
import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import type { Block } from '../types.ts';

const S = '[\\s\\u3000]';
// The photo marks a caption opens with: `图为`, `图：`, `图①`, `图一：`, `上图：`, `【图】`, `（图片说明）`, `▲` under a photo.
const PHOTO_MARK = /^(?:图为|图[①-⑳\d]{0,2}[：:\s\u3000]|图[①-⑳]|图[一二三四五六七八九十]{1,2}[：:]|[上下左右中]图[：:为\s\u3000]|图片[：:]|[\[【〔<＜（(](?:图|图片|照片|图片说明|图注)[\]】〕>＞）)]|[▲△↑][\s\u3000]*\p{Script=Han})/u;
// Clause and sentence punctuation: a label has none.
const SENTENCE = /[，,。！？!?；;]/u;
// `编辑：王晓`: a label of up to five characters, then a colon.
const COLON_LABEL = /^(\p{Script=Han}{1,5})[：:][\s\u3000]*(\S.*)$/u;

/** Every word of the line is one character set apart from the next by a space: `民　生　关　注`. */
export function isSpacedOut(text: string): boolean {
  return new RegExp(`^\\p{Script=Han}(?:${S}+\\p{Script=Han}){2,}$`, 'u').test(text.trim());
}

/** `编辑：王晓`, `来源：长治日报`, `原标题：《…》`: a short label and its value, the value no sentence; never a photo's mark. */
export function isLabelledValue(text: string): boolean {
  const m = COLON_LABEL.exec(text.trim());
  if (!m || PHOTO_MARK.test(text.trim())) return false;
  const value = m[2]!.trim();
  if (/[。！？!?]$/u.test(value) || SENTENCE.test(value)) return false;
  // A place or a time before the colon, words after it; or a picture's kind (`效果图`, `示意图`: a label ending in 图)
  // and what it shows, not a person's name (`制图：王 敏` credits the one who drew it).
  if (namesWhereOrWhen(m[1]!) && /\p{Script=Han}/u.test(value)) return false;
  if (m[1]!.endsWith('图') && /\p{Script=Han}/u.test(value) && !endsWithPersonName(value.replace(/[\s\u3000]/gu, ''))) return false;
  // A title quoted whole, a name, a body, a date or a time: nothing done in it. A 的-phrase names what is shown
  // (`改造前：破旧的楼道`, `航拍：雪后的太行山`): a shot's caption.
  return /^《[^《》]+》$/u.test(value) || (!hasVerb(value) && !/\p{Script=Han}的\p{Script=Han}/u.test(value));
}

/** `壶关县`, `英雄南路街道`, `冬日`: a label that is a gazetteer place whole or one word of time (jieba `t`). */
function namesWhereOrWhen(label: string): boolean {
  const places = scanPlaces(label);
  if (places.length === 1 && places[0]!.start === 0 && places[0]!.text === label) return true;
  const words = tagWords(label);
  return words.length === 1 && words[0]!.tag === 't';
}

/** A line with no Chinese word and no English sentence: a number, a page's code, a date. */
function hasNoWords(text: string): boolean {
  const t = text.trim();
  return !/\p{Script=Han}/u.test(t) && !(isLatin(t) && t.split(/\s+/u).length >= 3);
}

/**
 * A column's name set off by brackets, an ornament or title marks, with no clause in it and no photo's mark (`【县域传真】`,
 * `▍ 城事速递`, `《社区观察》`): it names a column, no photo. (box-label.ts isSetOffName is another test: a box label's
 * bracket or ornament form alone.)
 */
function isSetOffColumnName(text: string): boolean {
  const t = text.trim();
  // A column's name may be set in title marks too (`《社区观察》`), where a caption never stands whole.
  const label = /^《[^《》]+》$/u.test(t) ? t.slice(1, -1) : columnLabel(t);
  // `【“小巷管家”王淑珍】`: a person shown, named after what people call her, is a photo's caption.
  const person = /^“[^“”]{2,10}”(\p{Script=Han}{2,4})$/u.exec(label);
  if (person && endsWithPersonName(person[1]!)) return false;
  return label !== t && !SENTENCE.test(label) && [...label.replace(/[\s\u3000·・]/gu, '')].length <= 12 && !PHOTO_MARK.test(t);
}

/** A line a photo mark opens (`图为…`, `图①：…`, `【图】…`, `▲工人检修设备`, not `▲ 数说民生`): a caption, never a headline. */
export function opensWithPhotoMark(text: string): boolean {
  const t = text.trim();
  if (!PHOTO_MARK.test(t)) return false;
  return !/^[▲△↑]/u.test(t) || tagWords(t).some((w) => w.tag.startsWith('v') || w.tag === 'p');
}

/**
 * A column's name by how it is set off, never a headline's form: a label of Chinese words alone (a middle dot or a
 * space between two) in brackets, in title marks or after an ornament (`【县域传真】`, `《社区观察》`, `▍城事速递`), or
 * spaced letter by letter (`社　区　速　递`).
 */
export function isSetOffLabel(text: string): boolean {
  const t = text.trim();
  if (isSpacedOut(t)) return true;
  // Under a photo, `▲` opens its caption (`▲工人检修设备`); a name after it says what no one does (`▲ 数说民生`).
  if (opensWithPhotoMark(t)) return false;
  const label = /^《[^《》]+》$/u.test(t) ? t.slice(1, -1) : columnLabel(t);
  // One name of up to eight characters, or two of up to six set apart (`健康身边事·政务聚焦`); an item's bracketed
  // headline is a longer clause (`【堠北庄街道普惠托育点开园】`).
  const parts = label.split(/[\s\u3000]*[·・][\s\u3000]*|[\s\u3000]+/u);
  return label !== t && parts.every((p) => /^\p{Script=Han}{2,8}$/u.test(p)) && (parts.length === 1 || (parts.length === 2 && parts.every((p) => [...p].length <= 6)));
}

function hasVerb(text: string): boolean {
  return tagWords(text).some(isVerb);
}

/** A line that describes nothing shown: a number, a spaced-out label (two characters set wide too), a labelled value, a menu, a set-off name. */
export function describesNothing(text: string): boolean {
  const t = text.trim();
  if (PHOTO_MARK.test(t) || isPhotoCredit(t)) return false;
  return hasNoWords(t) || isSpacedOut(t) || TWO_SET_WIDE.test(t) || isLabelledValue(t) || isCopyChrome(t) || isSourceLine(t) || isSetOffColumnName(t);
}

// Two characters set wide, a label alone on its line (`简　讯`, `声　明`): no photo is described in two characters.
const TWO_SET_WIDE = /^\p{Script=Han}[\s\u3000]+\p{Script=Han}$/u;

// The mark that says which photo of a set a caption is for: its number (`①`, `图①：`, `图②　`, `图一：`), its place (`上图：`, `左图：`).
const PHOTO_POSITION = /^(?:图?[①-⑳][：:]?|图[一二三四五六七八九十]{1,2}[：:]|[上下左右中]图[：:])[\s\u3000]*/u;

/**
 * A caption's words without the mark that says which photo of a set it is for (`①游客在滑雪场体验滑雪。`, `图①：…`,
 * `上图：上岗前，志愿者们集合。` → the sentence): the number or the place points at the photo, it says nothing of it.
 * `图为…` and a caption's own words stay.
 */
export function captionWords(text: string): string {
  const t = text.trim();
  const words = withoutClosingCredit(t.replace(PHOTO_POSITION, ''));
  return words === '' ? t : words;
}

// A note in brackets closing a caption, after its sentence: `（资料图片）`, `（本报记者 X 摄）`, `（图片由…提供）`.
const CLOSING_NOTE = /(?<=[。！？!?])[\s\u3000]*([(（][^()（）]+[)）])$/u;

/** `1985年的县城主街。（资料图片）` → `1985年的县城主街。`: the credit in brackets is the photo's, not what it shows. */
function withoutClosingCredit(text: string): string {
  const m = CLOSING_NOTE.exec(text);
  return m !== null && isPhotoCredit(m[1]!) ? text.slice(0, m.index).trimEnd() : text;
}

/**
 * The photos' captions a caption block holds: one per line when each of its lines says which photo of a set it is
 * under (`上图：…` / `下图：…`, `①…` / `②…`), printed with no blank line between; else the block's one caption.
 */
export function captionsOf(text: string): string[] {
  const lines = text.trim().split('\n').map((l) => l.trim()).filter(Boolean);
  const each = lines.length > 1 && lines.every((l) => PHOTO_POSITION.test(l) && l.replace(PHOTO_POSITION, '') !== '');
  return (each ? lines : [text]).map(captionWords).filter(Boolean);
}

/**
 * The page's blocks with every caption that describes nothing made page furniture: the last word on captions, after
 * boxes have taken their titles (`【数说】` over its data lines stays the box's headline).
 */
export function captionsThatRead(blocks: Block[]): Block[] {
  const creditUnder = (i: number): boolean => blocks[i + 1] !== undefined && isPhotoCredit(blocks[i + 1]!.text);
  return blocks.map((b, i) => (b.kind === 'caption' && b.credit === undefined && b.continued === undefined && !creditUnder(i) && describesNothing(b.text) ? { ...b, kind: 'furniture' } : b));
}
