// Items set off by a bullet (■ ★ ◆ ● ▲ …), the way county papers print a column of short news: a bulleted
// title-like line over its item's text is that item's headline (`★ 下良镇：光伏板上“长”出村集体收入`), and a
// bulleted item of finished sentences is a brief of its own (`◆ 善福镇完成农村户厕改造310户，…。`, `● 12月5日，…。`),
// not the paragraph of an article nor a line of a data box (`● 民生支出 38.6亿元`, data-box.ts).

import { isPhotoCredit } from './bylines.ts';
import { mayBeColumnName } from './columns.ts';
import { isDataLine } from './data-box.ts';
import { isNamedSpeakerLine } from './speaker-lists.ts';
import { endsWithPersonName } from './names.ts';
import { restates } from './lead-restates.ts';
import { openingPlace } from './opening-place.ts';
import { ORG_END_WORD } from './org-words.ts';
import { opensWithPlaceLabel } from './place-label.ts';
import type { Marked } from './run.ts';
import { charCount, endsComplete, isLatin, isListItem, isTitleLike, opensWithDate } from './shape.ts';

// The bullets of items; a dash or a number opens an item of a list inside running text instead.
export const SYMBOL_BULLET = /^[●■◆►▶▷▪•◇○□◎◉★☆▲△][\s\u3000]*/u;
// A bracketed note after a finished sentence (or after a topic tag closing it), closing the text.
const CLOSING_NOTE = /(?<=[。！？#])[（(][^（()）]{2,40}[)）]$/u;
// A county media centre's topic tag after a brief's last sentence: `…上门检查一次。#平安襄垣#`.
const CLOSING_TAG = /(?<=[。！？])[\s\u3000]*#[^#\s]{2,12}#$/u;
// ▲ and △ mark a photo's caption (blocks.ts): never a headline.
const TRIANGLE = /^[▲△]/u;

/**
 * `● 12月5日，…。`, `◆ 善福镇完成…，今年改造任务全部完成。`, `● A ski resort … opened on Dec 6.`: an item of its
 * own; a dashed or numbered item of a list inside running text is one only when it opens with its date; so is an
 * item opened by its place in brackets (`【潞州区】全区…。`).
 */
export function isBrief(text: string): boolean {
  const t = text.trim();
  // A note in brackets may close it after its last sentence (`…4500人次。（联系电话：0355-2030123）`), as a byline does;
  // so may a topic tag, a signature after it or not (`…检查一次。#平安襄垣#（通讯员 李 晓）`).
  const ends = endsComplete(t.replace(CLOSING_NOTE, '').replace(CLOSING_TAG, '')) || (isLatin(t) && /[.!?]["”’)]*$/u.test(t));
  // `【潞州区】全区新增…。`: opened by its place in brackets (place-label.ts).
  if (ends && opensWithPlaceLabel(t)) return true;
  if (!isListItem(t) || !ends || isDataLine(t)) return false;
  // `● 市人大代表、小学校长 某某：建议…。`: a person's words after the office and name that say them, a voice of a box,
  // not a news item (a place's label, `● 某县：…`, opens a brief).
  const speaker = /^(?:[●■◆►▶▷▪•◇○□◎◉★☆▲△]|[-—*])?[\s\u3000]*([^：:。！？!?，,]{4,30})[：:]/u.exec(t)?.[1];
  if (speaker !== undefined && isNamedSpeakerLine(speaker)) return false;
  // `■ 市人大代表、某社区党委书记王某某：“…。”`: someone's words in quotes after the office and name that say them.
  const voice = /^(?:[●■◆►▶▷▪•◇○□◎◉★☆▲△]|[-—*])?[\s\u3000]*([^：:。！？!?，,“”"]{4,40})[：:][\s\u3000]*[“"]/u.exec(t)?.[1];
  // (A two-character name may be spaced to the width of three, `赵 强`.)
  if (voice !== undefined && (endsWithPersonName(voice) || /\p{Script=Han}{2}\p{Script=Han}[\s\u3000]\p{Script=Han}$/u.test(voice))) return false;
  // `■ 症结：场地<需求，改造钱从哪来？`: one question alone on its line is a section's head; a brief tells, never only asks.
  if (!isLatin(t) && !t.includes('\n') && /[？?]$/u.test(t) && !/[。！!]/u.test(t)) return false;
  return opensWithDate(t) || SYMBOL_BULLET.test(t);
}

/**
 * `■ 温馨提示` / `1.老人首次到站点就餐，…；` / …: a box, its bulleted first line a label (a column's name's form,
 * columns.ts), not the head of a news item (`■ 东阳关镇改造农村公路12公里` / `12月3日，…。`). Set inside an article
 * (its text or caption goes on under it), it is the article's (segment.ts).
 */
export function isLabelledBox(text: string): boolean {
  const [first, ...rest] = text.split('\n');
  return rest.length > 0 && SYMBOL_BULLET.test(first!) && mayBeColumnName(first!.replace(SYMBOL_BULLET, ''));
}

/**
 * `★ 下良镇：光伏板上“长”出村集体收入` over running text that is no item of a list (its byline line between them,
 * maybe): the item's headline, its bullet left off. The last item of a list, a data line or a line under a caption mark is not.
 */
export function bulletedTitles(printed: Marked[]): Marked[] {
  const marked = headsOnItemLines(printed);
  return marked.map((m, i) => {
    const t = m.block.text.trim();
    if (m.shape !== 'paragraph' || !SYMBOL_BULLET.test(t) || t.includes('\n') || m.block.byline || m.block.credit) return m;
    const label = t.replace(SYMBOL_BULLET, '');
    // A line under a caption's mark (`▲ 老人们在互助幸福院用餐`) tells a photo; it heads a brief only where the text under
    // it restates it, as a report's lead restates its headline (`▲潞城区新建口袋公园6个` / `今年，潞城区在城区新建口袋公园6个，…`),
    // and the head is a brief's: it opens on its place or reports a count (`▲ 工人在城东路检修供热阀门` is a photo's scene,
    // restated by the text under it as a photo story's text does).
    const briefHead = openingPlace(label) !== undefined || /[\d０-９]/u.test(label);
    if (TRIANGLE.test(t) && !(briefHead && marked[i + 1]?.shape === 'paragraph' && isTitleLike(label) && restates(label, marked[i + 1]!.block.text))) return m;
    // A line of a data box stands beside another set off by the same mark (`◆ 改造老旧小区 46个` / `◆ 加装电梯 22部`);
    // alone over running text, a bulleted line with a number is the item's headline (`■ 东阳关镇改造农村公路12公里`),
    // even under a list of another mark that ends on a number (`- 目标：覆盖率达到100%` / `■ 某县营造林3.2万亩`).
    const dataBox = isDataLine(t) && [marked[i - 1], marked[i + 1]].some((n) => n !== undefined && isDataLine(n.block.text) && n.block.text.trim()[0] === t[0]);
    if (!isTitleLike(label) || dataBox) return m;
    // Its byline may stand between it and its text (`◆ 夏店镇开通城乡公交专线` / `□ 通讯员 郭 锐` / `本报讯 …`).
    const signed = marked[i + 1]?.shape === 'byline' && !isPhotoCredit(marked[i + 1]!.block.text);
    const next = marked[i + (signed ? 2 : 1)];
    const before = marked[i - 1];
    if (next?.shape !== 'paragraph' || isListItem(next.block.text)) return m;
    // The last item of a list follows an item set off the same way (`● 借阅图书` / `● 归还图书`); a column's name
    // over the headline has a bullet of its own (`■ 乡镇动态` / `★ 下良镇：…`). After a brief of its own (`■壶关县：…。`),
    // a line whose text below restates it (`■西井镇花椒亩均增收800元` / `黎城县西井镇…亩均增收800元。`) heads the next item.
    const nextItem = before !== undefined && isBrief(before.block.text) && restates(label, next.block.text);
    if (before !== undefined && isListItem(before.block.text) && before.block.text.trim()[0] === t[0] && !nextItem) return m;
    return { shape: 'title', bullet: t[0], block: { ...m.block, kind: 'caption', text: label } };
  });
}

/** A tip runs to one short sentence; a news brief runs longer. */
const MAX_TIP_CHARS = 40;

/**
 * `■ 使用取暖设备要注意通风，谨防一氧化碳中毒。`: a line of advice in a box of tips (温馨提示), one short sentence after
 * a bullet, not a news brief — no date, place label (`沁源县：`, `【潞州区】`) or wire byline opens it, and it reports
 * no figure (`● 屯留区为农村学校配备校车12辆。` is news).
 */
export function isTipLine(text: string): boolean {
  const t = text.trim();
  if (!SYMBOL_BULLET.test(t) || t.includes('\n') || !endsComplete(t)) return false;
  const body = t.replace(SYMBOL_BULLET, '');
  const sentences = body.split(/[。！？!?]/u).filter((x) => x.trim()).length;
  return [...body].length <= MAX_TIP_CHARS && sentences === 1 && !/[\d０-９]/u.test(body) && !opensWithDate(body) && !opensWithPlaceLabel(body) && !/^\p{Script=Han}{1,8}[：:]/u.test(body) && !/^本报讯/u.test(body);
}

/** Two tip lines or more set off by one bullet: a box of tips, one piece under its label. */
export function isTipsBox(lines: readonly string[]): boolean {
  return lines.length >= 2 && lines.every(isTipLine) && new Set(lines.map((l) => l.trim()[0])).size === 1;
}

/** A brief's head runs to about a headline's length; less is a phrase of its text. */
const MIN_ITEM_HEAD_CHARS = 6;
const MAX_ITEM_HEAD_CHARS = 24;

/**
 * `■ 郭道镇新建日间照料中心投用 日前，郭道镇新建的…。`: a brief printed with its head and its text on one line, a space
 * between them — the head a headline's phrase (no punctuation), the text a finished sentence opening after the space
 * (its first clause mark comes after it). Returns the head and the text, or undefined.
 */
export function cutItemHead(line: string): { bullet: string; head: string; text: string } | undefined {
  const t = line.trim();
  const bullet = SYMBOL_BULLET.exec(t)?.[0];
  if (bullet === undefined || TRIANGLE.test(t) || t.includes('\n') || !endsComplete(t)) return undefined;
  const body = t.slice(bullet.length);
  const mark = body.search(/[，,。；;：:！？!?、]/u);
  if (mark < 0) return undefined;
  const space = body.slice(0, mark).search(/[\s\u3000]+\S*$/u);
  if (space < 0) return undefined;
  const head = body.slice(0, space).trim();
  const text = body.slice(space).trim();
  if (charCount(head) < MIN_ITEM_HEAD_CHARS || charCount(head) > MAX_ITEM_HEAD_CHARS || !/^\p{Script=Han}/u.test(head) || !/^[\p{Script=Han}\d]/u.test(text)) return undefined;
  if (/[，,。；;：:！？!?、“”"（）()]/u.test(head) || /[\s\u3000]/u.test(head) || charCount(text) <= charCount(head)) return undefined;
  return { bullet: bullet.trim(), head, text };
}

/** Each brief printed with its head on its text's line, the head made the item's headline over its text. */
function headsOnItemLines(marked: readonly Marked[]): Marked[] {
  return marked.flatMap((m) => {
    if (m.shape !== 'paragraph' || m.block.byline || m.block.credit) return [m];
    const cut = cutItemHead(m.block.text);
    if (cut === undefined) return [m];
    return [
      { shape: 'headline', bullet: cut.bullet, block: { kind: 'headline', text: cut.head, source: m.block.source } },
      { shape: 'paragraph', block: { ...m.block, text: cut.text } },
    ];
  });
}

// A box's field after its bullet: `●线路：…`, `●门票：…` — a short label that names no place (`■ 沁源县：…` is a brief's dateline).
const FIELD_LABEL = /^[\p{Script=Han}]{2,4}[：:]/u;
const DIVISION_END = /(?:区|县|市|镇|乡|街道|村|社区)$/u;

// The term a box's line sets out and its colon, after its bullet (`●创业担保贷款：…`, `居家适老化改造：…`, `申请办法：…`):
// a phrase of four characters or more. A word of two or three (`●供暖：`, `1.就业：`, `●公积金：`) is a news column's
// topic tag over an item of news (review R5 F8).
const TERM_LABEL = /^(\p{Script=Han}{4,10})[：:]/u;
const BODY_NAME = new RegExp(`${ORG_END_WORD}$`, 'u');

/**
 * The line (its bullet or number cut) opens on the term it sets out and a colon, as a box's terms do (`◎政策速递` /
 * `●创业担保贷款：…` / `●一次性求职创业补贴：…`): a field's label of any length. An item of news opens on its news, or
 * on its place or the body it is from (`潞城区：…`, `市医保局：…`).
 */
export function opensOnTerm(text: string): boolean {
  const line = text.trim().replace(SYMBOL_BULLET, '');
  const label = TERM_LABEL.exec(line)?.[1];
  if (label === undefined || DIVISION_END.test(label) || openingPlace(label) !== undefined || BODY_NAME.test(label)) return false;
  // What follows a term sets out a rule or an offer; an item of news opens on its day (`●供暖工作：12月1日起，…`).
  return !opensWithDate(line.slice(label.length + 1));
}

/** `●门票：太行山大峡谷景区联票120元，…。`: a bulleted line that opens with a field's label, no place's. */
export function opensWithFieldLabel(text: string): boolean {
  const body = text.trim().replace(SYMBOL_BULLET, '');
  const label = FIELD_LABEL.exec(body)?.[0].slice(0, -1);
  return SYMBOL_BULLET.test(text.trim()) && label !== undefined && !DIVISION_END.test(label);
}
