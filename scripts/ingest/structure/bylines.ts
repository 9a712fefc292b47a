// Bylines and photo credits by their form: `<role word> <names>` once or several times
// (`本报记者 张宏伟 通讯员 李建斌 实习生 王一鸣`, `记者 王晓峰 通讯员 李梅`, `本报记者 郝 斌`), with what the
// reporter did after it (`本报记者 李伟 摄`, `本报记者 马丽娜 整理`); `文/图 张丽`; a name set off by an
// ornament (`□ 史晓东`, `■ 柳青`); the same in brackets (`（通讯员 李娜）`, `本报讯（通讯员 杨晓军）`);
// an English `By Wang Fang`. A role word is a closed grammatical class (who wrote it: 记者, 通讯员 …), not a
// list of people: any name of two or three characters fits.

import { endsAsSourceDateline } from './datelines.ts';
import { endsWithPersonName } from './names.ts';
import { ORG_END_WORD, POST_END } from './org-words.ts';
import { tagWords } from '../figures/words.ts';
import { ENGLISH_LINE_FORMS, ENGLISH_PHOTO_CREDIT } from './bylines-english.ts';

export const S = '[\\s\\u3000]';
// 本报记者 (a site's own, 本网记者), 记者, 特约记者, 本报特约通讯员, 见习记者, 融媒体记者, 长治日报记者, 县融媒体中心记者, 沁县融媒记者, 县融媒体记者
// (a county's media centre named short, by its place with or without 县/区: 某某融媒记者), 实习生, 本报评论员, 撰稿人.
// A reader who wrote in signs a letter so, maybe with where the reader lives: 读者, 潞州区读者.
const ROLE = `(?:(?:本报|本网|本台|本刊|新华社|人民日报|中新社|\\p{Script=Han}{0,6}(?:日报|晚报)|\\p{Script=Han}{2,4}报(?=记者|通讯员)|\\p{Script=Han}{0,6}(?:融媒体中心|广播电视台|电视台)|(?:\\p{Script=Han}{0,5}(?:市|县|区)|\\p{Script=Han}{2,4})(?=融媒|全媒))?(?:驻\\p{Script=Han}{1,5}?)?(?:特约|见习|实习|首席|驻站|融媒体?|全媒体|摄影)?(?:记者站?|通讯员|实习生|评论员|撰稿人?)|(?:\\p{Script=Han}{1,5}(?:市|县|区))?读者)`;
// A name: two or three characters, or two or three set apart one by one as some pages and OCR scans print them
// (`郝 斌`, `牛 丽 霞`). A compound surname makes a name of four (`欧阳晓东`): the surnames are a closed class.
const COMPOUND_SURNAME = '(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯|端木|独孤|南宫|西门)';
const NAME = `(?:${COMPOUND_SURNAME}\\p{Script=Han}{1,2}|\\p{Script=Han}{2,3}|\\p{Script=Han}(?:${S}\\p{Script=Han}){1,2})(?=$|[^\\p{Script=Han}]|摄|整理|报道)`;
const NAMES = `${NAME}(?:(?:${S}+|${S}*[、，,]${S}*)${NAME})*`;
// What the reporter did, after the names: took the photo, compiled, reported.
// `文/图` after the names: wrote the text and took the photos (`本报记者 吕 晶 文/图`).
const DEED = `(?:${S}*(?:摄影报道|摄影?|供图|整理|报道|采写|执笔|供稿|文${S}*[/／·、]?${S}*图|图${S}*[/／·、]${S}*文|文))`;
/** `<role> <names>` once or more, spaced (a role glued to a word, `记者见闻`, is a column name, not a byline). */
const ORNAMENT_BEFORE_ROLE = '(?:[□■○●◎◆◇◉·•・][\\s\\u3000]*)?';
/** `■本报记者 刘洋 ■通讯员 孙丽`: an ornament may stand before each role. */
// The role and its names may be set apart by a colon, a slash or a bar too (`本报记者：李晓东`, `文｜李晓东`), and the
// parts by a slash or a bar (`记者 李晓东 / 通讯员 王芳`).
const ROLE_SEP = `(?:${S}*[：:/／|｜]${S}*|${S}+)`;
const PART_SEP = `(?:${S}*[/／|｜]${S}*|${S}+)`;
const ROLE_NAMES = `${ROLE}${ROLE_SEP}${NAMES}(?:${PART_SEP}${ORNAMENT_BEFORE_ROLE}${ROLE}${ROLE_SEP}${NAMES})*${DEED}?`;
/** Inside brackets the space may be left out: `（记者王芳）`. */
export const ROLE_NAMES_TIGHT = `${ROLE}${S}*${NAMES}(?:${S}*${ROLE}${S}*${NAMES})*${DEED}?`;
// The role and the names are set apart by a slash, a colon or a space: `图说民生` is a column name.
// A role may stand between the slash and the names: `文/图 本报通讯员 魏晓东`, `文/本报记者 申磊 图/通讯员 李敏`.
const TEXT_AND_PHOTO = `(?:文${S}*[/／·、]?${S}*图|图${S}*[/／·、]?${S}*文|文|图片?|摄影|作者|撰文)(?:${S}*[/／：:|｜]${S}*|${S}+)(?:${ROLE}${S}*)?${NAMES}`;
const ORNAMENT = '[□■○●◎◆◇◉·•・]';
/** `本报记者张三`: a role of the paper's own needs no space before the name, nor do two roles in a row. */
const OWN_ROLE = `本[报网](?:特约|见习|首席|融媒体?|全媒体|摄影)?(?:记者|通讯员|实习生)`;

