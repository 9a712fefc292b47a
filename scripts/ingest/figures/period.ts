// The year a figure is about, and the period the text gives for it (`1至10月`, `截至10月底`,
// `2021—2025年`, `2024年以来`, `今年以来`). Read in the figure's clause chain first, then the sentence's lead
// clause and the paragraph's (`2025年，壶关县…。…`):
// - an explicit year (`2024年`, `截至2024年底`) is the year; a span of years (`2021—2025年`) is its last;
// - 今年 is the article's year, 去年 one before, 前年 two before, 明年 one after;
// - a start (`2024年以来`, `自2023年11月…以来`) is not the figure's year: it runs to the article's year;
// - otherwise the article's year (or its date's); on an undated page, for an article whose text names no
//   year, the year the page's other articles report on (pipeline.ts, siblingYear); undefined when none is known.

// The printed forms are in period-printed.ts, the year's words in period-years.ts, spans carried over from
// other sentences in period-carried.ts, and what a span does not govern in period-levels.ts.

import { leadOf, segmentOf, clauseOf, type FigureScope } from './scope.ts';
import { BY_END, CLOSED_YEARS, periodIn, standaloneBefore } from './period-printed.ts';
import { articleYear, maskShareBase, nearestLeadYear, reviewedYear, thisYear, timeIn, yearIn } from './period-years.ts';
import { carriedFromBefore, dataRunIntroPeriod, deckPeriod, listIntroPeriod, openingSpanBefore, partOfBefore, partOfYear, tableIntroPeriod } from './period-carried.ts';
import { segmentHolds, spanHolds } from './period-levels.ts';
import { tableCell } from './table.ts';
import { tableOwnPeriod } from './table-period.ts';
import { titlePeriod } from './period-titles.ts';
import { statusOf } from './status.ts';
import { deadlineAfter, plansAhead } from './period-next.ts';

/** A section heading this short names what its section is (`明年计划`, `2026年目标`), not a story's headline. */
const SHORT_HEADING = 12;

/** A span counted back from now: years up to the present (`五年来`, `近三年`, `近年来`). */
const LOOKING_BACK = /^近?[一二三四五六七八九十两0-9]+年(?:来|间)?$|^近年来$/;

const BARE_YEAR_ROW = /^(?:19|20)[0-9]{2}$/;
/** A row named by a year (`2021年`, `2021`). */
const YEAR_ROW = /^(?:19|20)[0-9]{2}年?$/;

/**
 * A data title: a year opening it, then a name with no clause mark and no number (`2024年沁源民生账`, `2025年长治民生账单`;
 * the year printed bare too, `2025潞城民生账单`), or a short name closed by the year (`数说2025`, `数读2025年`).
 */
const DATA_TITLE = /^((?:19|20)[0-9]{2})年?(?![以度—–\-~～至到年0-9])[^\s，,。；;：:！？!?0-9]{2,12}$|^[^\s，,。；;：:！？!?0-9]{2,6}((?:19|20)[0-9]{2})年?$/u;

/** The year a data piece's headline opens on or closes with (DATA_TITLE), if it is one. */
function dataTitleYear(title: string | undefined): number | undefined {
  const m = title === undefined ? null : DATA_TITLE.exec(title.trim());
  return m ? Number(m[1] ?? m[2]) : undefined;
}

const PLANNED = new Set(['plan', 'target', 'forecast']);

/**
 * A past the text does not date: before, in the past, in former years (not 过去一年 or 过去五年, a review's span). 以前
 * only as the time word opening its clause (`以前村里…`, `“以前挑水…`), not after a time or an event (`供暖季到来以前`,
 * `11月15日以前`: by then, a deadline); 以往/往年 not as what a change is measured on (`较往年增加`, `比以往多`).
 */
