// The last title-like line of a run, right over running text, and the article that text belongs to:
// whether the line starts an article (its headline) or a section inside the open one (a heading) depends
// on the reading state and on what the text under it is.
// - the last title-like line before running text is a headline where an article starts (top of the page,
//   after a closing byline or photo credit, after a `本报讯` item, which has no sections (but a roundup's parallel
//   `X县：…` subheads, isRoundupSubhead), over a `本报讯` /
//   photo paragraph, over signed text, over a box of data lines or labelled notices (`便民提示` / `停水通知：…`),
//   or in another language than the text before it, or printed after the same bullet as the item headline
//   before it, item-column.ts), else a section heading;
// - a title-like line over a lead-in (`普惠，扩大服务供给——`) is the heading of that subsection;
// - a numbered line (`一、…`) under an article's headline is its first section heading.
// An article that opened without a headline may have it printed later, among captions over a section
// heading (seed 002: `民生为本 幸福生活成色足` with its deck); that is taken as the article's own headline.

import { isBrief, isTipsBox } from './briefs.ts';
import { isSetOffLabel } from './caption-form.ts';
import { isPosterStamp } from './copy-chrome.ts';
import { isPhotoCredit, isWireByline, tookPhotos } from './bylines.ts';
import { columnLabel, isColumnName, isSlogan, mayBeColumnName, unspaced } from './columns.ts';
import { dataBoxAbove, dataBoxBelow } from './data-box.ts';
import { previousHead } from './item-column.ts';
import { directoryBelow, noticeBoxBelow } from './notice-box.ts';
import type { ReadingState } from './reading.ts';
import { makeHeading, stateAt, structural, switchesLanguage, text, type Run } from './run.ts';
import { headsTwoLineStack, isPlaceHeadline, markKicker, printedTogether, stackUnderColumn } from './run-titles.ts';
import { isLabelledLine } from './issuers.ts';
import { closesOnContacts } from './page-foot.ts';
import { bulletHeadAfterList } from './bullet-after-list.ts';
import { isFigureLabel, isTimeLabel } from './time-labels.ts';
import { itemRunIndices } from './item-runs.ts';
import { colonHeadLikeItemAbove, nextNumberedSection } from './item-heads.ts';
import { isQuestionHead, openingLabel } from './question-heads.ts';
import { endsComplete, hasPhraseSpace, isListItem, opensWithDate, opensWithSectionNumber } from './shape.ts';

/**
 * Decides the last title-like line before running text. Returns the run's section heading, if it ends
 * with one, for findLateHeadline.
 */
