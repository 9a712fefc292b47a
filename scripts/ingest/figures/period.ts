// The year a figure is about, and the period the text gives for it (`1至10月`, `截至10月底`,
// `2021—2025年`, `2024年以来`, `今年以来`). Read in the figure's clause chain first, then the sentence's lead
// clause and the paragraph's (`2025年，壶关县…。…`):
// - an explicit year (`2024年`, `截至2024年底`) is the year; a span of years (`2021—2025年`) is its last;
// - 今年 is the article's year, 去年 one before, 前年 two before, 明年 one after;
// - a start (`2024年以来`, `自2023年11月…以来`) is not the figure's year: it runs to the article's year;
// - otherwise the article's year (or its date's); on an undated page, for an article whose text names no
//   year, the year the page's other articles report on (pipeline.ts, siblingYear); undefined when none is known.

import { leadOf, segmentOf, clauseOf, type FigureScope } from './scope.ts';
import { tableRow } from './table.ts';
import { tagWords } from './words.ts';

export interface FigurePeriod {
  year?: number;
  period?: string;
}

const RELATIVE: Record<string, number> = { 今年: 0, 本年: 0, 当年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1 };
/** Words for "now": the time the article reports, which a review printed in January places in the year before. */
const NOW = new Set(['目前', '现有', '现在', '如今']);

