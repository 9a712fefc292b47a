// The year a figure is about when the text says it in words (`2024年`, `今年`, `去年`, `过去一年`, `目前`) or
// not at all (the article's or page's year), and whether a text names any time. Split from period.ts, which
// reads the period: the year is read in its own order (clause chain, period, sentence lead, nearest lead before).

import { boundedMemo } from './memo.ts';
import { leadOf, type FigureScope } from './scope.ts';
import { CLOSED_YEARS, countsSpanBefore, periodIn } from './period-printed.ts';
import { OPENED } from './kind-facility.ts';
import { RANGE_MARK } from './units.ts';

const RELATIVE: Record<string, number> = { 今年: 0, 本年: 0, 当年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1 };
/** Words for "now": the time the article reports, which a review printed in January places in the year before. */
const NOW = new Set(['目前', '现有', '现在', '如今']);

const SCHEME_YEAR = /(?<![0-9])20[0-9]{2}年度/;
const DAY = /(?<![0-9])20[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日/g;
const YEAR = /(?<![0-9])(20[0-9]{2}|19[0-9]{2})年(?!以来|[0-9]{1,2}月(?:份)?以来|度以来|[—–\-~～至到])/g;
// 目前/现有 say "now": `去年改建，现有床位24张` is this year's beds.
const RELATIVE_YEAR = /今年|本年|当年|去年|上年|前年|明年|目前|现有|现在|如今/g;
// (Only as the clause's time, before its comma or its adverb: `近五年农村卫生厕所普及率` over a chart's year rows names the chart.)
const BACK_FROM_NOW = /(?:近[一二三四五六七八九十两0-9]{1,2}年(?![0-9])|近年来|(?<![0-9一二三四五六七八九十两])[一二三四五六七八九十两0-9]{1,2}年(?:来|间))(?=[，,]|[又先累共已还])/g;
const SINCE_OPEN = /自(?:20[0-9]{2}年)?[^，,；;]*?以来/g;
// When a thing was built or opened, as a clause of its own (`这个照料中心2023年建成，面积860平方米，设有床位40张`): the date
// of that event, not of the figures told of the thing after it (states of now). Only a past one: a planned opening
// (`预计2026年投用，可容纳观众1500人`) dates what the thing will hold.
const EVENT_DATE = new RegExp(`(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:建成|落成|成立|开通|${OPENED})(?=[，,])`, 'g');
// A year a figure is compared with is not its own: `较去年提高4.2个百分点`, `由去年的六成提高到九成`, `与去年相比`.
// A year that says which things, not when (`2000年底前建成的老旧小区`).
export const MODIFYING_YEAR = /(?:19|20)[0-9]{2}年(?:底|末)?(?:以?前|以后)[^，,；;。]{0,4}的/g;
// (Not a start: `从2026年1月1日起…病种由33种增至41种` dates what changes from then on.)
export const COMPARED_YEAR = /(?:较|比|与|同|由|从)(?:去年|上年|前年|(?:19|20)[0-9]{2}年|目前(?=的)|现在(?=的))(?![0-9]{1,2}月|起)(?:同期|的|相比|底)?/g;

/**
 * A share's base dated by a year of its own (`返还比例为企业上年度实际缴纳失业保险费的60%`, `调整水平为2024年退休人员月人均
 * 基本养老金的2%`, `占去年全年的四成`): the year says which base, not when the share holds. Masks the years between the
 * verb or preposition that names the share (为, 是, 占, 在, 相当于) and the 的 right before the figure, for a figure in %.
 */
export function maskShareBase(chain: string, at: number, unit: string): string {
  if (unit !== '%') return chain;
  const m = SHARE_BASE.exec(chain.slice(0, at));
  if (!m) return chain;
  const from = m.index + m[0].indexOf(m[1]!, 1);
  const base = chain.slice(from, at).replace(BASE_YEAR, (y) => ' '.repeat(y.length));
  return chain.slice(0, from) + base + chain.slice(at);
}
// (Or the upper end of a range of shares of that base, `…平均工资的60%至300%`: the base is the lower end's too.)
const SHARE_BASE = new RegExp(String.raw`(?:为|是|占|在|相当于)([^，,；;。为是占在]*?)的(?:[0-9.]+%?\s*${RANGE_MARK})?$`);
const BASE_YEAR = /(?:19|20)[0-9]{2}年度?|上年度?|去年|前年/g;

// A span from one year into the next, by its form: a season's or a school year's years joined by a dash (`2025—2026年采暖
// 季`, `2025-2026学年`), or a start day in force until a day of the next year (`于2025年11月1日起开始供热，至2026年3月31日结束`).
const NEXT_YEAR_SPAN = /(?<![0-9])(20[0-9]{2})(?:[—–\-－~～]|年[0-9]{1,2}月[0-9]{1,2}日(?:起|开始)[^，,；;。0-9]{0,8}?[，,]?[^，,；;。0-9]{0,6}?(?:至|到))(20[0-9]{2})(?=年|学年)/g;

/**
 * A span that runs from one year into the next (a heating season, a school year) is dated by its start, as a season in
 * force: its end's year is masked and its start's year stands at the span's place. A span of more years (`2021年至2025
 * 年`) or within one year is left as printed.
 */
function intoNextYear(text: string): { text: string; starts: { at: number; year: number }[] } {
  const starts: { at: number; year: number }[] = [];
  NEXT_YEAR_SPAN.lastIndex = 0;
  const masked = text.replace(NEXT_YEAR_SPAN, (s, from: string, to: string, i: number) => {
    if (Number(to) !== Number(from) + 1) return s;
    starts.push({ at: i, year: Number(from) });
    return s.slice(0, s.length - 4).replace(/(?<![0-9])20[0-9]{2}年?/g, (y) => ' '.repeat(y.length)) + ' '.repeat(4);
  });
  return { text: masked, starts };
}

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
export function thisYear(scope: Pick<FigureScope, 'article'>): number | undefined {
  return scope.article.pageYear ?? articleYear(scope);
}

/** 过去一年 (一年来): the year a review looks back on — the one before when printed in its first quarter. */
const PAST_YEAR = /过去(?:的)?一年|一年来/g;
const REVIEW_MONTHS = 3;

export function reviewedYear(scope: Pick<FigureScope, 'article'>, now: number | undefined): number | undefined {
  if (now === undefined) return undefined;
  const month = scope.article.date ? Number(scope.article.date.slice(5, 7)) : undefined;
  return month !== undefined && month <= REVIEW_MONTHS ? now - 1 : now;
}

/** Does the text name a time: a year, 今年/去年 and their kin, or a period? (Asked of a paragraph for each figure: once per text, memo.ts.) */
export const timeIn: (text: string) => boolean = boundedMemo((text) => {
  YEAR.lastIndex = 0;
  RELATIVE_YEAR.lastIndex = 0;
  return YEAR.test(text) || RELATIVE_YEAR.test(text) || periodIn(text, Number.POSITIVE_INFINITY) !== undefined;
});

const NOW_LEAD = /^(?:目前|现在|如今|当前|眼下|现如今)$/;

/**
 * The year of the nearest sentence before the figure's, in its paragraph, whose lead clause names a time:
 * its year, or the article's for "now" (如今) and a period without a year; undefined when none does.
 */
export function nearestLeadYear(scope: FigureScope, now: number | undefined, base: number | undefined, past: number | undefined): number | undefined {
  const before = scope.paragraph.slice(0, scope.sentenceStart).split(/(?<=[。！？!?])/);
  for (let i = before.length - 1; i >= 0; i--) {
    const lead = leadOf(before[i]!.trim());
    if (lead === undefined) continue;
    const year = yearIn(lead, lead.length, now, base, past);
    if (year !== undefined) return year;
    if (NOW_LEAD.test(lead)) return now === undefined ? Number.NaN : base;
    if (periodIn(lead, lead.length)) return base;
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
export function yearIn(text: string, at: number, now: number | undefined, base: number | undefined, past?: number): number | undefined {
  // (A start level keeps its own time: `由目前的88%` is now.)
  const { text: opened, starts } = intoNextYear(text);
  const masked = opened.replace(SINCE_OPEN, (s) => ' '.repeat(s.length)).replace(EVENT_DATE, (s, i: number) => (i + s.length < at && base !== undefined && Number(s.slice(0, 4)) < base ? ' '.repeat(s.length) : s)).replace(COMPARED_YEAR, (s, i: number) => (i + s.length === at && /^(?:由|从)(?:目前|现在)/.test(s) ? s : ' '.repeat(s.length))).replace(MODIFYING_YEAR, (s) => ' '.repeat(s.length));
  // A scheme's year (`2026年度城乡居民医保…缴费期为2025年9月1日至12月31日，个人缴费标准为…400元`) dates what the
  // scheme sets; the days its procedures run on, printed after it, do not.
  const scheme = SCHEME_YEAR.exec(masked);
  const open = scheme && scheme.index < at ? masked.replace(DAY, (s, i: number) => (i > scheme.index ? ' '.repeat(s.length) : s)) : masked;
  const found: { at: number; year: number }[] = [...starts];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(open); m; m = YEAR.exec(open)) found.push({ at: m.index, year: Number(m[1]) });
  RELATIVE_YEAR.lastIndex = 0;
  for (let m = RELATIVE_YEAR.exec(open); m; m = RELATIVE_YEAR.exec(open)) {
    // A start running to now (`今年以来`, `去年以来`) says the figure is of now, the article's year: nearer than a
    // year told before it (`车间去年带动…就业，今年以来订单增加了三成`).
    if (open.startsWith('以来', m.index + m[0].length)) {
      if (base !== undefined) found.push({ at: m.index, year: now === undefined ? Number.NaN : base });
      continue;
    }
    // (On a page that prints no date, now cannot be placed: the figure's year is unknown, NaN, not the article's.)
    // (当年 is the year the text has been telling of, `2024年，…。当年，全县新增…`: the article's, placed or not.)
    const year = m[0] === '当年' ? base : now === undefined ? Number.NaN : NOW.has(m[0]) ? base : now + RELATIVE[m[0]]!;
    if (year !== undefined) found.push({ at: m.index, year });
  }
  // A span counted back from now (`近两年`, `五年来`, `三年间`, `近年来`) runs to now as 今年以来 does: nearer than a year told
  // before it (`曾于2023年建成…，近两年又新改建…86公里` is of now); on a page that prints no date, now cannot be placed.
  BACK_FROM_NOW.lastIndex = 0;
  // (A count of years after a closed span told before it, `回顾2016—2020年，五年间，…`, is that span, read below.)
  for (let m = BACK_FROM_NOW.exec(open); m; m = BACK_FROM_NOW.exec(open)) if (base !== undefined && !countsSpanBefore(open, m[0], m.index)) found.push({ at: m.index, year: now === undefined ? Number.NaN : (past ?? base) });
  PAST_YEAR.lastIndex = 0;
  for (let m = PAST_YEAR.exec(open); m && past !== undefined; m = PAST_YEAR.exec(open)) found.push({ at: m.index, year: past });
  const range = CLOSED_YEARS.exec(open);
  if (range) found.push({ at: range.index, year: Number(range[2]) });
  const before = found.filter((f) => f.at < at).sort((a, b) => b.at - a.at)[0];
  // A day this year's count was made on (`截至11月17日`, no year of its own) after a coming year told before it (`2026年度
  // 城乡居民医保集中征缴…，截至11月17日，全市已有241万人完成参保缴费`) is of now: the page's year, not the scheme's.
  if (before && base !== undefined && before.year > base && AS_OF_THIS_YEAR.test(open.slice(before.at, at))) return base;
  // (So is one the day opens its clause chain before the scheme's year is named, before or after the figure: `截至11月20日，全市
  // 2026年度城乡居民基本医疗保险已缴费212.4万人`, `截至11月底，全市已有218.6万人完成2026年度参保缴费`.)
  const chosen = before ?? found.sort((a, b) => a.at - b.at)[0];
  // (Only a count done by that day, its clause telling it done: `已缴费`, `已有…完成…缴费`; the scheme's standards, plans and
  // money told after the day, `2026年度个人缴费标准为每人每年400元`, `2026年度拟新增…5000个`, stay the coming year's: R5 F16.)
  if (chosen && base !== undefined && chosen.year > base && SCHEME_YEAR.exec(open.slice(chosen.at))?.index === 0 && AS_OF_THIS_YEAR.test(open.slice(0, Math.min(at, chosen.at))) && DONE_BY.test(clauseAround(open, at))) return base;
  return chosen?.year;
}
/** What tells a count done or a level reached by an as-of day, in its clause. */
const DONE_BY = /已|完成|累计|达到/;
/** The clause of `text` around `at`, between clause marks. */
function clauseAround(text: string, at: number): string {
  const start = Math.max(...[...'，,；;。：:'].map((m) => text.lastIndexOf(m, at - 1))) + 1;
  const end = text.slice(at).search(/[，,；;。]/);
  return text.slice(start, end < 0 ? text.length : at + end);
}
const AS_OF_THIS_YEAR = /截[至止](?:今年)?[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:底|末)?/;
