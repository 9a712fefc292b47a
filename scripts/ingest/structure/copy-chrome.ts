// The chrome a web, app or WeChat copy prints round a piece, by its form: never a title, a caption or text.
// - a menu of counts: two-character words each with its bare count, what readers did (`阅读 1.2万　点赞 45`, `阅读 73669
//   点赞 153 分享 12`: a verb among them by jieba); a list of things counted (`金牌 42 银牌 35`, `小学 32 初中 12`) is text;
// - a label that says the piece was posted or updated and, after its colon, a stamp of date and time (`发布时间：2025-11-18
//   09:30`, `更新：2025/11/18`), or any label and a title quoted whole (`原标题：《…》`): what the copy says of the piece,
//   not the piece; a notice's own fields (`活动时间：2025.11.22 8:30`, `报名截止：2025-11-20`) are its text;
// - the piece's former title (`原标题：…`, quoted or not);
// - an app's line under a headline: who posted it and when, the day without its year and the clock (`武乡融媒　11-28
//   09:32`): a page's date line prints its year (page-lines.ts), a notice's time has its label (`时间：11月28日 9:00`);
// - reactions counted by their icons (`👍 386　💬 42`), as the menu of counts by its words;
// - a clip's running time (`视频时长 02:35`);
// - the path from the site's home to the piece's section (`首页 > 本地新闻`), or from the site's name to the piece
//   (`长治新闻网 > 民生 > 正文`): a breadcrumb that names no date or page (page-lines.ts reads those that do);
// - a web copy's lines about the piece: its keywords (`关键词：农村供水　管网改造`, two words or more), how long it reads
//   (`阅读时长：约3分钟　全文字数：1120字`); when it was posted and where from, on one line, is dated-source.ts's.
// Page lines (page-lines.ts) take these as the page's furniture. The source named alone on its line (`来源：上党区融媒体中心`,
// `来源丨武乡县融媒体中心`: isSourceLine) is never a caption (caption-form.ts) but is no page line: it belongs to its piece,
// as a byline does, and read as the page's own line it moved where a page's articles part (a whole page of a later
// set merged so, while no dev page gained by it).

import { tagWords } from '../figures/words.ts';
import { OUTLET_NAME, READ_COUNT_PART, SOURCE_PART } from './bylines.ts';
import { QR_CODE, SCAN } from './qr-notes.ts';

const S = '[\\s\\u3000]';
// `阅读 1.2万`, `点赞45`, `在看 128`: a two-character word and its bare count (no unit: a figure of a data box has one).
const PAIR = new RegExp(`(\\p{Script=Han}{2})${S}*(\\d[\\d.,]*(?:万|w|W|k|K)?\\+?)(?=${S}|[|｜·]|$)`, 'gu');
// A web copy's stamp, a date in figures with its year and maybe the time: `2025-11-18 09:30`, `2025/11/18`, after a
// label that says the piece was posted or updated (POSTED). A notice's `时间：11月3日 9:00` is its text.
const STAMP = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
// A date in words with its year and the time, after a label that says the piece was posted or updated
// (`发布时间：2024年6月15日 17:54`); after any other label it is a notice's time (`时间：2024年6月15日 9:00`).
const POSTED = /^(?:发布|发表|更新)(?:时间|日期|于)?$/u;
const WORDED_STAMP = /^\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?$/u;
const LABELLED = /^(\p{Script=Han}{2,5})[：:][\s\u3000]*(\S.*)$/u;
// `来源：上党区融媒体中心`, `来源：长治日报`: where the piece comes from, alone on its line: one name, no space, bar or clause
// mark in it (`来源：长治日报 记者 闫晓明` is a byline, bylines.ts; `数据来源：…` a table's note, text).
const SOURCE_LINE = /^(?:信息|稿件|本文|文章)?来源(?:[\s\u3000]*[：:|｜丨][\s\u3000]*)[\p{Script=Han}·・]{2,20}$/u;
// `原标题：潞州区义诊工作有序推进`: the title the piece had where it was first printed, with or without its title marks.
const FORMER_TITLE = /^原标题[：:][^。！？!?\n]{2,60}$/u;

