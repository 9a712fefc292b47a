// Stage 2: page text → blocks, each with its kind as a reader of the printed page would tell it.
// First what each block says of itself (markup, marks, shape), then what its neighbours make of the
// short title-like lines: headline, heading, caption, deck, kicker or the author's name (structure/roles.ts).

import { isBannerKicker, isFurniture } from './lexicon/furniture.ts';
import { cutOpeningSignature, isBylineLine, isPhotoCredit, isWireByline } from './structure/bylines.ts';
import { cutClosingSignature } from './structure/signatures.ts';
import {
  cutClosingCredit,
  cutContinuation,
  cutOpeningByline,
  cutTitleContinuation,
  endsWithDash,
  hasRubricBar,
  isStandaloneByline,
  opensWithDash,
  readContinuation,
  readMarkup,
} from './structure/marks.ts';
import { pageIndexes } from './structure/page-index.ts';
import { isItemRow } from './structure/item-rows.ts';
import { numberedCaptions } from './structure/photo-sets.ts';
import { captionsInText, captionsUnderMediaMarks, MEDIA_MARK, photoItemsOpenedByTuwei, triangleCaptions } from './structure/photo-captions.ts';
import { isPageLine } from './structure/page-lines.ts';
import { cutBoxLabel, cutBracketKicker, cutBracketTitle } from './structure/bracket-titles.ts';
import { bulletedTitles } from './structure/briefs.ts';
import { columnLabel, isColumnName, mayBeColumnName } from './structure/columns.ts';
import { readExportLine } from './structure/export-markup.ts';
import { readBoxForms } from './structure/box-forms.ts';
import { readFormBoxes } from './structure/form-box.ts';
import { letterSignatures } from './structure/letters.ts';
import { contactsLineAtFoot } from './structure/page-foot.ts';
import { adsAndEndMarks, headOverDateLine, relatedAtFoot, sourcesUnderText, tailUnderStaffLines } from './structure/page-ends.ts';
import { headlinesOverDatelines } from './structure/datelines.ts';
import { readFieldLines } from './structure/field-lines.ts';
import { datedSourceHeads, isDatedSource } from './structure/dated-source.ts';
import { contactsAtFoot, readBoxSides, titlesInBoxes } from './structure/frames.ts';
import { isFactBox, isFenced, splitPageLines } from './structure/lines.ts';
import { tableGoesOn } from './structure/tables.ts';
import { setApartBlocks } from './structure/set-apart.ts';
import { columnMeasure } from './structure/wraps.ts';
import { headsOverLabelledLines, issuersUnderHeads, numberedPieceHeads, signedDatesUnderText } from './structure/issuers.ts';
import { pieceHeadsAfterText } from './structure/piece-heads.ts';
import { countedRowBoxes } from './structure/row-box.ts';
import { commaLeadIns } from './structure/lead-ins.ts';
import { isSignedVoice, speakerLists } from './structure/speaker-lists.ts';
import { speakerTurns } from './structure/speaker-turns.ts';
import { joinSplitHeadlines } from './structure/split-headline.ts';
import { stackedTitleLines } from './structure/stacked-titles.ts';
import { opensWithPartLabel, readTitleParts } from './structure/title-parts.ts';
import { assignRoles, type Marked, type Shape } from './structure/roles.ts';
import { ornamentSeriesHeads } from './structure/ornament-series.ts';
import { isQuestionHead, openingLabel } from './structure/question-heads.ts';
import { unitNameLists } from './structure/unit-lists.ts';
import { charCount, endsComplete, SEMICOLON, isQuestion, isLatin, isLatinTitle, isListItem, isRule, isTableRow, isTitleLike, MAX_TITLE_CHARS } from './structure/shape.ts';
import type { Block } from './types.ts';

