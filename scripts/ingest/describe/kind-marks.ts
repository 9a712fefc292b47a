// The marks a piece stands under (a column's name, a label before its headline) and the opinion they and its
// signature mark: what findKind (kind.ts) reads first.

import { endsWithPersonName } from '../structure/names.ts';
import { tookPhotos } from '../structure/bylines.ts';
import { OFFICIAL } from '../figures/status-speaker.ts';
import { opensWithDate } from '../structure/shape.ts';
import type { Block } from '../types.ts';

// Page furniture or kickers that mark an opinion column: 新闻时评 / XINWENSHIPI, 社论, any column
// named `…评` (快评, 短评, 锐评), a reader's or guest's opinion, a column whose name ends on it (`来论`, `读者来论`; not
// 来论 inside other words, `未来论坛`, `往来论道`), and a writer's notes (记者手记).
// A reporter's or writer's own notes are opinion too: `记者手记`, `编辑札记`, `随笔`, `杂谈`.
export const COMMENTARY_MARK = /时评|评论|评$|社论|言论|来论$|手记$|札记$|随笔$|杂谈$|XINWENSHIPI|SHIPING|PINGLUN/iu;
// A column of photos by its name.
export const PHOTO_COLUMN = /图片新闻|图说|图闻|影像|镜头|光影|随手拍|视觉/u;
// A column of news items by its name: 简讯, 快讯, 短讯, 动态, 速递, 速览, 一句话新闻, and a beat's `…快递`
// (健康快递, 教育快递: the express of a beat's news; not 快递 as a subject, 快递进村, which opens its line).
export const NEWS_COLUMN = /简讯|快讯|短讯|动态|速递|速览|一句话新闻|\p{Script=Han}{2}快递$/u;
// A headline that opens with its column's name (`快评：让…`, `时评｜…`, an English item's `Opinion: Warm homes…`).
// … or set off as a tag or in brackets (`#Opinion# Warm homes…`, `【快评】让…`).
export const HEADLINE_LABEL = /^(?:#([^#\s][^#]{0,9})#|【([^】]{1,10})】|([^：:｜|#【]{1,10})[：:｜|])/u;
// A mark's ornaments and brackets (`【记者手记】`, `■ 乡镇动态`, `#健康快递#`), read away before its words are.
const MARK_FRAME = /^[\s\u3000]*[【\[〖（(■●◆□◎★☆#]+[\s\u3000]*|[\s\u3000]*[】\]〗）)#]+[\s\u3000]*$/gu;
// A site's trail to the piece (`当前位置：首页 >> 园区动态 >> 民生服务`): the column the piece stands under is its last step.
const TRAIL_STEP = /[\s\u3000]*(?:>+|＞+|›|»)[\s\u3000]*/u;
export const bareMark = (text: string): string => (TRAIL_STEP.test(text) ? text.split(TRAIL_STEP).at(-1)! : text).replace(MARK_FRAME, '');
const ENGLISH_OPINION = /^(?:opinion|comment|commentary|editorial|viewpoint|op-ed)$/iu;
// `□ 史晓东`, `■ 柳青`, `□ 史 伟` (a two-character name spaced to three): an author set off by an ornament.
const ORNAMENT_AUTHOR = /^[□■○◎◆◇][\s\u3000]*\p{Script=Han}(?:[\s\u3000]?\p{Script=Han}){1,3}$/u;
// A reporter's role before the name (`■ 记者 任 静`, `□ 通讯员 王 倩`): a report's byline, not an author's.
const REPORTER_ROLE = /记者|通讯员|实习生|见习/u;
// A writer's notes under a headline that is only their label (`记者手记`, `采访札记`): opinion.
const NOTES_HEADLINE = /^\p{Script=Han}{0,4}(?:手记|札记)$/u;
// Where a guest writer works, in brackets on a line of its own: `（作者单位：中共某县委党校）`, `（作者系某区教育局干部）`.
const AUTHOR_UNIT = /^[（(](?:作者单位[：:]|作者系)[^（()）]{2,40}[）)]$/u;
// A site's menu: four names or more between bars (`网站首页 | 走进高新 | 政务公开 | 园区动态 | 投资服务`), none a date or
// a page's number (`上党晚报 | 2025年12月2日 | 星期二 | A3 民生·服务` is the page's line, its section named once).
const MENU_BAR = /[|｜]/u;
const MIN_MENU_ITEMS = 4;
export function isSiteMenu(text: string): boolean {
  const items = text.split(MENU_BAR).map((t) => t.trim());
  return items.length >= MIN_MENU_ITEMS && items.every((t) => t.length > 0 && !/\d/u.test(t));
}

/** The page furniture and kickers a piece stands under, a site's menu of every column aside. */
export function marksOf(blocks: readonly Block[]): Block[] {
  // (Not a site's menu of its columns, `首页 | 黎城要闻 | 乡镇动态 | 视频黎城 | 专题专栏`: it names every column, not this piece's.)
  return blocks.filter((b) => (b.kind === 'furniture' || b.kind === 'kicker') && !isSiteMenu(b.text));
}

/**
 * The piece is marked an opinion: by its column (新闻时评, 快评, 记者手记…), its headline's own label (`快评：…`,
 * `Opinion: …`), its author set off with no reporter's role (`□ 史晓东`), the paper's commentator, a guest writer's
 * unit under the text, or a headline that is only a writer's label for notes (`记者手记`). `headlineText` is the
 * headline with its spaces and whole brackets read away.
 */
export function isMarkedOpinion(blocks: readonly Block[], headlineText: string): boolean {
  if (marksOf(blocks).some((b) => COMMENTARY_MARK.test(bareMark(b.text)))) return true;
  // Emphasis an export left on the label (`**Opinion:** Warm homes…`) is read away.
  const labelled = HEADLINE_LABEL.exec((blocks.find((b) => b.kind === 'headline')?.text ?? '').replace(/\*\*|__/gu, '').trim());
  const label = (labelled?.[1] ?? labelled?.[2] ?? labelled?.[3] ?? '').trim();
  if (label && (COMMENTARY_MARK.test(label) || ENGLISH_OPINION.test(label))) return true;
  // `□ 史晓东`, `■ 柳青`: an author set off by an ornament, no reporter's role: a signed opinion piece.
  if (blocks.some((b) => b.kind === 'byline' && ORNAMENT_AUTHOR.test(b.text.trim()) && !REPORTER_ROLE.test(b.text))) return true;
  // Signed by the paper's commentator (`本报评论员`, `特约评论员 王海`).
  const signatures = [...blocks.filter((b) => b.kind === 'byline').map((b) => b.text), ...blocks.map((b) => b.byline ?? ''), ...blocks.map((b) => b.credit ?? '')];
  if (signatures.some((t) => /评论员/u.test(t))) return true;
  // A guest writer's piece closes with where its author works (`（作者单位：某县委党校）`): an opinion piece.
  if (blocks.some((b) => b.kind === 'paragraph' && AUTHOR_UNIT.test(b.text.trim()))) return true;
  if (NOTES_HEADLINE.test(headlineText)) return true;
  return signedByColumnAuthor(blocks);
}

// An author's name alone, bare or after the text's mark (`常 瑜`, `文／王建新`): no role, no unit, no place before it (a
// reporter's `本报记者 X`, a reader's `潞州区读者 X`, a writer's `灵空山镇 X` sign no column of their own).
const AUTHOR_ALONE = /^(?:文[\s\u3000]*[/／：:][\s\u3000]*)?(\p{Script=Han}(?:[\s\u3000]?\p{Script=Han}){1,2})$/u;

/**
 * A column's piece signed under its headline by its author's name alone (`就业观察` / `稳就业要多在“精准”上下功夫` /
 * `文／王建新`; `记者观察` / … / `常 瑜`): the column is the author's, an opinion, as a name set off by an ornament is
 * (`□ 史晓东`). Not under a column of news items or photos (`民生简讯`, `图说民生`), nor a reporter's byline over a
 * column's report (`楼市观察` / … / `记者 焦 阳`), nor a name in brackets closing the text (a box's or an item's credit).
 */
function signedByColumnAuthor(blocks: readonly Block[]): boolean {
  const column = blocks.some((b) => b.kind === 'kicker' && !NEWS_COLUMN.test(bareMark(b.text)) && !PHOTO_COLUMN.test(bareMark(b.text)));
  const text = blocks.findIndex((b) => b.kind === 'paragraph');
  const signatures = blocks.slice(0, text < 0 ? blocks.length : text).filter((b) => b.kind === 'byline').map((b) => b.text.trim());
  const name = signatures.length === 1 ? AUTHOR_ALONE.exec(signatures[0]!)?.[1]?.replace(/[\s\u3000]/gu, '') : undefined;
  // (A text that opens on its day, `12月20日凌晨，…抢修队接到报修后…`, reports what was done: a report signed by its
  // correspondent under a campaign's kicker, not an author's view: review R3 F12.)
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  return column && name !== undefined && !tookPhotos(signatures[0]!) && endsWithPersonName(name) && !reportsOnItsDay(paragraphs);
}

// A report's other openings on its day: `昨天凌晨，`, `前天，`, `记者12月20日从县热力公司获悉，`, `记者近日了解到`.
const REPORT_OPENING = /^(?:昨天|昨日|前天|记者[^，,。]{0,20}?(?:获悉|了解到|看到))/u;

/**
 * The text reports what was done on its day: it opens on the day (structure/shape.ts opensWithDate, or REPORT_OPENING)
 * and goes on telling, a count past its first sentence (`经过6个小时连续作业，…320户居民家中恢复供暖`), or says no more. A
 * commentary's news peg opens on its day too (`12月20日，市政府常务会议审议通过了…。这是一份沉甸甸的民生答卷。`), and past it
 * the column argues with no count of its own (`稳就业，关键在精准。岗位要对准需求…`): review R5 F13.
 */
function reportsOnItsDay(paragraphs: readonly string[]): boolean {
  const opening = (paragraphs[0] ?? '').trim();
  if (!opensWithDate(opening) && !REPORT_OPENING.test(opening)) return false;
  const whole = paragraphs.map((p) => p.trim()).join('\n');
  const stop = whole.search(/[。！？!?]/u);
  const rest = stop < 0 ? '' : whole.slice(stop + 1).trim();
  return rest === '' || /\p{Nd}/u.test(rest);
}

// A profile under its subject's name (`王秀梅：守在村口的“健康哨兵”`, `王建军：一条公交线跑了15年`): a person's name before the
// headline's colon (not a place's, `黎城：…`, `襄垣：…`), the person its text goes on to tell of.
const NAMED_HEAD = /^(\p{Script=Han}{2,3})[：:]/u;

// An official's words as a report gives them, the name or its pronoun before the verb (`王建军强调，`, `他指出`): what a
// leader said at a meeting or an inspection (review R5 F14), not what a profile's subject says (`…。”王秀梅说。`), asks of
// himself or puts forward (`李国强要求自己…`, `李国强提出…`: review R6 G10).
const OFFICIAL_WORDS = /^[\s\u3000]*(?:在[^，,。；;]{0,16}?)?(?:强调|指出|部署)/u;

/**
 * The piece is a profile of the person its headline names before a colon, named again in its text. Not a report of an
 * official's words under the same headline (`王建军：确保每户居民室温达标` / `…县长王建军到县热力公司调研…` / `王建军强调，…`):
 * the text names the person after their post (status-speaker.ts OFFICIAL: 县长, 主任, 局长…) and gives their words as a
 * leader's (强调, 指出, 要求).
 */
export function isProfile(blocks: readonly Block[]): boolean {
  const head = NAMED_HEAD.exec((blocks.find((b) => b.kind === 'headline')?.text ?? '').replace(/[\s\u3000]+/gu, ''));
  const name = head?.[1];
  if (name === undefined || !endsWithPersonName(name)) return false;
  const texts = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.replace(/[\s\u3000]+/gu, ''));
  if (!texts.some((t) => t.includes(name))) return false;
  const after = (t: string) => t.split(name).slice(1);
  const titled = texts.some((t) => t.split(name).slice(0, -1).some((before) => new RegExp(`(?:${OFFICIAL.source})$`, 'u').test(before)));
  const speaks = texts.some((t) => after(t).some((rest) => OFFICIAL_WORDS.test(rest)));
  return !(titled && speaks);
}
