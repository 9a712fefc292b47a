// Column names (`百姓身边`, `基层传真`, `图说民生`, `数读`, `快评`, `民生实事·看变化`, `红色沃土 振兴足音`,
// `#我为群众办实事#`) by their form: a short label with no sentence punctuation. Where one stands — over a
// headline, or in the page's header among the date lines — decides whether it is the article's kicker or
// page furniture (structure/roles.ts); it is never a caption or a headline.

import { tagWords } from '../figures/words.ts';
import { endsWithPersonName } from './names.ts';
import { QR_MARK } from './qr-notes.ts';
import { charCount } from './shape.ts';

/**
 * A line over a headline is its kicker when no longer than a short lead-in title (引题, `投资1.2亿元 惠及2万群众`)
 * runs; a longer line there is a caption or a headline of its own.
 */
export const MAX_KICKER_CHARS = 24;

// Quotation marks may stand in a kicker (`发扬“四敢”精神`); sentence and clause marks may not.
const PUNCTUATION = /[，,。！？!?；;：:、（）()《》]/u;
// A topic tag: `#我为群众办实事#`, or with spaces inside its marks (`# 数说 #`), never a sentence.
// The hash may be full-width (`＃民生关注＃`) or doubled (`##民生关注##`).
const TAG = '[#＃]{1,2}[\\s\\u3000]*[^#＃\\s，,。！？!?；;][^#＃\\n，,。！？!?；;]{0,19}?[\\s\\u3000]*[#＃]{1,2}';
// A topic tag as a whole line, or two or three of them (`#民生微实事# #幸福长治#`, `#民生关注#|#你问我答#`), maybe with
// the issue's number after it (`#长治民生#（第3期）`); or one set as a social platform writes it, with one hash before
// a short Chinese name and nothing after (`#暖冬行动`).
const ISSUE = '(?:[\\s\\u3000]*[（(]?第?[\\d一二三四五六七八九十百]{1,4}期[)）]?)?';
const TOPIC_TAG = new RegExp(`^${TAG}(?:[\\s\\u3000|｜·、，,]*${TAG}){0,2}${ISSUE}$|^[#＃]\\p{Script=Han}{2,8}$`, 'u');
const OPENING_TAG = new RegExp(`^${TAG}`, 'u');
// What sets a column name off on its line: brackets around it (`【我为群众办实事】`, `〔基层一线〕`, `（新春走基层）`), ornaments
// on either side (`■ 聚焦·乡村振兴 ■`, `▲ 数说民生`, `·医疗·`, `▍身边事`, `☞ 提个醒`, `✦ 暖心事 ✦`): any character of the
// blocks papers draw ornaments from (arrows, block elements, geometric shapes, symbols, dingbats), or a dot.
// A page exported with its markup or typed with ASCII may set a name off with emphasis (`*图说民生*`, `**关注**`),
// an HTML tag pair (`<b>民生</b>`) or angle marks (`>> 关注 <<`, `<<暖冬>>`, `<民生>`, `>> 关注`), tildes (`~~暖冬~~`), or an
// emoji (`🔥 暖心`).
const WRAPPINGS = [
  /^[【〔［\[「『（({｛〖〘]([^【】〔〕［］\[\]「」『』（）(){}｛｝〖〗〘〙]+)[】〕］\]」』）)}｝〗〙]$/u,
  // The single angle brackets and the small and white ones a typeface or an OCR gives (`〈社区观察〉`, `﹝民生﹞`, `«暖冬»`).
  /^(?:〈([^〈〉]+)〉|﹝([^﹝﹞]+)﹞|⟨([^⟨⟩]+)⟩|〚([^〚〛]+)〛|«([^«»]+)»|＜([^＜＞]+)＞)$/u,
  /^\*{1,2}([^*]+?)\*{1,2}$/u,
  /^_{1,2}([^_]+?)_{1,2}$/u,
  /^<([a-z]+)>([^<>]+)<\/\1>$/iu,
  /^<<([^<>]+)>>$|^>>([^<>]+)<<$/u,
  // `<民生>`: one angle mark each side of a Chinese name (no tag: `<b>` is a tag's); `>> 关注`, `~~暖冬~~`.
  /^<(\p{Script=Han}[^<>]*)>$/u,
  /^(?:>>|»)[\s\u3000]*([^<>»]+)$/u,
  // `县域传真>>`, `县域传真 »`: the angle marks after the name, pointing at the piece under it.
  /^([^<>»]+?)[\s\u3000]*(?:>>|»)$/u,
  /^[~～]{1,2}([^~～]+?)[~～]{1,2}$/u,
  // `—— 图片新闻 ——`: a name set between long dashes (a deck opens with them and runs on).
  /^[—―－]{1,4}[\s\u3000]*([^—―－\s\u3000][^—―－]*?)[\s\u3000]*[—―－]{1,4}$/u,
];
// (Box-drawing lines, the circled operators, the geta mark and the old currency and section signs are ornaments too:
// `═ 县域传真 ═`, `⊙县域传真`, `〓县域传真〓`, `¤县域传真`, `§县域传真`.)
const ORNAMENT = '[\\u2190-\\u21FF\\u2295-\\u229B\\u2500-\\u25FF\\u2600-\\u27BF\\u{1F300}-\\u{1FAFF}※·・•〓¤§]';
const ORNAMENTS = new RegExp(`^${ORNAMENT}+[\\s\\u3000]*|[\\s\\u3000]*${ORNAMENT}+$`, 'gu');