// Each pattern is a period as printed (the annotation guide, tests/fixtures/figures-gold/README.md);
// `year`, when set, gives the year it ends in. 今年 inside a closed span is dropped (`今年1至10月` →
// 1至10月: the year is the record's `year`) but kept in a start (`今年以来`, `今年3月以来`). 全年, a bare
// year and 截至目前 ("now") are no period: the year says it.
const PERIODS: readonly { pattern: RegExp; year?: (m: RegExpExecArray) => number | undefined }[] = [
  // 2021—2025年, 2021年至2025年
  { pattern: /(20[0-9]{2})年?[—–\-~～至到](20[0-9]{2})年/g, year: (m) => Number(m[2]) },
  // 截至2024年底, 截至今年10月底, 截至11月24日
  { pattern: /截[至止](?:(20[0-9]{2})年|今年)?[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:底|末|初)?|截[至止](20[0-9]{2})年(?:底|末)?/g, year: (m) => (m[1] ?? m[2] ? Number(m[1] ?? m[2]) : undefined) },
  // 2026年底前 (not `2000年底前建成的…`, which says which estates)
  { pattern: /(20[0-9]{2})年(?:底|末)前(?![^，,；;。]{0,4}的)/g, year: (m) => Number(m[1]) },
  // 年底前, 11月底前: a deadline of this year (`剩余7个小区将在11月底前完工`, `年底前完成…改造800户`).
  { pattern: /(?<![0-9])(?:今年)?(?:[0-9]{1,2}月底|年底|年末)前(?![^，,；;。]{0,4}的)/g },
  // 2024年以来, 今年以来, 去年以来, 今年3月以来, 8月以来, 年初以来, 2023年至今, 自2023年11月正式投入运营以来
  // (written 2023年11月以来), 近年来, 近三年
  { pattern: /(?:20[0-9]{2}年|今年|去年|前年)(?:[0-9]{1,2}月(?:上旬|中旬|下旬|初|底)?|初|年初)?(?:以来|至今)|(?<![0-9])[0-9]{1,2}月(?:份|上旬|中旬|下旬|初|底)?(?:以来|至今)|(?<![\p{Script=Han}])年初(?:以来|至今)|近[一二三四五六七八九十两0-9]+年(?:来)?|近年来/gu },
  { pattern: /自((?:20[0-9]{2}年|今年)(?:[0-9]{1,2}月)?)[^，,；;。]*?以来/g, year: () => undefined },
  // 今年3月开课以来, 3月运营以来: a month and the start of what began in it (with 自, above, the month alone).
  { pattern: /(?<!自(?:20[0-9]{2}年|今年|去年)?)(?:20[0-9]{2}年|今年|去年)?(?<![0-9])[0-9]{1,2}月(?:份)?(?:建成|成立|投用|投运|运营|开通|开放|实施|开诊|开业|开园|开课|开班|启用|上线)以来/g },
  // 11月15日开栓以来, 10月8日开课以来: a day and the start of what began on it.
  { pattern: /(?:(?:20[0-9]{2}年|今年|去年)?(?<![0-9])[0-9]{1,2}月[0-9]{1,2}日)[\p{Script=Han}]{2,4}?以来/gu },
  // 产业园建成以来, 系统开通一个月来, 开诊半个月来 (a clause opening on the start itself)
  { pattern: /(?<![\p{Script=Han}0-9])[\p{Script=Han}]{0,6}?(?:建成|成立|投用|投运|运营|开通|开放|实施|开诊|开业|开园|启用|上线)(?:以来|(?:[一二三四五六七八九十两0-9]+|半)(?:个月|年|天)来)/gu },
  // A start of two to four characters opening a clause: 入冬以来, 入夏以来, 开栓以来 (not 长期以来, 多年以来: no start).
  { pattern: /(?<=^|[，,；;：:。#\s])(?!长期|多年|一直|历来)[\p{Script=Han}]{2,4}以来/gu },
  // A named campaign's time: “春风行动”期间
  // (a five-year plan's, below, gives its last year too).
  { pattern: /“(?!十[一二三四五六七八九]五”)[^“”，,。；;]{2,12}”期间/g },
  // 1至10月 (今年 dropped), 2025年1至10月, 前8个月, 前三季度, 上半年, 一季度, 2025年冬季
  // (also 1月至10月, 前10月, 第一季度)
  { pattern: /(?:(20[0-9]{2})年|今年)?[0-9]{1,2}月?[至—–\-~～到][0-9]{1,2}月(?:份)?/g, year: (m) => (m[1] ? Number(m[1]) : undefined) },
  { pattern: /(?:(20[0-9]{2})年|今年)?(?:前[0-9一二三四五六七八九十]+个?月|上半年|下半年|前三季度|第?[一二三四]季度)/g, year: (m) => (m[1] ? Number(m[1]) : undefined) },
  // A holiday as a clause of its own: 中秋假期, 国庆期间, 春节假期, 春运期间 (not a school break: 暑期 also
  // names programmes, 暑期托管班, and the gold reads 今年暑假，… as the time of an event; nor a run of days,
  // 12月8日至11日: an event's dates).
  { pattern: /(?<=^|[，,；;：:。\s])(?:今年)?(?:春节|元旦|清明|五一|端午|中秋|国庆|春运){1,2}(?:假期|期间|黄金周|小长假)?(?=[，,])/g },
  // The first day, week or month of something as a clause of its own (`首周，县供热公司…逐户抽测室温`).
  // (With the start it counts from, `开栓首周`, `开园首日`.)
  // (A start of two characters before it says which first days it is, so it opens its clause without a comma too:
  // `…，开园首周接待游客1.6万人次`.)
  { pattern: /(?<=^|[，,；;：:。\s])(?:(?:[\p{Script=Han}]{2})?(?:首|头)(?:日|周|月)(?=[，,])|(?:开园|开栓|开业|开诊|开馆|开通|开放|运营|上线|启用)(?:首|头)(?:日|周|月))/gu },
  // A whole season named as the span (`预计整个冰雪季可接待游客15万人次`, `整个采暖季`).
  { pattern: /整个[\p{Script=Han}]{1,3}?季/gu },
  // A season only as a clause of its own (`2025年冬季，…`), not an event's name (`2025年冬季专场招聘会`).
  // (With what says which one: 去年冬季, 本采暖季, 上个采暖季.)
  { pattern: /(?:(20[0-9]{2})年|今年|去年|本|今|上个?|这个)?(?:冬季|夏季|春季|秋季|采暖季|供暖季)(?=[，,])/g, year: (m) => (m[1] ? Number(m[1]) : undefined) },
  // A whole month as the span of what is done or expected in it, opening its clause (`县文旅局预计，12月全县
  // 接待游客可达8万人次`, `12月计划开展阅读活动40场`): not a day (12月15日), an edge (月底, 月初, 12月起), 月份, nor
  // the date that says which works (`4月开工建设的…热网工程`).
  // (A month with 份 as a clause of its own: `11月份，中心共受理各类业务1.35万件`.)
  { pattern: /(?<=^|[，,；;：:。\s])(?:今年)?[0-9]{1,2}月份(?=[，,])/g },
  { pattern: /(?<=^|[，,；;：:。\s])(?:今年)?[0-9]{1,2}月(?![0-9份底末初中上下旬日号起至到以—–\-~～])(?![^，,；;。]{0,6}的)(?=[\p{Script=Han}])/gu },
  // A five-year plan's period ends in its last year: 十四五 2021—2025, 十五五 2026—2030.
  { pattern: /“?十([一二三四五六七八九])五”?(?:期间|以来)/g, year: (m) => 2000 + 5 * '一二三四五六七八九'.indexOf(m[1]!) + 10 },
];

/** A period as records write it: 今年 dropped (kept in 今年以来, 今年3月以来), 自…以来 as its start. */
function printed(m: RegExpExecArray): string {
  const since = /^自((?:20[0-9]{2}年|今年)(?:[0-9]{1,2}月)?)/.exec(m[0]);
  if (since) return `${since[1]}以来`;
  // A start is kept as printed (`今年以来`, `今年3月以来`, `今年入冬以来`, `今年国庆以来`: the annotation guide).
  if (m[0].endsWith('以来')) return m[0];
  // A season is kept as printed (`2025年冬季`, `今年冬季`).
  if (SEASON.test(m[0])) return m[0];
  // A year opening a span of months or quarters (`2025年前三季度`, `2025年1至10月`) is the record's year, as 今年 is.
  return m[0].replace(/今年/, '').replace(/(?<=^|截[至止])今年/, '').replace(CLOSED_WITH_YEAR, '');
}

const SEASON = /^(?:20[0-9]{2}年|今年|去年|本|今|上个?|这个)?(?:冬季|夏季|春季|秋季|采暖季|供暖季)$/;
const CLOSED_WITH_YEAR = /^20[0-9]{2}年(?=[0-9]{1,2}月?[至—–\-~～到]|前[0-9一二三四五六七八九十]+个?月|上半年|下半年|前三季度|第?[一二三四]季度)/;

const SCHEME_YEAR = /(?<![0-9])20[0-9]{2}年度/;
const DAY = /(?<![0-9])20[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日/g;
const YEAR = /(?<![0-9])(20[0-9]{2}|19[0-9]{2})年(?!以来|[0-9]{1,2}月(?:份)?以来|度以来|[—–\-~～至到])/g;
// 目前/现有 say "now": `去年改建，现有床位24张` is this year's beds.
const RELATIVE_YEAR = /今年|本年|当年|去年|上年|前年|明年|目前|现有|现在|如今/g;
const SINCE_OPEN = /自(?:20[0-9]{2}年)?[^，,；;]*?以来/g;
// A year a figure is compared with is not its own: `较去年提高4.2个百分点`, `由去年的六成提高到九成`, `与去年相比`.
// A year that says which things, not when (`2000年底前建成的老旧小区`).
const MODIFYING_YEAR = /(?:19|20)[0-9]{2}年(?:底|末)?(?:以?前|以后)[^，,；;。]{0,4}的/g;
const COMPARED_YEAR = /(?:较|比|与|同|由|从)(?:去年|上年|前年|(?:19|20)[0-9]{2}年|目前(?=的)|现在(?=的))(?:同期|的|相比|底)?/g;

/**
 * The year a figure is about when its words name none: the article's, unless its page was printed in
 * another year than the one before or the same (a January page reviews the year before; a page of 2025
 * does not report on 2000 or 2026 — an article year read off `2000年底前建成的…` or `计划2026年…`).
 */
export function articleYear(scope: Pick<FigureScope, 'article'>): number | undefined {
  const { year, pageYear, date, siblingYear } = scope.article;
  const printed = pageYear ?? (date ? Number(date.slice(0, 4)) || undefined : undefined);
  if (printed === undefined) return year ?? siblingYear;
  return year !== undefined && (year === printed || year === printed - 1) ? year : printed;
}

/**
 * What 今年 means: the year the page was printed, else the article's. (The guide leaves 今年 on an undated
 * page unplaced, but the seeds' and holdout gold date such pages' 今年 and 目前 by the article's year, which
 * the annotators knew: reading them as unknown cost 14 seed figures and 5 holdout figures.)
 */
function thisYear(scope: Pick<FigureScope, 'article'>): number | undefined {
  return scope.article.pageYear ?? articleYear(scope);
}

/** 过去一年 (一年来): the year a review looks back on — the one before when printed in its first quarter. */
const PAST_YEAR = /过去(?:的)?一年|一年来/g;
const REVIEW_MONTHS = 3;

function reviewedYear(scope: Pick<FigureScope, 'article'>, now: number | undefined): number | undefined {
  if (now === undefined) return undefined;
  const month = scope.article.date ? Number(scope.article.date.slice(5, 7)) : undefined;
  return month !== undefined && month <= REVIEW_MONTHS ? now - 1 : now;
}

export function periodOf(scope: FigureScope): FigurePeriod {
  const base = articleYear(scope);
  const now = thisYear(scope);
  const segment = segmentOf(scope);
  const clause = clauseOf(scope);
  const chain = scope.sentence.slice(segment.start, clause.end);
  const at = scope.start - segment.start;
  const past = reviewedYear(scope, now);
  const sentenceLead = leadOf(scope.sentence, scope.start);
  // A period governs its clause chain, and the rest of the sentence when it stands as a clause of its own
  // (`景区负责人介绍，今年1至10月，…；实现旅游收入9.3亿元`); a paragraph's lead gives a year, not a period.
  const inChain = periodIn(chain, at);
  const printedPeriod = inChain ?? periodIn(standaloneBefore(scope.sentence, scope.start), Number.POSITIVE_INFINITY) ?? partOfBefore(scope) ?? carriedFromBefore(scope) ?? tableIntroPeriod(scope);
  const ownBefore = scope.sentence.slice(clause.start, scope.start);
  // (People taking part or served reaching a number is activity over the span, not a level: `参与老人达到2300余人次`.)
  // (And so does a clause of nouns alone that goes on from one that reached a level: `…线路总数达到38条，运营车辆
  // 126辆`: what the place has, listed.)
  const previousClause = scope.sentence.slice(segment.start, Math.max(segment.start, clause.start - 1)).split(/[，,]/).pop() ?? '';
  const previousBefore = previousClause.slice(0, Math.max(0, previousClause.search(/[0-9]/)));
  const listedLevel = ownBefore.trim() !== '' && LEVEL_REACHED.test(previousBefore) && !TAKING_PART.test(previousBefore) && !tagWords(ownBefore).some((w) => w.tag === 'v');
  const reached = (LEVEL_REACHED.test(ownBefore) && !TAKING_PART.test(ownBefore)) || listedLevel;
  const stock =
    (reached && STOCK.test(ownBefore)) ||
    COVERED.test(ownBefore) ||
    // (A name in quotes is a name: `推出“一件事一次办”事项38项` prints no price per time.)
    STANDARD.test(ownBefore.replace(/“[^”]*”/g, '名')) ||
    PLACES_REACHED.test(scope.sentence.slice(scope.end, clause.end)) ||
    PROGRAMME_SIZE.test(scope.sentence.slice(scope.end, clause.end));
  const asOfDate = printedPeriod !== undefined && /^截[至止]/.test(printedPeriod.text);
  const levelChange = POINTS.test(scope.unit) && COMPARED_YEAR_BEFORE.test(ownBefore);
  // (So does a clause of its own about the whole year after the span's: `1至10月…，全年目标为4000人`.)
  const laterTime =
    inChain?.end !== undefined &&
    inChain.end < at &&
    (LATER_TIME.test(chain.slice(inChain.end, at).replace(MODIFYING_YEAR, '').replace(COMPARED_YEAR, '')) || (inChain.end <= clause.start - segment.start && /^全年/.test(ownBefore)));
  const period =
    printedPeriod && !(reached && !RATE_OVER.test(ownBefore) && OPEN_SPAN.test(printedPeriod.text)) && !(!asOfDate && (stock || levelChange)) && !laterTime ? printedPeriod : undefined;
  // The nearest time phrase governs: the figure's clause chain, then a period printed for it (one without a
  // year, `上半年`, is the article's), then the sentence's lead, then the nearest lead of a sentence before it
  // in the paragraph that names a time (`前年，…。如今，…。上半年，…` — 如今 resets 前年).
  const readings: (() => number | undefined)[] = [
    () => yearIn(chain, at, now, base, past),
    () => (period ? (period.year ?? base) : undefined),
    () => (sentenceLead !== undefined ? yearIn(sentenceLead, sentenceLead.length, now, base, past) : undefined),
    () => nearestLeadYear(scope, now, base, past),
  ];
  let year: number | undefined = base;
  for (const read of readings) {
    const found = read();
    if (found !== undefined) {
      year = found;
      break;
    }
  }
  const asOf = period ? undefined : footnoteAsOf(scope, year);
  return { ...(year !== undefined ? { year } : {}), ...(period ? { period: period.text } : asOf ? { period: asOf } : {}) };
}

/**
 * The as-of date a footnote gives the article's data (`（文中数据截至2025年11月底）`, the annotation guide),
 * for a figure of the year it dates that prints no period of its own.
 */
function footnoteAsOf(scope: FigureScope, year: number | undefined): string | undefined {
  const asOf = scope.article.asOf;
  if (!asOf) return undefined;
  const named = /(20[0-9]{2})年/.exec(asOf);
  const of = named ? Number(named[1]) : articleYear(scope);
  return of !== undefined && of === year ? asOf : undefined;
}

/**
 * A level a stock has reached at the end of a span that runs from a start to now (`今年以来，…全区老年食堂达到
 * 41个`, `近年来，…全县已有返乡创业青年1340人`, `响应时间缩短到2小时以内`) is not counted over it. A reporting
 * period (`1至9月，…业务量达到138万件`, `外转率下降到8.5%`) measures what reaches a level in it, and an as-of
 * date (截至…) dates stocks too: both keep the period.
 */
/**
 * A rate of the cases handled in a span (`入冬以来，…受理诉求1260件，办结率达到99.2%`, 满意率, 完成率) is measured over
 * it, as the annotation guide says of rates; a level of coverage (覆盖率, 普及率) is a level reached.
 */
const RATE_OVER = /(?:办结|满意|完成|解决|回访|签约|接通|响应|处置)率[^，,；;。0-9]{0,6}$/;
const OPEN_SPAN = /(?:以来|期间|近年来|近[一二三四五六七八九十两0-9]+年来?)$/;
/**
 * What no span dates but an as-of date: the level a stock reached (`人均体育场地面积达到2.86平方米`, `总里程达到
 * 2180公里`, `已覆盖90%的城市社区`), and a level's change from last year in points (`较去年提高12个百分点`).
 */
const STOCK = /面积|里程|总数|总量/;
/** A standard (`每户补助标准最高5000元`, `低保标准提高到每人每月780元`) holds for a time, not over a span. */
// So does a price, a fee or a month's pay (`每人每次票价3元`, `充满一次约需1.5元`, `人均月收入3500元左右`).
// (高标准 and 标准化 describe what is built, `高标准日光温室`, `标准化厂房`: no standard.)
const STANDARD = /(?<!高)标准(?!化)[^，,；;。0-9]{0,8}$|最高[^，,；;。0-9]{0,4}$|每(?:月|天|日|晚|周|年)[^，,；;。0-9]{0,8}$|(?:票价|单价|价格|收费|月收入|月工资)[^，,；;。0-9]{0,6}$|(?:每|一)(?:次|度|斤|份|餐)[^，,；;。0-9]{0,4}$|(?:^|[，,])每(?:户|人|名|座|所|个|家)(?:可|能|再)?$/;
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
const TAKING_PART = /(?:参与|参加|接待|服务|受理|办理|就餐|就诊|接诊)[^，,；;。0-9]{0,6}(?:达到|达)[^，,；;。0-9]{0,4}$/;
const LEVEL_REACHED = /(?:达到|已有|现有|共有|保持|保持在|稳定在|(?:提高|提升|缩短|降低|下降|降|增加|增长)(?:到|至))[^，,；;。0-9]{0,10}$/;

/**
 * A sentence that opens on 其中 (`其中，蟠龙镇、洪水镇…接待游客312万人次`) tells a part of the sentence before
 * it, and is counted over the same span: the period printed last in that sentence, when it names no time itself.
 */
function partOfBefore(scope: FigureScope): { text: string; year?: number; end?: number } | undefined {
  if (!/^其中[，,]/.test(scope.sentence) || timeIn(scope.sentence.slice(0, scope.start))) return undefined;
  const before = scope.paragraph.slice(0, scope.sentenceStart).split(/(?<=[。！？!?])/).map((t) => t.trim()).filter(Boolean).at(-1);
  if (!before) return undefined;
  const found = periodIn(before, before.length) ?? periodIn(standaloneBefore(before, before.length), Number.POSITIVE_INFINITY);
  return found ? { text: found.text, ...(found.year !== undefined ? { year: found.year } : {}) } : undefined;
}

/**
 * A reporting period set off as a clause of its own (`1至11月，全市城镇新增就业5.26万人…。全市发放创业担保贷款9.8亿元`,
 * `2025年前三季度，…。区文旅局共举办…210场`) goes on over the next sentence of its paragraph when that names no
 * time itself: a closed span (months, quarters, halves) or a start (`入冬以来，…。全市供热服务热线共接听…`), not an
 * as-of date.
 */
function carriedFromBefore(scope: FigureScope): { text: string; year?: number } | undefined {
  // (Not past a lead of its own, `在住房方面，…`, nor over what 先后/累计 sum from before the span, nor a change from
  // 年初's level.)
  // (Nor over a sentence that counts the whole year, `全年共开展义诊活动120场`: not its share of a task, 全年任务.)
  if (timeIn(scope.sentence) || WHOLE_YEAR.test(scope.sentence) || leadOf(scope.sentence) !== undefined || NOT_CARRIED_ANY.test(scope.sentence)) return undefined;
  const before = scope.paragraph.slice(0, scope.sentenceStart).split(/(?<=[。！？!?])/).map((t) => t.trim()).filter(Boolean).at(-1);
  if (!before) return undefined;
  const found = periodIn(standaloneBefore(before, before.length), Number.POSITIVE_INFINITY);
  // (A start, `入冬以来`, goes on too; not into a clause that gives the source of a measure: `据对…的入户抽测`.)
  if (/^据/.test(scope.sentence.slice(clauseOf(scope).start))) return undefined;
  // (累计 and 先后 sum from before a closed span, but over a start: `入冬以来，…。供热企业累计上门维修…`.)
  const closed = found !== undefined && CLOSED_SPAN.test(found.text) && !NOT_CARRIED.test(scope.sentence);
  return found && (closed || /以来$/.test(found.text)) ? { text: found.text, ...(found.year !== undefined ? { year: found.year } : {}) } : undefined;
}
const WHOLE_YEAR = /全年(?!目标|任务|计划)/;
const NOT_CARRIED = /先后|累计/;
const NOT_CARRIED_ANY = /年初|年底|(?:由|从)[^，,；;。]*?(?:提高|提升|增加|下降|降低)(?:到|至)/;
const CLOSED_SPAN = /^(?:[0-9]{1,2}月?[至—–\-~～到][0-9]{1,2}月(?:份)?|前[0-9一二三四五六七八九十]+个?月|上半年|下半年|前三季度|第?[一二三四]季度)$/;

/**
 * A table's rows are counted over the period its introducing paragraph sets off as a clause (`首周，…逐户抽测室温，
 * 情况如下：` over `| 古韩镇城区 | 1860户 | 98.7% |`): the paragraph right before the table, ending on a colon.
 */
function tableIntroPeriod(scope: FigureScope): { text: string; year?: number } | undefined {
  if (tableRow(scope.paragraph, scope.sentenceStart + scope.start, scope.sentenceStart + scope.end) === undefined) return undefined;
  const intro = (scope.preceding ?? '').split('\n').filter(Boolean).at(-1)?.trim();
  if (!intro || !/[：:]$/.test(intro)) return undefined;
  const lastSentence = intro.split(/(?<=[。！？!?])/).map((t) => t.trim()).filter(Boolean).at(-1) ?? intro;
  const lead = leadOf(lastSentence);
  const found = lead === undefined ? undefined : periodIn(`${lead}，`, Number.POSITIVE_INFINITY);
  return found ? { text: found.text, ...(found.year !== undefined ? { year: found.year } : {}) } : undefined;
}

/** Does the text name a time: a year, 今年/去年 and their kin, or a period? */
function timeIn(text: string): boolean {
  YEAR.lastIndex = 0;
  RELATIVE_YEAR.lastIndex = 0;
  return YEAR.test(text) || RELATIVE_YEAR.test(text) || periodIn(text, Number.POSITIVE_INFINITY) !== undefined;
}

/** Each period pattern anchored to a whole clause (compiled once: this runs for every figure). */
const WHOLE_CLAUSE = PERIODS.map(({ pattern }) => new RegExp(`^(?:据统计|据了解|今年)?(?:${pattern.source})$`, pattern.flags.replace('g', '')));

/** The clauses before `at` that hold nothing but a time (`今年1至10月`, `截至目前`), joined. */
function standaloneBefore(sentence: string, at: number): string {
  return sentence
    .slice(0, at)
    .split(/[，,；;：:]/)
    .slice(0, -1)
    .map((c) => c.replace(/^\s*#[^#]{1,20}#\s*/, ''))
    .filter((c) => c.length <= 12 && WHOLE_CLAUSE.some((whole) => whole.test(c)))
    .join('，');
}

/** The period printed nearest before `at` in the text (else the first after it). */
function periodIn(text: string, at: number): { text: string; year?: number; end?: number } | undefined {
  let best: { at: number; end: number; text: string; year?: number } | undefined;
  let after: typeof best;
  for (const { pattern, year } of PERIODS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const y = year?.(m);
      const found = { at: m.index, end: m.index + m[0].length, text: printed(m), ...(y !== undefined ? { year: y } : {}) };
      if (m.index < at) {
        if (!best || m.index > best.at || (m.index === best.at && m[0].length > best.text.length)) best = found;
      } else if (!after) after = found;
    }
  }
  const chosen = best ?? after;
  return chosen ? { text: chosen.text, end: chosen.end, ...(chosen.year !== undefined ? { year: chosen.year } : {}) } : undefined;
}

const NOW_LEAD = /^(?:目前|现在|如今|当前|眼下|现如今)$/;

/**
 * The year of the nearest sentence before the figure's, in its paragraph, whose lead clause names a time:
 * its year, or the article's for "now" (如今) and a period without a year; undefined when none does.
 */
function nearestLeadYear(scope: FigureScope, now: number | undefined, base: number | undefined, past: number | undefined): number | undefined {
  const before = scope.paragraph.slice(0, scope.sentenceStart).split(/(?<=[。！？!?])/);
  for (let i = before.length - 1; i >= 0; i--) {
    const lead = leadOf(before[i]!.trim());
    if (lead === undefined) continue;
    const year = yearIn(lead, lead.length, now, base, past);
    if (year !== undefined) return year;
    if (NOW_LEAD.test(lead) || periodIn(lead, lead.length)) return base;
  }
  // A review's lead (`过去一年，…。` / `教育方面，新建…21所`) governs the paragraphs after it in its section that
  // name no time of their own; other leads stay in their paragraph (the dev gold leaves those undated).
  if (timeIn(scope.paragraph.slice(0, scope.sentenceStart + scope.start))) return undefined;
  const paragraphs = (scope.preceding ?? '').split('\n').filter(Boolean);
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const lead = leadOf(paragraphs[i]!.trim());
    if (lead !== undefined && REVIEW_LEAD.test(lead)) return yearIn(lead, lead.length, now, base, past);
  }
  return undefined;
}
const REVIEW_LEAD = new RegExp(PAST_YEAR.source);

/** The year the text names for a figure at `at`: the nearest before it, else the first after. */
function yearIn(text: string, at: number, now: number | undefined, base: number | undefined, past?: number): number | undefined {
  // (A start level keeps its own time: `由目前的88%` is now.)
  const masked = text.replace(SINCE_OPEN, (s) => ' '.repeat(s.length)).replace(COMPARED_YEAR, (s, i: number) => (i + s.length === at && /^(?:由|从)(?:目前|现在)/.test(s) ? s : ' '.repeat(s.length))).replace(MODIFYING_YEAR, (s) => ' '.repeat(s.length));
  // A scheme's year (`2026年度城乡居民医保…缴费期为2025年9月1日至12月31日，个人缴费标准为…400元`) dates what the
  // scheme sets; the days its procedures run on, printed after it, do not.
  const scheme = SCHEME_YEAR.exec(masked);
  const open = scheme && scheme.index < at ? masked.replace(DAY, (s, i: number) => (i > scheme.index ? ' '.repeat(s.length) : s)) : masked;
  const found: { at: number; year: number }[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(open); m; m = YEAR.exec(open)) found.push({ at: m.index, year: Number(m[1]) });
  RELATIVE_YEAR.lastIndex = 0;
  for (let m = RELATIVE_YEAR.exec(open); m; m = RELATIVE_YEAR.exec(open)) {
    // A start running to now (`今年以来`, `去年以来`) says the figure is of now, the article's year: nearer than a
    // year told before it (`车间去年带动…就业，今年以来订单增加了三成`).
    if (open.startsWith('以来', m.index + m[0].length)) {
      if (base !== undefined) found.push({ at: m.index, year: base });
      continue;
    }
    const year = NOW.has(m[0]) ? base : now === undefined ? undefined : now + RELATIVE[m[0]]!;
    if (year !== undefined) found.push({ at: m.index, year });
  }
  PAST_YEAR.lastIndex = 0;
  for (let m = PAST_YEAR.exec(open); m && past !== undefined; m = PAST_YEAR.exec(open)) found.push({ at: m.index, year: past });
  const range = /(20[0-9]{2})年?[—–\-~～至到](20[0-9]{2})年/.exec(open);
  if (range) found.push({ at: range.index, year: Number(range[2]) });
  const before = found.filter((f) => f.at < at).sort((a, b) => b.at - a.at)[0];
  return (before ?? found.sort((a, b) => a.at - b.at)[0])?.year;
}