const UNNAMED_PAST = /(?<=^|[，,。；;：:！？!?“”"「『\s])以前|(?<![较比与同于跟和])(?:以往|往年)|从前|过去(?![的]?[一二三四五六七八九十两0-9]+年)/g;

/** A headline opening on a year as the time of what it reports (`2025年我市…`), not a start or a span, nor a sentence (`2024年，…`). */
const HEADLINE_YEAR = /^((?:19|20)[0-9]{2})年(?![以度—–\-~～至到底末前0-9，,])/u;

/** The year a headline opens on when it is before the article's (a January page's review of the year before). */
function pastHeadlineYear(title: string | undefined, base: number | undefined): number | undefined {
  const m = title === undefined ? null : HEADLINE_YEAR.exec(title.trim());
  return m && base !== undefined && Number(m[1]) < base ? Number(m[1]) : undefined;
}

export interface FigurePeriod {
  year?: number;
  period?: string;
}

export function periodOf(scope: FigureScope): FigurePeriod {
  // On a page that prints no date, 今年 and 目前 are the article's year, unless the article tells that year and 今年
  // apart: then they cannot be placed (the annotation guide; meaning.ts).
  const base = articleYear(scope);
  const now = scope.article.presentUnknown ? undefined : thisYear(scope);
  const segment = segmentOf(scope);
  const clause = clauseOf(scope);
  const chain = scope.sentence.slice(segment.start, clause.end);
  const at = scope.start - segment.start;
  const past = reviewedYear(scope, now);
  const sentenceLead = leadOf(scope.sentence, scope.start);
  // A period governs its clause chain, and the rest of the sentence when it stands as a clause of its own
  // (`景区负责人介绍，今年1至10月，…；实现旅游收入9.3亿元`); a paragraph's lead gives a year, not a period.
  // A table cell's column heading (`| 指标 | 2024年 | 2025年 |`, `| 项目 | 1—10月 |`) dates it before anything the
  // rows before it print: the whole table is one sentence, and the nearest time before a cell is another column's.
  const cell = tableCell(scope.paragraph, scope.sentenceStart + scope.start, scope.sentenceStart + scope.end);
  const heading = cell?.heading;
  // (A row named by a year printed bare, `2021　9800` under a chart's title, is of that year, as `2021年` is.)
  const rowYear = cell && BARE_YEAR_ROW.test(cell.row.trim()) ? Number(cell.row.trim()) : undefined;
  const headingSpan = heading === undefined ? undefined : periodIn(heading, heading.length);
  const headingPeriod = headingSpan && { text: headingSpan.text, ...(headingSpan.year !== undefined ? { year: headingSpan.year } : {}) };
  const headingYear = heading === undefined ? undefined : yearIn(heading, heading.length, now, base, past);
  // (A plan's or an aim's deadline printed after it in its segment, `其余4个将于明年5月底前完工`, `…500个，计划明年6月底前投入
  // 使用`, is its period, over a time told before it: period-next.ts.)
  const deadline = headingPeriod || !PLANNED.has(statusOf(scope)) ? undefined : deadlineAfter(scope, segment);
  const inChain: { text: string; year?: number; end?: number } | undefined = headingPeriod ?? deadline ?? periodIn(chain, at);
  const printedPeriod = inChain ?? periodIn(standaloneReaching(scope, segment), Number.POSITIVE_INFINITY) ?? openingSpanBefore(scope) ?? partOfBefore(scope) ?? carriedFromBefore(scope) ?? tableOwnPeriod(scope) ?? tableIntroPeriod(scope) ?? listIntroPeriod(scope) ?? dataRunIntroPeriod(scope) ?? deckPeriod(scope) ?? titlePeriod(scope);
  // (A row named by a year in a series over years, `近五年…标准（元）` over `2021年 143`, is that year's value: the title's span
  // of years says which rows there are, not a span each row is counted over.)
  const yearsOverRows = (rowYear !== undefined || (cell !== undefined && YEAR_ROW.test(cell.row.trim()))) && printedPeriod !== undefined && (LOOKING_BACK.test(printedPeriod.text) || CLOSED_YEARS.test(printedPeriod.text));
  // (A deadline after 到, `到2026年底`, is the period of what is planned, aimed at or foreseen by then, written without 到;
  // before what was done by then, `到11月底已有九件完成`, `到2020年底，…累计达到63公里`, it is an as-of date as 截至 is,
  // written as printed with its 到: asOfBy.)
  const doneBy = printedPeriod !== undefined && BY_END.test(printedPeriod.text) && !PLANNED.has(statusOf(scope));
  const kept = doneBy ? asOfBy(scope, printedPeriod) : printedPeriod;
  const period = printedPeriod && kept && !yearsOverRows && spanHolds(scope, printedPeriod, inChain, chain, at) ? kept : undefined;
  // The nearest time phrase governs: the figure's clause chain, then a period printed for it (one without a
  // year, `上半年`, is the article's), then the sentence's lead, then the nearest lead of a sentence before it
  // in the paragraph that names a time (`前年，…。如今，…。上半年，…` — 如今 resets 前年).
  const shortHeading = scope.headings.at(-1) !== undefined && scope.headings.at(-1)!.length <= SHORT_HEADING ? scope.headings.at(-1) : undefined;
  const readings: (() => number | undefined)[] = [
    () => headingYear,
    () => rowYear,
    () => (deadline && period === deadline && deadline.year === undefined && now !== undefined && deadline.text.startsWith('明年') ? now + 1 : undefined),
    () => yearIn(maskShareBase(chain, at, scope.unit), at, now, base, past),
    // (A span back from now, `五年来`, `近三年`, `近年来`, ends in the year a January review looks back on.)
    () => (period ? (period.year ?? (LOOKING_BACK.test(period.text) ? past : base)) : undefined),
    () => (sentenceLead !== undefined ? yearIn(sentenceLead, sentenceLead.length, now, base, past) : undefined),
    () => nearestLeadYear(scope, now, base, past),
    // (A sentence opening on 其中 is of the year of the sentence it breaks down: period-carried.ts.)
    () => partOfYear(scope, now, base, past),
    // (The paragraph introducing a list dates its items: `自2026年1月1日起，…具体标准如下：` over `二、…水价为每立方米4.90元`.)
    () => (scope.intro !== undefined && !timeIn(chain) ? yearIn(scope.intro, scope.intro.length, now, base, past) : undefined),
    // (So does a short section heading over it: `明年计划` over `● 新建幼儿园 3所`.)
    () => (shortHeading !== undefined && !timeIn(scope.paragraph) ? yearIn(shortHeading, shortHeading.length, now, base, past) : undefined),
    // (A data piece's headline opening on a year and naming only what the data is, `2024年沁源民生账` over `● 改造老旧
    // 小区18个`, dates what its paragraphs do not; so does a report's headline opening on a year before the page's,
    // `2025年我市城镇新增就业5.12万人` on a January page: the year it reports.)
    // (Not what is planned or aimed at, `下一步，…计划新增…`: that is for the years ahead.)
    // (Nor a year after the page's for what is done: `你好2026` on a 2025-12-31 page is a greeting, its items the page's year.)
    () => (!timeIn(scope.paragraph) ? (doneByPage(dataTitleYear(scope.article.title)) ?? (PLANNED.has(statusOf(scope)) ? undefined : pastHeadlineYear(scope.article.title, base))) : undefined),
  ];
  function doneByPage(year: number | undefined): number | undefined {
    const page = scope.article.pageYear;
    return year !== undefined && page !== undefined && year > page && !PLANNED.has(statusOf(scope)) ? undefined : year;
  }
  // On a page that prints no date, a plan or aim of what comes next that names no year of its own (`下一步，将新建…60个`,
  // `计划再开通…15条`) is for years the page does not say: no year (the guide: a plan takes the year it is for), not the
  // year the article reviews. (A plan under way, `计划安装200台，已安装136台`, or a notice's, `计划招收…`, is the year's;
  // so is one its chain times in the year, `全年将…`, `将于9月…`: period-next.ts.)
  const undated = scope.article.pageYear === undefined && !scope.article.date;
  const comesNext = undated && PLANNED.has(statusOf(scope)) && plansAhead(scope);
  // On such a page, a figure its own clause chain sets in a past it does not date (`以前吃水要到2里外的沟里去挑`, `往年…
  // 一个冬天得买4吨煤`) is of no year the page says either. (On a dated page the gold dates such recollections by the
  // article’s year: 27 dev figures of 33.)
  const unnamedPast = UNNAMED_PAST.test(chain) && !timeIn(chain.replace(UNNAMED_PAST, ''));
  let year: number | undefined = comesNext || (undated && unnamedPast) ? undefined : base;
  for (const read of readings) {
    const found = read();
    if (found !== undefined) {
      year = Number.isNaN(found) ? undefined : found;
      break;
    }
  }
  const asOf = period ? undefined : footnoteAsOf(scope, year);
  return { ...(year !== undefined ? { year } : {}), ...(period ? { period: period.text } : asOf ? { period: asOf } : {}) };
}

/**
 * The clauses standing as a time of their own before the figure (standaloneBefore), as far as they reach it: one in an
 * earlier segment (`11月份，…22天；…`) does not reach across the semicolon a segment that opens on a time of its own
 * (`截至目前，`, `目前`, `全年…目标为280天`) or tells what a place has (`全区现有监测站点12个`, `全市共有幼儿园320所`:
 * period-levels.ts segmentHolds, as a span carried from a sentence before reaches no stock). (A level or a change reached in
 * the span, `…；县域内就诊率达到91.2%`, `…；比上年同期多1900人`, and a part of its own count, `…；其中，有高校毕业生380人`,
 * `…；有1260件当天办结`, are still the span's.)
 */
function standaloneReaching(scope: FigureScope, segment: { start: number }): string {
  const all = standaloneBefore(scope.sentence, scope.start);
  if (segment.start === 0 || all === '') return all;
  const own = standaloneBefore(scope.sentence.slice(segment.start), scope.start - segment.start);
  if (own !== '') return own;
  const ownBefore = scope.sentence.slice(segment.start, scope.start);
  return OWN_TIME.test(ownBefore) || segmentHolds(scope, ownBefore) ? '' : all;
}
/** A segment opening on a time of its own: now (`截至目前`, `目前`) or the whole year (`全年…`, `预计全年…`). */
const OWN_TIME = /^\s*(?:截[至止])?(?:目前|现在|如今|当前|眼下|(?:预计|力争|确保|争取)?全年)/;

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
 * An end of a year or month after 到 before what is done by then (`到11月底已有九件完成`): the as-of date as printed, its
 * 到 (and 今年's 今) kept, the last one printed before the figure in its paragraph; none where no 到 stands before it.
 */
function asOfBy<P extends { text: string }>(scope: FigureScope, printed: P): P | undefined {
  const before = scope.paragraph.slice(0, scope.sentenceStart + scope.start);
  const text = printed.text.replace(/^年/, '今?年');
  const found = [...before.matchAll(new RegExp(`(?<![0-9月截])到${text}`, 'gu'))].at(-1);
  return found ? { ...printed, text: found[0] } : undefined;
}
