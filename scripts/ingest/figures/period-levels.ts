// What a printed period does not govern though it stands before a figure: a level reached over a start, a
// stock, a standard or price, places that reached a state, a year's programme, a change in points from last
// year, and a figure with a later time of its own. Split from period.ts so the forms that take no span read
// together; period.ts asks spanHolds of each period it finds.

import { clauseOf, segmentOf, type FigureScope } from './scope.ts';
import { tagWords } from './words.ts';
import { stackedLabel } from './label-stacked.ts';
import { statusOf } from './status.ts';
import { kindOf } from './kind.ts';

/** Statuses of what is meant to be, not what is. */
const PLANNED = new Set(['plan', 'target']);
import { COMPARED_YEAR, MODIFYING_YEAR } from './period-years.ts';

/**
 * A level a stock has reached at the end of a span that runs from a start to now (`今年以来，…全区老年食堂达到
 * 41个`, `近年来，…全县已有返乡创业青年1340人`, `响应时间缩短到2小时以内`) is not counted over it. A reporting
 * period (`1至9月，…业务量达到138万件`, `外转率下降到8.5%`) measures what reaches a level in it, and an as-of
 * date (截至…) dates stocks too: both keep the period.
 */
export function spanHolds(scope: FigureScope, span: { text: string }, inChain: { end?: number } | undefined, chain: string, at: number): boolean {
  const segment = segmentOf(scope);
  const clause = clauseOf(scope);
  const ownBefore = scope.sentence.slice(clause.start, scope.start);
  // (People taking part or served reaching a number is activity over the span, not a level: `参与老人达到2300余人次`.)
  // (And so does a clause of nouns alone that goes on from one that reached a level: `…线路总数达到38条，运营车辆
  // 126辆`: what the place has, listed.)
  const previousClause = scope.sentence.slice(segment.start, Math.max(segment.start, clause.start - 1)).split(/[，,]/).pop() ?? '';
  const previousBefore = previousClause.slice(0, Math.max(0, previousClause.search(/[0-9]/)));
  const listedLevel = ownBefore.trim() !== '' && LEVEL_REACHED.test(previousBefore) && !TAKING_PART.test(previousBefore) && !tagWords(ownBefore).some((w) => w.tag === 'v');
  const reached = (LEVEL_REACHED.test(ownBefore) && !TAKING_PART.test(ownBefore) && !(THIS_YEAR_SO_FAR.test(span.text) && didSince(scope, ownBefore))) || listedLevel;
  // (A big number over its label, `1.86万人` / `脱贫人口务工规模`, is named by the line under it, the words before it being
  // the label of the number above: a size is a stock.)
  const stacked = stackedLabel(scope);
  const stock =
    (reached && STOCK.test(ownBefore)) ||
    (stacked !== undefined && (STOCK.test(stacked) || SIZE.test(stacked))) ||
    COVERED.test(ownBefore) ||
    PLACES_REACHED.test(scope.sentence.slice(scope.end, clause.end)) ||
    PROGRAMME_SIZE.test(scope.sentence.slice(scope.end, clause.end));
  const asOfDate = /^截[至止]/.test(span.text);
  // A standard or a price holds for a time, not over a span; but an average measured over a closed span is what was
  // measured in it (`11月，全市蔬菜平均零售价为每斤3.12元`, `前三季度，…务工人员人均月收入约2800元`).
  // (A name in quotes is a name: `推出“一件事一次办”事项38项` prints no price per time.)
  // (A change in one, `人均月收入比去年提高260元`, is a change over the span: it keeps it.)
  // (So is a price of goods by weight in a closed span, `本周，西红柿每斤4.5元`: what the market asked in it, monitored.)
  const measured = (MEASURED_AVERAGE.test(ownBefore) || WEIGHED_PRICE.test(ownBefore)) && !OPEN_SPAN.test(span.text);
  // (A time limit, `城区2小时内到达现场`, `一般问题24小时内解决`, is a standard too: each case is held to it; not an average
  // measured, `平均8分钟内上门`.)
  const standard = (STANDARD.test(ownBefore.replace(/“[^”]*”/g, '名')) || ((TIME_LIMIT.test(scope.text) || WORKING_DAYS.test(scope.unit)) && !/平均[^，,；;。0-9]{0,6}$/.test(ownBefore))) && !measured && !CHANGED.test(ownBefore);
  const levelChange = POINTS.test(scope.unit) && COMPARED_YEAR_BEFORE.test(ownBefore);
  // (So does a clause of its own about the whole year after the span's: `1至10月…，全年目标为4000人`.)
  const laterTime =
    inChain?.end !== undefined &&
    inChain.end < at &&
    (LATER_TIME.test(chain.slice(inChain.end, at).replace(MODIFYING_YEAR, '').replace(COMPARED_YEAR, '')) || (inChain.end <= clause.start - segment.start && WHOLE_YEAR_OWN.test(ownBefore)));
  // (An as-of date is when what is done or there was counted: a plan or an aim beside it, `全年计划` 85 in a progress table
  // 截至6月30日, `其余600户月底前完工`, is the year's or the deadline's, not as of that day.)
  const planned = asOfDate && PLANNED.has(statusOf(scope));
  // (An average reached in this year so far is measured over it, as over a reporting period, as the guide counts averages:
  // `今年以来，…平均匹配时间缩短至2天`, `公交日均客运量达到16万人次`; not a limit, `平均响应时间缩短到2小时以内`, nor the level at
  // the end of a thing's life, `自2023年启动建设以来，…平均门球时间缩短至58分钟`, `公交改革推行以来，…日均客运量提高到1.2万人次`.)
  const averaged = AVERAGE_OVER.test(ownBefore) && THIS_YEAR_SO_FAR.test(span.text) && !/内$/.test(scope.text);
  return !(reached && !RATE_OVER.test(ownBefore) && !averaged && OPEN_SPAN.test(span.text)) && !(!asOfDate && (stock || standard || levelChange)) && !laterTime && !planned;
}

