// The lines a newspaper prints around its articles about the page itself — the date line
// (`2025年11月18日 星期二 第3版 责任编辑：王晓燕 美编：陈冬`), the masthead (`长治日报`, `CHANGZHI DAILY`,
// `中共武乡县委机关报 武乡县融媒体中心主办`), page numbers (`03`, `— 3 —`, `A8 图片新闻`), the staff credits
// (`责任编辑：…`, `校对：…`) and the index of a front page (`▶2版 黎城县：暖气进了山里人家`) — told by their form,
// word by word, wherever they stand and in whatever order or split over lines. What they say (the page's
// date, paper and number) is read too: it dates every article of the page and cites the page. The dates in their
// printed forms are read in page-dates.ts; a printed copy's and the paper's small boxes' lines are page-lines-print.ts's.

import { directoryRows, MIN_DIRECTORY_ROWS } from './directory-rows.ts';
import { isBylineLine } from './bylines.ts';
import { isCopyChrome, LABELLED_SECTION } from './copy-chrome.ts';
import { isBulletinLine, isIssuerDateLine, PRINT_RUN } from './bulletin-lines.ts';
import { isBand, isContactFooter } from './frames.ts';
import { parseNumeral } from '../figures/numerals.ts';
import { ENGLISH_DATE_OPENING, isCalendarDate, readDate, readEnglishDate } from './page-dates.ts';
import { isPrintedPageLine } from './page-lines-print.ts';
import { isEnglishQrNote, isQrNote, SENTENCE_PUNCTUATION } from './qr-notes.ts';

/** What a page line (or a seed's sidecar, seed-meta.ts) tells about its page. */
export interface PageFacts {
  /** ISO date, `2025-11-18`. */
  date?: string;
  paper?: string;
  page?: number;
}

// The bar an app's line sets between its parts, and a reporter's role among them (no staff credit, `摄影：…`).
const BAR = /[\s\u3000]*[|｜丨][\s\u3000]*/u;
const REPORTER = /记者|通讯员|实习生/u;

