// A headline broken over two blocks (`屯留区村卫生室` / `实现医保结算“村村通”`, a blank line between them, or
// two lines cut apart on a page exported without blank lines), as a page export may set a two-line headline.
// Over a byline line (past a deck opened by dashes) the two lines would read as kicker and headline, or
// headline and deck; what tells a broken headline is its grammar (jieba):
// - the upper line is the subject, a place's name (maybe with its colon: `武乡县：“四点半课堂”`) and what is
//   there with no verb of its own, and the lower line its predicate, opening with a verb or a preposition
//   (`让孩子放学有处去`);
// - or the upper line breaks off after its verb (`黎城县：“暖心车”开进`) and the lower line is that verb's
//   object, a noun phrase with no verb (`偏远山村`).
// A kicker reads on its own (`百姓身边`, `让老人在家门口吃上热乎饭`), as does a deck under a whole headline
// (`平顺县：换热站建到山村里` / `冬日山村 家家屋里暖`).

import { isSpacedOut } from './caption-form.ts';
import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import { isVerb, tagWords, type Word } from '../figures/words.ts';
import { isPhotoCredit, isWireByline } from './bylines.ts';
import { columnLabel, isColumnName, mayBeColumnName } from './columns.ts';
import { opensWithDash } from './marks.ts';
import type { Marked } from './run.ts';
import { charCount, MAX_TITLE_CHARS, opensWithSectionNumber, wordStraddles } from './shape.ts';
import { isNamedSpeakerLine } from './speaker-lists.ts';
import { COMMENTARY_MARK, SIDEBAR_LABEL } from '../describe/kind.ts';
import { emWidth } from './wraps.ts';

/** A box's label runs to a few characters. */
const MAX_BOX_LABEL_CHARS = 6;

/** `记者手记`, `编辑札记`, `相关链接`, `小贴士`: a label that names a box of notes or links (describe/kind.ts), alone on its line. */
function isBoxLabel(line: string): boolean {
  return charCount(line) <= MAX_BOX_LABEL_CHARS && mayBeColumnName(line) && (COMMENTARY_MARK.test(columnLabel(line)) || SIDEBAR_LABEL.test(line));
}

