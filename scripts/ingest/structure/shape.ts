// What the shape of a block's text says about it: title or running text, finished sentence or broken off,
// the opening of a new paragraph or the rest of one. Shared by blocks, repair and segment.

import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import { isBoxEdge, isJoinedRule } from './frames.ts';

/** Headlines, headings and captions on these pages run 2–33 characters; running text is longer or punctuated. */
export const MAX_TITLE_CHARS = 40;

// A sentence ends here; closing quotes and brackets may follow the mark (`…太贴心了。”`).
const COMPLETE_END = /[。！？!?…][”’」』）)】〕]*$/u;
// A semicolon, but not the one that closes an HTML entity an export leaves in the text (`改造 &amp; 提升`, `&#8226;`).
export const SEMICOLON = '(?:；|(?<!&(?:[a-z]{2,8}|#\\d{1,7}|#x[0-9a-f]{1,6}));)';
// A title never holds a full stop, and a line ending in a clause mark is running text cut short.
const SENTENCE_MARK = new RegExp(`[。！？!?]|${SEMICOLON}`, 'iu');
const CLAUSE_END = new RegExp(`(?:[，,、：:]|${SEMICOLON})$`, 'iu');
const HAN = /\p{Script=Han}/u;

const words = new Intl.Segmenter('zh', { granularity: 'word' });

export function charCount(text: string): number {
  return [...text].length;
}

// A rule between items: `---`, `***` (or full-width `＊＊＊`), `———`, `===`, `━━━`, `～～～`; ornaments set between items: `◆◆◆`, `★ ★ ★`,
// `· · ·`, `※※※`.
const RULE = /^(?:[-*_=—─━═╌╍┄┅┈┉~～–－＊]{3,}|[-*_＊][\s\u3000][-*_＊][\s\u3000][-*_＊])$/u;
const ORNAMENT_RULE = /^(?:[◆◇★☆●○■□※·•◎❖✦][\s\u3000]*){3,}$/u;

// `缴费标准: 每人每年400元`: a short label, its colon, then what it says on the same line; a place before a colon
// opens a headline (`沁源县：一条公路连起十个村`), never a fact's label.
const KEY_VALUE = /^(?![\p{Script=Han}]{1,5}(?:县|区|市|镇|乡|街道|村|社区)[：:])[\p{Script=Han}A-Za-z]{2,6}[：:][\s\u3000]*\S/u;

/**
 * Lines of labelled facts, one a line (`缴费标准: 每人每年400元` / `缴费时间: 9月1日—12月31日` / `咨询电话: 0355-6391234`):
 * a notice's box of facts, read together as a table's rows are, never as title-like lines.
 */
export function isKeyValueBox(lines: readonly string[]): boolean {
  // A speaker's turn (`记者：…？`, `答：…`) is no fact; a sentence mark inside the value makes it running text.
  return lines.length >= 2 && lines.every((l) => KEY_VALUE.test(l.trim()) && !isDialogueTurn(l) && !/[？?]$/u.test(l.trim()) && !SENTENCE_MARK.test(l.trim().replace(/[。！!]$/u, '')));
}

/** `| 3路 | 延伸至老顶山街道 | 6:30—20:00 |`: a row of a table typed with bars. */
export function isTableRow(line: string): boolean {
  return /^\|.*\|$/u.test(line.trim());
}

/** A line drawn between items, of dashes, stars or ornaments: page furniture that says nothing. */
export function isRule(text: string): boolean {
  const t = text.trim();
  // The edge of a box drawn round a sidebar (`┏━━━━┓`) is one too, and a ruled table's rule (`+----+----+`) (frames.ts).
  return RULE.test(t) || ORNAMENT_RULE.test(t) || isBoxEdge(t) || isJoinedRule(t);
}

/** Short, with no sentence mark and not broken off after a clause mark: a headline, heading or caption. */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && charCount(t) <= MAX_TITLE_CHARS && !SENTENCE_MARK.test(t) && !CLAUSE_END.test(t);
}

