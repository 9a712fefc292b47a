// What sort of piece an article is, told from its blocks.

import type { ArticleKind } from '../../../src/domain/article.ts';
import { isBrief } from '../structure/briefs.ts';
import { isDayItem, isLabelledItem } from '../structure/item-runs.ts';
import { restates } from '../structure/lead-restates.ts';
import { isPhotoCredit, isWireByline, tookPhotos } from '../structure/bylines.ts';
import { isSummary } from '../structure/copy-chrome.ts';
import { isBoxText } from '../structure/box-forms.ts';
import { isFormBoxText } from '../structure/form-box.ts';
import { isDirectoryBox, isNoticeBox } from '../structure/notice-box.ts';
import { isIssuerLine, isSignedDate } from '../structure/issuers.ts';
import { isBoxEdge } from '../structure/frames.ts';
import { REMINDER_WORD } from '../structure/reminder-label.ts';
import { isBracketedHeadline } from '../structure/run-headline.ts';
import { endsComplete, isLatin, isListItem, isTableRow, opensWithDate } from '../structure/shape.ts';
import type { Block, Segment } from '../types.ts';
import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import { exchangesOf } from './exchanges.ts';
import { printsHeldBackStem } from './held-back.ts';
import { bareMark, HEADLINE_LABEL, isMarkedOpinion, isProfile, marksOf, NEWS_COLUMN, PHOTO_COLUMN } from './kind-marks.ts';
import { isInterview, MIN_ANSWERED_QUESTIONS } from './interview.ts';

// (The columns' marks have their home in kind-marks.ts; structure/split-headline.ts, title.ts and the segmenters read
// them from here.)
export { COMMENTARY_MARK, NEWS_COLUMN, PHOTO_COLUMN } from './kind-marks.ts';

/** Where the segment sits on its page; the CLI knows, describe alone does not. */
export interface PagePosition {
  /** 0-based index of the segment among the page's segments. */
  index?: number;
}

// The reporter in brackets on a line of their own under the headline (`（记者 秦 凯）`): the wire item's
// byline with its 本报讯 left out (not a credit that signs no report, below).
const BRACKETED_REPORTER = /^[（(][^（()）]*(?:记者|通讯员)[^（()）]*[）)]$/u;
/**
 * A credit in brackets that signs no report, wherever it stands (after a paragraph, on a line of its own under the
 * headline or after the text): a compiler's (`（记者 某某 整理）`: a box or digest put together, no report of its
 * own) or a photo's (`（通讯员 某某 摄）`, `（记者 某某 摄影）`: the photo's, not the text's signature).
 */