/**
 * 已有 right before a count whose clause goes on to what the counted did, in this year so far (`今年以来，全市已有2.6万人次办理
 * 异地就医备案`, `已有42所中小学开设…`, `已有9个村的幸福院开办了食堂`): those who did it this year, counted over it, as those
 * taking part are; not a stock the place has (`近年来，…已有返乡创业青年1340人`: the noun before the count, no verb after
 * it), nor those since a thing's own start (`试点以来，已有1300多名志愿者注册`: how many it has, dev 35's gold).
 */
function didSince(scope: FigureScope, ownBefore: string): boolean {
  if (!/已有$/.test(ownBefore.trim())) return false;
  const after = scope.sentence.slice(scope.end, clauseOf(scope).end);
  // (Not a verb of reaching or holding a level, `已有12个县区达到省级标准`, `…集体收入超过50万元`, `…名医生在岗服务`,
  // `…老年食堂投入运营`, `…村建成标准化卫生室`: how many are so now, a stock: finding #16.)
  if (LEVEL_AFTER.test(after)) return false;
  return tagWords(after).some((w) => /^v/.test(w.tag) && !/^(?:是|为|有)$/.test(w.word));
}
const LEVEL_AFTER = /达到|达标|超过|突破|实现|在岗|在职|在册|投入(?:运营|使用)|投运|建成|保持|稳定在|覆盖/u;

/**
 * A rate of the cases handled in a span (`入冬以来，…受理诉求1260件，办结率达到99.2%`, 满意率, 完成率) is measured over
 * it, as the annotation guide says of rates; a level of coverage (覆盖率, 普及率) is a level reached.
 */