// A body by the word its name ends with: `县委宣传部`, `沁县融媒体中心`, `市热力公司`, `街道办事处` (org-words.ts).
const ORG = `\\p{Script=Han}{1,14}${ORG_END_WORD}`;
// A writer signed by where they work: the unit by the word it ends on (a body, a hospital's department, a school),
// maybe their post there (org-words.ts POST_END), then a person's name (arePeople reads it), after the text's mark (`文/`, `作者：`) or an
// ornament as a name alone stands after one (`□ 史晓东`): `文/沁县人民医院心内科主任医师 王 某`, `□ 潞州区委党校 李 某`,
// `作者：沁县人民医院 王某`.
const UNIT_AUTHOR = new RegExp(`^(?:(?:文|作者|撰文)${S}*[/／：:]|${ORNAMENT})${S}*\\p{Script=Han}{1,14}(?:${ORG_END_WORD}|科|校|中学|小学|大学|社区|街道)(?:\\p{Script=Han}{0,8}${POST_END})?${S}+(${NAMES})$`, 'u');

const MAKER_CREDIT = new RegExp(`^${NAMES}${S}*[/／]${S}*(?:作|绘|画)$`, 'u');

/**
 * A picture's maker after a slash (`张 宇/作`, `漫画　张宇/作`): a byline where a byline stands (under a title, at the
 * piece's end); between paragraphs it credits the picture there (run-captions.ts).
 */
export function isMakerCredit(text: string): boolean {
  return MAKER_CREDIT.test(text.trim());
}

