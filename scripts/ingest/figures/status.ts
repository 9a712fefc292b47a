// Whether a figure reports what happened or what is meant to: actual | plan | target | forecast | anecdote.
// Read from the words that govern the figure's clause chain (scope.ts), the nearest one winning, so `计划
// 投资10亿元，目前已完成5亿元` gives plan then actual:
// - forecast: 预计, 据测算, 可望; target: 目标, 力争, 力促, 确保, 争取, 到…年(底); plan: 计划, 拟, 将 (the adverb, not
//   将 = 把 before an object: `将八成以上财政收入投入教育` is done), 即将, 下一步, 今后, 明年 …;
// - actual: 已, 已经, 累计, 截至, …以来 — and a year before the article's year;
// - anecdote: one person's or household's experience — a figure inside a quotation someone speaks
//   (“以前家里温度总徘徊在18℃…”), a person's age, a sentence about one named person (`家住…的李巧兰患糖尿病
//   10多年`), one person's pay (`每月能挣4000多块`).
// A short lead clause opening the sentence (`下一步，`) or the paragraph governs what follows it. Whether a figure is
// one person's story is read first, by its own module (status-anecdote.ts); the governing words are status-words.ts,
// which of them decides status-governing.ts, the years against the article's status-years.ts, and a table cell's
// column heading and introduction status-tables.ts.

import { FIGURE_STATUSES, type FigureStatus } from '../../../src/domain/figure.ts';
import { UNITS } from '../../../src/domain/units.ts';
import { clauseOf, leadOf, maskQuotedNames, segmentOf, type FigureScope } from './scope.ts';
import { modalAfterSubject, peopleWhoWill } from './status-after.ts';
import { isAnecdote } from './status-anecdote.ts';
import { governing } from './status-governing.ts';
import { columnStatus, headedClause, headingGoverns, maskInsideCells, tableIntroStatus } from './status-tables.ts';
import { BUILT_WORKS, matches, PLAN_BOX_TITLE, WILL } from './status-words.ts';
import { yearStatus } from './status-years.ts';
import { tableCell } from './table.ts';

/** The statuses, as the published record defines them (src/domain/figure.ts). */
export const STATUSES = FIGURE_STATUSES;
export type Status = FigureStatus;

// The level a change starts from (`由目前的88%提高到95%`, `从目前的120户降到100户以内`): its 目前 is the start's
// time, not what governs the level reached.
const FROM_LEVEL = /(?:由|从)(?:目前|现在|如今)(?=的)/g;

function maskFromLevel(text: string, figureAt: number): string {
  // The start level itself (`由目前的88%`) keeps its time.
  return text.replace(FROM_LEVEL, (m, at: number) => (at + m.length + 1 === figureAt ? m : ' '.repeat(m.length))).replace(FORMER_PLAN, (m) => ' '.repeat(m.length));
}
// What a former plan meant says which work it is, not what the clause does (`原计划明年建成的第二净水厂，今年10月
// 提前建成投用`).
const FORMER_PLAN = /原(?:计划|定|拟)[^，,；;。0-9]*?的/g;
const ALL_DONE_LATER = /^[^。；;]*?[，,](?:目前|现在|如今)?(?:已经?|现已)(?:全部|如期|提前|顺利)?(?:完工|完成|建成|竣工|投用|投入使用)(?=[，,；;。]|$)/;
// A programme's list of projects or tasks (`推进…、新增备案67个…等15个项目`, `明确了…18个项目建设任务`): set
// for the future, whatever the tense of the verb setting it.
// (So are the projects a programme settles, `三年行动确定的286个项目已开工271个`, and a batch arranges, `本批共安排项目5个，拟投入…`;
// not a year's list told with what is done of it, `今年以来…共确定项目12项，已完成9项`: the guide's year list, actual.)
const PROGRAMME = /(?:推进|实施|谋划|明确了?|部署了?|确定的)[^；;。]*?[0-9一二三四五六七八九十]+(?:个|项|大)?(?:项目|工程|重点任务)(?:建设)?(?:任务)?|安排了?(?:项目|工程)[0-9一二三四五六七八九十]+(?:个|项)/g;
// After the figure only an aim names it (`定下2025年签约额145亿元的目标`); 将 there is the next verb's.
// (So does a task set, `全年承担3万亩的造林任务`, and one exceeded, `超额完成1.8万亩的年度任务`: more than it was done; not
// one its clause says was completed, `完成植树造林2.1万亩的任务`: that much was done. A figure its clause names as the
// value of an aim or a task, `年度任务为100处`, `增长目标是6%`, is that aim.)
const AIM_AFTER = /(?:目标|任务)(?=$|[，,；;。])/;
const TASK_AFTER = /任务(?=$|[，,；;。])/;
const COMPLETED_BEFORE = /(?<!超额)完成了?[^，,；;。]{0,24}$/;