const RATE_OVER = /(?:办结|满意|完成|解决|回访|签约|接通|响应|处置)率[^，,；;。0-9]{0,6}$/;
/** An average the clause names before its level (平均, 日均, 月均). */
const AVERAGE_OVER = /(?:平均|日均|月均|周均)[^，,；;。0-9]{0,12}$/;
/** A start within this year, running to now: 今年以来, 今年3月以来, 8月以来. */
const THIS_YEAR_SO_FAR = /^(?:今年|年初|[0-9]{1,2}月)[^年]*以来$/;
const OPEN_SPAN = /(?:以来|期间|近年来|近[一二三四五六七八九十两0-9]+年来?)$/;
/**
 * What no span dates but an as-of date: the level a stock reached (`人均体育场地面积达到2.86平方米`, `总里程达到
 * 2180公里`, `已覆盖90%的城市社区`), and a level's change from last year in points (`较去年提高12个百分点`).
 */
const STOCK = /面积|里程|总数|总量/;
/** A size named by a big number's label (`脱贫人口务工规模`): a stock too. */
const SIZE = /(?<!经营|产业)规模(?!以上)$/;
/** A standard (`每户补助标准最高5000元`, `低保标准提高到每人每月780元`) holds for a time, not over a span. */
// So does a price, a fee or a month's pay (`每人每次票价3元`, `充满一次约需1.5元`, `人均月收入3500元左右`).
// (高标准 and 标准化 describe what is built, `高标准日光温室`, `标准化厂房`: no standard.)
const STANDARD = /(?<!高)标准(?!化)[^，,；;。0-9]{0,8}$|最高[^，,；;。0-9]{0,4}$|每(?:月|天|日|晚|周|年)[^，,；;。0-9]{0,8}$|(?:票价|单价|价格|收费|月收入|月工资)[^，,；;。0-9]{0,6}$|(?:每|一)(?:次|度|斤|份|餐)[^，,；;。0-9]{0,4}$|(?:^|[，,])每(?:户|人|名|座|所|个|家)(?:可|能|再)?$/;
/** A verb of change right before the figure: the figure is the difference, not the standard's level. */
const CHANGED = /(?:提高|提升|增加|增长|上涨|下降|降低|减少|下调|上调)了?$/;
/** An average the clause says was measured (平均零售价, 人均月收入, 均价), not a standard set. */
const MEASURED_AVERAGE = /(?:平均|人均|均价)[^，,；;。0-9]{0,8}$/;
/** A price per weight of goods (`每斤4.5元`, `每公斤12元`), as a market is monitored. */
const WEIGHED_PRICE = /每(?:斤|公斤|千克)$/;
const COVERED = /已覆盖[^，,；;。0-9]{0,4}$/;
/** Places that have reached a state (`全县262个行政村实现快递进村`, `城区3个街道实现全覆盖`): a level, not a count over a span. */
const PLACES_REACHED = /^[^，,；;。0-9]{0,4}?(?:村|社区|街道|乡镇|小区)(?:已|均|全部|都)?实现/;
/** The size of a year's programme (`我市12件民生实事项目陆续落地`, `15件民生实事已完成投资的87%`): its list, not a count over a span. */
const PROGRAMME_SIZE = /^[^，,；;。0-9]{0,6}?实事/;
const POINTS = /^个?百分点$/;
// (Against the same period of last year, 较去年同期, the change is over the period: it keeps it.)
const COMPARED_YEAR_BEFORE = /(?:较|比)(?:去年|上年|(?:19|20)[0-9]{2}年)(?!同期)[^，,；;。0-9]{0,8}$/;
/** A time of the figure's own nearer than the period (`计划2026年底前…，到2028年…达到99%`): the period is not its. */
const LATER_TIME = /(?:到|至|于)?20[0-9]{2}年/;
/** A clause of its own about the whole year (`全年目标为4000人`), also foreseen or striven for (`预计全年…`, `力争全年…`).
 * (Not period-next.ts's STRIVE or AIM_OF_ITS_OWN: any word that may open a clause on 全年, 预计 too; its header says why.) */