const LINE_FORMS: readonly RegExp[] = [
  new RegExp(`^(?:${ORNAMENT}${S}*)?${ROLE_NAMES}$`, 'u'),
  new RegExp(`^${OWN_ROLE}${S}*(?:[：:/／]${S}*)?${NAMES}${DEED}?$`, 'u'),
  new RegExp(`^${ROLE}${S}*${NAMES}(?:${S}+${ROLE}${S}*${NAMES})+${DEED}?$`, 'u'),
  // A photo credit of names alone: `张三 摄`, `张三 李四 摄影`, `张三/摄`.
  new RegExp(`^${NAMES}${S}*[/／]?${S}*(?:摄影?|供图)$`, 'u'),
  // A cartoon's or drawing's maker after a slash: `张 宇/作`, `李明／绘` (without the slash, `…作` is a word's end).
  MAKER_CREDIT,
  // Each name with its deed after a slash (`记者 王晓丽/文 李建国/图`), or the names and then `文/图` (`王晓丽 文/图`).
  new RegExp(`^(?:${ROLE}${S}*)?${NAMES}${S}*[/／]${S}*(?:文|图|摄)(?:${S}+${NAMES}${S}*[/／]${S}*(?:文|图|摄))+$`, 'u'),
  new RegExp(`^${NAMES}${S}+(?:文${S}*[/／·、]${S}*图|图${S}*[/／·、]${S}*文)$`, 'u'),
  // `文/图 张丽`, `文 张丽 图 王刚`, `■ 文/图 本报记者 王栋`.
  new RegExp(`^(?:${ORNAMENT}${S}*)?${TEXT_AND_PHOTO}(?:${S}+${TEXT_AND_PHOTO})*$`, 'u'),
  // An oral history's: who told it and who wrote it down (`口述 王某某 整理 本报记者 李某`, `讲述：张某`).
  new RegExp(`^(?:口述|讲述|自述)${ROLE_SEP}${NAMES}(?:${S}+(?:整理|记录|采写|撰文|执笔)${ROLE_SEP}(?:${ROLE}${S}*)?${NAMES})?$`, 'u'),
  // `（通讯员 李娜）`, `本报讯（通讯员 杨晓军）`, `本报讯 记者 刘佳`.
  new RegExp(`^(?:\\p{Script=Han}{0,6}讯${S}*)?[(（]${S}*${ROLE_NAMES_TIGHT}${S}*[)）]$`, 'u'),
  new RegExp(`^\\p{Script=Han}{0,6}讯${S}+${ROLE_NAMES}$`, 'u'),
  // A photo credit that names who gave the picture: `图片由襄垣县住建局提供`, `（照片由受访者提供）`; or where it
  // comes from: `资料图片`, `（新华社发）`, `图片来源：网络`.
  new RegExp(`^[(（]?${S}*(?:(?:(?:本组|以上|上述)?(?:图片|照片)均?|图)由[^。，,；;！？()（）]{2,20}提供|资料图片?|资料照片|新华社发|图片来源[：:][^。，,；;！？()（）]{2,20})${S}*[)）]?$`, 'u'),
  // A photo set's credit: `本组图片由本报记者 赵敏 摄`, `以上图片均由通讯员 李娜 摄`.
  new RegExp(`^[(（]?${S}*(?:本组|以上|上述)?(?:图片|照片)均?由${S}*(?:${ROLE}${S}*)?${NAMES}${S}*摄影?${S}*[)）]?$`, 'u'),
  // A body that gave the picture, named by its kind (`县委宣传部供图`, `沁县融媒体中心 供图`); or with the label first
  // (`供图：沁县融媒体中心`, `图片提供：县文旅局`).
  new RegExp(`^[(（]?${S}*${ORG}${S}*供图${S}*[)）]?$`, 'u'),
  new RegExp(`^[(（]?${S}*(?:供图|图片提供|图片供稿)${S}*[：:/／]${S}*(?:${ORG}|(?:${ROLE}${S}*)?${NAMES})${S}*[)）]?$`, 'u'),
  // A picture a machine made (`AI生成图片`, `（图片由AI生成）`).
  new RegExp(`^[(（]?${S}*(?:(?:本)?图片?(?:由|为)?)?AI${S}*(?:生成|制作|绘制|制图)(?:图片|图像|配图)?${S}*[)）]?$`, 'iu'),
  // `（王五 摄）`; in square brackets, a role before the names and a slash before the deed maybe (`【通讯员 任 婕／摄】`).
  new RegExp(`^[(（]${S}*${NAMES}${S}*摄影?${S}*[)）]$`, 'u'),
  new RegExp(`^【${S}*(?:${ROLE}${S}*)?${NAMES}${S}*[/／]?${S}*摄影?${S}*】$`, 'u'),
  // A paper's commentator, the paper named in full: `长治日报评论员`, `上党晚报特约评论员`.
  new RegExp(`^\\p{Script=Han}{2,6}(?:日报|晚报|报)(?:特约)?评论员$`, 'u'),
  // The paper's own commentator, alone or after a square (`本报评论员`, `□ 本报特约评论员`); `本报评论员文章` names the kind
  // of piece over its headline, a kicker.
  new RegExp(`^(?:[□■]${S}*)?(?:本报|本刊)(?:特约)?评论员$`, 'u'),
  ...ENGLISH_LINE_FORMS,
];