export function resolveLastTitle(run: Run, state: ReadingState): number | undefined {
  if (run.next === undefined) return undefined;
  // `1至9月我市发放住房租赁补贴1420万元` / `【民生传真】` / text: a column's name set off under a title-like line heads
  // nothing there; the line over it is the last title (the name is the page's furniture, caption-form.ts).
  const tail = structural(run);
  if (tail.length >= 2 && tail.at(-2) === tail.at(-1)! - 1 && run.kinds[tail.at(-1)!] === 'title' && run.kinds[tail.at(-2)!] === 'title') {
    const [name, over] = [text(run, tail.at(-1)!), text(run, tail.at(-2)!)];
    // Over a list of items (`【一句话新闻】` / `▲潞城区：…`) the name is the column's, under whatever stands over it.
    const items = isListItem(run.next.text) || isBrief(run.next.text) || itemRunBelow(run);
    // A mark repeated on later lines (`◆过去一年` … `◆今年目标`) sets off the article's section heads, the first here.
    const first = name.trim()[0]!;
    const repeated = run.marked.slice(tail.at(-1)! + 1).some((m) => m.block.text.trim().startsWith(first) && isSetOffLabel(m.block.text));
    if (isSetOffLabel(name) && !isSetOffLabel(over) && !mayBeColumnName(over) && !isSlogan(over) && !items && !repeated) run.kinds[tail.at(-1)!] = 'furniture';
  }
  const order = structural(run)
  const last = order.at(-1);
  if (last === undefined) return undefined;
  const hasHeadline = order.some((i) => run.kinds[i] === 'headline');
  // `【冬季招聘会下周举行】` / `一、时间地点`: an item's bracketed headline over its first numbered section.
  const above = order.at(-2);
  const numbered = run.kinds[last] === 'heading' || (run.kinds[last] === 'title' && opensWithSectionNumber(text(run, last)));
  if (above !== undefined && numbered && run.kinds[above] === 'title' && isBracketedHeadline(text(run, above))) {
    run.kinds[above] = 'headline';
    if (run.kinds[last] === 'title') makeHeading(run, last, state);
    return last;
  }
  // `【关于增加城区公办幼儿园学位的建议】` / `代表：张丽娟（潞州区）`: a piece's bracketed headline over the labelled line
  // that opens its text.
  if (above !== undefined && run.kinds[last] === 'title' && run.kinds[above] === 'title' && isBracketedHeadline(text(run, above)) && isLabelledLine(text(run, last))) {
    run.kinds[above] = 'headline';
    run.kinds[last] = 'paragraph';
    return undefined;
  }
  if (run.kinds[last] === 'heading') return last;
  if (run.kinds[last] === 'subheading') {
    const above = order.at(-2);
    if (above === undefined || run.kinds[above] !== 'title') return undefined;
    makeHeading(run, above, state);
    return above;
  }
  // `一、…` under the headline and byline: the article's first numbered section, not a photo's caption.
  if (run.kinds[last] === 'title' && hasHeadline && opensWithSectionNumber(text(run, last))) {
    makeHeading(run, last, state);
    return last;
  }
  if (run.kinds[last] !== 'title' || hasHeadline) return undefined;
  // `简讯`, `【一句话新闻】` over a list of items or a brief opened by its place (`【一周民生】` / `【武乡县】入冬以来，…。`):
  // the column's name, furniture (the items have no headline to carry it); over a box of data lines (`民生账单` /
  // `★ 新增城镇就业 2.1万人`) it is the box's headline.
  const label = text(run, last);
  const setOff = label.trim() !== columnLabel(label) && mayBeColumnName(label);
  // Set letter by letter (`简　讯`), the name is a column's over news items that open with their date; a notice's (`声　明`)
  // is set so too, over items of its own that open with who they are about.
  const spacedColumn = isColumnName(unspaced(label)) && opensWithDate(run.next.text.replace(/^[^\p{Script=Han}\d]+/u, ''));
  if ((isColumnName(label) || spacedColumn || setOff) && (isListItem(run.next.text) || isBrief(run.next.text) || itemRunBelow(run) || signedItemsBelow(run)) && !dataBoxBelow(run) && !tipsBelow(run) && !listBoxBelow(run)) {
    run.kinds[last] = 'furniture';
    return undefined;
  }
  // `图说民生` over `智能充电桩进小区`: a column name over the line that opens running text makes it a headline.
  if (order.at(-2) === last - 1 && run.kinds[last - 1] === 'title' && mayBeColumnName(text(run, last - 1))) {
    run.kinds[last] = 'headline';
    markKicker(run, last, mayBeColumnName);
    if (run.kinds[last - 1] === 'kicker') return undefined;
    run.kinds[last] = 'title';
  }
  const before = stateAt(run, state, last);
  // `【堠北庄街道普惠托育点开园】` on its own line, a clause in brackets no column's name: a copy's item headline.
  const itemBelow = isBracketedHeadline(label) || tipsBelow(run) || (setOff && listBoxBelow(run)) || photoItemBelow(run) || headsLikeItemAbove(run, last) || colonHeadLikeItemAbove(run, last) || (before.signed && signedBelow(run)) || dataBoxBelow(run) || noticeBoxBelow(run) || directoryBelow(run) || briefAbove(run) || contactsAbove(run) || bulletHeadAfterList(run, last) || (dataBoxAbove(run) && opensWithDate(run.next.text)) || posterBelow(run, last) || (signedBelow(run) && afterNumberedSections(run, last)) || questionHeadAbove(run, last);
  // `【数据】` / `某县服务清单`: a line under a kicker of its own opens an article; a section carries no kicker.
  const underKicker = last - 1 >= run.indices[0]! && run.kinds[last - 1] === 'kicker' && run.marked[last - 1]!.shape === 'kicker';
  if (!before.open || (before.wire && !isRoundupSubhead(run, last)) || run.next.byline || (run.next.credit && !nextNumberedSection(run, last)) || itemBelow || underKicker || switchesLanguage(run, last)) {
    // `聚焦冬季供暖` / `壶关县：让群众温暖过冬` / `全县集中供热面积达到316万平方米` over the text: kicker, headline and deck.
    // Over a 本报讯 item the line nearest the item is its headline (a wire item carries no deck): the lines over it
    // close what stands above (a photo's caption and its column).
    const overWireItem = run.next.byline !== undefined && isWireByline(run.next.byline);
    if (order.at(-2) === last - 1 && order.at(-3) === last - 2 && run.kinds[last - 1] === 'title' && !overWireItem && stackUnderColumn(run, last - 1)) {
      run.kinds[last - 2] = 'kicker';
      run.kinds[last - 1] = 'headline';
      run.kinds[last] = 'deck';
      return undefined;
    }
    // Two title lines printed as one block, no blank line between (`我市就业工作“年终盘点”` / `稳岗、创业、社保多项指标稳中
    //有升` / `本报讯…`): a headline and its deck, or a kicker and its headline, read as over a byline; the upper line is
    // never a caption of the piece above.
    if (order.at(-2) === last - 1 && run.kinds[last - 1] === 'title' && printedTogether(run, last - 1, last)) {
      const decked = headsTwoLineStack(run, last - 1, last);
      run.kinds[last - 1] = decked ? 'headline' : 'kicker';
      run.kinds[last] = decked ? 'deck' : 'headline';
      return undefined;
    }
    run.kinds[last] = 'headline';
    // `我为群众办实事` over `沁县：“小院议事”解民忧` over a 本报讯 item: a column's name, not a photo caption;
    // `Changzhi Express` over an English headline.
    markKicker(run, last, mayBeColumnName);
    return undefined;
  }
  makeHeading(run, last, state);
  return last;
}