/** Does the clause name the figure as an aim after it (…的目标, …的任务), a task not told as completed? */
function aimAfter(before: string, after: string): boolean {
  const aim = AIM_AFTER.exec(after);
  return aim !== null && !(TASK_AFTER.test(after.slice(aim.index)) && COMPLETED_BEFORE.test(before));
}
// (An indicator only where its clause assigns it, `下达的改造指标为120户`: `主要经济指标为…` reports.)
const AIM_IS = /(?:目标|任务|(?:下达|分配|分解|下发|安排)[^，,；;。]{0,16}?指标)(?:数|值)?(?:为|是|定为)$/;
/** The status of a figure in its scope (period.ts asks for it too: worked out once per scope). */
export function statusOf(scope: FigureScope): Status {
  let status = STATUS_OF.get(scope);
  if (status === undefined) STATUS_OF.set(scope, (status = readStatus(scope)));
  return status;
}

const STATUS_OF = new WeakMap<FigureScope, Status>();

function readStatus(scope: FigureScope): Status {
  if (isAnecdote(scope)) return 'anecdote';
  // A table cell under a heading that says what its column is (`| 项目 | 2025年完成 | 2026年计划 |`) is read by that heading,
  // not by the words of the header row before it (the whole table is one sentence).
  const cell = tableCell(scope.paragraph, scope.sentenceStart + scope.start, scope.sentenceStart + scope.end);
  if (cell?.heading !== undefined) {
    const byColumn = columnStatus(scope, cell.heading);
    if (byColumn) return byColumn;
    if (headingGoverns(cell.heading)) return statusOf(headedClause(scope, cell.heading, cell.row));
  }
  const segment = segmentOf(scope);
  const clause = clauseOf(scope);
  const sentence = maskFromLevel(maskQuotedNames(cell !== undefined ? maskInsideCells(scope.sentence) : scope.sentence), scope.start);
  // Markers are matched in the whole segment (a lookahead may need the words after them) and kept by side.
  const found = matches(sentence.slice(segment.start, clause.end)).map((m) => ({ ...m, at: m.at + segment.start, end: m.end + segment.start }));
  const before = found.filter((m) => m.end <= scope.start).sort((a, b) => b.end - a.end)[0];
  const after = aimAfter(sentence.slice(clause.start, scope.start), sentence.slice(scope.end, clause.end));
  if (AIM_IS.test(sentence.slice(clause.start, scope.start).trimEnd())) return 'target';
  // A time limit a service is held to, told with 将 (`执法人员将在24小时内赶到现场核查`, `相关部门将在3个工作日内答复`): the
  // standard, which holds now.
  if (before && sentence[before.at] === '将' && isTimeLimit(scope)) return 'actual';
  // A per-unit standard told in a clause of its own after the clause that plans or forecasts the scheme (`今年全市将为困难
  // 群众发放取暖补贴，共涉及6.8万户，每户补贴标准为600元`, `预计有1.3万户…享受补贴，每户补贴600元`) is the scheme's standard, set
  // already: a fact of the policy, as a standard set for a coming year is. After a plan the clause must state a standard
  // (标准为): a bare share (`明年，县里将为2000户…发放取暖补贴，每户补贴600元`) is governed by the plan's verb.
  const perClause = sentence.slice(clause.start, scope.start);
  if (before && before.end <= clause.start && before.status !== 'target' && PER_STANDARD.test(perClause) && (before.status !== 'plan' || /标准/.test(perClause))) return 'actual';
  if (inProgramme(sentence.slice(segment.start, segment.end), scope.start - segment.start)) return 'plan';
  if (builtLater(scope) && !DONE_SINCE_START.test(sentence.slice(segment.start, scope.start))) return 'plan';
  // What the figure's own clause will do after it (`…，其余4个将于年底前完工`) is planned, whatever the clauses before say
  // was done: the clause's own verb governs its figure.
  const ownAfter = sentence.slice(scope.end, clause.end);
  // (So is one its clause gives a deadline to be completed by: `其余600户月底前完工`.)
  if ((!before || before.end <= clause.start) && (FUTURE_AFTER.test(ownAfter) || DEADLINE_AFTER.test(ownAfter) || plannedAfter(ownAfter, sentence.slice(scope.end), scope.article.pageYear ?? scope.article.year)) && !peopleWhoWill(scope.text, ownAfter) && !AIM_AFTER.test(ownAfter)) return 'plan';
  // (An aim or a forecast after the figure that is its clause's subject governs it too: `剩下的9个小区力争年内全部完工`.)
  const modal = !before || before.end <= clause.start ? modalAfterSubject(sentence.slice(clause.start, scope.start), ownAfter, scope.text) : undefined;
  if (modal) return modal;
  // …and what it says is done (`计划实施23个，其中19个已完工`) is done.
  if ((!before || before.end <= clause.start) && DONE_AFTER.test(ownAfter)) return 'actual';
  const fromWords = governing(found, before, scope, sentence.slice(clause.start, scope.start)) ?? (after ? 'target' : undefined);
  // A plan the sentence goes on to call done as a whole (`今年要新建公厕6座，目前已全部完工`) was carried out; a
  // done clause with a count of its own (`计划改造30个，已完成20个`) leaves the plan's figure a plan.
  if (fromWords === 'plan' && ALL_DONE_LATER.test(sentence.slice(scope.end))) return 'actual';
  if (fromWords) return fromWords;
  // What works will hold once in use, when only 预计 says when that is (`正在建设的幼儿园预计明年8月投用，可新增学位360个`), is
  // forecast; where a plan's 将 governs the clause chain (`将建设…，预计2026年投用，可容纳观众1500人`) it was found above.
  if (IN_USE_FORECAST.test(sentence.slice(segment.start, scope.start))) return 'forecast';
  // What a work will do once built (`建成后可新增供热面积300万平方米`, `工程投用后，…28个村…将接入`) is planned;
  // so is a figure its own clause says will be (`28个村的饮水将全部接入城市管网`).
  // (Not when what followed the completion is told as done: `工程完工后，区里为每个村配备了水质检测员，…提高到99%`.)
  const completed = AFTER_COMPLETION.exec(sentence.slice(segment.start, scope.start));
  const since = completed ? sentence.slice(segment.start + completed.index + completed[0].length, scope.start) : '';
  // (A completion dated in the past, `去年建成投用后`, or told as done after the figure, `…居民告别了烧煤取暖`, was.)
  const completedBefore = completed ? sentence.slice(segment.start, segment.start + completed.index) : '';
  // (So was one whose works the clause names as built, `利用闲置地块建成的公共停车场投用后，可提供停车位420个`.)
  const completedPast = PAST_TIME.test(completedBefore) || DONE_SINCE.test(ownAfter) || BUILT_WORKS.test(completedBefore);
  if ((completed && !DONE_SINCE.test(since) && !completedPast) || (FUTURE_AFTER.test(sentence.slice(scope.end, clause.end)) && !peopleWhoWill(scope.text, sentence.slice(scope.end, clause.end)))) return 'plan';
  const byYear = yearStatus(scope.sentence.slice(segment.start, clause.end), scope.article.year, scope.article.pageYear);
  // A standard set for a coming year (`2026年度…个人缴费标准为每人每年400元`) is set already: a fact of the policy.
  // (So is its change told in the next clause, `2026年度个人缴费标准为每人每年400元，比上年提高20元`: how much the set standard moved.)
  const standardMoved = STANDARD_CHANGED.test(sentence.slice(clause.start, scope.start)) && STANDARD_SET_BEFORE.test(sentence.slice(segment.start, clause.start));
  if (byYear && !(byYear === 'plan' && (STANDARD_SET.test(sentence.slice(clause.start, scope.start)) || standardMoved))) return byYear;
  const sentenceLead = leadOf(scope.sentence, scope.start);
  const lead = sentenceLead ?? leadOf(scope.paragraph, scope.sentenceStart + scope.start);
  if (lead) {
    // (A lead of the figure's sentence is read with the words after it up to the figure's clause, for a word whose reading
    // looks ahead: `会议决定，对去年建成的18个示范点予以表彰` decides no plan of the 18 built last year.)
    const leadMarks = sentenceLead !== undefined ? matches(scope.sentence.slice(0, clause.end)).filter((m) => m.end <= lead.length) : matches(lead);
    const fromLead = leadMarks.sort((a, b) => b.end - a.end)[0]?.status ?? yearStatus(lead, scope.article.year, scope.article.pageYear);
    if (fromLead && fromLead !== 'actual') return fromLead;
  }
  // A short section heading over the figure's paragraph that plans or aims (`明年计划`, `2026年目标`) governs it.
  // (Read as what it names, without the brackets or the section's number it is printed with: `【2026年主要预期目标】`, `二、2026年
  // 主要预期目标`.)
  const heading = scope.headings.at(-1)?.replace(SECTION_NUMBER, '').replace(/^[【\[［〖]\s*([^【】\[\]［］〖〗]+?)\s*[】\]］〗]$/u, '$1');
  if (heading !== undefined && (heading.length <= SHORT_HEADING || PLAN_BOX_TITLE.test(heading)) && !AIMS_MET.test(heading)) {
    const fromHeading = matches(heading).sort((a, b) => b.end - a.end)[0]?.status ?? yearStatus(heading, scope.article.year, scope.article.pageYear);
    if (fromHeading && fromHeading !== 'actual') return fromHeading;
  }
  // The paragraph introducing a list governs its items (`自2026年1月1日起…实行阶梯水价，具体标准如下：` over `一、…`: planned).
  if (scope.intro !== undefined) {
    const intro = maskQuotedNames(scope.intro);
    const fromIntro = matches(intro).sort((a, b) => b.end - a.end)[0]?.status ?? yearStatus(intro, scope.article.year, scope.article.pageYear);
    if (fromIntro && fromIntro !== 'actual') return fromIntro;
  }
  // A digest of a report (`…摘编如下：` over `今年城镇新增就业3.5万人以上`) sets out what the report plans, for a figure its
  // clause does not place in the past (`去年全市城镇新增就业3.72万人`).
  if (scope.article.reportDigest && !PAST_TIME.test(sentence.slice(segment.start, clause.end)) && !yearStatus(sentence.slice(segment.start, clause.end), scope.article.year, scope.article.pageYear)) return tableIntroStatus(scope) ?? 'plan';
  return tableIntroStatus(scope) ?? 'actual';
}