// `□ 史晓东`, `■ 柳青`, `○ 郝文`, `□ 王 栋`, `□ 王 丽 娜` — a name, where `■ 民生关注` is a column name set off the same way.
const ORNAMENTED = new RegExp(`^${ORNAMENT}${S}*(\\p{Script=Han}{2,4}|\\p{Script=Han}(?:${S}\\p{Script=Han}){1,2})$`, 'u');
// `王栋 李静 周宁`: names alone, two or more, set apart by spaces — the authors with no role printed.
const NAMES_ALONE = /^\p{Script=Han}{2,3}(?:[\s\u3000]+\p{Script=Han}{2,3})+$/u;

// `来源：潞州区融媒体中心`, `文章来源：某某日报`: where the item comes from, a label and a colon, then one name with no
// space, bar or clause mark in it; set beside its byline, and a part of a copy's line about its piece (copy-chrome.ts).
export const SOURCE_PART = String.raw`(?:信息|稿件|文章)?来源[：:][\s\u3000]*[^\s\u3000|｜，,。！？!?；;：:]{2,24}`;
const SOURCE_NOTE = new RegExp(`^${SOURCE_PART}$`, 'u');
// A news outlet's name: a paper, a media centre or station, a site, a platform or an official account, by the word it
// ends on, maybe with its app or site after it (`长治日报`, `沁县融媒体中心`, `长治新闻网`, `长治日报客户端`, `长治发布`), or an
// app's (`掌上长治客户端`). Who posted an app's line (POSTER), and the first name of a path from a site to its sections
// (copy-chrome.ts SITE_PATH). A word of a page line is a site's name in a narrower form (page-lines.ts SITE, which says why).
// An app's name may hold Latin letters (`i长治客户端`, `长治Plus客户端`), never digits (`12345热线平台` is a hotline's).
export const OUTLET_NAME = String.raw`(?:[A-Za-z]{1,6})?\p{Script=Han}[\p{Script=Han}A-Za-z]{1,9}(?:(?:日报|晚报|早报|商报|周报|周刊|融媒体中心|融媒|广播电视台|电视台|网|平台|发布)(?:客户端|APP|App|app|网)?|客户端|APP|App|app)`;
// `|`, `｜`: the bar a WeChat post sets between the source and the byline.
const BAR = /[\s\u3000]*[|｜][\s\u3000]*/u;
// An app's line of who posted the piece and when, the byline among its parts (`长治日报 | 记者 郝 静 | 2025-12-01 08:30`,
// `沁县融媒体中心 | 通讯员 李 娜 | 12-01 08:30`): the paper's or media centre's name, and the stamp of the day in figures
// with its time, set apart from the byline by bars, as a source note is.
const POSTER = new RegExp(`^${OUTLET_NAME}$`, 'u');
// The stamp itself, its year and time optional (`2025-12-01 08:30`, `12-01`), read alone here and after a name (STAMPED).
const POST_STAMP = String.raw`(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?`;
const POSTED_AT = new RegExp(`^${POST_STAMP}$`, 'u');

/** A part set beside a byline by a bar that names no one: a source note, the poster's name or the time it was posted. */
function besideByline(part: string): boolean {
  return SOURCE_NOTE.test(part) || POSTER.test(part) || POSTED_AT.test(part);
}

// A web copy's line about its piece with the author among its parts, set apart by wide space or bars
// (`2025-12-03 07:45:12　　来源：某某日报　　作者：本报记者 王某　　浏览次数：3862`, `来源：某学习平台　　作者：某某日报记者 王某　　2025-11-28`):
// the author's part is the byline, the others name no one (a source, a stamp, a count of readers).
const WIDE_PARTS = /[\s\u3000]*[|｜][\s\u3000]*|[\s\u3000]*\u3000[\s\u3000]*|[\s\u3000]{2,}/u;
const AUTHOR = /^作者[：:][\s\u3000]*/u;
const STAMPED = new RegExp(`^(.+?)[\\s\\u3000]+${POST_STAMP}$`, 'u');
/** How often a copy was read, its verb, colon and brackets or not (`阅读 1.2万`, `浏览量：[ 1532 ]`); copy-chrome.ts reads it too. */
export const READ_COUNT_PART = String.raw`(?:阅读|浏览|点击|访问)(?:量|数|次数|人次)?[：:]?[\s\u3000]*[\[［(（]?[\s\u3000]*\d[\d.,]*(?:万|w|W|k|K)?\+?[\s\u3000]*[\]］)）]?`;
const READ_COUNT = new RegExp(`^${READ_COUNT_PART}$`, 'u');