// Quotation marks (Chinese or ASCII, as an export may print them) may stand in either line; no other punctuation
// and no space (a couplet is two phrases).
const PLAIN = /^[\p{Script=Han}“”‘’"']+$/u;
// A predicate may give the headline's figures when the deck under it gives others (`惠及1.6万户居民`).
const PLAIN_WITH_FIGURES = /^[\p{Script=Han}“”‘’"'\d.%]+$/u;
// The upper line may set its place off with a colon: `武乡县：“四点半课堂”`.
const PLACE_COLON = /^(\p{Script=Han}{2,8})[：:]/u;

/**
 * The line's words as jieba tags them, but a phrase in quotes is one name, a noun (`“积分超市”`, `“一枚印章管审批”`):
 * a headline quotes what it names, and jieba tags words inside quotes as if they were the sentence's (`超市/v`).
 */
function namedWords(line: string): Word[] {
  const quotes = [...line.matchAll(/[“"]([^“”"]+)[”"]/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, word: m[1]! }));
  const inside = (w: Word) => quotes.some((q) => w.start >= q.start && w.end <= q.end);
  const names = quotes.map((q) => ({ word: q.word, tag: 'n', start: q.start, end: q.end }) as Word);
  return [...tagWords(line).filter((w) => !inside(w)), ...names].sort((a, b) => a.start - b.start);
}

/** The words after the place that opens the upper line (punctuation left out), or undefined if none opens it. */
function afterPlace(line: string, figures = false): Word[] | undefined {
  const colon = PLACE_COLON.exec(line);
  const rest = colon ? line.slice(colon[0].length) : line;
  if (!(figures ? PLAIN_WITH_FIGURES : PLAIN).test(rest)) return undefined;
  const end = placeEnd(line) || (colon ? 0 : namedPlaceEnd(line));
  if (end === 0 || (colon && end !== colon[1]!.length)) return undefined;
  // jieba may tag a county's first characters as a verb (`屯留/v`): only the words after the place count.
  const after = namedWords(line).filter((w) => w.start >= (colon ? colon[0].length : end) && /\p{Script=Han}/u.test(w.word));
  return after.length > 0 ? after : undefined;
}

// A noun, a verb used as one (`灌溉/vn`), or a set phrase used as one (`集中供热/l`).
const NOUN = /^(?:n|vn|l$)/u;

/**
 * A place and what is there: no verb, and no adverb, which only a predicate has (`医疗服务再升级`). What is there may
 * be counted (`我市今年15项民生实事`): a number and its measure word make no verb.
 */
function isSubject(line: string): boolean {
  const after = afterPlace(line, true);
  return after !== undefined && !after.some((w) => isVerb(w) || w.tag === 'd') && NOUN.test(after.at(-1)!.tag);
}

/**
 * What the subject does: a line opening with a verb, a preposition or an adverb, or holding a verb, the 了 of
 * one (`成了致富果`; jieba leaves some verbs unknown, `管出/x`), an adverb or an idiom; a deck's figures
 * (`达到5.6万亩`) are not in it.
 */
function isPredicate(line: string, figures = false): boolean {
  if (!(figures ? PLAIN_WITH_FIGURES : PLAIN).test(line) || (!figures && /\d/u.test(line))) return false;
  const words = tagWords(line);
  const first = words[0];
  if (first === undefined) return false;
  // An adverb (`四季/不断/档`) or an idiom (`翻了一番/i`) anywhere is a predicate's too: a subject has neither.
  return first.tag === 'v' || first.tag === 'p' || first.tag === 'd' || (first.tag === 'x' && [...first.word].length >= 2) || words.some((w) => isVerb(w) || w.tag === 'ul' || w.tag === 'd' || w.tag === 'i');
}

// The paper's own place, named as its home (`我区集中供热`, `我县：…`, `全市`): a place as a gazetteer name is.
const HOME_PLACE = /^[我全本](?:市|县|区|镇|乡)/u;

/**
 * Where the places that open the line end (`襄垣县王桥镇：…` → 6: a county and its town, `我区…` → 2), 0 when none
 * opens it.
 */
function placeEnd(line: string): number {
  if (HOME_PLACE.test(line)) return 2;
  let end = 0;
  for (const place of scanPlaces(line)) {
    if (place.start !== end) break;
    end = place.end;
  }
  return end;
}

/**
 * Where a place no gazetteer of divisions holds ends, as jieba names one (`漳河源头`, `太行山区`: a river's, a range's
 * name), 0 when the line opens with no such name: a subject may open with it as with a county's.
 */
function namedPlaceEnd(line: string): number {
  const first = tagWords(line)[0];
  return first !== undefined && first.start === 0 && first.tag === 'ns' && charCount(first.word) >= 2 ? first.end : 0;
}

/** `襄垣县王桥镇：`: a place and its colon alone, the headline's words on the next line. */
function isPlaceAlone(line: string): boolean {
  const colon = PLACE_COLON.exec(line);
  return colon !== null && colon[0].length === line.length && placeEnd(line) === colon[1]!.length;
}

/** `黎城县：“暖心车”开进`: the place and what is there, broken off after its verb. */
function endsOnVerb(line: string): boolean {
  const after = afterPlace(line);
  return after !== undefined && after.length >= 2 && isVerb(after.at(-1)!);
}

/**
 * `偏远山村`, `九个村的希望`: a noun phrase, the object of the verb the upper line broke off after; it opens with no
 * verb or preposition and ends on a noun, or on what 的 makes one (`的希望/v`).
 */
function isObject(line: string): boolean {
  if (!PLAIN.test(line)) return false;
  const words = namedWords(line);
  if (words.length === 0 || isVerb(words[0]!) || words[0]!.tag === 'p') return false;
  return NOUN.test(words.at(-1)!.tag) || words.at(-2)?.word === '的';
}

/**
 * A word runs across the break (`秋季开学 我市新增中` / `小学学位6800个`: 中小学; `…日均接` / `待求职者…`: 接待), as jieba
 * reads the two lines together: a line broken for its width, which a short kicker (`快评`) is not.
 */
function jiebaStraddles(upper: string, lower: string): boolean {
  if (charCount(upper) < 8 || !/\p{Script=Han}$/u.test(upper) || !/^\p{Script=Han}/u.test(lower)) return false;
  const at = upper.length;
  return tagWords(upper + lower).some((w) => w.start < at && w.end > at);
}

/**
 * `全市集中供热面积达` / `1.26亿平方米`: the upper line stops on a verb or preposition of one character (达, 到, 为,
 * 让, 向), which takes its object on the next line; no kicker ends so. The upper line is 8 characters or more,
 * one phrase (a clause with its comma over a headline is a caption, `晚会结束后，村民们又跳起了广场舞`).
 */
function endsOnOneCharVerb(upper: string, lower: string): boolean {
  if (charCount(upper) < 8 || /[，,。；;]/u.test(upper) || !/^[\p{Script=Han}\d“"]/u.test(lower)) return false;
  const last = tagWords(upper).at(-1);
  return last !== undefined && charCount(last.word) === 1 && /^[vp]$/u.test(last.tag);
}

/** The upper line was broken for its width: a word runs across the break, or it stops on a verb of one character. */
function brokenForWidth(upper: string, lower: string): boolean {
  return wordStraddles(upper, lower) || jiebaStraddles(upper, lower) || endsOnOneCharVerb(upper, lower);
}

/**
 * `沁县：“水缸子”满了` / `群众心里踏实了`: the two halves of a headline set as a couplet, broken at its space. The
 * upper line opens with its place and colon and says what happened there (a verb or an adverb after the place);
 * the lower line is a clause of its own, of the same length within two characters, with no place of its own
 * and no figure. A deck under a whole headline is longer or shorter than the headline's words after its place
 * (`黎城县新增4条城乡公交线路` / `群众出行更便捷`, `潞城区：年初确定的12件民生实事全部完成` / `一张清单兑现到底`).
 */
function isCoupletHalves(upper: string, lower: string): boolean {
  if (/\d/u.test(upper + lower) || placeEnd(lower) > 0 || !isPredicate(lower)) return false;
  const colon = PLACE_COLON.exec(upper);
  const after = colon ? afterPlace(upper) : subjectFirst(upper);
  // What happened: a verb (or one jieba leaves unknown, `建到/x`), an adverb, or the 了 of a verb.
  if (after === undefined || !after.some((w) => isVerb(w) || w.tag === 'd' || w.tag === 'ul' || (w.tag === 'x' && charCount(w.word) >= 2))) return false;
  const words = charCount(colon ? upper.slice(colon[0].length) : upper);
  return words >= 4 && Math.abs(words - charCount(lower)) <= 2;
}

/**
 * `社区食堂开到家门口`: a clause with no place, opening with its subject (a noun), as the upper half of a couplet
 * does; a kicker that opens with a verb or a preposition (`让老人在家门口吃上热乎饭`) is not one. Its words, or
 * undefined.
 */
function subjectFirst(line: string): Word[] | undefined {
  if (!PLAIN.test(line)) return undefined;
  const words = namedWords(line).filter((w) => /\p{Script=Han}/u.test(w.word));
  return words.length >= 2 && NOUN.test(words[0]!.tag) ? words : undefined;
}

/**
 * `我市十二件民生实事` / `超额完成年度目标`, `我市集中供热面积` / `突破8000万平方米`, over a deck of dashes: a place and what is
 * there, with no verb, over a line that opens with no noun (jieba may tag its verb as a set phrase or a verbal noun,
 * `超额完成/l`, `突破/vn`). The deck is taken, and a subject alone is no kicker: the two lines are the headline.
 */
function subjectOverItsRest(upper: string, lower: string): boolean {
  const first = tagWords(lower)[0];
  return isSubject(upper) && PLAIN_WITH_FIGURES.test(lower) && first !== undefined && /\p{Script=Han}/u.test(first.word) && !first.tag.startsWith('n') && first.tag !== 'm';
}

/** The two lines read as one headline: subject and predicate, or a verb and its object. */
export function readsAsOne(upper: string, lower: string, figures = false): boolean {
  if (isPlaceAlone(upper)) return PLAIN.test(lower);
  // A line broken mid-word (`秋季开学 我市新增中` / `小学学位6800个`, as a PDF copy breaks a wide headline): a kicker
  // or a deck reads whole on its own line.
  if (wordStraddles(upper, lower) || jiebaStraddles(upper, lower) || endsOnOneCharVerb(upper, lower)) return true;
  return (isSubject(upper) && isPredicate(lower, figures)) || (endsOnVerb(upper) && isObject(lower)) || isCoupletHalves(upper, lower);
}

/**
 * On a page copied out of a PDF, hard-wrapped at its column's width, a headline wider than its column runs on to
 * a second line, the upper one as full (to a character) (`潞城区为1.2万名` / `高龄老人发放补贴`, `医共体让群众就近` / `看好病`). A
 * kicker over a headline is set narrower than the headline, and reads as one by its form: a column's name
 * (`温暖过冬`, `【民生】`, `实事回头看③`), a lead-in with its comma, a phrase in quotes, a couplet with its space.
 */
export function brokenForColumn(upper: string, lower: string): boolean {
  const [top, bottom] = [upper.trim(), lower.trim()];
  if (charCount(top) < MIN_BROKEN_CHARS || /[\s\u3000]/u.test(top) || isColumnName(top) || columnLabel(top) !== top) return false;
  if (/[，,。！？!?：:]$/u.test(top) || /^[“"][^“”"]*[”"]$/u.test(top) || SERIES_PART.test(top) || opensWithDash(bottom)) return false;
  // A figure's digits print half as wide: the upper line may fall short of the lower by a character.
  return emWidth(top) + 1 >= emWidth(bottom);
}

/**
 * What stands under a headline's lines: its byline (not a photo's credit) or its text, maybe past the mark of a
 * piece continued from another page (`（上接第1版）`).
 */
function opensText(marked: readonly Marked[], at: number): boolean {
  let k = at;
  while (marked[k]?.shape === 'continuation') k++;
  const next = marked[k];
  return (next?.shape === 'byline' && !isPhotoCredit(next.block.text)) || (next?.shape === 'paragraph' && !next.block.credit);
}

/** A kicker of a column's own words is this short (`百姓身边`, `健康快递`); a headline's upper line runs longer. */
const MIN_BROKEN_CHARS = 6;
// A series numbers its parts after its name: `实事回头看③`, `走基层（三）`, `系列报道之三`.
const SERIES_PART = /(?:[①-⑳]|[(（][一二三四五六七八九十\d]{1,3}[)）]|之[一二三四五六七八九十]{1,3})$/u;

/**
 * The line over `at` is a kicker by its form: a lead-in read as one (a comma's or a quotation's, lead-ins.ts) or a
 * column's or series' name (`实事落地看变化③`). Under it, the stack's kicker is taken: two title lines between it and
 * a deck are the headline.
 */
function underKicker(marked: readonly Marked[], at: number): boolean {
  const over = marked[at - 1];
  return over?.shape === 'kicker' || (over?.shape === 'title' && mayBeColumnName(over.block.text) && marked[at - 2]?.shape !== 'title');
}

/**
 * Joins a headline broken over two title-like blocks right over a byline line into one block, as printed.
 * `wrapped`: the page's text is hard-wrapped at a column's width (a PDF copy), where a headline wider than the
 * column is broken too (brokenForColumn).
 */
// `说明：…`, `电话：0355-…`: a line opened by a short label and its colon, a field of a listing.
const FIELD_LINE = /^\p{Script=Han}{2,4}[：:]/u;

/** How many fields must stand right over a line for it to be one more (a staff line over a headline is one). */
const MIN_FIELDS_ABOVE = 3;

/**
 * The line is one more field under three or more (`时间：…` / `地点：…` / `电话：…` / `说明：…`): text, no headline's
 * half. A place's headline (`平顺县：…`) under one credit or staff line (`责任编辑：…`) is still one.
 */
function fieldUnderFields(marked: readonly Marked[], i: number): boolean {
  const t = marked[i]!.block.text.trim();
  if (!FIELD_LINE.test(t)) return false;
  let fields = 0;
  for (let k = i - 1; k >= 0; k--) {
    const lines = marked[k]!.block.text.trim().split('\n');
    if (!lines.every((line) => FIELD_LINE.test(line.trim()))) break;
    fields += lines.length;
  }
  if (fields >= MIN_FIELDS_ABOVE) return true;
  // A record's last field after its text ran on (`回复内容：…` / `…统筹安排。` / `办理状态：办理中`): the paragraphs right over
  // it hold three fields or more. A place and its colon opens a headline there (`沁县：…`), no field.
  if (placeEnd(t) > 0) return false;
  fields = 0;
  for (let k = i - 1; k >= 0 && marked[k]!.shape === 'paragraph'; k--) fields += marked[k]!.block.text.split('\n').filter((line) => FIELD_LINE.test(line.trim())).length;
  return fields >= MIN_FIELDS_ABOVE;
}

export function joinSplitHeadlines(marked: Marked[], wrapped = false): Marked[] {
  const out: Marked[] = [];
  for (let i = 0; i < marked.length; i++) {
    const [upper, lower] = [marked[i]!, marked[i + 1]];
    if (upper.shape === 'title' && fieldUnderFields(marked, i)) {
      out.push({ shape: 'paragraph', block: { ...upper.block, kind: 'paragraph' } });
      continue;
    }
    // A deck opened by dashes may stand between the headline and its byline (`——全县高效节水…`), or one that gives
    // the headline's figures with no dashes (`全县建成农村互助幸福院126个`).
    const third = marked[i + 2];
    // When both the lower line and that deck give figures (`惠及1.6万户居民` / `今冬新增供热面积52万平方米`), the lower
    // line is still the headline's, read with its figures.
    const figured = third?.shape === 'title' && /\d/u.test(third.block.text) && !/\d/u.test(upper.block.text) && /\d/u.test(lower?.block.text ?? '') && marked[i + 3]?.shape === 'byline';
    const deck = (third?.shape === 'deck' && opensWithDash(third.block.text)) || (third?.shape === 'title' && /\d/u.test(third.block.text) && !/\d/u.test(upper.block.text + (lower?.block.text ?? ''))) || figured;
    const byline = marked[i + (deck ? 3 : 2)];
    // A news item's text opened by its wire mark and reporter (`本报讯（记者 X）…`) signs it as a byline line does.
    const signed = (byline?.shape === 'byline' && !isPhotoCredit(byline.block.text)) || (byline?.shape === 'paragraph' && byline.block.byline !== undefined && isWireByline(byline.block.byline));
    const kicked = underKicker(marked, i);
    // Under a lead-in read as a kicker (a clause with its comma, a quotation: lead-ins.ts), the upper line is no
    // kicker, and a predicate that gives figures (`开进28个村`) is the headline's; a column's name over a place's
    // subject leaves a figured line under it a deck.
    const underLeadIn = marked[i - 1]?.shape === 'kicker';
    // Over a deck of dashes (`——城区热用户室温达标率…`) the lower line is no deck: the stack holds one.
    const dashDecked = third?.shape === 'deck' && opensWithDash(third.block.text);
    const joins =
      (upper.shape === 'title' || (upper.shape === 'paragraph' && isPlaceAlone(upper.block.text.trim()))) && lower?.shape === 'title' &&
      charCount(upper.block.text + lower.block.text) <= MAX_TITLE_CHARS &&
      // A name spaced letter by letter (`社　区　速　递`: caption-form.ts) is a column's, never half a headline.
      !isSpacedOut(upper.block.text) && !isSpacedOut(lower.block.text) &&
      // A line printed after a bullet (`◎楼道灯坏了好久没人修`, read off by briefs.ts) opens a head of its own: no
      // lower half of the line over it (`来信摘登`).
      lower.bullet === undefined &&
      // A series' part (`冬季供暖调查之二`, `实事落地看变化③`) names the series and the part: a kicker over the headline,
      // whole on its own, never the upper half of it.
      !SERIES_PART.test(upper.block.text.trim()) &&
      // A numbered section's head (`一、2024年工作回顾`) opens the text, and an office and a name (`代市长 刘振宇`) sign
      // a report: neither is half of a headline.
      !opensWithSectionNumber(lower.block.text) && !isNamedSpeakerLine(upper.block.text) &&
      // A box's label alone on its line (`记者手记`, `编后语`: describe/kind.ts) names the box over its title: its kicker.
      !isBoxLabel(upper.block.text.trim()) &&
      // Nor does a column's name set apart by its middle dot (`民生实事·回头看`, columns.ts): a label, whole on its line.
      !(/[·・]/u.test(upper.block.text) && isColumnName(upper.block.text)) &&
      // Nor one set off by an ornament or brackets (`▌民生实事进行时`, `■ 百姓故事`): the mark sets a label apart.
      !(columnLabel(upper.block.text) !== upper.block.text.trim() && mayBeColumnName(upper.block.text)) &&
      ((signed && readsAsOne(upper.block.text.trim(), lower.block.text.trim(), figured || underLeadIn)) ||
        (signed && dashDecked && subjectOverItsRest(upper.block.text.trim(), lower.block.text.trim())) ||
        // Between a kicker and a deck, the two lines are the headline: a stack holds one of each.
        (signed && kicked && deck) ||
        // On a PDF copy, a headline broken for its column's width, over its byline or its text.
        (wrapped && brokenForColumn(upper.block.text, lower.block.text) && opensText(marked, i + 2)) ||
        // A line broken mid-word or on a verb that wants its object is one headline over running text too (a news
        // item's `本报讯…`): a kicker over a headline never breaks so.
        (marked[i + 2]?.shape === 'paragraph' && !marked[i + 2]!.block.credit && brokenForWidth(upper.block.text.trim(), lower.block.text.trim())));
    if (!joins) {
      out.push(upper);
      continue;
    }
    // A couplet's halves are two phrases, printed with a space between them on one line; other breaks join up.
    const [top, bottom] = [upper.block.text.trim(), lower.block.text.trim()];
    const couplet = !brokenForWidth(top, bottom) && isCoupletHalves(top, bottom);
    out.push({ shape: 'title', block: { ...upper.block, text: `${top}${couplet ? ' ' : '\n'}${bottom}`, source: [...new Set([...upper.block.source, ...lower.block.source])] } });
    i++;
  }
  return out;
}