/** A duration printed with 内 after it: a limit on each case (kind-per.ts reads it per case). */
function isTimeLimit(scope: FigureScope): boolean {
  return UNITS.get(scope.unit)?.kind === 'duration' && /内$/.test(scope.text);
}

const SHORT_HEADING = 12;
/**
 * A heading that reports how the aims were met (`2025年目标完成情况`, `今年目标任务圆满完成`, `对标目标看成效`): the section
 * tells results, whatever aim it names (review R5 F9).
 */
const AIMS_MET = /目标(?:任务)?[^，,；;。0-9]{0,4}?完成|完成情况|成效/;
/** A section's number before its heading's words: `二、`, `（二）`. */
const SECTION_NUMBER = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]{1,2}[）)])\s*/u;


/**
 * Works the next sentence speaks of as built later (`…主要包括3个县级污水处理厂扩建扩网…。这些工程逐步建设和投入使用后，
 * …将提升至4.5万立方米`): what they count is planned, as the annotation guide reads it, though told as what there is.
 */
function builtLater(scope: FigureScope): boolean {
  const next = scope.paragraph.slice(scope.sentenceStart + scope.sentence.length).replace(/^[。！？!?\s]+/, '');
  return WORKS_BUILT_LATER.test(next);
}
const WORKS_BUILT_LATER = /^(?:这些|上述|以上|该批|这批)[^，,；;。]{0,6}(?:工程|项目|设施)[^，,；;。]{0,12}?(?:建成|建设|投入使用|投用|投运|完工|竣工)[^，,；;。]{0,4}?后/;
const DONE_SINCE_START = /已|累计|(?<!为|除)了(?!解)/;
const IN_USE_FORECAST = /预计于?[^，,；;。0-9]{0,4}?(?:(?:20[0-9]{2}年|今年|明年|年底|年内)?(?:[0-9]{1,2}月)?(?:底|末|前|内|份)?)(?:建成|投用|投运|完工|竣工|投入使用|交付|开通)[，,][可能][^，,；;。]*$/;
const AFTER_COMPLETION = /(?:建成|完工|投用|投运|投入使用|投入运营|建成投用|竣工|实施)后/;
// A past time before a completion: last year, a month, a year before the article's is read by yearStatus.
const PAST_TIME = /去年|前年|上半年|年初|[0-9一二三四五六七八九十]{1,2}月(?:份|底|初|中旬|上旬|下旬)?|(?:此前|之前|早在)/;
/** Done since: 已, or a verb's perfective 了 (not 为了, 了解). */
const DONE_SINCE = /已|(?<!为|除)了(?!解)/;
const DONE_AFTER = /^[^，,；;。]{0,8}?(?:已经?|均已|全部)(?:完工|建成|完成|竣工|投用|投入使用|开通|交付|到位|发放|落地)/;
const FUTURE_AFTER = new RegExp(`^[^，,；;。]*?${WILL}`);
// A deadline right after the figure for what is still to be completed (`其余600户月底前完工`; not `已于10月底前完工`).
const DEADLINE_AFTER = /^(?:(?!已|均已)[^，,；;。]){0,6}?(?:(?:20[0-9]{2}年|今年)?(?:[0-9]{1,2}月)?(?:底|末)|年底|年末|[0-9]{1,2}月[0-9]{1,2}日)前(?:全部|陆续|如期)?(?:完工|建成|投用|竣工|完成|交付|开通|投入使用)/;
// A plan the counted things are the subject of, with when it is to be (`首批3部电梯计划于明年3月开工`, `其余5个村拟在年底前通水`):
// 计划/拟 as a verb followed by a time. Not the plan as a noun (`超额完成年度计划`, `按计划于9月开学`, `列入计划`).
const PLANNED_AFTER = /^(?:(?!已|均已)[^，,；;。按原比]){0,8}?(?:计划|拟)(?:于|在)?(?:明年|今年|年底|年内|年末|下半年|近期|下月|(?:20[0-9]{2}|[0-9]{1,2})(?:年|月))/;
// (Not a plan of a year before the page's, `计划2024年开工`, nor one the sentence goes on to call done, `…计划于今年3月开工，
// 目前已全部投入使用`: told of the past, it was carried out.)
function plannedAfter(ownAfter: string, rest: string, year: number | undefined): boolean {
  const m = PLANNED_AFTER.exec(ownAfter);
  if (!m || ALL_DONE_LATER.test(rest)) return false;
  const named = /(20[0-9]{2})年$/.exec(m[0]);
  return !(named && year !== undefined && Number(named[1]) < year);
}
// A standard or price stated as set (`标准为`, `标准提高到每人每月780元`).
// Each one's share of a scheme before its figure: `每户补贴标准为`, `每人每月补助`, `每户补贴`.
const PER_STANDARD = /^\s*每(?:户|人|名|位|所|家|亩|吨)(?:每(?:月|年|天|季))?[^，,；;。0-9]{0,6}?(?:补贴|补助|奖补|奖励)(?:资金)?(?:标准)?(?:为|是)?$/;
const STANDARD_SET = /(?:标准|价格|票价|单价)[^，,；;。0-9]{0,4}(?:为|是|确定为|调整为|提高到|提高至|提升至|上调至|定为)[^，,；;。0-9]{0,6}$/;
// A standard or price set in the clause before, with its value (`个人缴费标准为每人每年400元，`), and a comparison that moves it in the
// figure's own clause (`比上年提高`, `较去年增加`).
const STANDARD_SET_BEFORE = /(?:标准|价格|票价|单价)[^，,；;。0-9]{0,4}(?:为|是|确定为|调整为|提高到|提高至|提升至|上调至|定为)[^，,；;。]{0,12}[0-9][^，,；;。]{0,6}[，,]\s*$/;
const STANDARD_CHANGED = /^\s*(?:比|较)[^，,；;。0-9]{0,8}(?:提高|增加|上调|提升|上涨|降低|下调|减少)了?$/;
// A list arranged told with what is done of it in the next clause (`安排项目26个，已完工21个`, `…，完成投资38亿元`, `…，全部完工`):
// the year's list, actual, as 确定 without 的 is.
const ARRANGED_DONE = /^[，,][^，,；;。0-9]{0,4}?(?:已|均已|全部|完成|完工|建成|竣工|开工)/;
/** Whether the figure at `at` is one of a programme's projects, or their count, not yet done (已). */
function inProgramme(segment: string, at: number): boolean {
  PROGRAMME.lastIndex = 0;
  for (let m = PROGRAMME.exec(segment); m; m = PROGRAMME.exec(segment)) {
    if (at >= m.index && at < m.index + m[0].length) return !m[0].includes('已') && !(/^安排/.test(m[0]) && ARRANGED_DONE.test(segment.slice(m.index + m[0].length)));
  }
  return false;
}