/** The author's part of such a line, without its label (`本报记者 王某`); undefined for any other line. */
function authorAmongParts(text: string): string | undefined {
  const parts = text.trim().split(WIDE_PARTS).filter(Boolean);
  if (parts.length < 2) return undefined;
  const authors = parts.filter((p) => AUTHOR.test(p) && isBylineLine(p));
  if (authors.length !== 1 || !parts.every((p) => authors.includes(p) || besideByline(p) || READ_COUNT.test(p))) return undefined;
  const rest = authors[0]!.replace(AUTHOR, '');
  return isBylineLine(rest) ? rest : authors[0]!;
}

// `来源：长治日报 记者 闫晓明`: the source, then a space, then the rest of the line (a byline, if it reads as one).
const SOURCE_THEN_SPACE = new RegExp(`^(${SOURCE_PART})[\\s\\u3000]+(\\S[\\s\\S]*)$`, 'u');

/** The byline a source set before it by a space leaves (`来源：长治日报 记者 闫晓明` → `记者 闫晓明`), or undefined. */
function bylineAfterSource(text: string): string | undefined {
  const rest = SOURCE_THEN_SPACE.exec(text.trim())?.[2];
  return rest !== undefined && isBylineLine(rest) ? rest : undefined;
}

/**
 * `来源：潞州区融媒体中心 | 记者 郝 静` → `记者 郝 静`: the byline without the source set beside it by a bar or a space. A bar
 * between a role and its name with no source beside them (`记者｜李 娜`, `文｜某某`) is the byline's own, kept as printed.
 */
export function withoutSourceNote(text: string): string {
  const author = authorAmongParts(text);
  if (author !== undefined) return author;
  // `作者：融媒记者 王某 通讯员 李某`: the label over a byline that names its roles is no part of it (`作者：王某` keeps it).
  const labelled = AUTHOR.test(text.trim()) ? text.trim().replace(AUTHOR, '') : undefined;
  if (labelled !== undefined && isBylineLine(labelled)) return labelled;
  // `某某日报记者 王某 2025-11-28`: the day a copy was posted, after its byline, is no one's name.
  const dated = STAMPED.exec(text.trim());
  if (dated && isBylineLine(dated[1]!)) return dated[1]!;
  const afterSpace = bylineAfterSource(text);
  if (afterSpace !== undefined) return afterSpace;
  const parts = text.trim().split(BAR);
  const kept = parts.filter((part) => !besideByline(part));
  return parts.length < 2 || kept.length === parts.length ? text : kept.join(' ');
}

// A county's or the city's media centre or station (`长子县融媒体中心`, `市广播电视台`), standing as a role: in a list of
// its people's names, in a photo credit, in a brief's closing signature.
export const UNIT = `\\p{Script=Han}{1,5}(?:市|县|区)(?:融媒体中心|广播电视台|电视台)`;
// `长子县融媒体中心 韩斌 崔涛磊`: the unit, then its names.
const UNIT_NAMES = new RegExp(`^${UNIT}${S}+(${NAMES})$`, 'u');

/** Names read off a unit's line (`韩斌 崔涛磊`, `张 磊、李 娜`) are people's: the last ends on a person's name (jieba). */
function arePeople(names: string | undefined): boolean {
  return names !== undefined && endsWithPersonName(names.replace(/[\s\u3000、，,]/gu, ''));
}

/** `长子县融媒体中心 韩斌 崔涛磊`: a media centre or station and its people's names, by form (unit-lists.ts reads where). */
export function isUnitNames(text: string): boolean {
  return arePeople(UNIT_NAMES.exec(text.trim())?.[1]);
}

