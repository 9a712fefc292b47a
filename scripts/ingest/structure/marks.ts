// Marks a block carries in its own text, whatever stands around it: markup, continuation marks, bylines,
// photo credits, decks and lead-ins.

import type { Continued } from '../../../src/domain/article.ts';
import { opensWithTopicTag } from './columns.ts';
import { endsWithPersonName } from './names.ts';

const SPACE = '[\\s\\u3000]';
// `第二版`, `2版`, `A3版`, with the section after a dot (`第二版·民生`) or a column mark (`第1版①`).
const PAGE_NUMBER = '第?(?:[A-H]\\d{1,2}|[一二三四五六七八九十百\\d]{1,3})版(?:[·・]\\p{Script=Han}{1,6})?[①-⑩]?';
const OPEN = '[(（【〔]';
const CLOSE = '[)）】〕]';

export interface Markup {
  /** `#` → a headline, `##` → a level-2 heading, `###` and deeper → level 3. */
  hashes: number;
  text: string;
}

/**
 * `## 健康长治 …` → { hashes: 2, text: `健康长治 …` }; undefined for a block without markup, and for a line that
 * opens with a topic tag (`#我为群众办实事#`, `#办事不用跑# 5月30日，…`): that is text, not markup; so is one whose
 * first line ends with a colon (`# 这些事项要记牢：` over `- 燃气胶管两年一换`): a lead-in into what follows, which no
 * headline or heading is.
 */