/** The column name without what sets it off: `【我为群众办实事】` → `我为群众办实事`, `■ 聚焦 ■` → `聚焦`, `*图说民生*` → `图说民生`. */
export function columnLabel(text: string): string {
  const t = text.trim().replace(ORNAMENTS, '').trim();
  for (const wrapping of WRAPPINGS) {
    const m = wrapping.exec(t);
    // The name is the last group that matched (a tag pair's first group is the tag's name).
    if (m) return m.slice(1).filter((g) => g !== undefined).at(-1)!.trim();
  }
  return t;
}
// A name set letter by letter (`简　讯`, `图 说 民 生`), as a scan or a wide column prints a short label.
const SPACED_NAME = /^\p{Script=Han}(?:[\s\u3000]+\p{Script=Han}){1,3}$/u;

/**
 * `简　讯` → `简讯`, `导　读` → `导读`: a label set letter by letter to a column's width, read with its letters joined (the
 * one home of that reading: segment-item-column.ts, run-headline.ts, page-index.ts). A person's name spaced so
 * (`郭 涛`, jieba) is left as printed, for the byline it is; so is any longer line. Whether the joined word is a column's
 * is the caller's to ask: a notice's head is spaced so too (`声　明`).
 */
export function unspaced(text: string): string {
  if (!SPACED_NAME.test(text.trim())) return text;
  const joined = text.trim().replace(/[\s\u3000]+/gu, '');
  return endsWithPersonName(joined) ? text : joined;
}

// The shapes of a label: `图说民生`, `民生实事·看变化`, `红色沃土 振兴足音` (couplets of up to four characters); a column's
// name and its series' after a middle dot run longer (`口述·我与长治这些年`), and a year may name the series (`2025·年终盘点`).
// A dot spaced on both sides sets the two apart as a close one does (`乡村振兴 · 某县行动`, a scan's or an export's spacing).
// A hotline's number may open the series' part (`网上信访·12345留言选登`), not a figure's with its unit (`1200个车位`).
const LABEL = /^(?:\p{Script=Han}{2,4}(?:[\s\u3000]*[·・][\s\u3000]*(?:\d{3,6}(?![个座人元万亿千百公米辆户名家所条台项件次只张套栋间平吨斤亩余多])\p{Script=Han}{2,6}|\p{Script=Han}{2,8})|[\s\u3000]+\p{Script=Han}{2,4})?|\d{4}[·・][\s\u3000]*\p{Script=Han}{2,8})$/u;