// The same with what its people did, a credit in any list: the deed after the names (`武乡县融媒体中心 韩斌 摄`,
// `屯留区融媒体中心 张 磊 摄影报道`), or the text-and-photo word before the unit (`图/黎城县融媒体中心 宋 佳`,
// `图/文 黎城县融媒体中心 陈 浩`).
const CREDIT_WORD = `(?:文${S}*[/／·、]?${S}*图|图${S}*[/／·、]?${S}*文|图片?|摄影)`;
// The names as few as may be, so that a deed of two words (`摄影报道`) is not read as a name and a deed.
const NAMES_FEWEST = `${NAME}(?:(?:${S}+|${S}*[、，,]${S}*)${NAME})*?`;
const UNIT_DEED = new RegExp(`^${UNIT}${S}+(${NAMES_FEWEST})${DEED}$`, 'u');
const WORD_UNIT = new RegExp(`^${CREDIT_WORD}${S}*(?:[/／：:|｜]${S}*)?${UNIT}${S}*(${NAMES_FEWEST})${DEED}?$`, 'u');

function isUnitCredit(text: string): boolean {
  return arePeople((UNIT_DEED.exec(text) ?? WORD_UNIT.exec(text))?.[1]);
}

// Any short name before 供图: `受访者供图`, `（东方IC供图）`.
const GIVER = /^[(（]?[\s\u3000]*(\p{Script=Han}[\p{Script=Han}A-Z]{1,7})[\s\u3000]*供图[\s\u3000]*[)）]?$/u;
// A name of two to four characters (maybe spaced) and a body by the word it ends with, in brackets.
const NAME_AND_BODY = /^(\p{Script=Han}{2,4}|\p{Script=Han}[\s\u3000]\p{Script=Han})[\s\u3000]*[（(]\p{Script=Han}{2,20}(?:学校|中学|小学|大学|学院|医院|卫生院|局|委员会|委|办公室|中心|公司|社区|村委会|街道|研究院|研究所|协会|党校|报社)[)）]$/u;

// Who the writer is, a note under a commentary: `作者单位：长治学院`, `作者系潞州区政协委员`, `（作者系长治学院教师）`.
const AUTHOR_NOTE = /^[(（]?[\s\u3000]*(?:作者(?:单位|简介)?[：:]|作者系(?!列))[^。！？!?\n]{2,40}[)）]?$/u;
// After 为 or 是 (words a headline also opens on: `作者为家乡写下百首诗`), a note names a body or a place by the word
// it ends with, then the writer's post there by the word that closes it: `作者为长治学院教师`, `（作者是潞州区政协委员）`.
const AUTHOR_IS = new RegExp(`^[(（]?[\\s\\u3000]*作者[为是](?!一[名位个])\\p{Script=Han}{0,16}(?:省|市|县|区|镇|乡|学院|大学|中学|小学|学校|医院|卫生院|局|委员会|委|政协|人大|中心|公司|协会|学会|党校|报社|研究院|研究所)\\p{Script=Han}{0,8}${POST_END}[)）]?$`, 'u');

/** A note of who the writer is (see AUTHOR_NOTE): the commentary's own text, never a title or a caption. */
export function isAuthorNote(text: string): boolean {
  return (AUTHOR_NOTE.test(text.trim()) || AUTHOR_IS.test(text.trim())) && !text.trim().includes('\n');
}

// Any words before 供图, a body's name or a clause.
const BEFORE_GAVE = /^[(（]?[\s\u3000]*(\p{Script=Han}[\p{Script=Han}A-Z]{1,20})[\s\u3000]*供图[\s\u3000]*[)）]?$/u;

/**
 * `老党员为村史馆供图`: who gave the picture for or to whom, a sentence: a word opening on 为, 向 or 给 after the first
 * word, read as a preposition (or as no word, `为村`). Inside a word of a body's name (`为民服务中心供图`) it stays a credit.
 */
function givenForWhom(text: string): boolean {
  const before = BEFORE_GAVE.exec(text)?.[1];
  return before !== undefined && tagWords(before).slice(1).some((w) => /^[为向给]/u.test(w.word) && /^(?:p|x)$/u.test(w.tag));
}