const WHOLE_YEAR_OWN = /^(?:预计|力争|确保|争取)?全年/;
/** Working days are how an office counts a limit (`办理时限由5个工作日压缩至3个工作日`), as kind-per.ts reads them. */
const WORKING_DAYS = /工作日/;
/** A time limit: a duration within which (`2小时内`, `3个工作日内`). */
const TIME_LIMIT = /^[0-9０-９.一二三四五六七八九十两半]+(?:个)?(?:小时|分钟|天|日|工作日|个工作日|周)内$/;
const TAKING_PART = /(?:参与|参加|接待|服务|受理|办理|就餐|就诊|接诊)[^，,；;。0-9]{0,6}(?:达到|达)[^，,；;。0-9]{0,4}$/;
const LEVEL_REACHED = /(?:达到|已有|现有|共有|保持|保持在|稳定在|(?:提高|提升|缩短|降低|下降|降|增加|增长)(?:到|至))[^，,；;。0-9]{0,10}$/;

/**
 * A stock or a level, which a span carried from further back than the sentence before (`今年以来，…。食堂日均就餐800余
 * 人次。全区60岁以上老人有8.6万人`) does not reach, only what was done in it: what a place has (有, 共有, 现有: a verb of
 * having as a word of its own, not 有序 or 所有, before the figure's noun), a population (`常住人口318.5万人`), and a rate
 * that is a level (`失业率为2.9%`), not one of the cases handled in the span (`办结率为99.2%`).
 */
export function stockOrLevel(scope: FigureScope): boolean {
  const ownBefore = scope.sentence.slice(clauseOf(scope).start, scope.start);
  if (POPULATION.test(ownBefore)) return true;
  if (holds(ownBefore)) return true;
  return LEVEL_IS.test(ownBefore) && !RATE_OVER.test(ownBefore) && kindOf(scope) === 'rate';
}
/** Whether the clause before a figure tells what a place has (HAVING as a word of its own, before the figure's noun). */
export function holds(ownBefore: string): boolean {
  const having = tagWords(ownBefore).findLast((w) => HAVING.has(w.word));
  return having !== undefined && /^[^，,；;。0-9]{0,12}$/.test(ownBefore.slice(having.end));
}
/**
 * Whether a segment after a standalone time tells what a place has (holds, in the segment's last clause), not a part of
 * the span's own count: a part after 其中 or `…中，` (`其中，有高校毕业生380人`, `受理的诉求中，有1260件已办结`), or those
 * the having word brings on to an act of their own (`有1260件当天办结`, `共有180户个体工商户获得贷款`: the count right
 * after 有, a verb after it in its clause). (review R5 F5)
 */
export function segmentHolds(scope: FigureScope, segmentBefore: string): boolean {
  const clause = segmentBefore.slice(segmentBefore.search(/[^，,]*$/));
  if (!holds(clause)) return false;
  if (PART_OPENING.test(segmentBefore)) return false;
  // (The clause is its having word alone, the count right after it, and a verb after the count's first word: `有1260件
  // 当天办结`; `全区有12个就业服务站` is a place's stock, and so is `有12个就业服务站`, whose 就业 is its noun's.)
  if (!/^\s*(?:共有|有|还有|另有)\s*$/.test(clause)) return true;
  const after = tagWords(scope.sentence.slice(scope.end, clauseOf(scope).end));
  return !after.slice(1).some((w) => w.tag === 'v' && !/^(?:是|为|有)$/.test(w.word));
}
/** A segment opening on a part of a whole: 其中, or a clause ending 中 (`新增就业人员中，`). */
const PART_OPENING = /^\s*(?:其中|[^，,；;。0-9]{1,12}中[，,])/;
const HAVING = new Set(['有', '共有', '现有', '已有', '拥有', '建有', '设有', '存有']);
const POPULATION = /人口[^，,；;。0-9]{0,4}$/;
const LEVEL_IS = /(?:为|是|达到?|保持在?|稳定在)[^，,；;。0-9]{0,4}$/;