/** A deck is a subtitle, a little longer than a headline may be. */
const MAX_DECK_CHARS = 50;
// Notes are running text however short: `（作者单位：长治学院）`, a footnote `[1] 数据来源：…`, `注：…`, `备注: …`,
// `数据来源：…` (a note's label, then what it says), `数据截至2025年10月底` (when a box's figures stand, maybe with its maker's
// credit after a bar).
const NOTE = /^(?:[(（][^()（）]{2,40}[)）]|\[\d{1,2}\][\s\u3000]*\S.*|(?:[备附]?注|(?:数据|资料)?来源)[：:].+|(?:数据|资料)(?:截至|截止)[^。！？!?\n]{2,40})$/su;
// A note about the page as a whole (`本版稿件由武乡县融媒体中心提供`, `（本版图片均由本报记者 刘伟 摄）`) or the next
// issue (`下期预告：走进黎城县`): the page's, not an article's.
const PAGE_NOTE = /^[(（]?[\s\u3000]*(?:本版|本期|本栏)[^。！？!?]{2,40}[)）]?$|^(?:下期|明日|本期)?预告[：:][^。！？!?]{2,30}$/u;
// An ornament before a byline: `■ 本报评论员`.
const ORNAMENT = /^[□■○●◎◆◇◉][\s\u3000]*/u;
// A photo caption by its own words: `图为…`, `图：…`, `图①：…`, `图一：…`, `上图：…`, or its label in brackets (`[图] …`, `【图片说明】…`,
// `<图片说明> …`).
const CAPTION = /^(?:图为|图[①-⑳\d]{0,2}[：:\s]|图[一二三四五六七八九十]{1,2}[：:]|[上下左右中]图[：:为\s\u3000]|图片[：:]|[\[【〔<＜（(](?:图|图片|照片|图片说明|图注)[\]】〕>＞）)][：:]?[\s\u3000]*\S)/u;
const FULL_STOP = /[。！？!?]/u;
// A short label in brackets with no colon: `（新春走基层）`; `（完）`, `（待续）` end an article and stay text.
const BRACKETED_LABEL = /^[(（](?![^()（）]*[完续])[^()（）：:\s]{2,8}[)）]$/u;
// A telephone number with its area code, a mobile number, a hotline's number after its label (`服务热线：12345`),
// a web or mail address: never in a headline or caption.
const CONTACT = /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)|(?:热线|电话)[：:][\s\u3000]*\d{3,}|https?:\/\/|www\.|[\w.+-]+@[\w-]+\.[a-z]{2,}/iu;

// `> 来源：市人社局`: a line quoted with Markdown's mark, running text.
const QUOTED = /^>[\s\u3000]+\S/u;
// A list's item ends on its semicolon; a deck ends on no mark.
const ENDS_SEMICOLON = new RegExp(`${SEMICOLON}$`, 'u');

/**
 * Blocks of a page: the text between blank lines (empty or whitespace-only lines), trimmed, empty ones
 * dropped; a block of lines that are blocks of their own (a page exported without blank lines) is cut into
 * them (structure/lines.ts). An export's tags around a line and emphasis on a title line are read off first
 * (structure/export-markup.ts), and the sides of a box drawn round a line (`║ … ║`, structure/frames.ts).
 */
export function splitBlocks(text: string): string[] {
  return printedBlocks(text).blocks;
}

/**
 * The blocks of splitBlocks, and for each the blank-line block of the page it was cut from (`printed[i]`): lines a
 * page prints together, no blank line between them (a box's title over its text), share one.
 */
export function printedBlocks(text: string): { blocks: string[]; printed: number[]; apart: ReadonlySet<number> } {
  const blocks: string[] = [];
  const printed: number[] = [];
  let lines: string[] = [];
  let group = 0;
  // (The blank lines over each printed block: a page may set its pieces apart by more, structure/set-apart.ts.)
  const gaps: number[] = [];
  let blank = 0;
  const typedLines = typedLinesOf(text);
  // A page copied from a PDF is set in one column width: a short block (a brief of two lines) is read by it too.
  const measure = pageMeasure(typedLines);
  const flush = () => {
    const block = lines.join('\n').trim();
    if (block) {
      const cut = splitPageLines(block, measure);
      blocks.push(...cut);
      printed.push(...cut.map(() => group));
      if (group > 0) gaps[group] = blank;
      group++;
      blank = 0;
    }
    lines = [];
  };
  for (const [k, line] of typedLines.entries()) {
    // (A blank line that only breaks a table, its rows going on under it, is no break: structure/tables.ts.)
    if (line.trim() === '' && !tableGoesOn(lines, nextFilled(typedLines, k))) {
      flush();
      blank++;
    } else if (line.trim() !== '') lines.push(line);
  }
  flush();
  return { blocks, printed, apart: setApartBlocks(gaps) };
}

/** The first line after line `k` that is not blank. */
function nextFilled(lines: readonly string[], k: number): string | undefined {
  let next = k + 1;
  while (next < lines.length && lines[next]!.trim() === '') next++;
  return lines[next];
}

function typedLinesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/u).flatMap((typed) => readExportLine(typed).split('\n').map(readBoxSides));
}

function pageMeasure(typedLines: readonly string[]): number | undefined {
  return columnMeasure(typedLines.map((l) => l.trim()).filter(Boolean));
}

/** The page's running text is hard-wrapped at a column's width, as a copy out of a PDF is (wraps.ts). */
export function wrappedAtColumn(text: string): boolean {
  return pageMeasure(typedLinesOf(text)) !== undefined;
}

/**
 * Classifies the blocks of one page; block i gets `source: [i]`. Never throws. `wrapped`: the page's text was
 * hard-wrapped at a column's width (wrappedAtColumn), its headlines too where they run wider than the column.
 */
export function classifyBlocks(raw: string[], wrapped = false): Block[] {
  // An export's field lines (`标题：…` / `作者: …` / `来源: …`) say their roles themselves (structure/field-lines.ts); an
  // English title-like line over a dateline (`XIANGYUAN, Nov 15 — …`) is its item's headline (structure/datelines.ts),
  // and the title lines in a drawn box (`┏━━┓` / `小贴士` / `预防流感…`) the box's (structure/frames.ts); a page's index
  // under its label (`本期导读` / `▶ …`) is the page's (structure/page-index.ts); a photo set's numbered captions over its
  // credit are captions (structure/photo-sets.ts); contact lines at the page's foot are the page's (structure/frames.ts).
  // A letter's signature is its byline, read before a headline may take it for its first line (structure/letters.ts);
  // tables, figures over labels, timelines and notices signed by their issuer are read last (structure/box-forms.ts), and
  // a box told by its lines' form under its short title after running text (structure/form-box.ts),
  // then a line of contacts closing the page (structure/page-foot.ts), and what a copy prints over its date line and
  // under its staff lines (an account's name, past posts, prompts to follow), with the source lines under each piece's
  // text and the ads and end marks among the pieces before it (structure/page-ends.ts).
  return datedSourceHeads(relatedAtFoot(tailUnderStaffLines(sourcesUnderText(adsAndEndMarks(headOverDateLine(contactsLineAtFoot(readFormBoxes(countedRowBoxes(readBoxForms(contactsAtFoot(numberedCaptions(pageIndexes(titlesInBoxes(headlinesOverDatelines(readFieldLines(assignRoles(captionsInText(captionsUnderMediaMarks(triangleCaptions(photoItemsOpenedByTuwei(questionsUnderColumns(titlesOverBylines(joinSplitHeadlines(letterSignatures(signedDatesUnderText(issuersUnderHeads(headsOverLabelledLines(pieceHeadsAfterText(numberedPieceHeads(commaLeadIns(bulletedTitles(speakerTurns(speakerLists(readTitleParts(ornamentSeriesHeads(unitNameLists(raw.flatMap((text, index) => readTitledBlock(text, index))))))))))))))), wrapped)))))))), raw)))))))), raw))))))));
}

/**
 * A line set directly over a byline (past its deck) is a headline even where it reads like a sentence:
 * `高龄津贴怎么领？这些问题一次说清`, `家门口的这些事，大家怎么看？`, an English headline. Only a short line
 * with no full stop, over a byline that is not a photo credit (a credit closes the paragraph above it); so is
 * a heading set with `##` markup there (`## 城区新增5处“口袋公园”` / `本报记者 X`).
 */
function titlesOverBylines(marked: Marked[]): Marked[] {
  return marked.map((m, i) => {
    // A heading set with `##` markup over a byline is a headline: an article is signed, a section is not.
    const markedHeading = m.shape === 'heading' && m.fromMarkup === true;
    // So is a column's name and a headline set apart by a bar on one line (`暖心 | 社区“热饭”端上桌`): over the
    // headline under it, such a line is its kicker (`12345热线 | 回应关切`); over a byline, the headline itself.
    const barred = m.shape === 'kicker' && hasRubricBar(m.block.text);
    if (!markedHeading && !barred && (m.shape !== 'paragraph' || m.block.byline || m.block.credit || !headlineLength(m.block.text))) return m;
    let next = i + 1;
    // A rule may be drawn under the headline, over its byline (`平顺县：…` / `---` / `文/图 本报记者 X`).
    while (marked[next]?.shape === 'deck' || (marked[next]?.shape === 'furniture' && isRule(marked[next]!.block.text))) next++;
    const below = marked[next];
    // Such a barred line over a wire item (`… | …` / `本报讯（记者 X）…`), or right after one's text over the next item's,
    // is its headline too: a kicker stands over one.
    const overWire = barred && below?.shape === 'paragraph' && (isWireByline(below.block.byline ?? '') || (!below.block.byline && afterWireItem(marked, i)));
    if (!overWire && (below?.shape !== 'byline' || isPhotoCredit(below.block.text))) return m;
    const { level: _level, ...block } = m.block;
    return { shape: 'title', block: { ...block, kind: 'caption' } };
  });
}