/** Ends a sentence: `。`, `！`, `？`, `……`, maybe inside closing quotes. */
export function endsComplete(text: string): boolean {
  return COMPLETE_END.test(text.trim());
}

/**
 * Ends a sentence and then a short note or end mark in brackets that closes it: `…铺设沥青路面26万平方米。（完）`,
 * `…月底前全部完工。（县住建局供稿）`, `…每天发车8班。（联系电话：0355-2030123）`; or the square a paper closes its
 * piece with (`…通了公交车。■`).
 */
export function endsWithNote(text: string): boolean {
  return /[。！？!?][”’」』]?(?:[（(][^（()）\n]{1,24}[)）]|[\s\u3000]?[■□◆◇])$/u.test(text.trim());
}

/**
 * Running text that stops where no sentence can stop: on a character (`…定向化培`), after a comma or
 * enumeration mark, or on a closing quote with no full stop in it (`“壶关工匠”`). A colon or a dash
 * introduces what follows, so it is not counted as broken.
 */
export function endsBroken(text: string): boolean {
  const t = text.trim();
  if (!t || endsComplete(t) || isListItem(t.slice(t.lastIndexOf('\n') + 1)) || isQuestion(t)) return false;
  if (/[：:]$|[—–-]$/u.test(t)) return false;
  // `（数据截至2025年11月底）`, `（完）`: a note wholly in brackets is whole.
  if (/^[（(][^（()）\n]*[)）]$/u.test(t)) return false;
  // `…日均方便乘客4500人次。（联系电话：0355-2030123）`: a sentence ended, then a note in brackets closing it.
  if (/[。！？!?][（(][^（()）\n]*[)）]$/u.test(t)) return false;
  // `…咨询电话：0355-2034567`, `…详见 www.example.cn`: a notice ends on the number or address it gives.
  if (/(?:(?<!\d)0\d{2,3}-\d{7,8}|(?<!\d)1[3-9]\d{9}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+)$/iu.test(t)) return false;
  return /[\p{L}\p{N}，,、；;”’」』）)】〕》]$/u.test(t);
}

/** Two Chinese phrases set apart by a space, the way this paper sets headlines: `民生为本 幸福生活成色足`. */
export function hasPhraseSpace(text: string): boolean {
  return /\p{Script=Han}[”’」』)）"]?[\s\u3000]+[“‘「『(（"]?\p{Script=Han}/u.test(text.trim());
}

/**
 * A word of the text runs across the boundary between `before` and `after`: `…定向化培` + `养等方式…` gives
 * 培养, `…加快华` + `南智慧…` gives 华南. Strong evidence that the two were one paragraph.
 */
export function wordStraddles(before: string, after: string): boolean {
  const tail = [...before.trimEnd()].slice(-8).join('');
  const head = [...after.trimStart()].slice(0, 8).join('');
  if (!HAN.test(tail.slice(-2)) || !HAN.test(head.slice(0, 2))) return false;
  const boundary = tail.length;
  for (const { segment, index, isWordLike } of words.segment(tail + head)) {
    if (isWordLike && index < boundary && index + segment.length > boundary) return true;
  }
  // A place's name the segmenter does not know as one word (`…还在微子` + `镇、辛安泉镇…`); not one whose first part
  // is a place's name too (`健康黎城` + `县医院…`: 黎城 ends a column's name).
  if (scanPlaces(tail).some((p) => p.end === boundary)) return false;
  return scanPlaces(tail + head).some((p) => p.start < boundary && p.end > boundary);
}

/**
 * The text opens a paragraph of its own rather than finishing someone else's: a wire byline, a `——` or
 * bulleted list item (`● …`, `- …`), a date lead (`2024年以来，`, `1月26日，`), or a short topic sentence of two clauses
 * (`全民健身，尽显城市蓬勃活力。`, `城市更新，提品质暖民心。`) as this paper opens its paragraphs.
 */