/** A label short enough to be a column name on its own form, wherever it stands. */
export function isColumnName(text: string): boolean {
  const t = text.trim();
  return TOPIC_TAG.test(t) || LABEL.test(columnLabel(t)) || (t !== columnLabel(t) && /[·・]/u.test(t) && LABEL.test(columnLabel(t).replace(/[·・]/gu, '')));
}

/** A line that may be the kicker of the headline right under it: short, no sentence punctuation. */
export function mayBeKicker(text: string): boolean {
  const t = text.trim();
  if (TOPIC_TAG.test(t) || isCouplet(t)) return true;
  // What sets a column's name off (`（新春走基层）`, `【关注】`) is no punctuation of its own.
  // A series' part number (`民生实事·看变化（1）`) is no punctuation either.
  const label = columnLabel(t).replace(SERIES_NUMBER, '');
  return charCount(label) <= MAX_KICKER_CHARS && !PUNCTUATION.test(label);
}

// A lead-in title (引题) of two balanced phrases set apart by a comma: `守护万家温暖，筑牢民生底线`.
const COUPLET = /^([\p{Script=Han}“”"]{3,10})[，,]([\p{Script=Han}“”"]{3,10})$/u;

// Or two quoted phrases set against each other, from one to the other: `从“看天吃饭”到“按需供水”`, `“菜篮子”变“钱袋子”`.
const CONTRAST = /^[从由]?[“"]([^“”"]{2,8})[”"](?:到|变|成|变成|换)[“"]([^“”"]{2,8})[”"]$/u;

/**
 * Two phrases of about one length set apart by a comma, or two quoted phrases set against each other (from
 * one to the other), the way a lead-in title over a headline is written; never a photo's caption.
 */
export function isCouplet(text: string): boolean {
  const m = COUPLET.exec(text.trim()) ?? CONTRAST.exec(text.trim());
  return m !== null && Math.abs([...m[1]!].length - [...m[2]!].length) <= 1;
}

// The number of a part of a series after its name: `①`, `（三）`, `(2)`, `之二`.
const SERIES_NUMBER = /(?<=\p{Script=Han})(?:[①-⑳]|[（(][一二三四五六七八九十\d]{1,3}[)）]|之[一二三四五六七八九十]{1,3})$/u;

// A public-service slogan the page prints between items (`创建全国文明城市 共建美好幸福家园`): two phrases of
// the same length, five characters or more each, set apart by a space or a comma.
const SLOGAN = /^(\p{Script=Han}{5,12})(?:[\s\u3000]+|[，,][\s\u3000]*)(\p{Script=Han}{5,12})$/u;

/** A slogan: two long phrases of one length side by side, carrying no headline; page furniture, not a caption. */
export function isSlogan(text: string): boolean {
  const m = SLOGAN.exec(text.trim());
  return m !== null && [...m[1]!].length === [...m[2]!].length;
}

/**
 * A lead-in title (引题) that says what is done with no one doing it (`让老人在家门口吃上热乎饭`, `守护舌尖安全`,
 * `把课后服务办到家长心坎上`): it opens with a verb or a preposition (jieba), where a photo's caption opens with
 * who is in the photo (`村民在新建的文化广场上跳舞`, `工作人员为老人测量血压`).
 */
export function isVerbLeadIn(text: string): boolean {
  return mayBeKicker(text.trim()) && opensWithVerb(text, true);
}

/** The line's first word is a verb (jieba), or with `orPreposition` a preposition: `点击上方蓝字…`, `守护舌尖安全`. */
export function opensWithVerb(text: string, orPreposition = false): boolean {
  const t = text.trim();
  if (!/^\p{Script=Han}/u.test(t)) return false;
  const first = tagWords(t)[0];
  return first !== undefined && (first.tag === 'v' || (orPreposition && first.tag === 'p'));
}

// `小山村里的“大食堂”`, `家门口的“幸福食堂”`: where or whose, 的, then the name in quotes, ending the line.
const QUOTED_NAME = /^\p{Script=Han}{1,8}的[“"][^“”"]{2,8}[”"]$/u;

/**
 * A lead-in title (引题) that names a thing in quotes after where or whose it is (`小山村里的“大食堂”`): a noun
 * phrase with no verb (jieba), where a photo's caption says who does what (`村民在“爱心餐桌”用餐`).
 */
export function isQuotedNameLeadIn(text: string): boolean {
  const t = text.trim();
  return QUOTED_NAME.test(t) && !tagWords(t).some((w) => w.tag.startsWith('v') && w.tag !== 'vn');
}

/**
 * The longest a column name runs with no other sign of being one (`我为群众办实事`, `乡村振兴进行时`): a photo
 * caption over the next headline is longer, a sentence that says who does what where.
 */
export const MAX_COLUMN_NAME_CHARS = 8;

/** `民生关注①`, `热点追踪（二）`: a column's name with its part's number after it, the name a label (isColumnName). */
export function isNumberedColumnName(text: string): boolean {
  const label = columnLabel(text);
  return SERIES_NUMBER.test(label) && isColumnName(label.replace(SERIES_NUMBER, ''));
}

/**
 * A column or campaign name by its form alone: a label (isColumnName), or a short phrase of Chinese only —
 * no digit, no punctuation but a middle dot or quotes — of at most MAX_COLUMN_NAME_CHARS characters.
 */
export function mayBeColumnName(text: string): boolean {
  // `■链接`, `▲ 数说民生`, `【我为群众办实事】`: a bullet or brackets set the name off; a series numbers its
  // parts after the name (`民生实事回头看①`, `走基层（三）`, `蹲点日记之二`).
  const t = columnLabel(text).replace(SERIES_NUMBER, '');
  // A printed code's mark (`[二维码]`) or a note beside it (`扫码看视频`) labels no column: the line is the page's
  // (page-lines.ts, qr-notes.ts).
  if (QR_MARK.test(t)) return false;
  if (isColumnName(t)) return true;
  // A series' name with its part's number in words (`“一老一小”幸福长治系列报道之三`): a photo's caption may be
  // numbered (`…跳舞②`), never so.
  if (/(?<=\p{Script=Han}|[”"])之[一二三四五六七八九十]{1,3}$/u.test(columnLabel(text)) && mayBeKicker(text)) return true;
  return charCount(t) >= 2 && charCount(t) <= MAX_COLUMN_NAME_CHARS && /^[\p{Script=Han}·・“”"]+$/u.test(t);
}

// An English page's column name: up to three capitalised words, no digit or punctuation (`Changzhi Express`),
// or two or three in capitals (`CITY BRIEFS`; a single word in capitals is a pinyin label, `XINWENSHIPI`).
const LATIN_LABEL = /^[A-Z][a-z]+(?: (?:[A-Z][a-z]+|&)){0,2}$|^[A-Z]{2,}(?: (?:[A-Z]{2,}|&)){1,2}$/u;

/** A column's name over an English headline (`Changzhi Express`, `CITY BRIEFS`): its kicker, as a Chinese one is. */
export function isLatinColumnName(text: string): boolean {
  return LATIN_LABEL.test(text.trim());
}

/** `#长治民生# #你问我答#`: a line of topic tags and nothing else. */
export function isTopicTagLine(text: string): boolean {
  return TOPIC_TAG.test(text.trim());
}

/** `#我为群众办实事# …`, `# 数说 # …`: a line that opens with a topic tag, which is text, never Markdown heading markup. */
export function opensWithTopicTag(text: string): boolean {
  return OPENING_TAG.test(text.trim());
}

/** `#民生微实事# 上遥镇：路灯亮了`: the topic tag a line opens with and the rest of the line; undefined when it opens with none. */
export function cutOpeningTag(text: string): { tag: string; rest: string } | undefined {
  const m = OPENING_TAG.exec(text.trim());
  return m ? { tag: m[0], rest: text.trim().slice(m[0].length).trim() } : undefined;
}