// `武乡融媒　11-28 09:32`: a name of a few characters, a space, a day in figures with no year and a clock time.
const POSTER_STAMP = /^[\p{Script=Han}·・]{2,12}[\s\u3000]+\d{1,2}[-/]\d{1,2}[\s\u3000]+\d{1,2}:\d{2}$/u;
// `👍 386`, `💬42`: an icon and its bare count.
const ICON_PAIR = /\p{Extended_Pictographic}\uFE0F?[\s\u3000]*\d[\d.,]*(?:万|w|W|k|K)?\+?/gu;
// (A prompt to share and where, `分享到：微信　朋友圈　微博`, is left as it was read: taken as the page's, it cost a later
// holdout set 50 expectations in the gate, scripts/eval/gates.test.ts, while dev 345 and 375 gained 100.)
// `视频时长 02:35`, `时长：1:02:10`: a running time, minutes and seconds, under its label.
const RUNNING_TIME = /^\p{Script=Han}{0,2}时长[：:\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?$/u;

// `首页 > 本地新闻 > 民生`: the home, then short names of sections, joined by the path's marks (one or two: `>>`); no
// sentence's mark. A site may say where the reader is first (`您现在的位置：首页 > …`, `当前位置：首页 >> …`).
// The label of a page's or a column's section (`栏目：`, `所属栏目：`, `版面：`, `频道：`).
const SECTION_LABEL = '(?:版面|版名|(?:所属)?栏目|频道)';
const WHERE = `(?:(?:(?:您|你)(?:现在)?的?|当前|所在)?位置|${SECTION_LABEL})[：:][\\s\\u3000]*`;
const PATH_MARK = '[\\s\\u3000]*[>＞›»]{1,2}[\\s\\u3000]*';
const PATH_NAME = '[^\\s\\u3000>＞›»。！？!?，,；;：:]{1,12}';
const HOME_PATH = new RegExp(`^(?:${WHERE})?(?:网站)?首页(?:${PATH_MARK}${PATH_NAME})+$`, 'u');
// `栏目：新闻>民生`: a section's path after the label that says so; `长治学习平台 > 长治新闻 > 民生`, `某某融媒 ＞ 民生 ＞ 社区`:
// a site's or app's name and its sections, three names or more, none with a figure (`6楼 > 5楼 > 4楼` compares floors).
// The first name reads as an outlet's, a site's or an app's by its end (…网, …平台, …融媒, …客户端, …APP, …发布, …日报:
// bylines.ts OUTLET_NAME) and is not quoted: a procedure's steps (`线上申请 > 社区初审 > 街道复核`), a ranking (`供热 >
// 物业 > 市政设施`) or an app's menu told as an instruction (`“某某”APP > 社保服务 > …`) are the text's.
const LABELLED_PATH = new RegExp(`^${WHERE}${PATH_NAME}(?:${PATH_MARK}${PATH_NAME})+$`, 'u');
const SITE_PATH = new RegExp(`^${OUTLET_NAME}(?:[\\s\\u3000]*[>＞›»]{1,2}[\\s\\u3000]*[^\\s\\u3000\\d>＞›»。！？!?，,；;：:]{1,12}){2,}$`, 'u');
// `首页 | 黎城要闻 | 媒体看黎城 | 乡镇动态`: a site's menu, its home first, then its sections' short names set apart by bars.
const MENU = /^(?:网站)?首页(?:[\s\u3000]*[|｜丨][\s\u3000]*[^\s\u3000|｜丨。！？!?，,；;：:]{1,8}){2,}$/u;
// `上一篇：某某　　下一篇：无`: the links to the pieces before and after, each under its label, on one line or each alone.
const NEIGHBOUR = '(?:上|下)一(?:篇|条|则)[：:][\\s\\u3000]*[^\\n]{1,40}?';
const NEIGHBOURS = new RegExp(`^${NEIGHBOUR}(?:[\\s\\u3000]{2,}${NEIGHBOUR})?$`, 'u');
// `长治新闻网 > 民生 > 正文`: a path from the site's name to the piece itself (正文, 详情), three names or more.
const PIECE_PATH = /^[^\s\u3000>＞›»。！？!?，,；;]{1,12}(?:[\s\u3000]*[>＞›»][\s\u3000]*[^\s\u3000>＞›»。！？!?，,；;]{1,12})+[\s\u3000]*[>＞›»][\s\u3000]*(?:正文|详情|内容)$/u;
// `关键词：农村供水　管网改造　长子县`: a copy's keywords, two or more words set apart by spaces after their label (one
// word after it, `关键词：一老一小`, heads a part of the text).
const KEYWORDS = /^(?:关键词|关键字|标签)[：:][\s\u3000]*[^\s\u3000，,。！？!?；;]{1,12}(?:[\s\u3000]+[^\s\u3000，,。！？!?；;]{1,12})+$/u;
// `阅读时长：约3分钟　全文字数：1120字`: how long the piece reads and how many characters it runs to, and nothing else.
const READING_PART = '(?:阅读时长|阅读时间|预计阅读(?:时间|时长)?|全文字数|全文共?|本文字数|字数)[：:]?[\\s\\u3000]*约?\\d[\\d,]*(?:分钟|秒|字)';
const READING = new RegExp(`^${READING_PART}(?:[\\s\\u3000，,|｜]+${READING_PART})*$`, 'u');

/** `👍 386　💬 42`: two icon-and-count pairs or more and nothing else. */
export function isIconCounts(text: string): boolean {
  const t = text.trim();
  return (t.match(ICON_PAIR)?.length ?? 0) >= 2 && t.replace(ICON_PAIR, '').replace(/[\s\u3000|｜·]/gu, '') === '';
}

/** `武乡融媒　11-28 09:32`: an app's line of who posted the piece and when, the day without its year. */
export function isPosterStamp(text: string): boolean {
  return POSTER_STAMP.test(text.trim());
}

/** `阅读 73669 点赞 153`: two word-and-count pairs or more and nothing else, no two words alike. */
export function isCountMenu(text: string): boolean {
  const t = text.trim();
  const pairs = [...t.matchAll(PAIR)];
  const rest = t.replace(PAIR, '').replace(/[\s\u3000|｜·]/gu, '');
  if (pairs.length < 2 || rest !== '' || new Set(pairs.map((p) => p[1])).size !== pairs.length) return false;
  // What readers did (`阅读`, `分享`, `在看`): a verb among the words; things counted (`金牌`, `小学`) are all nouns.
  return pairs.some((p) => tagWords(p[1]!).some((w) => w.tag.startsWith('v')));
}

/** `发布时间：2025-11-18 09:30`, `原标题：《…》`: a posting label and its stamp, or a label and a whole quoted title. */
export function isLabelledStamp(text: string): boolean {
  const m = LABELLED.exec(text.trim());
  if (!m) return false;
  const value = m[2]!.trim();
  return (POSTED.test(m[1]!) && (STAMP.test(value) || WORDED_STAMP.test(value))) || /^《[^《》]+》$/u.test(value);
}

// A web page's buttons and links round the piece: `上一版　　下一版　　返回目录`, `上一篇　下一篇　本版导航　往期回顾`, `【字号　大　中　小】
// 【字体：大 中 小】　【打印本页】【关闭窗口】`, an app's `赞 在看 分享`, an e-paper's `放大 缩小`. Each word moves to the page before or after, goes back,
// prints, closes, sizes the type, shares, or is what a reader taps under a post (likes, follows, comments, reads the
// original): two of them or more on a line, maybe each in brackets or with its arrow (`↑上一版 下一版↓`), and nothing
// else; or one alone that no column, heading or headline is named like (`阅读原文`, `返回目录`).
const PAGE_BUTTON = /^(?:(?:上|下)一(?:版|篇|页|条|期)|返回\p{Script=Han}{1,4}|回到顶部|打印(?:本页|此文|文章)?|关闭(?:窗口|本页)?|收藏(?:本页|此文)?|分享(?:到)?|字[号体][：:]?(?:[\s\u3000]*[大中小]){0,3}|(?:本版|版面)导航|往期(?:回顾|推荐)|[大中小]|放大|缩小|还原|(?:阅读|查看)(?:原文|全文)|(?:点击)?关注(?:我们)?|点赞|赞|在看|转发|评论|写?留言|推荐)$/u;
// Alone on its line only a control no column or heading is named like: not `评论`, `推荐`, `关注` (a section's names), nor
// `返回家乡` (a headline's words after 返回).
const LONE_BUTTON = /^(?:(?:上|下)一(?:版|篇|页|条|期)|返回(?:目录|首页|顶部|列表|主页|本版|上页)|回到顶部|打印(?:本页|此文|文章)|关闭(?:窗口|本页)|收藏|分享|放大|缩小|(?:阅读|查看)(?:原文|全文)|点击关注|关注我们|点赞|在看|转发|写留言)$/u;
// The arrow a button is printed with: `↑上一版`, `下一版↓`, `← 上一篇`, `下一篇 →`, `◀ 上一版`.
const BUTTON_ARROW = /^[↑↓←→◀▶«»‹›<>＜＞][\s\u3000]*|[\s\u3000]*[↑↓←→◀▶«»‹›<>＜＞]$/gu;
const MIN_PAGE_BUTTONS = 2;

function isPageButtons(t: string): boolean {
  const bracketed = t.match(/[【\[][^【】\[\]]{1,12}[】\]]/gu) ?? [];
  const outside = t.replace(/[【\[][^【】\[\]]{1,12}[】\]]/gu, '').trim();
  const words = (bracketed.length >= MIN_PAGE_BUTTONS && outside === '' ? bracketed.map((b) => b.slice(1, -1).trim()) : t.split(/[\s\u3000|｜]+/u)).map((w) => w.replace(BUTTON_ARROW, '')).filter(Boolean);
  if (words.length === 1) return LONE_BUTTON.test(words[0]!);
  return words.length >= MIN_PAGE_BUTTONS && words.every((w) => PAGE_BUTTON.test(w));
}

// A prompt to tap: `点击“阅读原文”查看更多`, `▲点击上方蓝字关注`, `戳这里查看详情`, `长按识别小程序`. It opens with the tap (maybe
// under the mark pointing at what to tap) and ends on what it opens or asks, no clause mark in it; `点击量突破10万` and
// `点击鼠标就能查看社保记录` say something of the tap.
const TAP_PROMPT = new RegExp(`^[▲△↑☝👆][\\s\\u3000]*(?:点击|戳|长按|轻触|轻点)|^(?:点击|戳|长按|轻触|轻点)(?:这里|此处|上方|下方|左下角|右上角|“[^“”]{2,8}”|蓝字|图片|链接|${QR_CODE}|小程序)`, 'u');
const MAX_TAP_PROMPT_CHARS = 24;

function isTapPrompt(t: string): boolean {
  return TAP_PROMPT.test(t) && [...t].length <= MAX_TAP_PROMPT_CHARS && !/[，,。！？!?；;]/u.test(t);
}

// Where to share the piece: `分享到：微信　朋友圈　微博`, the platforms' short names after the label.
const SHARE_TO = /^分享(?:到|至)[：:][\s\u3000]*[^\s\u3000，,。！？]{1,6}(?:[\s\u3000、|｜]+[^\s\u3000，,。！？]{1,6}){0,6}$/u;

// Past posts or other pieces to read, listed on one line after their label and set apart by bars (`往期推荐：#长治这一年#
// 某区新开通公交线路 | 重阳节去哪儿`): two titles or more, no sentence's end and no field's colon in them.
const READING_LIST = /^\p{Script=Han}{0,4}(?:推荐|回顾|阅读)[：:][\s\u3000]*[^：:。！？!?|｜\n]{2,40}(?:[\s\u3000]*[|｜][\s\u3000]*[^：:。！？!?|｜\n]{2,40})+$/u;

// A post's ask of its reader, after its text: to tap 在看 or a control named in quotes (`喜欢就点个“在看”吧！`, `觉得有
//用，点个在看`), to follow (`点击上方蓝字关注`, `设为星标`), to scan its code, the scan opening the line (`长按识别二维码，获取
// 更多资讯`), to read the original (`点击“阅读原文”，查看更多报道`, unquoted as the line opens, maybe under the mark pointing
// down at it: `▼点击阅读原文，查看全文`): short, one sentence, one of those asks in it. A
// headline's praise (`为最美护林员点个赞`) names no control in quotes; a sentence says who scans (`居民扫描二维码就能报修`).
const READER_ASK = new RegExp(`点(?:个|一下|亮)?[“"「]?在看[”"」]?|^(?:[▼▽↓👇][\\s\\u3000]*)?(?:点击|轻触|轻点)阅读原文(?=$|[，,：:\\s\\u3000]|查看|了解|获取|浏览|进入)|[“"「](?:阅读原文|在看|赞|分享|星标)[”"」]|^(?:请|可)?(?:长按|${SCAN})(?:识别)?(?:下方|上方|图中)?${QR_CODE}|点击上方[^，,。！？!?]{0,4}(?:蓝字|关注)|设为?星标`, 'u');
const MAX_READER_ASK_CHARS = 30;
// `收录于合集`, `收录于话题 #长治民生 #暖冬`: where the platform filed the post.
const FILED_IN = /^收录于(?:合集|话题)(?:[\s\u3000]*[#＃]\S{1,12})*$/u;

/**
 * A post's ask of its reader alone on its line (see READER_ASK). Not a page line (isPageLine): read so, a line of it
 * under the staff line changed how the lines above were cut (page-ends.ts reads the tail under the staff lines); the
 * blocks' pass (page-ends.ts adsAndEndMarks) takes it for the page's wherever it stands.
 */
export function isReaderAsk(text: string): boolean {
  const t = text.trim();
  const sentences = t.split(/[。！？!?]/u).filter((x) => x.trim()).length;
  return READER_ASK.test(t) && [...t].length <= MAX_READER_ASK_CHARS && sentences <= 1 && !t.includes('\n');
}

// What an app's page says of itself round a post, each a whole line: the account's line (`某某日报 . 某某日报官方账号`), its name,
// a clip still loading (`视频加载中...`), where the post was edited or sent from (`文章已于2025-12-02修改`, `IP属地：山西`),
// and the app's own prompts (`预览时标签不可点`, `向上滑动看下一个`, `已同时分享到朋友圈`, `12人划线`, `轻触阅读原文`).
const APP_LINES = [
  /^\S{2,12}[\s\u3000]*[.·・][\s\u3000]*\S{2,16}(?:官方账号|官方公众号|公众号|官方微博|官方抖音号|官方视频号)$/u,
  /^(?:视频|图片|音频)?(?:正在)?加载中[.。…]*$/u,
  // A news outlet's app named alone over a copy, as a masthead (`某县融媒 App`, `某某日报客户端`): the name ends on what
  // the outlet is (…融媒, …日报, …新闻, …发布). A service's app alone on its line (`某某山西APP`, `云闪付APP`) heads a
  // guide's step, text.
  /^[\p{Script=Han}·・]{1,8}(?:融媒(?:体)?|日报|晚报|新闻|发布|电视台|广电)[\s\u3000]?(?:App|APP|app|客户端)$/u,
  /^(?:文章|本文)?已于[\d\-/.年月日:\s]{6,20}修改$/u,
  /^(?:IP属地|发表于|发布于)[：:]?[\s\u3000]*\p{Script=Han}{2,4}$/u,
  /^预览时标签不可点$|^(?:向上|继续)?滑动看下一个$|^已(?:同时)?分享到朋友圈$|^\d*人划线$|^轻[触点](?:两下)?(?:阅读原文|取消赞|取消在看)$/u,
];

/** `阅读原文 阅读 3256`: controls and one word with its count beside them. */
function isButtonsAndCount(t: string): boolean {
  const pairs = [...t.matchAll(PAIR)];
  const rest = t.replace(PAIR, '').trim();
  return pairs.length === 1 && rest !== '' && isPageButtons(rest) && pairs.every((p) => tagWords(p[1]!).some((w) => w.tag.startsWith('v')));
}

// A copy's line about the piece, its parts set apart by space or bars (`某县融媒　2025-12-04 08:05　阅读 1.2万`,
// `发布时间：2025-11-30 09:12　　来源：某某日报　　点击：1276`, `信息来源：某局　　发布日期：2025-11-24　　浏览量：[ 1532 ]`): each
// part a stamp, a labelled stamp, a source, or how often it was read (a count under its verb, its colon and brackets or
// not); who posted it may stand first. A count or a posting label among them (a bare day beside a name may close a
// notice, `某局　2025.11.28`, and a paper's name beside its day and time is a page line, page-lines.ts), and no one's
// name (`作者：…` is a byline's line).
const META_SEP = String.raw`(?:[\s\u3000]*[|｜][\s\u3000]*|[\s\u3000]+)`;
const META_DAY = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?`;
const META_COUNT = READ_COUNT_PART;
const META_LABELLED = String.raw`(?:发布|发表|更新)?(?:时间|日期)[：:][\s\u3000]*${META_DAY}`;
const META_SOURCE = SOURCE_PART;
const META_PART = `(?:${META_DAY}|${META_LABELLED}|${META_COUNT}|${META_SOURCE})`;
const META_LINE = new RegExp(`^(?:[\\p{Script=Han}·・]{2,12}${META_SEP})?${META_PART}(?:${META_SEP}${META_PART})+$`, 'u');
const META_TOLD = new RegExp(`${META_COUNT}|(?:发布|发表|更新)?(?:时间|日期)[：:]`, 'u');

// Where the copy was taken from, said of the whole piece (`以下文章来源于某某日报，作者王某`, the note a reposted post opens
// with; `本文系“某某”学习平台供稿`, `本文转载自某某新闻网`): it opens on the piece itself (本文, 以下文章) and names who gave or
// first printed it, one short sentence, maybe with its author after a comma.
const REPOST_NOTE = /^(?:本文|以下文章|以下内容|此文)(?:(?:系|由)[^，,。！？!?；;\n]{2,30}?(?:供稿|提供|授权(?:发布|转载)?)|(?:来源于|来自|转载自|转自|摘自|选自)[^，,。！？!?；;\n]{2,30}?)(?:[，,][\s\u3000]*作者[：:]?[\s\u3000]*[^，,。！？!?；;\s\u3000]{2,12})?[。]?$/u;

// An export's separator between its pieces: a count of the pieces (`----- 稿件 1／4 -----`) or the export's end (`----- 导出结束 -----`)
// between runs of rule marks. A box's label set so (`--- 记者手记 ---`, `=== 健康提醒 ===`) heads its box.
const RULE_RUN = '(?:-{3,}|={3,}|\\*{3,}|~{3,})';
const BANNER = new RegExp(`^${RULE_RUN}[\\s\\u3000]*(?:[^-=*~。！？!?，,\\n]{0,8}?\\d{1,3}[\\s\\u3000]*[／/][\\s\\u3000]*\\d{1,3}|\\p{Script=Han}{0,6}(?:结束|完毕|开始))[\\s\\u3000]*${RULE_RUN}$`, 'u');
// The section a page or a system files the piece under, its name alone after its label (`栏目：公告`, `所属栏目：民生`,
// `版面：城事`): a line of the copy's chrome, and a weak word of a page line (page-lines.ts).
export const LABELLED_SECTION = new RegExp(`^${SECTION_LABEL}[：:][\\s\\u3000]*[\\p{Script=Han}·・]{2,8}$`, 'u');

function isMetaLine(t: string): boolean {
  return !t.includes('\n') && META_LINE.test(t) && META_TOLD.test(t);
}

/** A path from a site's home, a labelled section or an outlet's name to its sections or the piece (`掌上长治客户端 > 民生 > 社区`). */
export function isSitePath(text: string): boolean {
  const t = text.trim();
  return HOME_PATH.test(t) || LABELLED_PATH.test(t) || SITE_PATH.test(t) || PIECE_PATH.test(t);
}

export function isCopyChrome(text: string): boolean {
  const t = text.trim();
  return isPageButtons(t) || isMetaLine(t) || REPOST_NOTE.test(t) || BANNER.test(t) || LABELLED_SECTION.test(t) || isTapPrompt(t) || FILED_IN.test(t) || APP_LINES.some((line) => line.test(t)) || isButtonsAndCount(t) || SHARE_TO.test(t) || READING_LIST.test(t) || isCountMenu(t) || isCopyright(t) || isLabelledStamp(t) || FORMER_TITLE.test(t) || isIconCounts(t) || isPosterStamp(t) || RUNNING_TIME.test(t) || HOME_PATH.test(t) || LABELLED_PATH.test(t) || SITE_PATH.test(t) || MENU.test(t) || NEIGHBOURS.test(t) || PIECE_PATH.test(t) || KEYWORDS.test(t) || READING.test(t);
}

/** `来源：上党区融媒体中心`: where the piece comes from, alone on its line (never `来源：长治日报 记者 X`, `数据来源：…`). */
export function isSourceLine(text: string): boolean {
  return SOURCE_LINE.test(text.trim());
}

// A copy's summary under its label, over the piece's text: `核心提示：…`, `【内容提要】…`, `摘要：…`.
const SUMMARY = /^(?:[【\[](?:核心提示|内容提要|内容摘要|摘要|提要)[】\]][\s\u3000]*[：:]?|(?:核心提示|内容提要|内容摘要|摘要|提要)[\s\u3000]*[：:])[\s\u3000]*\S/u;

/** `核心提示：今年，…`: a piece's summary under its label, set over its text (segment.ts, describe/byline.ts). */
export function isSummary(text: string): boolean {
  return SUMMARY.test(text.trim());
}

// `【版权声明】凡注明“来源：…”的稿件，版权均属…所有，转载请注明出处。`: the site's notice of its rights, under its label or
// saying whose the rights are (or naming its own copy) and how to reprint; a sentence of a piece names a 版权 without both.
const COPYRIGHT_LABEL = /^[【\[(（]?(?:版权声明|免责声明)[】\])）]?[\s\u3000]*[：:]?/u;
const RIGHTS = /版权(?:均|皆)?(?:归|属于?)[^。！？]{1,20}所有/u;
const REPRINT = /(?:转载|转发|使用)[^。！？]{0,8}(?:注明|授权|许可)|(?:未经|未获)[^。！？]{0,6}(?:授权|许可)/u;
// Or the page's, paper's or post's own copy named first (`本版稿件均据原媒体刊发内容整理，转载请注明出处。`).
const OWN_COPY = /^(?:本版|本报|本刊|本号|本网|本文|本期)(?:所有|所发|刊发|刊登|刊载|发布)?的?(?:稿件|文章|内容|图片|图文|作品)/u;
const MAX_COPYRIGHT_CHARS = 120;
const MAX_WARNING_CHARS = 16;
const WARNING = /^(?:(?:未经|未获)[^。！？，,]{0,6}(?:授权|许可)[^。！？，,]{0,6}(?:转载|转发|复制|使用)|(?:转载|转发)[^。！？，,]{0,6}(?:注明|授权))[^。！？，,]{0,6}[。！]?$/u;
const OWNER = /^版权所有[\s\u3000]*[：:©]?[\s\u3000]*(?:©[\s\u3000]*)?\p{Script=Han}{2,16}$/u;

/** A copy's notice of its rights (see above), one short paragraph. */
export function isCopyright(text: string): boolean {
  const t = text.trim();
  // A warning alone on its line (`未经授权不得转载`, `转载请注明出处`) is the notice too; so is whose the rights are (`版权所有：某某日报社`).
  const warning = [...t].length <= MAX_WARNING_CHARS && WARNING.test(t);
  return [...t].length <= MAX_COPYRIGHT_CHARS && !t.includes('\n') && (COPYRIGHT_LABEL.test(t) || warning || OWNER.test(t) || ((RIGHTS.test(t) || OWN_COPY.test(t)) && REPRINT.test(t)));
}