export function opensParagraph(text: string): boolean {
  const t = text.trimStart();
  if (/^\S{0,8}讯[\s\u3000(（]/u.test(t) || /^(?:本报|新华社)\S{0,10}电/u.test(t)) return true;
  if (/^[—–]{1,2}/u.test(t) || isListItem(t) || isDialogueTurn(t)) return true;
  if (/^(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日)(?:以来|来|上午|下午|晚)?[，,]/u.test(t)) return true;
  const firstSentence = /^[^。！？!?]*[。！？!?]/u.exec(t)?.[0] ?? '';
  const firstClause = /^[^，,。！？!?]*/u.exec(t)?.[0] ?? '';
  // (A figure alone is no topic: `88.5%，比去年提高6个百分点。` finishes the sentence broken off before it.)
  return (
    firstSentence.length > 0 &&
    charCount(firstSentence) <= 18 &&
    /[，,]/u.test(firstSentence) &&
    charCount(firstClause) <= 10 &&
    !/^\d+(?:[.．]\d+)?(?:[%％]|[万亿]?\p{Script=Han}{1,2})?$/u.test(firstClause.trim())
  );
}

// Full- and half-width brackets pair with each other: pages mix them (`(试行)`, `（试行）`).
const OPENER_OF: Readonly<Record<string, string>> = {
  '》': '《', '”': '“', '’': '‘', '」': '「', '』': '『', '】': '【', '〕': '〔', '）': '(', ')': '(',
};
const OPENERS = new Set(['《', '“', '‘', '「', '『', '【', '〔', '(', '（']);

/**
 * `after` closes a bracket or quote that neither it nor `before` opened (`措施(试行)》，…` after a block
 * with no `《`): the opening was printed in text that is no longer on the page.
 */
export function closesUnopened(after: string, before = ''): boolean {
  const open = new Map<string, number>();
  const visit = (ch: string): boolean => {
    if (OPENERS.has(ch)) {
      const key = ch === '（' ? '(' : ch;
      open.set(key, (open.get(key) ?? 0) + 1);
      return false;
    }
    const opener = OPENER_OF[ch];
    if (opener === undefined) return false;
    const depth = open.get(opener) ?? 0;
    if (depth > 0) open.set(opener, depth - 1);
    return depth === 0;
  };
  for (const ch of before) visit(ch);
  for (const ch of after) if (visit(ch)) return true;
  return false;
}

/**
 * Text written in a Latin-script language (an English item on a Chinese page): Latin letters, at least two
 * words of them (or a line of them letter-spaced, as an OCR copy prints a headline), and hardly a Chinese
 * character (a place name in brackets may stand in it).
 */
export function isLatin(text: string): boolean {
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return (/\p{Script=Latin}{2,}[\s,.'’-]+\p{Script=Latin}{2,}/u.test(text) || LETTER_SPACED.test(text.trim())) && han * 10 <= latin;
}

// `P i n g s h u n p e p p e r s`: a dozen letters or more, each set apart by a space.
const LETTER_SPACED = /^(?:\p{Script=Latin}[\s\u3000]+){11,}\p{Script=Latin}$/u;

// A section's number in Chinese: `一、`, `（二）`, not `一是` (a count word that opens a sentence).
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[\s\u3000]*\S/u;

/** `一、住宅专项维修资金使用更方便`, `（二）加强监管`: a numbered section heading by its form, never a caption. */
export function opensWithSectionNumber(text: string): boolean {
  return SECTION_NUMBER.test(text.trim());
}

/** The marks a list item, a data line or a brief opens with (`●`, `■`, `◆` …), as a regex character class. */
export const BULLET_MARK = '[●■◆▲△►▶▷▪•◇○□◎◉★☆]';
/** A bullet and the space after it, at the start of a line. */
export const LEADING_BULLET = new RegExp(`^${BULLET_MARK}[\\s\\u3000]*`, 'u');

// A list item: `● 新建改造供热管网 21.6公里`, `■ 11月18日，…`, `- 家庭收入证明*`.
// Numbered: `1. …`, `2、…`, `（3）…` (not `1.5万`); `一、` opens a section, not an item.
const NUMBER = String.raw`\d{1,2}[.．、)）](?!\d)|[（(]\d{1,2}[)）]`;
const LIST_ITEM = new RegExp(`^(?:${BULLET_MARK}|[-*+](?=[\\s\\u3000])|${NUMBER})[\\s\\u3000]*\\S`, 'u');
/** A list's number opening a line (`1.`, `2、`, `（3）`; not `1.5万`): the numbering of LIST_ITEM alone. */
export const LIST_NUMBER = new RegExp(`^(?:${NUMBER})`, 'u');

/** A line that opens with a bullet: an item of a list, never a caption or a title. */
export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text.trim());
}

/** `8月1日，…`, `■ 11月18日，…`, `近日，…`: text that opens the way a news item opens, with its date. */
export function opensWithDate(text: string): boolean {
  const t = text.trim().replace(LEADING_BULLET, '');
  return /^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|[上中下]旬)|近日|日前|近期)/u.test(t);
}