/**
 * `聚焦市两会` / `2025年市政府工作报告民生亮点摘编` / `◆过去一年`: title-like lines over a section heading, after the
 * running text of an article that has its headline. A section carries its heading only; a line under a
 * column's name over it, with the text above ended, heads the next article, the name its kicker. A lone line
 * there is a photo's caption (`上党区苏店镇医养结合护理中心` / `养老院里有了医生`, dev 25); an article still
 * without its headline takes it as its own (findLateHeadline).
 */
function headlineOverSection(run: Run, state: ReadingState, heading: number): void {
  const order = structural(run);
  const above = order[order.indexOf(heading) - 1];
  if (above === undefined || above !== heading - 1 || run.kinds[above] !== 'title') return;
  const before = stateAt(run, state, above);
  if (!before.open || !before.hasHeadline || before.continued || order.some((i) => run.kinds[i] === 'headline')) return;
  const previous = run.marked[run.indices[0]! - 1];
  if (previous?.shape !== 'paragraph' || !endsComplete(previous.block.text)) return;
  run.kinds[above] = 'headline';
  markKicker(run, above, mayBeColumnName);
  if (run.kinds[above - 1] !== 'kicker') run.kinds[above] = 'title';
}

/**
 * An app's line of who posted the piece and when (`武乡融媒　11-28 09:32`, copy-chrome.ts) right under the line, the
 * page's furniture between them and the text: each piece of the copy is posted so, the line over it its headline.
 */
function posterBelow(run: Run, last: number): boolean {
  const end = run.indices.at(-1)!;
  for (let k = last + 1; k <= end; k++) {
    if (run.marked[k]!.shape !== 'furniture') return false;
    if (isPosterStamp(run.marked[k]!.block.text)) return true;
  }
  return false;
}

/**
 * `（一）出行更方便` … `（三）养老有依靠`, their text, then `南宋镇乡村医生培训结业` over one signed paragraph: the article's
 * sections are numbered in one series (two or more, every one numbered), so a line with no number after them is no
 * further section of it but the next piece's headline, where its text closes on a signature (signedBelow).
 */
function afterNumberedSections(run: Run, last: number): boolean {
  if (opensWithSectionNumber(text(run, last))) return false;
  let sections = 0;
  for (let k = run.indices[0]! - 1; k >= 0; k--) {
    const kind = run.kinds[k];
    if (kind === 'headline') return sections >= 2;
    if (kind !== 'heading') continue;
    if (!opensWithSectionNumber(text(run, k))) return false;
    sections++;
  }
  return false;
}

/** A box of tips under the run (`温馨提示` / `■ 冬季路面湿滑，…。` / `■ …。`, briefs.ts): the line over it is its headline. */
function tipsBelow(run: Run): boolean {
  const end = run.indices.at(-1)! + 1;
  const lines: string[] = [];
  for (let k = end; run.marked[k]?.shape === 'paragraph' && !run.marked[k]!.block.byline; k++) lines.push(run.marked[k]!.block.text);
  return isTipsBox(lines);
}