/**
 * A question or exclamation of headline length, maybe with its answer after it (`暖气不热怎么办？部门来回复`),
 * set directly under a column name (`记者调查` / `老旧电梯“带病”运行谁来管？`) or directly over a news item's
 * wire byline (`冬季供暖遇到问题怎么办？` / `本报讯（记者 X）…`) is a headline, not a paragraph: running text
 * neither opens under a column name nor runs into a 本报讯.
 */
function questionsUnderColumns(marked: Marked[]): Marked[] {
  return marked.map((m, i) => {
    const above = marked[i - 1];
    const below = marked[i + 1];
    const underColumn = above?.shape === 'title' && mayBeColumnName(above.block.text);
    const overWire = below?.shape === 'paragraph' && isWireByline(below.block.byline ?? '');
    // So is one right after a wire item's text, over the next item's (`…。` / `长子县定向培养乡村医生！` / `11月17日，…`):
    // a 本报讯 report runs on without sections.
    const nextItem = below?.shape === 'paragraph' && !below.block.byline && afterWireItem(marked, i);
    const t = m.block.text.trim();
    // A question and its answer with no mark closing the line (`暖气不热？维修师傅上门了`), alone between finished texts: a
    // headline's form, as no sentence of running text ends unmarked.
    const askedAndAnswered = below?.shape === 'paragraph' && /[？?][^。！？!?；;，,、：:…]*\p{Script=Han}$/u.test(t) && afterFinishedText(marked, i);
    // So is one over a text that opens on a label: a Q&A's first question (`问：…`) or a labelled part (`【市民诉求】…`),
    // as a hotline page answers its readers under their questions; running text asks no such question over its first
    // part, and no broken-off line stands over it.
    const overLabel = below?.shape === 'paragraph' && !below.block.byline && openingLabel(below.block.text) !== undefined && !afterBrokenText(marked, i);
    if (m.shape !== 'paragraph' || m.block.byline || m.block.credit || !(underColumn || overWire || nextItem || askedAndAnswered || overLabel)) return m;
    // `…怎么办？`, or a question and its answer (`暖气不热怎么办？部门来回复`): one question or exclamation mark (`!!`).
    if (!isQuestionHead(t) || isQuestion(t)) return m;
    return { shape: 'title', block: { ...m.block, kind: 'caption' } };
  });
}

/**
 * The block right above block `i` is a sentence broken off: clauses (a comma, a colon) with no sentence's mark closing
 * them, nor a photo's credit. A column's name or a headline over the line has no clause.
 */
function afterBrokenText(marked: readonly Marked[], i: number): boolean {
  const above = marked[i - 1];
  if (above === undefined || above.block.credit !== undefined) return false;
  const t = above.block.text.trim();
  return /[，,、；;：:]/u.test(t) && !endsComplete(t) && !/摄影?$/u.test(t);
}

/** The block right above block `i` (past a rule drawn under it, `---`) is running text that ends on its sentence's mark. */
function afterFinishedText(marked: readonly Marked[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && marked[k]!.shape === 'furniture' && isRule(marked[k]!.block.text)) k--;
  const above = marked[k];
  return above?.shape === 'paragraph' && (above.block.credit !== undefined || endsComplete(above.block.text));
}

/**
 * The paragraphs right above block `i` are a wire item's (`本报讯（记者 X）…。` and the text after it), finished, with
 * no title-like line between.
 */
function afterWireItem(marked: readonly Marked[], i: number): boolean {
  let k = i - 1;
  if (marked[k]?.shape !== 'paragraph' || !endsComplete(marked[k]!.block.text)) return false;
  while (k > 0 && marked[k]!.shape === 'paragraph' && !marked[k]!.block.byline && marked[k - 1]!.shape === 'paragraph') k--;
  return marked[k]?.shape === 'paragraph' && isWireByline(marked[k]!.block.byline ?? '');
}