export function readMarkup(block: string): Markup | undefined {
  if (opensWithTopicTag(block)) return undefined;
  // Markdown's own rule: the hashes are markup only with a space after them (`#1号楼…`, `#长治民生 …` are text).
  const match = /^(#{1,6})[\s\u3000]+(.*)$/su.exec(block.trim());
  if (!match?.[2]) return undefined;
  if (/[：:]$/u.test(match[2].split('\n')[0]!.trim())) return undefined;
  return { hashes: match[1]!.length, text: match[2].trim() };
}

const CONTINUATION = new RegExp(
  // (`下接第6版`, `接上版` with no number, `转A4` with no 版 after a lettered page are the same marks.)
  `^[→>]?${OPEN}?${SPACE}*(上接|接上|紧接|转自|接|下转|下接|转下|转至|续见|转)${SPACE}*(${PAGE_NUMBER}|[A-H]\\d{1,2}|页|版)${SPACE}*${CLOSE}?$`,
  'u',
);

// The same marks printed inside a paragraph: `（上接第一版）针对…` at its start, `…办结率99.2%。（下转第二版）` at its end.
const LEADING_CONTINUATION = new RegExp(`^${OPEN}${SPACE}*(?:上接|接上|紧接|转自|接)${SPACE}*(?:${PAGE_NUMBER}|页)${SPACE}*${CLOSE}`, 'u');
// At the end, in brackets, or bare after a finished sentence (`…办结率99.2%。下转第3版`).
const TRAILING_CONTINUATION = new RegExp(
  `${OPEN}${SPACE}*(?:下转|转下|转至|续见|转)${SPACE}*(?:${PAGE_NUMBER}|页)${SPACE}*${CLOSE}$|(?<=[。！？”])${SPACE}*[→]?(?:下转|转下|转至)${SPACE}*${PAGE_NUMBER}$`,
  'u',
);

// A headline that says where its article began: `城区供热管网改造完工（上接第一版）`.
const TITLE_FROM = new RegExp(`${SPACE}*${OPEN}${SPACE}*(?:上接|接上|紧接|转自|接)${SPACE}*(?:${PAGE_NUMBER}|页)${SPACE}*${CLOSE}$`, 'u');

/** Cuts the continuation mark printed after a headline (`…完工（上接第一版）`); `continued` says where from. */
export function cutTitleContinuation(text: string): { continued?: Continued; text: string } {
  const match = TITLE_FROM.exec(text);
  if (!match || !text.slice(0, match.index).trim()) return { text };
  return { continued: { ...readContinuation(match[0].trim()) }, text: text.slice(0, match.index).trimEnd() };
}

/**
 * Cuts continuation marks printed inside a paragraph, at its start or its end; `continued` says what they
 * said. A paragraph that is only a mark is a continuation block (readContinuation), not this.
 */
export function cutContinuation(text: string): { continued?: Continued; text: string } {
  let rest = text;
  let continued: Continued | undefined;
  const leading = LEADING_CONTINUATION.exec(rest);
  if (leading && rest.slice(leading[0].length).trim()) {
    continued = { ...readContinuation(leading[0]) };
    rest = rest.slice(leading[0].length).trimStart();
  }
  const trailing = TRAILING_CONTINUATION.exec(rest);
  if (trailing && rest.slice(0, trailing.index).trim()) {
    continued = { ...continued, ...readContinuation(trailing[0]) };
    rest = rest.slice(0, trailing.index).trimEnd();
  }
  return continued ? { continued, text: rest } : { text };
}

/** `(上接第一版)` → { from: `第一版` }, `(下转第三版)` → { to: `第三版` }; undefined for anything else. */
export function readContinuation(text: string): Continued | undefined {
  const match = CONTINUATION.exec(text.trim());
  if (!match) return undefined;
  // `接上页` / `转下页` name no page number: the page before or after this one.
  // The page as printed, without a section name or column mark after it; `第` added to a bare number.
  const printed = match[2]!.replace(/[·・].*$|[①-⑩]$/u, '');
  const page = printed === '页' || printed === '版' ? (/^(?:上接|接上|紧接|转自|接)$/u.test(match[1]!) ? '上页' : '下页') : /^[第A-H]/u.test(printed) ? printed : `第${printed}`;
  return /^(?:上接|接上|紧接|转自|接)$/u.test(match[1]!) ? { from: page } : { to: page };
}

// `·白雪峰·`; `(人民日报记者 郑洋洋)`, `（本报通讯员 王某）`; a credit on its own line: `本报记者 姚晋华 摄`;
// `本报评论员`; `文/图 张三`; `（市民政局办公室）`.
const STANDALONE_BYLINES: readonly RegExp[] = [
  /^[·•・][\s\u3000]*[\p{Script=Han}\s\u3000]{2,12}[·•・]$/u,
  /^[(（][^()（）]{0,12}(?:记者|通讯员|特约|撰稿|执笔|供稿)[^()（）]{0,24}[)）]$/u,
  /^(?:本报|新华社|人民日报)?(?:特约)?(?:摄影)?(?:记者|通讯员)[^。，,；;！？]{1,24}摄$/u,
  /^(?:本报|本刊)?(?:特约)?评论员(?:[\s\u3000]*(?!文章$)\p{Script=Han}{2,4})?$/u,
  /^(?:文|图|文\/图|文·图|文图)[/／：:][\s\u3000]*\p{Script=Han}{2,4}(?:[\s\u3000、]+\p{Script=Han}{2,4})*$/u,
  // A body's name alone in brackets closing its piece, its source: `（市民政局办公室）`, `（县委宣传部）`.
  /^[(（][\s\u3000]*\p{Script=Han}{2,16}(?:办公室|局|委员会|政府|中心|部|厅)[\s\u3000]*[)）]$/u,
];

// A commentary signed under its headline after a square (`□ 申 言`, `■ 史晓东`): a name, where `■ 链接` names a box
// (two characters unspaced are read as a label).
const SQUARE_SIGNED = /^[□■][\s\u3000]*(\p{Script=Han}[\s\u3000]\p{Script=Han}|\p{Script=Han}{3})$/u;

export function isStandaloneByline(text: string): boolean {
  const t = text.trim();
  const square = SQUARE_SIGNED.exec(t);
  // A two-character name spaced to three (`申 言`) is set as a name; else jieba must read a person's name.
  if (square) return /[\s\u3000]/u.test(square[1]!) || endsWithPersonName(square[1]!);
  if (!STANDALONE_BYLINES.some((pattern) => pattern.test(t))) return false;
  // `·白雪峰·` signs with a person's name (jieba); `·医疗·` between the same dots names a part of a column.
  const dotted = /^[·•・][\s\u3000]*([\p{Script=Han}\s\u3000]{2,12}?)[\s\u3000]*[·•・]$/u.exec(t);
  return dotted === null || endsWithPersonName(dotted[1]!.replace(/[\s\u3000]/gu, ''));
}

// `本报讯 记者史晓萍报道：`, `本报讯 记者贾志敏 通讯员郭艳波报道：`, `本报讯（记者 张三）`, `新华社北京1月26日电`, `本报长治11月3日讯`,
// `武乡讯（通讯员 王 磊）`.
const OPENING_BYLINE = new RegExp(
  [
    `^\\p{Script=Han}{0,6}?(?:本报|社|报|网|台)讯(?:${SPACE}*[(（][^()（）]{1,40}[)）]|${SPACE}*[^：:。！？，]{1,40}?报道${SPACE}*[：:]|(?=${SPACE}))`,
    `^(?:本报|新华社|中新社)\\p{Script=Han}{0,6}\\d{1,2}月\\d{1,2}日(?:电|讯(?=[\\s\u3000(（]))(?:${SPACE}*[(（][^()（）]{1,40}[)）])?`,
    // A county's media centre's: its place and 讯, its reporters in brackets (`武乡讯（通讯员 王 磊）`).
    `^\\p{Script=Han}{2,4}讯${SPACE}*[(（][^()（）]{0,20}(?:记者|通讯员|实习生)[^()（）]{1,30}[)）]`,
  ].join('|'),
  'u',
);

/**
 * Cuts a byline from the opening of a paragraph. The byline keeps its exact text (colon included), so
 * byline + text gives back the paragraph as printed, less the space between them.
 */
export function cutOpeningByline(text: string): { byline?: string; text: string } {
  // `■ 本报讯（记者 王栋）…`: an item of a column set off by a bullet; the bullet is left off with the byline.
  const bullet = /^[■●◆★☆□◇◎►▶▷▪•][\s\u3000]*/u.exec(text)?.[0] ?? '';
  const match = OPENING_BYLINE.exec(text.slice(bullet.length));
  const rest = match ? text.slice(bullet.length + match[0].length).trimStart() : '';
  if (!match || !rest) return { text };
  return { byline: match[0].trim(), text: rest };
}

// A two-character name spaced to the width of three: `赵 鹏`.
const SPACED_NAME = `\\p{Script=Han}${SPACE}\\p{Script=Han}(?=${SPACE}|摄|供)`;
// A credit after the last sentence: ` 本报记者 姚晋华摄`, ` 本报记者 董雷 摄`, ` 本报记者 赵 鹏 摄`, ` 刘芳/摄`, `（张三 摄）`,
// `（图/王刚）`.
const CLOSING_CREDIT = new RegExp(
  [
    // An ornament may set the credit off (`… □ 宋 丹 摄`): it is no part of it.
    `${SPACE}+(?:[□■◇◆○●]${SPACE}*)?((?:本报|新华社|人民日报)?(?:特约)?(?:摄影)?(?:记者|通讯员)?${SPACE}*(?:[\\p{Script=Han}·]{2,12}|${SPACED_NAME})(?:${SPACE}+(?:[\\p{Script=Han}·]{2,6}|${SPACED_NAME})){0,3}${SPACE}*[/／]?${SPACE}*(?:摄(?:影)?|供图))$`,
    // In brackets, who took or gave it: `（张三 摄）`, `（壶关县融媒体中心 供图）`.
    `([(（\\[〔【][^()（）\\[\\]〔〕【】。，]{2,24}(?:摄(?:影)?|供图)[)）\\]〕】])$`,
    // `… 图/常青`, `… 图：本报记者 常青`: the photo's maker after 图 and a slash or colon.
    `${SPACE}+(图${SPACE}*[/／：:]${SPACE}*(?:(?:本报)?(?:记者|通讯员)${SPACE}*)?(?:[\\p{Script=Han}·]{2,4}|${SPACED_NAME}))$`,
    // `…户均增收3000余元。郭志刚/摄`: a name and a slash before 摄 need no space after the sentence they close.
    `(?<=[。！？!?”])((?:[\\p{Script=Han}·]{2,4}|${SPACED_NAME})${SPACE}*[/／]${SPACE}*摄(?:影)?)$`,
    // `（摄影 王刚）`, `（摄影：王刚）`: the deed before the name.
    `([(（]${SPACE}*(?:摄影?|图)${SPACE}*[：:/／]?${SPACE}*[\\p{Script=Han}·]{2,4}(?:${SPACE}+[\\p{Script=Han}·]{2,4}){0,2}${SPACE}*[)）])$`,
    // The deed before the names after the last sentence: `…跳起了广场舞。 摄影 王刚`, `… 摄影：本报记者 王 刚`.
    `(?<=[。！？!?”])${SPACE}*(摄影${SPACE}*[：:/／]?${SPACE}*(?:(?:本报)?(?:记者|通讯员)${SPACE}*)?(?:[\\p{Script=Han}·]{2,4}|${SPACED_NAME}))$`,
    // Who gave the picture: `…体验滑雪乐趣。图片由沁源县文旅局提供`, `（照片由受访者提供）`.
    `(?<=[。！？!?”])${SPACE}*([(（]?(?:图片|照片)由[^。，,；;！？()（）]{2,20}提供[)）]?)$`,
    // An English caption's: `… in Luzhou district. Photo by Wang Jun`, `… PHOTO BY WANG JUN`.
    `(?<=[.!?]["”’]?)${SPACE}+((?:Photos?|Photographs?) ?(?:by|:) ?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|PHOTOS? ?(?:BY|:) ?[A-Z]+(?: [A-Z]+){0,2})$`,
    // An English caption's in brackets: `… on Monday. [Photo by Li Na]`, `(Photo: Li Na)`, `(Photo/Li Na)`.
    `(?<=[.!?]["”’]?)${SPACE}*([\\[(（【](?:Photos?|Photographs?) ?(?:by|:|/) ?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}[\\])）】])$`,
    // Glued to the sentence before it, only with a reporter's role: `…演示灭火器使用方法。本报记者 王刚 摄`.
    `(?<=[。！？!?”])((?:本报|新华社|人民日报)?(?:特约)?(?:摄影)?(?:记者|通讯员)${SPACE}*(?:[\\p{Script=Han}·]{2,4}|${SPACED_NAME})(?:${SPACE}+(?:[\\p{Script=Han}·]{2,4}|${SPACED_NAME})){0,3}${SPACE}*摄(?:影)?)$`,
  ].join('|'),
  'u',
);

/** Cuts a photo credit from the end of a paragraph; the credit must follow a finished sentence. */
export function cutClosingCredit(text: string): { credit?: string; text: string } {
  const match = CLOSING_CREDIT.exec(text);
  if (!match) return { text };
  const rest = text.slice(0, match.index).trimEnd();
  if (!/[。！？!?…][”’」』）)]*$|[.!?]["”’]?$/u.test(rest)) return { text };
  // The credit is whichever alternative's group matched.
  return { credit: (match.slice(1).find((g) => g !== undefined) ?? '').trim(), text: rest };
}

/** `——上党区用好“七个抓手”…`: a title-length line opened by a dash is a deck. */
export function opensWithDash(text: string): boolean {
  // `――`, the horizontal bar a GBK export prints for the dash, is one too.
  return /^[—–━―]{1,2}|^[-－]{2}/u.test(text.trim());
}

/** `普惠，扩大服务供给——`: a lead-in that runs into the paragraph below it. */
export function endsWithDash(text: string): boolean {
  return /(?:[—–―]{1,2}|-{2})$/u.test(text.trim());
}

/** `发扬“四敢”精神 推动长治高质量发展 | 基层实践`: a series name with its rubric. */
export function hasRubricBar(text: string): boolean {
  return /[\s\u3000][|｜][\s\u3000]/u.test(text);
}