/**
 * Lines set off by one bullet under the run, none a news brief (`* 室温<18℃的，可拨打…热线反映；` / `* 报修后…。`, or
 * `- …；` blocks): a box's lines, the label over them (`【暖心提醒】`) its headline, not a column's name over items.
 */
function listBoxBelow(run: Run): boolean {
  const lines: string[] = [];
  for (let k = run.indices.at(-1)! + 1; run.marked[k]?.shape === 'paragraph' && !run.marked[k]!.block.byline; k++) lines.push(...run.marked[k]!.block.text.split('\n').map((l) => l.trim()).filter(Boolean));
  return lines.length >= 2 && lines.every((l) => isListItem(l) && !isBrief(l)) && new Set(lines.map((l) => l[0])).size === 1;
}

/**
 * A whole line in 【】 holding a clause longer than a column's name (`【冬季招聘会下周举行】`, not `【教育】`), nor only a
 * year, date or time (`【2016年】` heads a section of a feature told year by year, time-labels.ts), nor only a figure
 * (`【4.6万人】` heads a section of a piece told figure by figure).
 */
export function isBracketedHeadline(line: string): boolean {
  const m = /^【([^【】\n]+)】$/u.exec(line.trim());
  return m !== null && !mayBeColumnName(line) && !/[：:]$/u.test(m[1]!) && !isTimeLabel(line) && !isFigureLabel(line);
}

/** The head printed alike before it in its column of items heads an item: so does this line (item-column.ts). */
function headsLikeItemAbove(run: Run, last: number): boolean {
  const head = previousHead(run.marked, last);
  return head !== undefined && run.kinds[head] === 'headline';
}

/**
 * `背街小巷路灯不亮，何时能修好？` over `【市民诉求】…`, where the open article's headline is a question over the same
 * label (`小区供暖不热，问题出在哪？` / `【市民诉求】…`): the next piece of a hotline page's run, in its headline's form, not
 * a section of the first (question-heads.ts). Only the article's own text may stand between the two.
 */
function questionHeadAbove(run: Run, last: number): boolean {
  const label = run.next === undefined ? undefined : openingLabel(run.next.text);
  if (label === undefined || !isQuestionHead(text(run, last))) return false;
  let k = run.indices[0]! - 1;
  while (k > 0 && run.marked[k]!.shape === 'paragraph') k--;
  const opening = run.marked[k + 1];
  return run.kinds[k] === 'headline' && isQuestionHead(text(run, k)) && opening?.shape === 'paragraph' && openingLabel(opening.block.text) === label;
}

/**
 * A roundup: a 本报讯 item whose own headline is no place's (`各县区扎实推进冬季民生实事`) goes on under subheads of
 * one form, a place and a colon (`壶关县：新建换热站3座`), two or more over unsigned text to the next headline. Those
 * are its sections, not items of their own; a column of items each under a `X县：…` headline has its first item's
 * headline in that form too, or signs its items.
 */
function isRoundupSubhead(run: Run, last: number): boolean {
  if (!isPlaceHeadline(text(run, last))) return false;
  let headline = run.indices[0]! - 1;
  while (headline >= 0 && run.kinds[headline] !== 'headline') headline--;
  if (headline < 0 || isPlaceHeadline(text(run, headline))) return false;
  let subheads = 0;
  for (let i = headline + 1; i < run.marked.length; i++) {
    const { shape, block } = run.marked[i]!;
    // The item's own 本报讯 opens its text; a byline or credit further on signs an item of its own.
    if (shape === 'paragraph' && i > headline + 1 && (block.byline !== undefined || block.credit !== undefined)) return false;
    if ((shape === 'title' || run.kinds[i] === 'heading') && isPlaceHeadline(block.text)) subheads++;
    else if (shape !== 'paragraph') break;
  }
  return subheads >= 2;
}

/**
 * The running text under the run ends with its reporter's signature (`…李福生说。（本报记者 郝静）`, or the
 * same on a line of its own) before
 * any other title-like line. Under an article that named its author at its top, that is a signed item of
 * its own, so the line over it is its headline (an article is signed once, a section not at all).
 */