/** The whole block is a byline or a photo credit, by its form. */
export function isBylineLine(text: string): boolean {
  const t = text.trim();
  if (givenForWhom(t)) return false;
  if (LINE_FORMS.some((form) => form.test(t))) return true;
  // The names after a unit must read as a person's (jieba): `沁县融媒体中心 出品` credits no one.
  if (isUnitCredit(t)) return true;
  if (UNIT_NAMES.test(t)) return isUnitNames(t);
  if (arePeople(UNIT_AUTHOR.exec(t)?.[1])) return true;
  // `来源：潞州区融媒体中心 | 记者 郝 静`: a source and a byline set apart by a bar.
  const parts = t.split(BAR);
  if (parts.length >= 2) return parts.some(isBylineLine) && parts.every((part) => besideByline(part) || isBylineLine(part));
  // `来源：长治日报 记者 闫晓明`: a source and a byline set apart by a space.
  if (bylineAfterSource(t) !== undefined) return true;
  if (authorAmongParts(t) !== undefined) return true;
  // Each must read as a person's name (jieba): `民生为本 幸福同行` is a headline of two phrases.
  if (NAMES_ALONE.test(t)) return t.split(/[\s\u3000]+/u).every(endsWithPersonName);
  // Who gave the picture, any short name before 供图 that ends on a noun (`受访者供图`, `受访单位供图`, `视觉中国供图`; not
  // `欢迎读者踊跃供图`, a call for pictures).
  const giver = GIVER.exec(t);
  if (giver) return /^(?:n|eng)/u.test(tagWords(giver[1]!).at(-1)?.tag ?? '');
  // `王晓丽（长治市第一中学）`: a writer's name and where they work, a body by its kind, in brackets after it.
  const affiliated = NAME_AND_BODY.exec(t);
  if (affiliated) return endsWithPersonName(affiliated[1]!.replace(/[\s\u3000]/gu, ''));
  const label = ORNAMENTED.exec(t)?.[1]?.replace(/[\s\u3000]/gu, '');
  // Four characters make a name only with a compound surname (`■ 欧阳晓东`); `■人物小传` labels a box.
  if (label !== undefined && [...label].length === 4 && !new RegExp(`^${COMPOUND_SURNAME}`, 'u').test(label)) return false;
  return label !== undefined && endsWithPersonName(label);
}

/**
 * A photo credit: a byline whose deed is the photograph (`本报记者 李伟 摄`); it closes the photo or
 * paragraph above it. `文/图 张丽` is an article's byline that also credits its photos: see tookPhotos.
 */
export function isPhotoCredit(text: string): boolean {
  if (ENGLISH_PHOTO_CREDIT.test(text.trim())) return true;
  // `摄影 王刚`, `摄影：本报记者 王刚`: the deed before the names; `图｜通讯员 王某`, `图/王某`: the picture's, set apart by its
  // mark (a byline that credits text too, `文/某 图/某`, `图/文 某`, is the piece's).
  return /摄影?[)）】]?$|摄影报道$|供图[)）]?$|由[^由]{2,20}提供[)）]?$|^[(（]?(?:资料图片?|资料照片|新华社发|图片来源)|^摄影[\s\u3000/／：:]|^图片?[\s\u3000]*[/／|｜：:](?![\s\u3000]*文)(?!.*文[\s\u3000]*[/／|｜：:])|^[(（]?[\s\u3000]*(?:供图|图片提供|图片供稿)[\s\u3000]*[：:/／]|AI[\s\u3000]*(?:生成|制作|绘制|制图)/iu.test(text.trim()) && isBylineLine(text);
}

/** The byline credits the photos: `本报记者 李伟 摄`, `文/图 张丽`, `图 王刚`, `本报记者 秦 岭 文/图` (the deed after the names). */
export function tookPhotos(text: string): boolean {
  const t = text.trim();
  if (ENGLISH_PHOTO_CREDIT.test(t)) return true;
  return isBylineLine(t) && (/(?:摄影?|供图|摄影报道)[)）]?$|^摄影[\s\u3000/／：:]|[\s\u3000](?:文[/／·、]图|图[/／·、]文)$/u.test(t) || /^(?:文[\s\u3000]*[/／·、]?[\s\u3000]*)?图(?![\s\u3000]*[/／·、][\s\u3000]*文)|^图[\s\u3000]*[/／·、][\s\u3000]*文/u.test(t));
}

