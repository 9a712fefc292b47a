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
// one person's story is read first, by its own module (status-anecdote.ts).

import { FIGURE_STATUSES, type FigureStatus } from '../../../src/domain/figure.ts';
import { UNITS } from '../../../src/domain/units.ts';
import { clauseOf, leadOf, maskQuotedNames, segmentOf, type FigureScope } from './scope.ts';
import { modalAfterSubject, peopleWhoWill } from './status-after.ts';
import { isAnecdote } from './status-anecdote.ts';
import { MOVED_FROM } from './moved-from.ts';
import { tableCell, tableRow } from './table.ts';

/** The statuses, as the published record defines them (src/domain/figure.ts). */
export const STATUSES = FIGURE_STATUSES;
export type Status = FigureStatus;

type Governed = Exclude<Status, 'anecdote'>;

// 将 is the adverb "will" unless it is the preposition 将 = 把, which takes an object (a numeral, 其, 这 …)
// and then a verb that places it (`将八成以上财政收入投入教育`, `将供暖保障作为重中之重`).
// (已将 is always 把: `已将城市低保标准提高到每人每月780元` is done; an adverb of what will be done right after 将 makes it
// "will": `县里将再投入380万元`.)
// (将 before an object raised to a level, `将农村低保标准提高到每人每年6000元`, is 把 too; not before an adverb of
// what will be done, `将进一步提高到`.)
// (Nor before an object and the level it was moved from, `将不动产登记办理时限由5个工作日压缩至3个工作日`: 把 again; 将
// right before 由, `普及率将由88%提高到95%`, is "will".)
// (Nor before a preposition, which 把's object never opens: `年底前将在老城区建成立体停车库3座`, `将于明年6月前建成`, `将通过
// 腾退厂房建成停车场` are "will", whatever verb stands later.)
// (在 before a verb and 的 is no preposition but a 的-phrase naming 把's object: `将在建的18个供热项目纳入重点监管` is 把.)
const WILL = `(?<!即|必|终|尚|仍|已)将(?![近其这该此各所全一二三四五六七八九十两0-9“"]|(?!再|继续|进一步|逐步|陆续|持续|全面|(?:在(?![^，,；;。]{1,2}的)|于|对|向|为|与|同|通过|按照|按|以|给|跟|从))[^，,；;。]+?(?:投入|作为|纳入|列入|列为|用于|打造成|打造为|改造为|改造成|改建为|改建成|建成|变成|转化为|放在|摆在|扛在|整合为|合并为|调整为|改为|变为|转为|定为|设为)|(?!进一步|逐步|继续|再|陆续|持续|全面|力争|确保|有望|可|会|能)[^，,；;。]{2,16}?(?:标准|补贴|补助|价格|比例|额度|限额)(?:提高|提升|上调|调整|增加)(?:到|至)|(?!进一步|逐步|继续|再|陆续|持续|全面|力争|确保|有望|可|会|能)[^，,；;。由从]{2,16}?${MOVED_FROM})`;
const MARKERS: readonly [Governed, RegExp][] = [
  // 据测算 and 可望 are the guide's forecasts too (`据测算，这一举措每年可为群众节省…`); 测算 governs only a
  // clause that says what can be (可, 能, 将), not a fact told beside it (`互认项目涉及…126项`), or the one clause
  // 据测算 opens as a clause of its own (`据测算，调价后户均每月水费增加1.2元`).
  // 预计 before a date of completion (`预计2026年投用`, `预计年底前建成`) forecasts when, not the figures: what the
  // works will hold stays the plan's (`将建设一座综合体育馆，预计2026年投用，可容纳观众1500人`).
  ['forecast', /(?:据|经)?(?:初步)?(?:估算|预估|推算)|估计(?=[^，,；;。]{0,12}[0-9一二三四五六七八九十两]|[能会将可])|预计(?!于?(?:(?:20[0-9]{2}年|今年|明年|年底|年内)(?:[0-9]{1,2}月)?|[0-9]{1,2}月)(?:底|末|前|内|份)?(?:建成|投用|投运|完工|竣工|投入使用|开工|交付|开通)[，,])|预期(?![^，,；;。0-9]{0,6}?(?:目标|性?指标))|有望|预测|可望|测算(?=[^。；;]*?[可能将会][^，,。；;]*$)|(?<=^|[，,：:])据(?:初步)?测算(?=[，,][^，,；;。]*$)/g],
  // 预期目标 and 预期性指标 are the targets a work report sets (`主要预期目标是：地区生产总值增长5%左右`, `预期增长目标为5%`):
  // aims, not forecasts.
  // 目标的105% is a ratio to a target (`完成年度目标的105%`, `完成全年目标任务的105%`), done. 争取 before funds or projects is "to seek"
  // them, no aim (`明年将再争取资金50万元`: the 将 makes a plan), whoever gives them (`争取中央和省级资金1.36亿元`).
  // 争取 with a result after it (争取到, 争取了) says what was won: done, no aim (`县里争取到…资金2300万元`).
  ['target', /(?<!(?:完成|实现)[^，,；;。]{0,6})目标(?!(?:任务)?的)|预期性?指标|力争|力促|(?<!为了?)确保|争取(?![到了来得过])(?!(?:(?:上级|中央|省级|市级|国家|更多)[和、及与]?){0,3}(?:资金|项目|专项|债券|支持|政策))|努力实现|到(?:20[0-9]{2}年|年底|年末)|推动[^，,；;。]*?达(?:到)?/g],
  // 计划 and 规划 as nouns (`占年度计划的76%`, `按照规划`, `比计划多出12公里`) name a plan, they do not make the clause one; nor do they
  // in a 的-phrase naming a thing (`占年度计划投资的90%`, `规划建设的12个安置小区已全部交付`).
  // (A year's plan as the subject of a verb, `全年计划投资4.5亿元`, is one; `按照年初计划` names it.)
  // (还要 is a plan where a place or a year is its subject, `今年，全县还要新建…20个`, `县里还要…`; after anyone else it is "still
  // has to", `以前看病还要跑…`.)
  // 承诺 before a verb is a pledge of what will be done (`承诺办好12件民生实事`); in a 的-phrase naming the things pledged
  // (`今年承诺办理的12件民生实事中，已有10件完成`) it says which things, as 计划 there does.
  // What a report or a plan proposes (`报告提出今年新建高标准农田18万亩`, `方案明确…`) is planned; so are projects 谋划
  // (devised: `今年全县共谋划重点项目120个`), not works done after planning ahead (`提前谋划、…共新建…`).
  ['plan', new RegExp(`(?<!原|占|比|较|超|(?:按|按照|根据|依据)[^，,；;。]{0,4})计划(?!的|内|中|外|数|任务|目标|生育|单列|[^，,；;。0-9]{1,6}的)|(?<![模虚比草])拟(?!人|定的)|即将|${WILL}|下一步|今后|接下来|未来|(?<!预计|至|到)明年|(?<!按照|根据|依据|按)规划(?!的|中|内|任务|目标|[^，,；;。0-9]{1,6}的)|(?<![主重需只必想不就]|(?<!今年|明年|全年|年内|下一步|全[县市区镇]|[县市区镇]里)还)要(?=[把让建新实完推抓加筹改培开打提])|承诺(?=[办做建实完落兑])(?![^，,；;。0-9]{1,6}的)|(?<=(?:报告|规划|方案|纲要)(?:中|里)?)(?:提出|明确)|谋划(?=[^，,；;。]{0,8}(?:项目|工程))`, 'g')],
  // 实际 before what was done sets the outcome against the plan (`计划投资3.1亿元，实际完成投资2.9亿元`).
  ['actual', /已经|已|累计|截至|截止|以来|目前|如今|现在|先后|完成了|建成了|实际(?=完成|到位|投资|支出|发放|使用|建成|接待|参与)/g],
];