/** Short enough for a headline, with no full stop in it and not broken off after a clause mark. */
function headlineLength(text: string): boolean {
  const t = text.trim();
  if (/[。]|[，,、：:]$/u.test(t) || new RegExp(SEMICOLON, 'iu').test(t)) return false;
  if (isLatin(t)) return isLatinTitle(t);
  return charCount(t) <= MAX_TITLE_CHARS;
}

/**
 * A credit closing a line with no full stop, in brackets (`…小书院”（摄影 王刚）`, `…读书（李四 摄）`) or set off by a
 * space (`工人在英雄南路更换供热管道  本报记者 牛建英 摄`).
 */
function cutClosingCreditOfLine(text: string): { credit?: string; text: string } {
  const match = /[(（][^()（）。，]{2,24}[)）]$/u.exec(text);
  if (!match) return cutSpacedCredit(text);
  if (!text.slice(0, match.index).trim()) return { text };
  const credit = match[0];
  if (!/摄影?[)）]$|^[(（][\s\u3000]*摄影?/u.test(credit)) return { text };
  return { credit, text: text.slice(0, match.index).trimEnd() };
}

/** `医护人员为市民贴敷  通讯员 郝丽娜 摄`: the longest photo credit after a space that leaves a caption before it. */
function cutSpacedCredit(text: string): { credit?: string; text: string } {
  for (const space of text.matchAll(/[\s\u3000]+/gu)) {
    const [caption, credit] = [text.slice(0, space.index).trim(), text.slice(space.index + space[0].length)];
    if (caption && !isBylineLine(caption) && isPhotoCredit(credit) && /摄影?$/u.test(credit.trim())) return { credit, text: caption };
  }
  return { text };
}

/**
 * A paragraph opened by its headline in brackets (`【县城新增3处公共停车场】近日，…`, structure/bracket-titles.ts) is
 * two blocks of the one raw block: the item's headline, then its text; so is a headline after its column's label
 * in brackets (`【数据】某县服务清单`): the kicker, then the title-like line. Any other block is one.
 */
function readTitledBlock(raw: string, index: number): Marked[] {
  // `【温馨提醒】` / `● …；` / `● …。`: a box's label alone over its bulleted lines, no blank line between (briefs.ts).
  const box = cutBoxLabel(raw);
  if (box !== undefined) return [{ shape: 'headline', block: { kind: 'headline', text: box.label, source: [index] } }, readBlock(box.text, index)];
  // `【数据】某县服务清单`: a column's label and the headline after it, two blocks of one line; a title part's label
  // (`【主题】…`) is read with its neighbours (structure/title-parts.ts).
  const labelled = opensWithPartLabel(raw) ? undefined : cutBracketKicker(raw);
  if (labelled !== undefined) return [{ shape: 'kicker', block: { kind: 'kicker', text: labelled.kicker, source: [index] } }, readBlock(labelled.title, index)];
  const titled = cutBracketTitle(raw);
  // A headline and its deck (or a kicker and its headline) on two lines, no blank line between: two blocks.
  const stacked = titled === undefined ? stackedTitleLines(raw) : undefined;
  if (stacked !== undefined) return stacked.map((line) => readBlock(line, index));
  if (titled === undefined) return [readBlock(raw, index)];
  return [{ shape: 'headline', block: { kind: 'headline', text: titled.title, source: [index] } }, readBlock(titled.text, index)];
}