// The reporter named in brackets before the text of a brief, without `本报讯`: `（通讯员 申晓峰）9月23日，…`.
const OPENING_SIGNATURE = new RegExp(`^[(（]${S}*${ROLE_NAMES_TIGHT}${S}*[)）]`, 'u');

/** Cuts a bracketed signature from the start of a paragraph, when text follows it. */
export function cutOpeningSignature(text: string): { signature?: string; text: string } {
  // A brief of a bulleted column signs after its bullet (`■（记者 郝 静）长子县…。`): the bullet stays the item's.
  const bullet = ITEM_BULLET.exec(text)?.[0] ?? '';
  const match = OPENING_SIGNATURE.exec(text.slice(bullet.length));
  const rest = match ? text.slice(bullet.length + match[0].length).trimStart() : '';
  if (!match || !rest) return { text };
  return { signature: match[0].trim(), text: bullet.trim() + rest };
}

const ITEM_BULLET = /^[●■◆◇○□◎◉★☆][\s\u3000]*/u;

/**
 * The opening byline of a news item: a wire's (`本报讯 …`, `新华社讯`, `本报长治1月26日电`, not the 讯 of
 * 通讯员) or the reporter in brackets before a brief (`（通讯员 申晓峰）`).
 */
export function isWireByline(byline: string): boolean {
  return /^[^\s（(]{0,8}讯(?!员)|^(?:本报|新华社|中新社)\S{0,10}(?:电|日讯)|^[(（]/u.test(byline.trim());
}

// Where the reporter had the news from, opening an item's first clause: `记者从县医保局获悉，`, `记者近日从市教育局了解到，`,
// `据县气象局消息，`, `据悉，`, `据了解，`, `据介绍，` (a count, `据统计，`, is none). The one reading of a source's opening:
// segment-boxes.ts, segment-section-labels.ts and segment-story-heads.ts read it here.
const SOURCE_OPENING = /^(?:记者[^，,。！？!?\s]{0,24}(?:获悉|了解到|得知)|据(?:悉|了解|介绍|[^，,。！？!?\s]{1,16}(?:消息|报道|通报)))[，,]/u;

/** The text (after a bullet) opens the way a news item does with its source: `● 记者从县医保局获悉，…`, `据了解，…`. */
export function opensWithSource(text: string): boolean {
  return SOURCE_OPENING.test(text.trim().replace(ITEM_BULLET, ''));
}

/**
 * Who sends an item, never its title: a wire byline, or a body's or a day's dateline standing where an item's head
 * would be (datelines.ts endsAsSourceDateline; segment-run-in-heads.ts).
 */
export function isSourceDateline(text: string): boolean {
  return isWireByline(text) || endsAsSourceDateline(text);
}


// The role words before the names, up to the last (`晚报记者`, `本报讯（通讯员`), and the deed after them (`摄`, `供图`).
const UP_TO_ROLE = new RegExp(`^[\\s\\S]*${ROLE}`, 'u');
const DEED_END = new RegExp(`${DEED}[)）】]?$`, 'u');

/** The names of a credit or a byline, role words and deed cut, one per name where they are parted (`赵 敏　王 磊` → 赵敏, 王磊). */
function creditNames(text: string): string[] {
  const close = (t: string) => t.replace(/[\s\u3000]+/gu, '');
  const bare = text.trim().replace(/^[(（【]/u, '').replace(/[)）】]$/u, '').replace(DEED_END, '').replace(UP_TO_ROLE, '');
  return bare.split(/[\u3000、，,/／]|\s{2,}/u).map(close).filter((n) => /^\p{Script=Han}{2}/u.test(n));
}

/**
 * A photo's credit names one of the people the byline names (`记者 王 磊 摄` under `本报讯（记者 王 磊）`, `记者 赵 敏　王 磊 摄`
 * too): a name of the credit, its spaces closed up, stands in the byline, or a name of the byline in the credit.
 */
export function creditsBylinePerson(credit: string, byline: string): boolean {
  const close = (t: string) => t.replace(/[\s\u3000]+/gu, '');
  const stands = (names: string[], text: string) => names.some((n) => close(text).includes([...n].slice(0, 2).join('')));
  return stands(creditNames(credit), byline) || stands(creditNames(byline), credit);
}