// A turn of a Q&A or an interview: `问：`, `答：`, `市民王先生问：`, `市水务局答：`, `记者：`, `主持人：`.
// An outlet's reporter asks too: `长治日报记者：`, `上党晚报记者：`. An adviser's title ends on 问 but names who answers or
// is credited (`法律顾问：张某`, `技术顾问：…`): no asker's label.
const QUESTION = /^(?:问|Q|[^\s：:，,。！？]{1,12}(?<!顾)问|[^\s：:，,。！？]{0,8}记者|主持人|本报)[：:]/u;
const ANSWER = /^(?:答|A|[^\s：:，,。！？]{1,12}答)[：:]/u;

// `【问】…`, `[问]…`: a Q&A's question under its label in brackets (its answer `【答】…`).
const BRACKETED_QUESTION = /^[【\[［]问[】\]］]/u;

/** A question of a Q&A or an interview: whole as printed, with or without its question mark. */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  return QUESTION.test(t) || BRACKETED_QUESTION.test(t);
}

// `【答】…`, `[答]…`; `答（张某）：…`, an answer naming who gives it (as `问（某报记者）：…` names who asks).
const BRACKETED_ANSWER = /^(?:[【\[［]答[】\]］]|答[（(][^（()）\n]{1,12}[）)][：:])/u;

/** An answer of a Q&A or an interview, under its label: `答：…`, `A：…`, `张某答：…`, `【答】…`, `答（张某）：…`. */
export function isAnswer(text: string): boolean {
  const t = text.trim();
  return ANSWER.test(t) || BRACKETED_ANSWER.test(t);
}

/** A turn of a Q&A or an interview opens a paragraph of its own: repair never joins or moves it into another. */
export function isDialogueTurn(text: string): boolean {
  const t = text.trim();
  return QUESTION.test(t) || ANSWER.test(t);
}

/**
 * An English line short enough for a headline: a dozen words or so, no sentence stop in or after it. An OCR copy
 * may space a headline's letters (`P i n g s h u n p e p p e r s`, the gaps between words lost): such a line is
 * counted by its letters, a word's worth at a time.
 */
export function isLatinTitle(text: string): boolean {
  const t = text.trim();
  return isLatin(t) && latinWordCount(t) <= MAX_LATIN_TITLE_WORDS && !/[.!?;:]["”’)]?$|[.!?]\s/u.test(t);
}

/** A word runs to six letters or so, with its space: the measure of a letter-spaced line. */
const LETTERS_PER_WORD = 6;

/** The words of an English line; of a letter-spaced one (every run of non-spaces one character), its letters by the word. */
function latinWordCount(t: string): number {
  const runs = t.split(/\s+/u);
  const letterSpaced = runs.length >= 4 && runs.every((r) => [...r].length === 1);
  return letterSpaced ? Math.ceil(runs.length / LETTERS_PER_WORD) : runs.length;
}

/** An English headline runs to a dozen words or so; more is a sentence. */
export const MAX_LATIN_TITLE_WORDS = 16;