const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]$/u;
// A day without its year beside the weekday: `11月18日 星期二`.
const MONTH_DAY = /^\d{1,2}月\d{1,2}日$/u;
// A time of day beside the date: `08:30`.
const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/u;
// `乙巳年七月十八`, `农历十月初六`.
const LUNAR = /^(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\p{Script=Han}{2,5}$|^农历\p{Script=Han}{2,6}$/u;
// `第3版`, `第一版`, `A8`, `第B3版`, `8版`, `今日8版`, `共8版`; a bare `03` is a page number only where all else is page.
const PAGE = /^(?:第?([一二三四五六七八九十\d]{1,3})版|第?[A-H](\d{1,2})版?|(\d{1,2})版)$/u;
const PAGE_COUNT = /^(?:今日|本期|共)\d{1,2}版$/u;
// The issue's serial numbers: `总第15832期`, `第8256期`, `CN14-0012`, `国内统一连续出版物号CN14-0012`, `邮发代号21-18`.
const ISSUE_NUMBER = /^(?:总第|第)\d{2,6}期$|^(?:\p{Script=Han}{2,10}[：:]?)?CN\d{2}-\d{4}(?:\/[A-Z]+)?$|^(?:邮发代号|代号)[：:]?\d{1,2}-\d{1,3}$/u;
// A zero-padded page number (`03 民生`): no count or year is printed so.
const PADDED_PAGE = /^0\d$/u;
const BARE_NUMBER = /^\d{1,2}$/u;
// `责任编辑：王晓燕`, `视觉编辑：王帅`, `美编：陈冬`, `校对：范晶`, `版式：田野`, `审核：王建华`, `本版责编：…`, `值班编委：…`,
// the duty editor by 值班 alone (`值班：李强`, `总值班：…`).
// The role is a desk word with what the person does there before it: `美术编辑`, `实习编辑`, `版式设计`, `总编辑`.
// (One home for who made the page: describe/home-county.ts reads a masthead line past the same roles.)
/** The desk word of a staff role alone (`编辑`, `责编`, `校对`, `版式`). */
export const STAFF_DESK = '(?:编辑|责编|美编|主编|总编|编委|校对|审核|审校|审读|初审|复审|终审|签发|版式|设计|排版|组版|监制|制图|题图|插图|绘图|漫画|策划|统筹|社长|[一二三]审|编审|值班主任|值班)';
/** A staff role: the desk word with what the person does there before it. */
export const STAFF_ROLE = `(?:本版)?(?:责任|视觉|图片|文字|值班|新媒体|融媒体|\\p{Script=Han}{1,2})?${STAFF_DESK}`;
// A name in Latin letters after the role (`英文审校：Linda Zhao`, its space kept as `_` by readPageLine).
const STAFF = new RegExp(`^${STAFF_ROLE}[：:/／](?:\\p{Script=Han}{2,4}|[A-Z][a-z]+(?:_[A-Z][a-z]+){0,2})$`, 'u');
// The colophon: price, printer, licence, where to follow the paper (`定价：1.50元`, `印刷：长治日报印刷厂`, `微信公众号：长治日报`).
// A county paper's licence: `准印证号：（晋）0412-0025`, `内部资料准印证：…`, `刊号：…`.
// A price by the year or month too (`年价：360元`), and who printed it, a body by its kind (`某某日报社印务中心印刷`).
const COLOPHON = /^\p{Script=Han}{0,4}(?:定价|零售价|印刷|许可证|准印证号?|刊号|发行|公众号|客户端|抖音号|视频号)[：:]?\S+$|^(?:全年|全月)?(?:年价|月价|季价)[：:]?\d[\d.]*元$|^\p{Script=Han}{2,14}(?:厂|中心|公司|印务|社)(?:印刷|承印)$/u;
// A site's licence number: `晋ICP备05001234号`, `晋ICP备05001234号-1`, `晋公网安备14040202000123号`.
const SITE_LICENCE = /^\p{Script=Han}(?:ICP[备证]|公网安备)[\d-]{4,20}号(?:-\d{1,2})?$/u;
// Where to place a notice or an ad: `刊登声明、公告请拨打：0355-…（某某日报广告部）`.
const AD_DESK = /^刊登[^：:。！？]{1,12}(?:请拨打|请致电|请联系)[：:][\s\u3000]*[\d-]{7,14}(?:[（(][^（）()]{2,16}[)）])?$/u;
// A prompt to get the paper's app: `下载“某某日报”APP，阅读更多新闻`, `打开某某客户端　看更多`.
// What may follow is a read-more prompt only: `下载“长治通”APP，社保缴费更方便` is a headline about a service.
const APP_NOTE = /^(?:下载|打开|安装)[^。！？!?]{0,12}(?:APP|App|app|客户端)(?:[，,\s\u3000]*(?:阅读|看|查看|获取|了解|浏览)(?:更多|全文|原文)\S{0,4})?[。！!]?$/u;
// `长治日报`, `上党晚报`, `黎城周刊`, `中共武乡县委机关报`; `武乡县融媒体中心主办`; `CHANGZHI DAILY`.
const PAPER = /^\p{Script=Han}{2,10}(?:日报|晚报|早报|商报|周报|周刊|机关报)$/u;
// The paper a copy was taken from, in title marks after its label: `来源：《某某报》`.
const SOURCE_PAPER = /^(?:来源|原载|刊于|转自|摘自)[：:]?《(\p{Script=Han}{2,12})》$/u;
// A news site's or app's name: narrower than an outlet's elsewhere (bylines.ts OUTLET_NAME), which as a strong page word
// took a pipe network's line (`新建改造供热管网`), a kicker (`权威发布`) and a media centre's credit for the page's.
const SITE = /^\p{Script=Han}{2,8}(?:新闻网|客户端)$/u;
const PUBLISHER = /^\p{Script=Han}{2,16}(?:主办|出版|主管|承办|协办|编印|出品)$|^(?:本版|本刊|本期)?(?:主办|主管|出版|承办|协办|编印)(?:单位)?[：:]\S{2,20}$/u;
// A date with its label: `出版日期：2025年11月18日`.
const DATE_LABEL = /^\p{Script=Han}{0,4}日期[：:]/u;
const LATIN_MASTHEAD = /^[A-Z][A-Z.]{1,}$/u;
// A paper's English name in title case: `Changzhi Daily`, `Shangdang Evening News` (the words a paper's name ends in).
const LATIN_PAPER = /^(?:[A-Z][a-z]+ ){1,3}(?:Daily|News|Evening|Times|Weekly|Post|Herald)$/u;
const LATIN_PAPER_BEFORE_MARK = /^(?:[A-Z][a-z]+ ){1,3}(?:Daily|News|Evening|Times|Weekly|Post|Herald)(?=[\s\u3000]*[·・|｜丨│┃])/u;
// How to reach the paper, by the form of what follows the label: `新闻热线：0355-2188888`, `投稿邮箱：a@b.com`,
// `网址：www.czrb.com.cn`, `本报地址：长治市…`, `邮编：046000`; or the bare address, number or mail.
// Only the paper's own desks: a service's number in an article (`服务热线：12345`, `咨询电话：…`) is its text.
// Where readers write to (`来信请寄：某报读者之声版`).
// The desk may be the page's or the paper's by its kind (`本版邮箱`, `晚报热线`), or the desk that prints ads (`刊登热线`).
const CONTACT_LABEL = /^(?:(?:新闻|读者|投稿|来稿|广告|刊登|发行|订阅|订报|报料|本报|本版|本刊|日报|晚报|报社|编辑部|总编室|社|\p{Script=Han}{2,10}报社)?(?:热线|电话|邮箱|信箱|邮编|网址|传真|地?址|微信号?|微博)|来信请?寄(?:至|往)?)[：:]\S+$/u;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
const URL = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/iu;
const SITE_ADDRESS = /^(\p{Script=Han}{2,10})[：:](\S+)$/u;
// A service's number of ten digits too: `400-888-6666`.
const PHONE = /^(?:0\d{2,3}-?)?\d{7,8}$|^1\d{10}$|^\d{5}$|^[48]00-?\d{3}-?\d{4}$/u;
// An English page's staff credits: `Editor: Liu Yang`, `Editor: Liu Yang Proofreader: Chen Hui`.
const ENGLISH_NAME = '[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}';
const ENGLISH_STAFF = new RegExp(`^(?:(?:Chief |Copy |Managing )?(?:Editor|Proofreader|Designer|Translator|Reviewer|Layout)s?: ?${ENGLISH_NAME}(?:\\s+|$))+$`, 'u');
// An English section label beside them, in title case: `English Weekly`.
const LATIN_LABEL = /^[A-Z][a-z]+$/u;
// A section label beside them: `要闻`, `县域新闻`, `文旅·开放`, `民生·热线`.
const LABEL = /^[\p{Script=Han}·・]{2,8}$/u;
// The section's name after its label (`版面：城事`, `栏目：民生`) is a label still, only beside a strong page word
// (LABELLED_SECTION, copy-chrome.ts: alone on its line it is a copy's chrome).

// Any desk's number under its label, its last digits masked or not (`热线电话：0355-2188×××`, `新闻投诉：0355-2186×××`): the
// paper's only beside a desk of its own on the line (a service's number alone, `服务热线：12345`, is an article's text).
const OTHER_CONTACT = /^\p{Script=Han}{2,6}[：:](?:0\d{2,3}-?)?\d{3,8}(?:[×xX*＊]{2,4})?$/u;
const OWN_DESK = /^(?:新闻|读者|投稿|来稿|广告|刊登|报料|本报|本版|本刊|编辑部|总编室|\p{Script=Han}{2,10}报社)\p{Script=Han}{0,2}[：:]/u;

// Whole lines: a page number set between dashes (`— 3 —`), an index entry of a front page (`▶2版 …`).
const PAGE_FOOTER = /^[—–\-－]+[\s\u3000]*(\d{1,3})[\s\u3000]*[—–\-－]+$/u;
const INDEX_ENTRY = /^[▶►▷>][\s\u3000]*第?[\d一二三四五六七八九十]{1,3}版[\s\u3000：:]*\S/u;
// Or with no arrow, the page's number set off by a space or a colon from what stands there (`第2版　城事　潞州区新增12处
// 便民网点`, `A3：…`): read when the line is no page line of its own (`第6版 文化 责任编辑：…` tells its page).
// A paper's sections are lettered A to D (`B2 文体 …`); `G55 二广高速长治段改扩建工程开工` is a headline naming a road.
const BARE_INDEX_ENTRY = /^(?:第?[\d一二三四五六七八九十]{1,3}版|[A-D]\d{1,2})(?:[\s\u3000]+|[：:][\s\u3000]*)\S/u;
const MAX_INDEX_ENTRY_CHARS = 40;

/** A line of a front page's index: a page's number and the title of a piece printed there (`▶2版 …`, `第3版　县区　…`). */
export function isIndexEntry(text: string): boolean {
  const line = text.trim();
  return (INDEX_ENTRY.test(line) || BARE_INDEX_ENTRY.test(line)) && !line.includes('\n') && [...line].length <= MAX_INDEX_ENTRY_CHARS && !/[。！？!?]/u.test(line);
}

// A word in brackets of its own among a line's words (`[第8版]`): readPageWords keeps it if it is a page's number.
const BRACKETED_WORD = /(?<=^|[\s\u3000])[【〔［\[（(]([^【】〔〕［］\[\]（）()\s\u3000]{1,6})[】〕］\]）)](?=$|[\s\u3000])/gu;
// A run of rule marks (`==`, `＝＝＝`, `~~`, `**`); not dashes, which open a deck or a sign-off (`—— 记者 …`).
const RULE_WORD = /^(?:={2,}|＝{2,}|~{2,}|～{2,}|\*{2,}|＊{2,})$/u;

type Token = { strong: boolean; facts?: PageFacts; padded?: true; contact?: true };
// A page's section name beside its number is a word or two (`03 民生`, `要闻·县域`); a clause after a number
// (`01 让群众喝上放心水`) is a copy's numbered section heading.
const MAX_SECTION_NAME_CHARS = 4;


/**
 * What the line tells about its page, when the whole line is page furniture by its form; undefined for
 * anything else (headlines, bylines, captions, running text, a lone section label like `县区传真`).
 */
export function readPageLine(text: string): PageFacts | undefined {
  const facts = readPageWords(text) ?? (isIndexEntry(text) || partsArePageLines(text) ? {} : undefined);
  // A line opening on a labelled section (`栏目：某某　2025年3月6日`, a programme's line in a body) needs the page's number or the paper's name on it.
  return facts && LABELLED_SECTION.test(text.trim().split(/[\s\u3000]+/u)[0]!) && facts.page === undefined && facts.paper === undefined ? undefined : facts;
}

/** Parts set apart on one line by space, each a page line of its own (`网址：…　　下载“某某日报”APP，…`). */
function partsArePageLines(text: string): boolean {
  const parts = text.trim().split(/[\s\u3000]+/u).filter(Boolean);
  // A number alone (`[1]`, a note's mark) is a page's number only on a line of its own.
  return parts.length >= 2 && !text.includes('\n') && parts.every((p) => /\p{L}/u.test(p) && isPageLine(p));
}

function readPageWords(text: string): PageFacts | undefined {
  const rows = text.trim().split('\n');
  if (rows.length >= MIN_DIRECTORY_ROWS && directoryRows(rows).every(Boolean)) return undefined;
  // `责任编辑： 王五` and `责任编辑 王五` are `责任编辑：王五`.
  const line = text
    .trim()
    // An OCR copy's full-width digits and colon (`２０２５年１１月１４日`, `０８：３０`) and a paper's name set letter by
    // letter (`长 治 日 报`, a section's two characters `视　觉` too) are the date and the name.
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)：(?=\d{2}(?:$|[\s\u3000]))/gu, ':')
    .replace(/(?<=^|[\s\u3000])\p{Script=Han}(?:[\s\u3000]\p{Script=Han}(?=$|[\s\u3000])){1,}/gu, (spaced) => spaced.replace(/[\s\u3000]/gu, ''))
    // `[责任编辑：韩 梅]`, `〔本版编辑：赵静〕`, `■ 责任编辑：韩 梅`: brackets or an ornament set the whole line off.
    .replace(/^[【〔［\[（(]([^【】〔〕［］\[\]（）()]+)[】〕］\]）)]$/u, '$1')
    .replace(/^[□■○●◎◆◇◉★☆][\s\u3000]*|[\s\u3000]*[□■○●◎◆◇◉★☆]$/gu, '')
    .trim()
    // `编辑 : 李慧芳`: an OCR copy spaces a staff role from its colon too.
    .replace(/(?<=\p{Script=Han})[\s\u3000]+(?=[：:])/gu, '')
    .replace(/([：:])[\s\u3000]+/gu, '$1')
    // `[第8版]`, `【A3】`: a page's number set in brackets among the line's other words is the number.
    .replace(BRACKETED_WORD, (whole, word: string) => (PAGE.test(word) ? ` ${word} ` : whole))
    .replace(/版[：:]/gu, '版 ')
    // `2025年 11月 18日`, `第 3 版`: spaces inside one date or page number; `18日星期二`, `（星期二）`: glued or bracketed.
    .replace(/(\d)[\s\u3000]+(?=[年月日](?:$|[\s\u3000\d星周礼农]))/gu, '$1')
    .replace(/([年月])[\s\u3000]+(?=\d{1,2}[月日])/gu, '$1')
    .replace(/第[\s\u3000]+(\d{1,3})[\s\u3000]+版/gu, '第$1版')
    .replace(/日(?=星期|周[一二三四五六日天]|礼拜|农历)/gu, '日 ')
    .replace(/[(（]((?:星期|周|礼拜)[一二三四五六日天])[)）]/gu, ' $1')
    // `编辑丨王五`, `审核 | 李四`: a copy sets a bar between the role and its name.
    .replace(new RegExp(`(${STAFF_ROLE})[\\s\\u3000]*[|｜丨][\\s\\u3000]*(?=\\p{Script=Han})`, 'gu'), '$1：')
    // `美术编辑：王 栋`, `校对 王 静`: a two-character name set to the width of three with a space between its characters.
    // `责任编辑/刘 洋`: a slash may set the name off too.
    .replace(new RegExp(`(${STAFF_ROLE})(?:[：:/／]|[\\s\\u3000]+)(\\p{Script=Han})[\\s\\u3000]+(\\p{Script=Han})(?=[\\s\\u3000·・|｜丨│┃&＆]|$)`, 'gu'), '$1：$2$3')
    .replace(new RegExp(`(${STAFF_ROLE})[\\s\\u3000]+(?=\\p{Script=Han}{2,4}(?:[\\s\\u3000]|$))`, 'gu'), '$1：')
    // `英文审校：Ｌｉｎｄａ Ｚｈａｏ`: a name in (full-width) Latin letters after a staff role is one word.
    .replace(/[Ａ-Ｚａ-ｚ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(new RegExp(`(${STAFF_ROLE}[：:])([A-Z][a-z]+(?:[\\s\\u3000][A-Z][a-z]+){1,2})(?=[\\s\\u3000]|$)`, 'gu'), (_m, role: string, name: string) => role + name.replace(/[\s\u3000]/gu, '_'))
    // `CN14—0021`, `邮发代号：21—22`: a dash of any width joins a serial's parts. Only in those shapes: between other
    // digits it is a range's or a date's (`11—03`, `8—10时`), and a bare phone number with a long dash
    // (`0355—2188666`) is a post's or a notice's text; the paper's own desk is known by its label (CONTACT_LABEL).
    .replace(/(CN[\s\u3000]*\d{2})[—–－](?=\d{4}(?!\d))/gu, '$1-')
    .replace(/(代号[：:]?[\s\u3000]*\d{1,2})[—–－](?=\d{1,3}(?!\d))/gu, '$1-')
    // `来源：《某某报》2025年12月3日第2版`: the paper a copy names as its source, then the date and page it printed.
    .replace(/(?<=^(?:来源|原载|刊于|转自|摘自)[：:]?《[^《》]{2,12}》)(?=\d)/u, ' ')
    .replace(/(?<=\d日)(?=第[\d一二三四五六七八九十]{1,3}版)/gu, ' ')
    // `CN 14-0010`: the serial number spaced after its letters; `国内统一连续出版物号 CN14-0012`: and from its label (ending on 号).
    .replace(/\bCN[\s\u3000]+(?=\d{2}-\d{4})/gu, 'CN')
    .replace(/(?<=\p{Script=Han}号[：:]?)[\s\u3000]+(?=CN\d{2}-\d{4})/gu, '')
    // `责任编辑：王五　　— 5 —`: the page's number between dashes, last after the page's other words.
    .replace(/(?<=[\s\u3000])[—–－]+[\s\u3000]*(\d{1,3})[\s\u3000]*[—–－]+$/u, '第$1版')
    // `Friday, December 12, 2025　Page 8　…`: an English date opening a line of other page words is one word, the date.
    .replace(ENGLISH_DATE_OPENING, (date) => readEnglishDate(date) ?? date)
    // An English page's number: `Page 8`, `PAGE 8`.
    .replace(/\bpage\s+(\d{1,2})\b/giu, '第$1版')
    // The paper's English name first with its section's after a mark (`Shangdang Evening News · Weekend　周末版`): the
    // name is one word; in running words (`Changzhi Daily Wins an Award`) it is a headline's.
    .replace(LATIN_PAPER_BEFORE_MARK, (name: string) => name.replace(/ /gu, '_'));
  if (!line) return undefined;
  // `长治日报 | 本报记者 宋 磊 摄 | 2025-12-01 07:50`: a reporter's byline among the parts of an app's line is the piece's,
  // the line under its headline, not the page's (bylines.ts reads the line as a byline).
  if (text.split(BAR).some((part) => REPORTER.test(part) && isBylineLine(part))) return undefined;
  if (ENGLISH_STAFF.test(line)) return {};
  if (isEnglishQrNote(line)) return {};
  const footer = PAGE_FOOTER.exec(line);
  if (footer) return { page: Number(footer[1]) };
  if (INDEX_ENTRY.test(line) && [...line].length <= MAX_INDEX_ENTRY_CHARS && !/[。！？!?]/u.test(line)) return {};
  const crumbs = readBreadcrumb(line);
  if (crumbs !== undefined) return crumbs;
  const english = readEnglishDate(line);
  if (english !== undefined) return isCalendarDate(english) ? { date: english } : undefined;
  // `扫码看视频`, `（扫码关注“今日襄垣”客户端）`: in brackets, with the app's name in quotes.
  const note = line.replace(/[“”"()（）]/gu, '');
  if (isQrNote(note, line)) return {};
  if (APP_NOTE.test(line) || SITE_LICENCE.test(line) || AD_DESK.test(line)) return {};
  if (SENTENCE_PUNCTUATION.test(line.replace(/：/gu, ''))) return undefined;
  if (LATIN_PAPER.test(line)) return {};
  // `第5版·访谈`, `要闻｜县区`, `民生丨热线`, `责任编辑：韩冰 & 校对：贾静`: a dot, a bar (or the bar-like 丨) or an
  // ampersand sets words apart as a space does.
  // So does a slash with space round it (`责任编辑：王五 / 校对：李四`); one between a role and its name is the name's.
  // An ornament opening each word after a space sets the words apart too (`■2025年10月9日　■星期四　■第8版`).
  // A rule of marks standing as a word of its own (`== 长治日报 · 高新区新闻 ==`) frames the words it stands beside.
  const words = line.split(/[\s\u3000]+[/／][\s\u3000]+|[\s\u3000]+[□■○●◎◆◇◉★☆▪◼][\s\u3000]*|[\s\u3000·・|｜丨│┃&＆]+/u).filter((w) => w && !RULE_WORD.test(w));
  if (words.length === 0) return undefined;
  if (words.length === 1 && BARE_NUMBER.test(line)) return { page: Number(line) };
  const tokens: Token[] = [];
  let unknown = 0;
  for (const word of words) {
    const token = readToken(word);
    if (token) tokens.push(token);
    else unknown++;
  }
  // `要闻·民生 3`: a section's name with its page's number after it, and nothing else (`5 文化` may open a list).
  if (unknown === 0 && tokens.length >= 2 && pageNumberBesideLabels(words)) return { page: Number(words.find((w) => BARE_NUMBER.test(w))) };
  if (!tokens.some((t) => t.strong)) return undefined;
  if (tokens.some((t) => t.contact) && !words.some((w) => OWN_DESK.test(w))) return undefined;
  const longLabel = words.some((w) => LABEL.test(w) && [...w].length > MAX_SECTION_NAME_CHARS);
  if (longLabel && tokens.filter((t) => t.strong).every((t) => t.padded)) return undefined;
  // A long header line may hold one word of its own (`…第3版 民生 特别策划 责任编辑：王五`): a dated line with
  // three page words or more carries it; any other line is all page words or none.
  const dated = tokens.some((t) => t.facts?.date !== undefined);
  if (unknown > 0 && !(unknown === 1 && dated && tokens.filter((t) => t.strong).length >= 3)) return undefined;
  // The first of each wins: the masthead stands first (`长治日报 … 第4版 民生周刊`, a section named like a paper).
  const facts: PageFacts = {};
  for (const t of tokens) {
    facts.date ??= t.facts?.date;
    facts.paper ??= t.facts?.paper;
    facts.page ??= t.facts?.page;
  }
  return withoutUndefined(facts);
}

// A copy's breadcrumb: `首页 > 数字报 > 2025年12月01日 > 第6版：城乡`, segments joined by `>`, `＞` or `›`.
const CRUMB = /[\s\u3000]*[>＞›][\s\u3000]*/u;
const MAX_CRUMB_CHARS = 12;

/**
 * What a breadcrumb tells of its page: two short segments or more joined by its marks, none a sentence's, one of
 * them a date or a page number (`第6版`). A figure compared (`气温>30℃`) or a path with neither is no page line.
 */
function readBreadcrumb(line: string): PageFacts | undefined {
  const segments = line.split(CRUMB);
  if (segments.length < 2 || segments.some((s) => !s || [...s].length > MAX_CRUMB_CHARS || SENTENCE_PUNCTUATION.test(s))) return undefined;
  const facts: PageFacts = {};
  for (const word of segments.flatMap((s) => s.split(/[\s\u3000]+/u))) {
    const date = readDate(word);
    if (date !== undefined && isCalendarDate(date)) facts.date ??= date;
    const page = PAGE.exec(word);
    const number = page ? (page[1] !== undefined ? parseNumeral(page[1]) : Number(page[2] ?? page[3])) : undefined;
    if (number !== undefined && Number.isInteger(number)) facts.page ??= number;
  }
  return facts.date !== undefined || facts.page !== undefined ? facts : undefined;
}

/** Words of a section's label with one bare page number standing last (`要闻 民生 3`). */
function pageNumberBesideLabels(words: readonly string[]): boolean {
  return BARE_NUMBER.test(words.at(-1)!) && words.slice(0, -1).every((w) => LABEL.test(w));
}

// A teaser of a piece printed on another page, pointing at it last (`导读：城区供热管网改造完工 见第6版`, `…（详见第3版）`):
// one short line with no sentence's end inside, as the front page's index prints its lines (`▶2版 …`) the other way round.
const TEASER = /^[^。！？!?\n]{4,40}?[\s\u3000]*[（(]?详?见第?[一二三四五六七八九十\d]{1,2}版[)）]?$/u;

/** Whether the block is a page line (see readPageLine). */
export function isPageLine(text: string): boolean {
  // A Markdown export may quote the page's lines (`> 编辑：王五 | 审核：李四`): the mark is no word of them.
  if (/^>[\s\u3000]+\S/u.test(text.trim()) && !text.includes('\n')) return isPageLine(text.trim().replace(/^>[\s\u3000]+/u, ''));
  // A section's band between heavy rules and a footer of contacts are the page's too (frames.ts), and a teaser of
  // another page's piece.
  // A copy's chrome (`阅读 1.2万　点赞 45`, `发布时间：2025-11-18 09:30`, `原标题：《…》`: copy-chrome.ts) is the page's too.
  // So are a printed copy's and the paper's small boxes' lines (page-lines-print.ts: `第 3 页 共 8 页`, the weather).
  return readPageLine(text) !== undefined || isPrintedPageLine(text) || isBand(text) || isContactFooter(text) || TEASER.test(text.trim()) || isCopyChrome(text) || isBulletinLine(text);
}

// Who edited or passed a piece: `责任编辑`, `编辑`, `审核`, `终审`; not who drew its chart or picture (`制图：王 晨`).
const EDITOR_ROLE = '(?:本版)?(?:责任|值班|\\p{Script=Han}{1,2})?(?:编辑|责编|主编|编委|校对|审核|审校|审读|初审|复审|终审|签发|监制)';

/**
 * `责任编辑：王 敏`, `编辑丨韩瑶红 审核丨鲍霞`: a line of editors' credits alone, the page line a copy prints under each
 * piece it carries (a date line that names the editor too opens with its date; a chart's maker, `制图：王 晨`, credits
 * the chart over it).
 */
export function isStaffLine(text: string): boolean {
  return new RegExp(`^${EDITOR_ROLE}[\\s\\u3000]*[：:/／|｜丨]`, 'u').test(text.trim()) && readPageLine(text) !== undefined;
}

/** One word of a page line; a weak one (a label, a second name after a staff credit) only with a strong one. */
function readToken(word: string): Token | undefined {
  const date = readDate(word.replace(DATE_LABEL, ''));
  if (date !== undefined) return isCalendarDate(date) ? { strong: true, facts: { date } } : undefined;
  if (ISSUE_NUMBER.test(word) || LATIN_PAPER.test(word.replace(/_/gu, ' '))) return { strong: true };
  if (PADDED_PAGE.test(word)) return { strong: true, padded: true, facts: { page: Number(word) } };
  if (WEEKDAY.test(word) || LUNAR.test(word) || PAGE_COUNT.test(word) || STAFF.test(word) || PRINT_RUN.test(word)) return { strong: true };
  const page = PAGE.exec(word);
  if (page) {
    const number = page[1] !== undefined ? parseNumeral(page[1]) : Number(page[2] ?? page[3]);
    return { strong: true, ...(number !== undefined && Number.isInteger(number) && { facts: { page: number } }) };
  }
  if (BARE_NUMBER.test(word)) return { strong: false, facts: { page: Number(word) } };
  // (A copy's time of posting beside its date: `2025-11-20 18:06 发表于山西`.)
  if (MONTH_DAY.test(word) || CLOCK.test(word)) return { strong: false };
  if (PAPER.test(word)) return { strong: true, facts: { paper: word } };
  const source = SOURCE_PAPER.exec(word);
  if (source) return { strong: true, facts: { paper: source[1]! } };
  // A news site's or app's name (`长治新闻网`, `长治日报客户端`) stands where a paper's does on a web copy's line (`…在线` names a
  // column too: `政协提案办理在线`).
  if (SITE.test(word)) return { strong: true };
  if (PUBLISHER.test(word) || LATIN_MASTHEAD.test(word)) return { strong: true };
  // A paper's or site's name over its web address (`某某新闻网：www.example.cn`).
  const named = SITE_ADDRESS.exec(word);
  if (named && (PAPER.test(named[1]!) || SITE.test(named[1]!)) && URL.test(named[2]!)) return { strong: true };
  if (COLOPHON.test(word) || CONTACT_LABEL.test(word) || EMAIL.test(word) || URL.test(word) || PHONE.test(word)) return { strong: true };
  if (OTHER_CONTACT.test(word)) return { strong: false, contact: true };
  if (LABEL.test(word) || LATIN_LABEL.test(word) || LABELLED_SECTION.test(word)) return { strong: false };
  return undefined;
}

/** The facts of a page, from its page lines in reading order: the first date, paper and number each. */
export function pageFactsOf(lines: readonly string[]): PageFacts {
  const facts: PageFacts = {};
  for (const line of lines) {
    // (A bulletin's issuer and date, read as the page's under its page lines, dates it: `某局办公室　2025年11月28日`.)
    const read = readPageLine(line) ?? (isIssuerDateLine(line) ? readPageLine(line.trim().split(/[\s\u3000]+/u).at(-1)!) : undefined);
    facts.date ??= read?.date;
    facts.paper ??= read?.paper;
    facts.page ??= read?.page;
  }
  return withoutUndefined(facts);
}

function withoutUndefined(facts: PageFacts): PageFacts {
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as PageFacts;
}