function signsNoReport(credit: string): boolean {
  return /(?:整理|摄影?)[）)]$/u.test(credit.trim());
}
const signsReport = (credit: string): boolean => BRACKETED_REPORTER.test(credit.trim()) && !signsNoReport(credit);
/** A box's label, the whole of its line: `words` (a pattern's source) with an ornament or bracket before and after, or none. */
export function wholeLabel(words: string): RegExp {
  return new RegExp(`^[【\\[（(■●◆□◎▍]?[\\s\\u3000]*(?:${words})[\\s\\u3000]*[】\\]）)]?$`, 'u');
}
// The labels of a box of words explained (`名词解释`, `小知识`, `知识链接`): a sidebar's, and advice-box.ts's.
export const EXPLAINED_WORDS = '名词解释|知识链接|小知识';
// The label of a box beside a report, the whole of its headline or kicker (ornaments aside): what relates to it
// (`相关链接`, `■相关新闻`, `相关阅读`, `相关报道`: what more there is to read on it, not `相关部门`), …
export const SIDEBAR_LABEL = wholeLabel(`相关(?:链接|新闻|阅读|报道)|链接|小贴士|温馨提示|延伸阅读|背景资料|背景链接|${EXPLAINED_WORDS}`);
// A public document by its title: `关于…的通知`, `关于…的建议（的答复）`, or a body's own `…招聘公告`, `…拟聘用人员公示` that
// names its issuer and matter first. Its terms and tables are the document's: an article, not a box.
// A notice of a body's own under a title naming its matter at length (`“我的家乡·我的长治”摄影作品征集启事`) is one too: 启事
// ends no report's headline. So is a correction titled by its word alone (`更正`).
// (A headline naming a notice by a 的-phrase or a count before the word, `菜市场里的一则寻物启事`, `一张泛黄的寻人启事`, is a report
// of one: the notice's own title is its matter and the word, as NOTICE_TITLE's; a 的 inside a quoted name, `“我的家乡”主题征文启事`,
// is the matter's.)
export const DOCUMENT_TITLE = /^关于.+的(?:公告|通告|通知|建议|提案|意见|决定|答复|批复)$|^.{6,}(?:公告|通告|公示)$|^(?!.*(?:的[^”"」』]*$|[一两二三几这那每][则张份篇封]))(?=.{8,}$).*启事$|^更正$/u;
// A notice's own title: what it is about, then the notice's word (`停水通知`, `更正启事`, `停电检修公告`, `寻人启事`).
const NOTICE_TITLE = /^(\p{Script=Han}{2,})(?:通知|启事|公告|通告)$/u;
/** How many characters of matter a notice's title names before its word and still reads as a notice's alone (`停电检修`). */
const MAX_NOTICE_MATTER = 4;
/** Whether the text is signed by a body's name alone on its line at the end (`长治市供水有限责任公司`), maybe over the day. */
function signedByIssuer(blocks: readonly Block[]): boolean {
  const texts = blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => b.text.split('\n')).map((l) => l.trim()).filter(Boolean);
  const last = texts.length > 0 && isSignedDate(texts.at(-1)!) ? texts.at(-2) : texts.at(-1);
  return texts.length >= 2 && last !== undefined && isIssuerLine(last);
}
// A box's label of tips with what they are about before it (`健康小贴士`, `出行提示`, `暖心提醒`; not a report's headline
// `医保缴费提醒请收好`). The words of reminding are structure/reminder-label.ts's; its MAX_REMINDER_TOPIC (4) is not
// this: it reads a label printed apart at an article's end, a box by where it stands, while this reads a piece's
// own headline or kicker, where four characters of matter name a report (`医保缴费提醒` over a news item of what to pay).
/** What a tip's label names before its word, when the label heads a piece of its own: two characters at most. */
const MAX_TIP_HEADLINE_TOPIC = 2;
const TIP_LABEL = wholeLabel(`\\p{Script=Han}{0,${MAX_TIP_HEADLINE_TOPIC}}(?:小贴士|小知识|${REMINDER_WORD})`);
// A tip's word ending a head (`冬季用气安全提醒`, `温馨提示`, `出行须知`), and how many paragraphs such a box runs to.
const TIP_WORD = new RegExp(`(?:小贴士|${REMINDER_WORD}|须知)$`, 'u');
const TIP_BOX_MAX_PARAGRAPHS = 8;
// A box's label of questions answered (`政策问答`, `热线答疑`, `供暖热线问答`, `冬季健康热线问答`), what they are about before
// it six characters at most (not a headline that only ends on one, `灵活就业人员参保缴费问答`).
const MAX_QA_LABEL_TOPIC = 6;
const QA_LABEL = wholeLabel(`\\p{Script=Han}{0,${MAX_QA_LABEL_TOPIC}}(?:问答|答疑|答问)`);
// A box's label of readers' messages and the replies to them, the whole head (`网友留言 ︱ 回复`, `网友留言｜部门回复`,
// `留言与回复`): over its message/reply lines it is a box as a label of questions answered is (the README's kinds).
const MESSAGES_LABEL = /^(?:网友|读者|市民)?留言(?:[︱｜|/／、与和]?(?:部门)?(?:回复|答复|回音))?$/u;
/** A head that names a box of tips: whole (`出行提示`, `【冬季用气安全提醒】`) or as its label before a colon (`温馨提示：…`). */
export function isTipHead(title: string): boolean {
  const t = title.replace(/\*\*|__/gu, '').trim();
  if (TIP_LABEL.test(t)) return true;
  const labelled = HEADLINE_LABEL.exec(t);
  const label = (labelled?.[2] ?? labelled?.[3] ?? '').trim();
  return TIP_WORD.test(label || t.replace(/^[【\[]|[】\]]$/gu, ''));
}
// A caption's line that says which photo it is under (`上图：`, `左图：`, `图①`).
const PHOTO_PLACE = /^(?:[上下左右中]图[：:]|图[①-⑩\d])/u;
// A headline that asks what a word means (`什么是“时间银行”？`): an explainer's.
const EXPLAINER = /^什么是.{2,14}$/u;
// A deck that names whom the paper visits (`——访长子县人民医院院长陈建国`), and a label of an interview.
const INTERVIEW_DECK = /^[—―－\-–\s]*访\p{Script=Han}/u;
const INTERVIEW_LABEL = /访谈|专访|对话/u;
// A title that calls the piece a transcript (`实录`, `文字实录`).
const TRANSCRIPT = /实录/u;
// A deck that says an office's official answers the paper's questions (`——市住建局负责人答记者问`): the paper's own
// talk with one office. Not a press conference's (`——…新闻发布会答记者问`, `发布人答记者问`): that is told as an article.
const ANSWERS_PAPER_DECK = /^[—―－\-–\s]*\p{Script=Han}{2,24}(?:负责人|局长|主任|院长|校长|书记|县长|区长|市长)答记者问$/u;
// A note on the data of a box (`（文中数据截至2025年11月底）`, `（数据来源：市统计局）`): a line in brackets.
const BRACKETED_NOTE = /^[（(][^（()）]*[）)]$/u;
// A labelled field of an entry: a short label, a colon, its value (`时间：12月6日9:00`, `地点：…`, `名额：30人`).
const FIELD_LINE = /^[\s\u3000]*\p{Script=Han}{2,4}[：:][\s\u3000]*\S/u;
// A schedule's field holds a fact, not a sentence: no sentence's stop in it (`项目内容：新建…，新增学位900个。` is a report's).
const SENTENCE_STOP = /[。！？!?]/u;
// A note on a box's data by its label: `数据来源: 某县民政局`, `备注：…`, `注：…`.
const LABELLED_NOTE = /^(?:[备附]?注|(?:数据|资料)?来源)[：:]/u;
// A brief runs to a few sentences.
const BRIEF_MAX_CHARS = 200;
// An item under a bracketed headline runs to a few paragraphs.
const ITEM_MAX_PARAGRAPHS = 3;
// A box is short: a sidebar has at most this many paragraphs …
const SIDEBAR_MAX_PARAGRAPHS = 4;
// … and at most this many characters.
const SIDEBAR_MAX_CHARS = 800;

/** A report's sentences, short: no quoted words opening it, its last sentence finished. */
function isReport(text: string): boolean {
  const t = text.trim();
  return [...t].length <= BRIEF_MAX_CHARS && !/^[“"「『‘]/u.test(t) && endsComplete(t);
}

// A byline of correspondents alone (`通讯员 崔 鹏`, `本报通讯员 王 静 李 娜`, `特约通讯员 某某`): no reporter's role in it.
const CORRESPONDENT_BYLINE = /^(?:本报)?(?:特约)?通讯员[\s\u3000]*(?:\p{Script=Han}[\s\u3000]?){2,4}(?:[\s\u3000、]+(?:\p{Script=Han}[\s\u3000]?){2,4})*$/u;
// Another outlet's dateline: a news agency's (`新华社太原11月26日电`, `中新社…电`) or a paper's or site's from beyond the
// city by its name (`山西日报讯`, `山西新闻网讯`, `人民网…电`); not the page's own (`本报讯`, `本网讯`, `晚报讯`, `融媒讯`,
// `武乡讯`), nor an outlet of the city's or a county's, named by its place (`长治新闻网讯`, `上党晚报讯`, `武乡新闻网讯`).
const OUTLET_DATELINE = /^(?:新华社|中新社|人民网|央广网|(\p{Script=Han}{2,6})(?:日报|晚报|新闻网|网))(?:\p{Script=Han}{0,6}?\d{1,2}月\d{1,2}日)?(?:讯|电)/u;
function isReprintedDateline(byline: string): boolean {
  const outlet = OUTLET_DATELINE.exec(byline.trim());
  if (!outlet) return false;
  const name = outlet[1] ?? '';
  return !scanPlaces(name).some((m) => m.place !== undefined) && !printsHeldBackStem(name);
}
/** A line of news is one sentence of about this many characters at most. */
const ONE_LINE_NEWS_CHARS = 60;
// A count in digits or in Chinese numerals (`1.8万人次`, `一千一百例`, `五个`).
const COUNT = /\p{Nd}|[零〇一二两三四五六七八九十百千万亿]{2,}\p{Script=Han}|[两二三四五六七八九十百千][个座户名人元吨亩例件场所条台次家辆项张期批支处]/u;

/** One finished sentence on one line, not a quote, that reports a count: a one-line news item. */
export function isOneLineNews(text: string): boolean {
  const t = text.trim();
  const sentences = t.split(/(?<=[。！？!?])/u).filter((x) => x.trim()).length;
  return !t.includes('\n') && sentences === 1 && [...t].length <= ONE_LINE_NEWS_CHARS && isReport(t) && !/[：:]/u.test(t) && COUNT.test(t);
}

/** An unsigned news report runs to a few paragraphs; a feature runs longer. */
const MAX_REPORT_PARAGRAPHS = 3;
/** A report signed in brackets under its text runs to a few paragraphs. */
const SIGNED_MAX_PARAGRAPHS = 4;
/** An unsigned item under its own headline among others runs to two short paragraphs at most. */
const ITEM_MAX_REPORT_PARAGRAPHS = 2;

// An English sentence that tells news: six words or more, up to its full stop (`The county planted 3,000 mu of
// walnut trees this year.`); a stop inside a word (`3.5`, `U.S`) ends none.
const SENTENCE_WORD = String.raw`(?:[^\s.!?]|[.!?](?=\S))+`;
const TELLING_SENTENCE = new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:${SENTENCE_WORD}\s+){5,}${SENTENCE_WORD}[.!?]["'”’)]*(?!\S)`, 'u');

/**
 * - `commentary`: furniture, a kicker or the headline's own label marks an opinion column (新闻时评,
 *   XINWENSHIPI, 评论, 社论, `快评：…`, `Opinion: …`), or the author is set off by an ornament with no
 *   reporter's role (`□ 史晓东`, `□ 史 伟`);
 * - `photo-news`: a lone paragraph with a photo credit, at its end (`本报记者 姚晋华摄`) or on a line of
 *   its own (`本报记者 李伟 摄`, `文/图 刘涛`), and no caption of its own (the paragraph is the caption);
 * - `interview`: questions of the paper (`记者：`) answered by named people (`王海军：`), two or more (interview.ts);
 * - `news`: a wire item: its byline says `…讯` (`本报讯 记者…报道`, `本报讯（通讯员 杨晓军）` on its own line,
 *   or the bracketed reporter alone, `（记者 秦 凯）`),
 *   or its text is signed at the end (`…（本报记者 郝静）`), or it is a brief (`● 3月5日，…。`, `◆ 善福镇完成…。`),
 *   or it stands under a column of news items (`乡镇动态`, `民生简讯`, `一句话新闻`), or it is one short
 *   paragraph under its headline, signed by no one, with no photo, not the page's first piece;
 * - `news`, also: an English item of at most four paragraphs under its headline (a brief);
 * - `sidebar`, also: a box of two or more list items (`● 新增城镇就业 3120人`), with or without a headline
 *   or a bracketed note on its data; a box of two or more labelled notices (`停水通知：…`, `供热报修：…`);
 * - `sidebar`: a short box after the page's main article: no headline, no continuation mark, at most
 *   4 paragraphs and 800 characters, and not the page's first segment (when `position.index` is given;
 *   without it the segment is assumed not to be first);
 * - `article` otherwise.
 */
export function findKind(segment: Segment, position: PagePosition = {}): ArticleKind {
  const { blocks } = segment;
  const marks = marksOf(blocks);
  // (Its brackets aside: `【关于…的建议】`.)
  const headlineText = (blocks.find((b) => b.kind === 'headline')?.text ?? '').replace(/[\s\u3000]+/gu, '').replace(/^【([^【】]+)】$/u, '$1');
  if (isMarkedOpinion(blocks, headlineText)) return 'commentary';
  if (DOCUMENT_TITLE.test(headlineText)) return 'article';
  // A box told by how the page prints it (segment-packed-box.ts).
  if (segment.box) return 'sidebar';
  // A notice under its own title that names the matter before the notice's word (`停水通知`, `更正启事`, `停电检修公告`),
  // signed by its issuer or short enough to be a notice's own title: an article however short (the README's kinds),
  // not a box signed by a body, nor a news brief. Not a tip's head (`温馨提示`: a box), nor a report's headline that
  // only ends on the word (`县里下发紧急通知` unsigned and long is a headline like any other).
  const noticeTitle = NOTICE_TITLE.exec(headlineText);
  // (A box drawn round it, `┌────┐` over its title, is a sidebar still: the README's boxes.)
  const drawn = blocks.some((b) => isBoxEdge(b.text));
  if (noticeTitle && !drawn && !isTipHead(headlineText) && ([...noticeTitle[1]!].length <= MAX_NOTICE_MATTER || signedByIssuer(blocks))) return 'article';

  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const credits = [...paragraphs.map((p) => p.credit ?? ''), ...blocks.filter((b) => b.kind === 'byline').map((b) => b.text)];
  // A 本报讯 item is news though a photo goes with it (`…口袋公园3处。` / `（赵敏 摄）`).
  // (Past a copy's summary over the text, `核心提示：…`: the text's first paragraph.)
  const opening = paragraphs.find((p) => p.byline !== undefined || !isSummary(p.text));
  // (Not another outlet's dateline over a piece reprinted: `山西日报讯（记者 X）`, `新华社太原11月26日电`, `山西新闻网讯`.
  // The page or site reprints that outlet's report, which is the kind it otherwise reads as.)
  const reprinted = isReprintedDateline(opening?.byline ?? '');
  const wire = !reprinted && /^[^\s（(]{0,8}讯(?!员)|^(?:本报|新华社|中新社)\S{0,10}电/u.test(opening?.byline ?? '');
  // A photo item's paragraph is the photo's caption; one that prints a caption of its own (`图为…`) is a
  // report that a photo goes with.
  const captioned = blocks.some((b) => b.kind === 'caption' && b.text.trim());
  // A set of photos, two captions or more (`①…` / `②…`), over its one paragraph is a photo item still.
  // (Two photos' captions may share one block, each line naming its photo: `上图：…` / `下图：…`.)
  const captionCount = blocks.filter((b) => b.kind === 'caption' && b.text.trim()).reduce((n, b) => n + Math.max(1, b.text.split('\n').filter((l) => PHOTO_PLACE.test(l.trim())).length), 0);
  const photoSet = captionCount >= 2;
  if (!wire && paragraphs.length === 1 && credits.some((c) => tookPhotos(c) || isPhotoCredit(c) || /摄影?(?:报道)?[)）]?$/u.test(c.trim()))) return captioned && !photoSet ? 'news' : 'photo-news';
  // A credit that calls the piece a photo report (`（记者 某某 摄影报道）`) makes one paragraph a photo item though it
  // opens 本报讯: the photo is the report, the paragraph its caption.
  if (paragraphs.length === 1 && !captioned && credits.some((c) => /摄影报道[)）]?$/u.test(c.trim()))) return 'photo-news';
  // A question may be set as a subhead (`■ 记者：…？` in bold on a line of its own): turns are read in both.
  const turns = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'subheading');
  // Under a column of photos (`图片新闻`, `图说民生`, `光影长治`, `镜头`), a lone paragraph is the photo's
  // caption though its credit is lost or in a form not read.
  if (!wire && !captioned && paragraphs.length === 1 && blocks.some((b) => b.kind === 'kicker' && PHOTO_COLUMN.test(bareMark(b.text)))) return 'photo-news';
  // A transcript printed as one (`…实录`, `《问政长治》第十二期实录（摘登）`: a show's or a conference's hosts and guests in
  // turns) is told as an article, as a press conference is (the README's kinds); not an interview's own (`专访实录`).
  const transcript = blocks.some((b) => (b.kind === 'headline' || b.kind === 'deck' || b.kind === 'kicker') && TRANSCRIPT.test(b.text) && !INTERVIEW_LABEL.test(b.text));
  if (!transcript && isInterview(turns.map((b) => b.text))) return 'interview';
  // A deck or kicker that says the paper interviews someone (`——访市人民医院主任医师张建军`, `专访`, `院长访谈`,
  // `对话局长`) over questions each answered in the text (`今年扩充学位做了哪些工作？` set as a subhead, the
  // answer under it unlabelled): the questions are the paper's, the answers the person's the deck names.
  const interviewMark = blocks.some((b) => (b.kind === 'deck' && (INTERVIEW_DECK.test(b.text.trim()) || (ANSWERS_PAPER_DECK.test(b.text.trim()) && !/发布/u.test(b.text)))) || ((b.kind === 'kicker' || b.kind === 'deck') && INTERVIEW_LABEL.test(b.text)));
  if (interviewMark && exchangesOf(turns.map((b) => b.text)).length >= MIN_ANSWERED_QUESTIONS) return 'interview';
  const wireLine = (b: Block) => b.kind === 'byline' && /^[^\s（(]{0,8}讯(?!员)/u.test(b.text.trim());
  // Under the headline, before the text: a closing `（人民日报记者 X）` signs a long reprinted report.
  const leadIn = blocks.slice(0, Math.max(0, blocks.findIndex((b) => b.kind === 'paragraph')));
  // A feature signed so (a photo with its caption, a column's name over it) is an article, not a news item.
  const feature = blocks.some((b) => b.kind === 'caption' || b.kind === 'kicker');
  const bracketedReporter = !feature && leadIn.some((b) => b.kind === 'byline' && signsReport(b.text));
  // … or under the text, on a line of its own (`（融媒记者 郝 玲）`), after a report of a few paragraphs.
  let last = blocks.length - 1;
  while (last >= 0 && blocks[last]!.kind !== 'paragraph') last--;
  const signedUnder = !feature && paragraphs.length <= SIGNED_MAX_PARAGRAPHS && blocks.slice(last + 1).some((b) => b.kind === 'byline' && signsReport(b.text));
  // A profile under its subject's name (kind-marks.ts isProfile: `王秀梅：守在村口的“健康哨兵”` / … / `（本报记者 冯晓丽）`) is
  // a feature however it is signed; one paragraph sent by correspondents alone stays a dispatch (below).
  const signers = credits.filter((c) => c.trim()).map((c) => c.trim().replace(/^[（(]|[）)]$/gu, ''));
  const dispatch = paragraphs.length === 1 && signers.length > 0 && signers.every((t) => CORRESPONDENT_BYLINE.test(t));
  if (!wire && signers.length > 0 && !dispatch && isProfile(blocks)) return 'article';
  if (wire || (!reprinted && isWireByline(opening?.byline ?? '')) || blocks.some(wireLine) || bracketedReporter || signedUnder) return 'news';
  // … or a paragraph's credit in brackets (`…（本报记者 郝静）`), not one that signs no report (a compiler's, a photo's).
  if (paragraphs.some((p) => /^[(（]/u.test(p.credit ?? '') && !signsNoReport(p.credit!))) return 'news';
  // An unsigned report of a few paragraphs whose dated lead restates its headline (`我市新开通3条公交线路` / `12月1日起，
  // 市公交公司新开通3条公交线路，…`, structure/lead-restates.ts), no section heading: a news item.
  const headline = blocks.find((b) => b.kind === 'headline');
  const unsignedReport = !blocks.some((b) => b.kind === 'byline' || b.kind === 'heading' || b.kind === 'subheading');
  if (headline && unsignedReport && paragraphs.length > 0 && paragraphs.length <= MAX_REPORT_PARAGRAPHS && opensWithDate(paragraphs[0]!.text) && restates(headline.text, paragraphs[0]!.text)) return 'news';
  // An English item on a Chinese page is a brief: a few paragraphs, the news told in the first (`…, the city's
  // transport bureau said on Thursday.`), its headline read as one or left on its first line (`Xiangyuan turns on
  // heat early` / `Xiangyuan county started…`), or none (`Wuxiang: A new ski resort…opened…`): never a box.
  const english = paragraphs.length > 0 && isLatin(paragraphs.map((p) => p.text).join(' '));
  // With no headline read, it must tell something in a sentence (`…opened on Monday.`): a contact or a tip
  // (`Contact us: news@…`, `Tips: Wear a mask.`) under no headline is a box's.
  if (english && paragraphs.length <= SIDEBAR_MAX_PARAGRAPHS && (blocks.some((b) => b.kind === 'headline') || paragraphs.some((p) => TELLING_SENTENCE.test(p.text)))) return 'news';
  // A brief set off by a bullet (structure/briefs.ts): `● 3月5日，…。`, `◆ 善福镇完成农村户厕改造310户，…。`.
  // Two bulleted lines or more in that one block (`● 冬季取暖请注意通风；` / `● …`, no blank line) are a box's, below.
  const bulletedLines = paragraphs[0]?.text.split('\n').filter((l) => isListItem(l.trim())).length ?? 0;
  // So is one opened by its place or date in brackets (`【襄垣】…。`, `〔11月24日〕…。`, structure/item-runs.ts).
  // An untitled one opened by its day, a digest's item (`11月24日，…。…。`).
  const untitledDayItem = paragraphs.length === 1 && !blocks.some((b) => b.kind === 'headline') && isDayItem(paragraphs[0]!.text);
  if (untitledDayItem || (paragraphs.length === 1 && bulletedLines < 2 && ((isListItem(paragraphs[0]!.text) && opensWithDate(paragraphs[0]!.text)) || isBrief(paragraphs[0]!.text) || isLabelledItem(paragraphs[0]!.text)))) return 'news';
  // Under a column of news items (`■ 乡镇动态`, `【民生简讯】`, `一句话新闻`).
  if (marks.some((b) => NEWS_COLUMN.test(bareMark(b.text)))) return 'news';
  // Its lines may stand one to a block or several in one (`★ 新增城镇就业 2.1万人` / `★ …` with no blank line).
  // A note on the box's data in brackets may close it.
  const lines = paragraphs.flatMap((p) => p.text.split('\n').filter((l) => l.trim() && !BRACKETED_NOTE.test(l.trim())));
  if (lines.length >= 2 && lines.every((l) => isListItem(l))) return 'sidebar';
  // A box of labelled notices (`停水通知：…`, `供热报修：…`) or a directory of phone numbers (structure/notice-box.ts).
  if (isNoticeBox(paragraphs.map((p) => p.text)) || isDirectoryBox(paragraphs.map((p) => p.text))) return 'sidebar';
  // A table, a timeline, figures over their labels, a notice signed by its issuer (structure/box-forms.ts).
  if (isBoxText(paragraphs.map((p) => p.text))) return 'sidebar';
  // Short lines with no sentence, labelled facts or a list's items, three or more (structure/form-box.ts).
  // A list of entries under their own heads is an article's: a box has no sections.
  if (isFormBoxText(lines) && !blocks.some((b) => b.kind === 'heading' || b.kind === 'subheading')) return 'sidebar';
  // … but a schedule of entries under their own heads, each told in labelled fields (`时间：…` / `地点：…` / `名额：…`,
  // an entry's head marked in a line among them, `◎ 健康讲座`), signed by no one and with no sentence around them, is a
  // box though it has sections (`本周为老服务活动一览`; not a reporter's list under a lead, `记者梳理其中几项…`, nor a
  // report's list of projects whose fields are sentences, `项目内容：新建…，新增学位900个。`).
  const fields = lines.filter((l) => FIELD_LINE.test(l)).length;
  const unsignedSchedule = !blocks.some((b) => b.kind === 'byline' || b.byline || b.credit) && blocks.some((b) => b.kind === 'heading' || b.kind === 'subheading');
  const scheduleLine = (l: string) => (FIELD_LINE.test(l) || isListItem(l.trim())) && !SENTENCE_STOP.test(l);
  if (unsignedSchedule && lines.length >= 2 && fields * 2 >= lines.length && lines.every(scheduleLine)) return 'sidebar';
  // A table of data typed with bars (`| 项目 | 数量 |` / …) and nothing else but a note on it.
  const table = (t: string) => t.split('\n').every(isTableRow);
  const note = (t: string) => BRACKETED_NOTE.test(t.trim()) || LABELLED_NOTE.test(t.trim());
  if (paragraphs.some((p) => table(p.text)) && paragraphs.every((p) => table(p.text) || note(p.text))) return 'sidebar';

  // A box beside a report by its label: `相关链接`, `小贴士`, `延伸阅读`, `名词解释`, `背景资料`.
  const labels = blocks.filter((b) => b.kind === 'headline' || b.kind === 'kicker').map((b) => b.text.trim());
  const signedPiece = blocks.some((b) => b.kind === 'byline' || b.byline || b.credit);
  if (labels.some((t) => SIDEBAR_LABEL.test(t))) return 'sidebar';
  // … or a tip's label with its matter before it (`【健康小贴士】`, `出行提示`, `温馨提醒`), or what a word means
  // (`什么是黎城落子`) told in a short paragraph or two.
  const explains = headlineText.length > 0 && EXPLAINER.test(headlineText) && paragraphs.length <= 2 && paragraphs.every((p) => [...p.text].length <= BRIEF_MAX_CHARS);
  if (!signedPiece && (labels.some((t) => TIP_LABEL.test(t)) || explains)) return 'sidebar';
  // A headline that names its matter before a tip's word, whole, in brackets or as a label before a colon
  // (`【冬季用气安全提醒】`, `温馨提示：冬季用气“三不要”`), over two points or more (`1. 不要…`, `● …`): a box of tips.
  const points = paragraphs.flatMap((p) => p.text.split('\n')).filter((l) => isListItem(l.trim())).length;
  if (!signedPiece && isTipHead(headlineText) && points >= 2 && paragraphs.length <= TIP_BOX_MAX_PARAGRAPHS) return 'sidebar';
  // A label of questions answered (`政策问答`, `【热线答疑】`, `供暖热线问答`) over its 问/答 lines, signed by no one and
  // under no column's name: a box (not a headline of its own over them, `医保怎么缴？这些问题一次说清`, nor a column's
  // `政策问答` over such a headline: an article).
  // Its lines are all exchanges, the first a question (one block or one line to a paragraph).
  const qaLines = paragraphs.flatMap((p) => p.text.split('\n')).filter((l) => l.trim());
  const allExchanges = exchangesOf(qaLines).flat().length === qaLines.length;
  // Signed by no one, or only by whoever gathered or sent the answers (`（本报记者 某某 整理）`, `（某某公司供稿）`): the box's
  // credit, not a report's byline.
  const compiled = [...blocks.filter((b) => b.kind === 'byline').map((b) => b.text), ...blocks.map((b) => b.byline ?? ''), ...blocks.map((b) => b.credit ?? '')]
    .filter((t) => t.trim())
    .every((t) => /(?:整理|供稿)[）)]?$/u.test(t.trim()));
  if (compiled && !blocks.some((b) => b.kind === 'kicker') && (QA_LABEL.test(headlineText) || MESSAGES_LABEL.test(headlineText)) && qaLines.length > 0 && allExchanges) return 'sidebar';
  // A short item of one paragraph under its own headline, signed by no one and with no photo, printed among
  // others (not the page's first), that reports (it opens with no quote and ends its sentence): a brief, such
  // as the second item of a column whose name stands over the first.
  const unsigned = !blocks.some((b) => b.kind === 'byline' || b.kind === 'caption' || b.byline || b.credit);
  const headed = blocks.some((b) => b.kind === 'headline' && b.text.trim());
  // (Not the rest of a piece jumped from another page, `（上接第1版）`: a longer article's.)
  const continued = segment.continued?.from || segment.continued?.to || blocks.some((b) => b.kind === 'continuation');
  // Two paragraphs, so too (`◆某镇卫生院新业务楼投用` / what was done / what its head says), under no column's name (a
  // feature's: `百姓身边`) and with no question among them (`问：…？` / `答：…`, an exchange).
  const item = paragraphs.length === 1 || (paragraphs.length <= ITEM_MAX_REPORT_PARAGRAPHS && !blocks.some((b) => b.kind === 'kicker') && !paragraphs.some((p) => /[？?]$/u.test(p.text.trim())));
  if (headed && unsigned && !continued && item && paragraphs.every((p) => isReport(p.text)) && position.index !== 0) return 'news';
  // One short paragraph under its own headline sent by correspondents alone (`通讯员 某某` on its line, above the text
  // or in brackets under it): a stringer's dispatch, news, with no photo of its own. Not a reporter's (`本报记者 某某`
  // over one paragraph: a short feature's), nor two paragraphs or more (a correspondent's feature).
  const bylineBlocks = blocks.filter((b) => b.kind === 'byline').map((b) => b.text.trim().replace(/^[（(]|[）)]$/gu, ''));
  const correspondents = bylineBlocks.length > 0 && bylineBlocks.every((t) => CORRESPONDENT_BYLINE.test(t) && !/(?:摄影?|供图|整理)$/u.test(t));
  if (headed && correspondents && !captioned && !continued && paragraphs.length === 1 && [...paragraphs[0]!.text.trim()].length <= BRIEF_MAX_CHARS && endsComplete(paragraphs[0]!.text.trim())) return 'news';
  // An item of a copy under its headline in brackets (`【堠北庄街道普惠托育点开园】`, structure/run-headline.ts): a news
  // item of a few short paragraphs, the photo's caption with it or not.
  const bracketed = blocks.some((b) => b.kind === 'headline' && isBracketedHeadline(b.text));
  if (bracketed && !blocks.some((b) => b.kind === 'byline' || b.kind === 'kicker') && paragraphs.length <= ITEM_MAX_PARAGRAPHS && paragraphs.every((p) => [...p.text].length <= BRIEF_MAX_CHARS)) return 'news';
  const hasHeadline = blocks.some((b) => b.kind === 'headline' && b.text.trim());
  const chars = paragraphs.reduce((sum, p) => sum + p.text.length, 0);
  const short = paragraphs.length > 0 && paragraphs.length <= SIDEBAR_MAX_PARAGRAPHS && chars <= SIDEBAR_MAX_CHARS;
  // An untitled line of news (`县人民医院今年完成白内障复明手术一千一百例。`), an item of a column of one-line news:
  // one sentence that reports a count, in digits or in words.
  if (!hasHeadline && unsigned && paragraphs.length === 1 && isOneLineNews(paragraphs[0]!.text)) return 'news';
  if (!hasHeadline && !continued && short && position.index !== 0) return 'sidebar';
  return 'article';
}