function signedBelow(run: Run): boolean {
  let i = run.indices.at(-1)! + 1;
  for (; i < run.marked.length && run.marked[i]!.shape === 'paragraph'; i++) {
    const credit = run.marked[i]!.block.credit;
    if (credit !== undefined && /^[(（]/u.test(credit)) return true;
  }
  // The signature on a line of its own under the text: `（本报记者 李珂 整理）`.
  const after = run.marked[i];
  return after?.shape === 'byline' && /^[(（]/u.test(after.block.text.trim()) && !isPhotoCredit(after.block.text);
}

/**
 * A brief of a news column right over the run (`◆ 10月21日，…。`, `■ 沁源县：…。`, briefs.ts): the column's items
 * have no sections, so the title-like line under it heads the next item (`◎ 黎城县完成秋粮收储备仓`).
 */
function briefAbove(run: Run): boolean {
  const above = run.marked[run.indices[0]! - 1];
  return above?.shape === 'paragraph' && (isBrief(above.block.text) || itemRunIndices(paragraphTexts(run)).has(run.indices[0]! - 1));
}

/** Under the run's last line, read as the column's name it may be, the first item of a column of labelled items one to a line (item-runs.ts). */
function itemRunBelow(run: Run): boolean {
  const texts = paragraphTexts(run);
  texts[run.indices.at(-1)!] = null;
  return itemRunIndices(texts).has(run.indices.at(-1)! + 1);
}

/** A column of news items signs this many items at least under its name. */
const MIN_SIGNED_ITEMS = 2;

/**
 * A column's name (`县内简讯`, `◆简讯◆`) over items with no heads, each signed on its own: opened by its wire byline (`本报讯（通讯员 李 娜）12月3日，…`) or closed by its reporter in
 * brackets (`…现场达成就业意向215人。（李 静）`), two or more one after another: an article is signed once. The name is
 * the column's, over items that carry no headline: the first item's byline does not make it that item's headline. A
 * photo's credit signs no item.
 */
function signedItemsBelow(run: Run): boolean {
  let items = 0;
  for (let i = run.indices.at(-1)! + 1; i < run.marked.length && run.marked[i]!.shape === 'paragraph' && items < MIN_SIGNED_ITEMS; i++) {
    const { byline, credit } = run.marked[i]!.block;
    const signed = (byline !== undefined && isWireByline(byline)) || (credit !== undefined && /^[(（]/u.test(credit.trim()) && !isPhotoCredit(credit));
    if (!signed) return false;
    items++;
  }
  return items >= MIN_SIGNED_ITEMS;
}

function paragraphTexts(run: Run): (string | null | undefined)[] {
  return run.marked.map((m) => (m.shape === 'paragraph' && !m.block.byline ? m.block.text : m.shape === 'furniture' ? null : undefined));
}

/**
 * The text above ends on a reply's or a notice's contacts (`联系人：王宏　联系电话：0355-2209876`, or one to a line, page-foot.ts): the
 * piece has ended, and the line under it heads the next (`对市政协…第086号提案的答复`).
 */
function contactsAbove(run: Run): boolean {
  const lines: string[] = [];
  // The contacts one to a line may be blocks of their own (a page printed without blank lines).
  for (let i = run.indices[0]! - 1; i >= 0 && lines.length < 6 && run.marked[i]?.shape === 'paragraph'; i--) lines.unshift(...run.marked[i]!.block.text.split('\n'));
  return lines.length > 0 && closesOnContacts(lines);
}

/**
 * A photo news item under the run: one paragraph, its photo credit on the line under it (`秋收时节` / … /
 * `李四 摄`, `文/图 本报通讯员 王五`).
 */
function photoItemBelow(run: Run): boolean {
  const end = run.indices.at(-1)! + 1;
  const after = run.marked[end + 1];
  return run.marked[end]?.shape === 'paragraph' && after?.shape === 'byline' && tookPhotos(after.block.text);
}

/** An article running without a headline gets the couplet-style title printed over a section heading. */
export function findLateHeadline(run: Run, state: ReadingState, sectionHeading: number): void {
  const before = stateAt(run, state, sectionHeading);
  if (before.open && before.hasHeadline) headlineOverSection(run, state, sectionHeading);
  if (!before.open || before.hasHeadline || before.continued) return;
  const order = structural(run)
  if (order.some((i) => run.kinds[i] === 'headline')) return;
  const candidates = order.filter((i) => i < sectionHeading && run.kinds[i] === 'title');
  const headline = candidates.find((i) => hasPhraseSpace(text(run, i)));
  if (headline === undefined) return;
  run.kinds[headline] = 'headline';
  run.lateHeadline = headline;
  const deck = order[order.indexOf(headline) + 1];
  if (deck !== undefined && deck !== sectionHeading && run.kinds[deck] === 'title') run.kinds[deck] = 'deck';
}