/** What a block is by itself; `title` when only its neighbours can tell (see structure/roles.ts). */
function readBlock(raw: string, index: number): Marked {
  const source = [index];
  const markup = readMarkup(raw);
  if (markup) {
    if (markup.hashes === 1) return { shape: 'headline', block: { kind: 'headline', text: markup.text, source } };
    const level = markup.hashes === 2 ? 2 : 3;
    return { shape: 'heading', fromMarkup: true, block: { kind: 'heading', text: markup.text, source, level } };
  }
  const text = raw.trim();
  const shape = shapeOf(text);
  if (shape === 'caption') {
    const closing = cutClosingCredit(text);
    return { shape, block: { kind: 'caption', text: closing.text, source, ...(closing.credit !== undefined && { credit: closing.credit }) } };
  }
  if (shape === 'title') {
    // A title-like line that carries a photo credit (`乡村学校里的“小书院”（摄影 王刚）`) is a photo's caption.
    const closing = cutClosingCreditOfLine(text);
    if (closing.credit !== undefined) return { shape: 'caption', block: { kind: 'caption', text: closing.text, source, credit: closing.credit } };
    // `城区供热管网改造完工（上接第一版）`: the headline of an article that began on another page.
    const from = cutTitleContinuation(text);
    if (from.continued !== undefined) return { shape, block: { kind: 'caption', text: from.text, source, continued: from.continued } };
  }
  if (shape !== 'paragraph') return { shape, block: { kind: shape === 'title' ? 'caption' : shape, text, source } };

  const marks = cutContinuation(text);
  const wire = cutOpeningByline(marks.text);
  const signed = wire.byline === undefined ? cutOpeningSignature(marks.text) : undefined;
  const opening = signed?.signature !== undefined ? { byline: signed.signature, text: signed.text } : wire;
  const closing = cutClosingCredit(opening.text);
  const closingSignature = closing.credit === undefined ? cutClosingSignature(closing.text) : { text: closing.text };
  const credit = closing.credit ?? closingSignature.signature;
  return {
    shape,
    block: {
      kind: 'paragraph',
      text: closingSignature.text,
      source,
      ...(opening.byline !== undefined && { byline: opening.byline }),
      ...(credit !== undefined && { credit }),
      ...(marks.continued !== undefined && { continued: marks.continued }),
    },
  };
}


function shapeOf(text: string): Shape {
  if (readContinuation(text)) return 'continuation';
  if (isPageLine(text) || isFurniture(text) || isRule(text) || PAGE_NOTE.test(text) || MEDIA_MARK.test(text) || isDatedSource(text)) return 'furniture';
  if (isStandaloneByline(text) || isStandaloneByline(text.replace(ORNAMENT, '')) || isBylineLine(text)) return 'byline';
  if (CAPTION.test(text)) return 'caption';
  // `■ 民生关注`, `■ 新春走基层 ■`: a column name set off by a bullet is a title-like line, not an item of a list;
  // so is one in brackets (`（新春走基层）`), where a note in brackets says more (`（作者单位：长治学院）`).
  const setOffBothSides = /[□■○●◎◆◇◉▲►•★☆]$/u.test(text);
  if (isListItem(text) && !text.includes('\n') && (isColumnName(columnLabel(text)) || (setOffBothSides && mayBeColumnName(columnLabel(text))))) return 'title';
  if (BRACKETED_LABEL.test(text) && mayBeColumnName(columnLabel(text))) return 'title';
  // A list printed under its lead-in in one block (`使用方法：` / `1. 下载APP` / …) is running text; so is a table
  // typed with bars (`| 项目 | 数量 |`), whose bars are no rubric's, a line quoted with `> ` and a fenced block
  // (```` ``` ```` / `温馨提示：…` / ```` ``` ````), whatever their length.
  if (text.split('\n').every(isTableRow) || isFactBox(text.split('\n')) || QUOTED.test(text) || isFenced(text)) return 'paragraph';
  if (isListItem(text) || NOTE.test(text) || text.split('\n').slice(1).some(isListItem)) return 'paragraph';
  const titleLength = charCount(text) <= MAX_TITLE_CHARS && !FULL_STOP.test(text);
  if (titleLength && (hasRubricBar(text) || isBannerKicker(text))) return 'kicker';
  // `--- 记者手记 ---`, `——记者手记——`: a label set between rules marks a part of the text, not a deck.
  if (titleLength && opensWithDash(text) && endsWithDash(text)) return 'title';
  // `——上党区用好…` is a deck; `——常态化开展扫黑除恶。…` and `——改造换热站11座，…；` are list items of running text.
  if (opensWithDash(text) && charCount(text) <= MAX_DECK_CHARS && !FULL_STOP.test(text) && !endsComplete(text) && !ENDS_SEMICOLON.test(text.trim())) {
    return 'deck';
  }
  if (titleLength && endsWithDash(text)) return 'subheading';
  // `供热报修：市热力公司24小时服务热线 0355-2025000`: a line that gives a number to call or an address is a notice.
  if (CONTACT.test(text)) return 'paragraph';
  // `土豆1.6元/斤　西红柿3.5元/斤#　富士苹果4.5元/斤`: a row of items, each a name and its figure, is text.
  if (isItemRow(text)) return 'paragraph';
  // `“…比自己做还划算”（市民 李女士）`: a whole quoted voice signed by who spoke is text, however short.
  if (isSignedVoice(text)) return 'paragraph';
  if (isTitleLike(text) || isLatinTitle(text)) return 'title';
  return 'paragraph';
}