const YEAR = /(20[0-9]{2})年/g;
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
const PROGRAMME = /(?:推进|实施|谋划|明确了?|部署了?)[^；;。]*?[0-9一二三四五六七八九十]+(?:个|项|大)?(?:项目|工程|重点任务)(?:建设)?(?:任务)?/g;
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
/** The status of a figure in its scope. */
export function statusOf(scope: FigureScope): Status {
  if (isAnecdote(scope)) return 'anecdote';
  // A table cell under a heading that says what its column is (`| 项目 | 2025年完成 | 2026年计划 |`) is read by that heading,
  // not by the words of the header row before it (the whole table is one sentence).
  const cell = tableCell(scope.paragraph, scope.sentenceStart + scope.start, scope.sentenceStart + scope.end);
  // (A column headed as the plan's numbers, `计划数量`, `全年计划（个）`, `目标值`, holds plans or targets, unless the rest of
  // its row says the plan was carried out, with no count of its own: `| 改造农村户厕 | 1500户 | 已完成 |`.)
  if (cell?.heading !== undefined && PLAN_COLUMN.test(cell.heading)) return DONE_CELLS.test(restOfLine(scope.paragraph, scope.sentenceStart + scope.end)) ? 'actual' : 'plan';
  if (cell?.heading !== undefined && TARGET_COLUMN.test(cell.heading)) return 'target';
  // (A column headed as what was done, `完成改造（户）`, `已完成`, `完成率`, holds what was done, though a plan's column stands beside it.)
  // (Not one naming a goal or task to be done, `完成目标（户）`, `完成任务`: that column is the aim, as its word says.)
  if (cell?.heading !== undefined && DONE_COLUMN.test(cell.heading) && AIM_COLUMN.test(cell.heading)) return /目标/.test(cell.heading) ? 'target' : 'plan';
  if (cell?.heading !== undefined && DONE_COLUMN.test(cell.heading)) return 'actual';
  if (cell?.heading !== undefined && (matches(cell.heading).length > 0 || YEAR_IN.test(cell.heading))) return statusOf(headedClause(scope, cell.heading, cell.row));
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
  if ((!before || before.end <= clause.start) && (FUTURE_AFTER.test(ownAfter) || DEADLINE_AFTER.test(ownAfter)) && !peopleWhoWill(scope.text, ownAfter) && !AIM_AFTER.test(ownAfter)) return 'plan';
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
  if (byYear && !(byYear === 'plan' && STANDARD_SET.test(sentence.slice(clause.start, scope.start)))) return byYear;
  const lead = leadOf(scope.sentence, scope.start) ?? leadOf(scope.paragraph, scope.sentenceStart + scope.start);
  if (lead) {
    const fromLead = matches(lead).sort((a, b) => b.end - a.end)[0]?.status ?? yearStatus(lead, scope.article.year, scope.article.pageYear);
    if (fromLead && fromLead !== 'actual') return fromLead;
  }
  // A short section heading over the figure's paragraph that plans or aims (`明年计划`, `2026年目标`) governs it.
  const heading = scope.headings.at(-1);
  if (heading !== undefined && heading.length <= SHORT_HEADING) {
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

// A plan the paragraph publishes as a document (`公布2025年城区义务教育学校招生计划`, `下达年度建设计划`): its table is the plan.
const PUBLISHED_PLAN = /(?:公布|发布|印发|下达|公示|出台)了?[^，,；;。]{0,30}?计划(?=[，,；;。：:]|$)/;
// What is to be filled, set out below: the paragraph's last noun before 如下 / 见下表 (a unit in brackets aside) names a
// plan, a quota, a target figure or a task (`各县区招聘名额如下`, `年度建设任务（单位：公里）见下表`), as a column so headed
// (PLAN_COLUMN) does; not the progress of one (`完成情况如下`, `计划执行情况如下`). An indicator (指标) is a quota only
// where the paragraph assigns it (`下达各乡镇年度改造指标如下`, `建设指标分解如下`): `全市主要经济指标如下` is a release's
// results.
const TO_BE_FILLED_BELOW = /(?:(?:计划|名额|任务)|(?:下达|分配|分解|下发|安排)[^，,；;。]{0,16}?指标)(?:数)?(?:[（(][^）)]{0,12}[）)])?[：:]?(?:如下|见下表)|指标(?:下达|分配|分解|下发|安排)[：:]?(?:如下|见下表)/;

/**
 * A table's cells are plans when the paragraph right before it, which introduces it, publishes a plan: a table printed
 * under `…公布2025年城区义务教育学校招生计划，城区5所学校计划招收…` gives the places each school plans. Not a plan the
 * paragraph only mentions beside the table (`明年全市计划再新改建农村公路300公里` under a table of this year's roads).
 * Only for cells no column or row of their own governs.
 */
function tableIntroStatus(scope: FigureScope): Governed | undefined {
  const start = scope.sentenceStart + scope.start;
  const end = scope.sentenceStart + scope.end;
  if (tableCell(scope.paragraph, start, end) === undefined && tableRow(scope.paragraph, start, end) === undefined) return undefined;
  const intro = (scope.preceding ?? '').split('\n').filter(Boolean).at(-1)?.trim();
  return intro !== undefined && (PUBLISHED_PLAN.test(intro) || TO_BE_FILLED_BELOW.test(intro)) ? 'plan' : undefined;
}

/** A duration printed with 内 after it: a limit on each case (kind-per.ts reads it per case). */
function isTimeLimit(scope: FigureScope): boolean {
  return UNITS.get(scope.unit)?.kind === 'duration' && /内$/.test(scope.text);
}

const YEAR_IN = /20[0-9]{2}年/;
const UNIT_NOTE = '(?:[（(][^）)]{1,8}[）)])?';
// (So is a column of quotas, `名额（个）`, `招生名额`: places offered, to be filled.)
const PLAN_COLUMN = new RegExp(`^(?:(?:全年|年度|今年|20[0-9]{2}年)?计划(?:数|数量|任务|规模|指标|招生|招收)?|(?:招生|招收|招聘|计划)?名额)${UNIT_NOTE}$`);
// The rest of a row that says its plan was done, in words and no number (`| 已完成 |`, `全部完成`).
const DONE_CELLS = /^[^0-9０-９]*?(?:已|全部|提前|均已)?完成[^0-9０-９]*$/u;

function restOfLine(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}
const DONE_COLUMN = /^(?:已|实际|累计)?完成/;
const AIM_COLUMN = /目标|任务|时限|计划/;
const TARGET_COLUMN = new RegExp(`^(?:全年|年度)?目标(?:值|数|任务)?${UNIT_NOTE}$`);
const SHORT_HEADING = 12;

/** A table cell as the clause its column heading and row make with it (`2026年计划，新建幼儿园3所`), read alone. */
function headedClause(scope: FigureScope, heading: string, row: string): FigureScope {
  const lead = `${heading}，${row}`;
  const sentence = `${lead}${scope.text}`;
  return { ...scope, sentence, paragraph: sentence, sentenceStart: 0, start: lead.length, end: sentence.length, preceding: '' };
}

/**
 * A table's rows with the words of plan or aim inside a cell masked: a cell names a thing or gives a value, and a word
 * inside it (`建设工程规划许可`, the next rows being one sentence with it) plans nothing; one opening a cell (`计划新建`)
 * still does. Header and title lines, which hold no figure, are kept as printed.
 */
function maskInsideCells(table: string): string {
  return table
    .split('\n')
    .map((line) => {
      const cells = [...line.matchAll(/[^\s\u3000|]+/gu)];
      if (cells.length < 2 || !cells.slice(1).some((c) => FIGURE_CELL.test(c[0]))) return line;
      let masked = line;
      for (const c of cells) for (const m of matches(c[0])) if (m.at > 0) masked = masked.slice(0, c.index + m.at) + '名'.repeat(m.end - m.at) + masked.slice(c.index + m.end);
      return masked;
    })
    .join('\n');
}
const FIGURE_CELL = /^[+\-]?[0-9](?![0-9]{3}年)/;

/**
 * Works the next sentence speaks of as built later (`…主要包括3个县级污水处理厂扩建扩网…。这些工程逐步建设和投入使用后，
 * …将提升至4.5万立方米`): what they count is planned, as the annotation guide reads it, though told as what there is.
 */
function builtLater(scope: FigureScope): boolean {
  const next = scope.paragraph.slice(scope.sentenceStart + scope.sentence.length).replace(/^[。！？!?\s]+/, '');
  return WORKS_BUILT_LATER.test(next);
}
const WORKS_BUILT_LATER = /^(?:这些|上述|以上|该批|这批)[^，,；;。]{0,6}(?:工程|项目|设施)[^，,；;。]{0,12}?(?:建成|建设|投入使用|投用|投运|完工|竣工)[^，,；;。]{0,4}?后/;
// Works named as built by a 的-phrase (`建成的公共停车场`, `新落成的养老中心`), not as planned (`计划建成的`, `将建成的`)
// nor by a deadline (`年底前建成的`, `力争年内建成的`; 此前/去年底 are past, not deadlines).
const BUILT_WORKS = /(?<!计划|将|拟|要|规划|预计|力争|确保|(?<![此之早以先从日])前|(?<![去前])年(?:底|末|内))(?:建成|落成|建好)的/;
const DONE_SINCE_START = /已|累计|(?<!为|除)了(?!解)/;
const AFTER_COMPLETION = /(?:建成|完工|投用|投运|投入使用|投入运营|建成投用|竣工|实施)后/;
// A past time before a completion: last year, a month, a year before the article's is read by yearStatus.
const PAST_TIME = /去年|前年|上半年|年初|[0-9一二三四五六七八九十]{1,2}月(?:份|底|初|中旬|上旬|下旬)?|(?:此前|之前|早在)/;
/** Done since: 已, or a verb's perfective 了 (not 为了, 了解). */
const DONE_SINCE = /已|(?<!为|除)了(?!解)/;
const DONE_AFTER = /^[^，,；;。]{0,8}?(?:已经?|均已|全部)(?:完工|建成|完成|竣工|投用|投入使用|开通|交付|到位|发放|落地)/;
const FUTURE_AFTER = new RegExp(`^[^，,；;。]*?${WILL}`);
// A deadline right after the figure for what is still to be completed (`其余600户月底前完工`; not `已于10月底前完工`).
const DEADLINE_AFTER = /^(?:(?!已|均已)[^，,；;。]){0,6}?(?:(?:20[0-9]{2}年|今年)?(?:[0-9]{1,2}月)?(?:底|末)|年底|年末|[0-9]{1,2}月[0-9]{1,2}日)前(?:全部|陆续|如期)?(?:完工|建成|投用|竣工|完成|交付|开通|投入使用)/;
// A standard or price stated as set (`标准为`, `标准提高到每人每月780元`).
// Each one's share of a scheme before its figure: `每户补贴标准为`, `每人每月补助`, `每户补贴`.
const PER_STANDARD = /^\s*每(?:户|人|名|位|所|家|亩|吨)(?:每(?:月|年|天|季))?[^，,；;。0-9]{0,6}?(?:补贴|补助|奖补|奖励)(?:资金)?(?:标准)?(?:为|是)?$/;
const STANDARD_SET = /(?:标准|价格|票价|单价)[^，,；;。0-9]{0,4}(?:为|是|确定为|调整为|提高到|提高至|提升至|上调至|定为)[^，,；;。0-9]{0,6}$/;
// A level aimed at: reached (达到, 达) or held at least (不低于, 不少于).
const LEVEL_ANYWHERE = /达到|达(?!标)|不低于|不少于|提高到|提高至|提升到|提升至|增至|降至|降到|控制在|稳定在|保持在/;
const LEVEL_AIMED = /(?:(?:达到|达)(?!标)|不低于|不少于)[^，,；;。0-9]{0,4}$/;
// A deadline for completing works (`确保12月底前全部完工`): when, not a level, so the works' figures are planned.
const DEADLINE_DONE = /^[^，,；;。]{0,14}?(?:前|底|内)[^，,；;。]{0,6}?(?:完工|建成|投用|竣工|完成|交付|开通|投入使用)/;
const LEVEL_VERB = /(?:达到|达|提高到|提高至|提升到|提升至|增至|增加到|降至|降到|下降到|控制在|稳定在)[^，,；;。0-9]{0,6}$/;

/**
 * The status the words before the figure give, the nearest governing. The verb that governs a clause takes
 * what it says as its object: 预计 makes what follows a forecast even when that says 将 or 到2026年
 * (`预计到2026年，全镇年接待游客将达到50万人次`), unless something done (已) comes between; a deadline (到2027年)
 * governing a level the figure's clause reaches (`到2027年，…将实现…，护理型床位占比达到60%以上`) makes a target
 * of it, though 将 stands nearer.
 */
function governing(found: readonly Marker[], nearest: Marker | undefined, scope: FigureScope, ownClause: string): Governed | undefined {
  if (!nearest) return undefined;
  const before = found.filter((m) => m.end <= scope.start);
  const forecast = before.find((m) => m.status === 'forecast');
  if (forecast && nearest.status !== 'actual' && forecast.at <= nearest.at) return 'forecast';
  if (nearest.status === 'plan' && LEVEL_VERB.test(ownClause) && before.some((m) => m.status === 'target' && /^到/.test(scope.sentence.slice(m.at, m.end)))) return 'target';
  const word = scope.sentence.slice(nearest.at, nearest.end);
  // A time word (明年, 今后) inside the clause an aim governs (`争取明年再建成公办幼儿园3所`, `力争明年…`) dates the aim; it does
  // not make the figure a plan.
  const ownStart = scope.start - ownClause.length;
  if (nearest.status === 'plan' && /^(?:明年|今后|未来|接下来)$/.test(word) && before.some((m) => m.status === 'target' && m.at >= ownStart && m.end <= nearest.at)) return 'target';
  // (The figure's own words of degree count: a span printed `少于600部` after 不.)
  ownClause = ownClause + (/^[^0-9一二三四五六七八九十两]*/.exec(scope.text)?.[0] ?? '');
  // A plan (计划, 规划) that a level is to reach (`计划使养老服务覆盖率达到90%以上`) aims at it: a target. (将 on a
  // level reached is the works' result, planned: `届时日供水能力将达到1800立方米`.)
  if (nearest.status === 'plan' && /^(?:计划|规划)/.test(word) && LEVEL_AIMED.test(ownClause)) return 'target';
  // A deadline alone (`到2026年底，全市新建充电桩500个`) or one for completion (`确保12月底前全部完工`) dates works, planned;
  // only a level reached by it is aimed at (`到2027年，…占比达到60%以上`).
  const deadline = (m: Marker): boolean => {
    const w = scope.sentence.slice(m.at, m.end);
    return /^到/.test(w) || (w === '确保' && DEADLINE_DONE.test(scope.sentence.slice(m.end)));
  };
  if (nearest.status === 'target' && !LEVEL_ANYWHERE.test(ownClause) && before.every((m) => m.status !== 'target' || deadline(m)) && deadline(nearest)) return 'plan';
  return nearest.status;
}

/** Whether the figure at `at` is one of a programme's projects, or their count, not yet done (已). */
function inProgramme(segment: string, at: number): boolean {
  PROGRAMME.lastIndex = 0;
  for (let m = PROGRAMME.exec(segment); m; m = PROGRAMME.exec(segment)) {
    if (at >= m.index && at < m.index + m[0].length) return !m[0].includes('已');
  }
  return false;
}

interface Marker {
  at: number;
  end: number;
  status: Governed;
}

function matches(text: string): Marker[] {
  const found: Marker[] = [];
  for (const [status, pattern] of MARKERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push({ at: m.index, end: m.index + m[0].length, status });
  }
  return found;
}

// A span of years (`2025—2026年采暖季`, `2021年至2025年`): it is now while it holds the article's year.
// (Dates too: `于2025年11月1日起开始供热，至2026年3月31日结束` holds 2025 and 2026.)
const YEAR_SPAN = /(20[0-9]{2})年?(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:起|开始)?[^，,；;。0-9]{0,8}?[，,]?[^，,；;。0-9]{0,6}?)?\s*(?:—|–|-|－|~|～|至|到)\s*(20[0-9]{2})年?/g;

/**
 * A year after the article's year is a plan; one before it is history. (A year after the article's but not after the
 * page's, on a page printed in January reviewing the year before, `2025年1月…`, had come when it was printed.)
 */
function yearStatus(text: string, articleYear: number | undefined, pageYear?: number): Governed | undefined {
  if (articleYear === undefined) return undefined;
  let last: number | undefined;
  const spans = text.replace(YEAR_SPAN, (m, from: string, to: string) => {
    const year = Number(from) <= articleYear && articleYear <= Number(to) ? articleYear : Number(from) > articleYear ? Number(from) : Number(to);
    return `${year}年`.padEnd(m.length, ' ');
  });
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(spans); m; m = YEAR.exec(spans)) last = Number(m[1]);
  if (last === undefined) return undefined;
  if (last > articleYear) return pageYear !== undefined && last <= pageYear ? undefined : 'plan';
  if (last < articleYear) return 'actual';
  return undefined;
}
