// The year an article's events are in, as its text says.

import { isCalendarDate } from '../structure/page-dates.ts';

// `2025年`, `2024年5月`, `2025届毕业生`, `二〇二五年` (a notice or a commentary's date in Chinese numerals); not
// `1990年代`, and not a bare `2024` (`2024山西公安交警系统…` is a contest's name).
const YEAR = /(?<![\d〇○零一二三四五六七八九])((?:19|20)\d{2}|(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2})\s*(?:年(?!代)|届)/gu;
const OPENING_YEAR = new RegExp(`^${YEAR.source}`, 'u');
const HAN_DIGITS = '〇一二三四五六七八九';
/** `2025` or `二〇二五` as a number. */
function yearValue(printed: string): number {
  return Number([...printed].map((c) => (/\d/u.test(c) ? c : String(HAN_DIGITS.indexOf(c === '○' || c === '零' ? '〇' : c)))).join(''));
}
// Targets and the far end of a span: `到2035年`, `至2030年`, `2021—2025年`. `截至2024年底` is a past date.
const TARGET_BEFORE = /(?:(?<!截)[到至]|[—–~-])\s*$/u;
const BY_BEFORE = /(?<!截)[到至]\s*$/u;
// … as is `到2025年底，全县已建成…`: a 到 whose next clause says what has already been done (已), and nothing
// that is to be (将, 计划 …).
const DONE_BY = /^[^，,。；;！？]*[，,]?[^，,。；;！？]*已/u;
const TO_BE = /将|计划|力争|争取|预计|确保|要|拟/u;
const TARGET_AFTER = /^年?(?:远景|目标)/u;
// Plans and targets: a year in a clause that says what someone means to do (`计划2026年底前…`,
// `力争2027年实现…`, `明年…2026年`) or a deadline (`2026年底前`) is not the year of the events reported.
// 争取 is a plan's word (`争取2026年通水`) but not where it wins money or a project (`争取到`, `争取中央资金1.36亿元`,
// `争取省级项目3个`): what was won is past. Won only where 到 or the money's noun phrase follows 争取 at once: its
// source first (中央和省级, 上级), then a few words naming the fund (预算内, 大气污染防治), then the money or the
// project; or the money itself (争取资金, 争取专项债券). A verb after 争取 (`争取实施重点项目30个`,
// `争取实现…项目全覆盖`, `争取新建…`) is an aim to be done, a plan.
const WON_SOURCE = '(?:中央|国家|中省|省市|省级?|市级?|上级|各级|部委)';
const WON_MONEY = '(?:资金|项目|支持|补助|补贴|债券|指标|投资)';
const WON = `争取(?!到|${WON_SOURCE}(?:[和及与、]?${WON_SOURCE}){0,2}[^，,。；;！？]{0,8}?${WON_MONEY}|(?:专项|各类|各项)?${WON_MONEY})`;
const PLAN_BEFORE = new RegExp(`(?:计划|将于?|拟|力争|${WON}|预计|预期|有望|规划|目标|确保|明年|后年|未来|今后|下一步|下步|接下来)[^，,。；;！？]{0,12}$`, 'u');
// A deadline: `2026年底前`, `2026年6月底前`, `2026年春节前`, `2026年汛期之前`. `2025年前三季度`, `2025年前10个月`,
// `2024年前两个月` are the first part of that year, not a deadline: 前 followed by a count of quarters or
// months (or 半年) opens a period.
const DEADLINE_AFTER =
  /^年(?:年底|[\d一二三四五六七八九十]{1,2}月份?|[春夏秋冬]季|春节|元旦|汛期|采暖季|供暖季)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)(?![一二两三四五六七八九十\d]{1,2}(?:个)?(?:季度|月)|半年)/u;
// `2026年，该县计划投资…`: the year's own clause, or the one after it, says what is planned.
const PLAN_AFTER = new RegExp(`^年[^。；;！？]{0,12}?(?:计划|将|拟|力争|${WON}|预计|有望|要(?![闻素求]))`, 'u');
// The title of a plan (`《2026年民生实事实施方案》`, `《长治市2026年供热工作要点》`): what is planned, not done.
const PLAN_TITLE_AFTER = /^[^《》。]{0,30}?(?:方案|规划|计划|要点|行动|任务清单)[^《》]{0,4}》/u;
// A rule taking effect (`自2026年1月1日起…施行`, `2026年起实施`): announced before, so not the year reported.
const EFFECTIVE_AFTER = /^年[^。；;！？]{0,8}?起[^。；;！？]{0,12}?(?:施行|实施|执行|生效)/u;
// The age of a thing called old (`2000年的老楼`, `1998年建成的旧厂房`), not a date of the events.
const AGE_AFTER = /^年(?:建成|修建|建造|盖)?的(?:老|旧)/u;
// The year a figure is compared with (`比2024年同期增长`, `较2023年提高`, `与2024年相比`) is not the year reported.
const COMPARED_BEFORE = /(?:比|较|与|同)\s*$|比上年|相比于\s*$/u;
// Words that date an event without naming the year: the page's year applies.
const DATED_WITHOUT_YEAR = /\d{1,2}月\d{1,2}日|近日|日前|今年|昨天|昨日|今天|今日/u;

/** A year the text names as the date of something that happened or happens now, and whether it is a day's date. */
interface YearMention {
  year: number;
  /** `2025年11月18日`: a day of that year, as a news report or a page's date line dates its events. */
  day: boolean;
  /**
   * `2026年度城乡居民医保`, `2024年度考核`: the year of a scheme, a budget or a review, which may lie ahead of
   * the events (paying now for next year's cover) or behind them; a year named otherwise dates them first.
   */
  scheme: boolean;
}

// `2025年11月18日`, `2025年 11月 18日`, `二〇二五年十一月十八日`: the year of a day's date.
const DAY_AFTER = /^\s*年\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)/u;

/**
 * The years `text` names as dates of events, leaving out targets (`到2035年`), plans and deadlines
 * (`计划2026年底前`, `力争2027年`), years compared with (`比2024年`) and, when the page's year is known,
 * years after the next one.
 */
function yearMentions(text: string, pageYear?: number): YearMention[] {
  const found: YearMention[] = [];
  for (const match of text.matchAll(YEAR)) {
    const at = match.index ?? 0;
    const year = yearValue(match[1]!);
    const doneBy = BY_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && isDoneBy(text.slice(at + 4));
    if (TARGET_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !doneBy) continue;
    if (COMPARED_BEFORE.test(text.slice(Math.max(0, at - 4), at))) continue;
    if (TARGET_AFTER.test(text.slice(at + 4, at + 8))) continue;
    const after = text.slice(at + 4, at + 20);
    if (PLAN_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || (DEADLINE_AFTER.test(after) && !doneBy) || PLAN_AFTER.test(after)) continue;
    if (EFFECTIVE_AFTER.test(after) || AGE_AFTER.test(after)) continue;
    if (text.lastIndexOf('《', at) > text.lastIndexOf('》', at) && PLAN_TITLE_AFTER.test(text.slice(at))) continue;
    if (pageYear !== undefined && year > pageYear + 1) continue;
    found.push({ year, day: DAY_AFTER.test(after), scheme: /^\s*年度/u.test(after) });
  }
  return found;
}

/** `年底，全县已建成…`: the clause after a 到 year says what has been done, nothing that is to be. */
function isDoneBy(after: string): boolean {
  const done = DONE_BY.exec(after)?.[0];
  return done !== undefined && !TO_BE.test(done);
}

/** The year named most often; a tie goes to the later year. */
function mostNamed(mentions: readonly YearMention[]): number | undefined {
  const counts = new Map<number, number>();
  for (const { year } of mentions) counts.set(year, (counts.get(year) ?? 0) + 1);
  let best: { year: number; count: number } | undefined;
  for (const [year, count] of counts) {
    if (!best || count > best.count || (count === best.count && year > best.year)) best = { year, count };
  }
  return best?.year;
}

/**
 * The year the events of `text` are in: the year it names most often (`2024年以来`, `2024年5月` → 2024; a
 * scheme's year, `2026年度医保`, only where no other is named; `到2024年底，全县已…` is past),
 * leaving out targets (`到2035年`), plans and deadlines (`计划2026年底前`, `力争2027年`) and, when the page's year is known, years after the next one. A tie goes
 * to the later year (`回望过去的2023年…阔步2024年` is a new-year piece: 2024). Text that names no year
 * but dates events by day (`1月26日`) or as recent (`近日`) gets `pageYear`; otherwise undefined.
 */
export function findYear(text: string, pageYear?: number): number | undefined {
  const mentions = yearMentions(text, pageYear);
  const dated = mentions.filter((m) => !m.scheme);
  const best = mostNamed(dated.length > 0 ? dated : mentions);
  if (best !== undefined) return best;
  return pageYear !== undefined && DATED_WITHOUT_YEAR.test(text) ? pageYear : undefined;
}

// What a news lead opens with before its date: `本报讯`, `本报长治11月18日讯`, a bracketed byline.
const LEAD_IN = /^\s*(?:本报\p{Script=Han}{0,8}讯)?\s*(?:[（(【][^）)】]{0,30}[）)】])?\s*/u;

/**
 * The year of the day's date `text` opens with (`本报讯（记者 王芳）2025年11月18日，…`, a date line
 * `2025年11月18日 星期二`): the present of the page it is printed on, since a report that opens with its day
 * is printed within days of it. A year named alone (`2024年，全县…`) looks back and says nothing of when the
 * page was printed, nor does a day further into the text (a feature recounting `2023年10月15日，…`), a day
 * in a plan (`计划2026年3月1日前`) or a rule yet to take effect (`2026年1月1日起…将施行`).
 */
export function presentYear(text: string): number | undefined {
  const start = LEAD_IN.exec(text)?.[0].length ?? 0;
  const first = yearMentions(text.slice(start))[0];
  return first?.day && OPENING_YEAR.test(text.slice(start)) ? first.year : undefined;
}

// A copy's line about its piece says when it was posted, its date written with dashes (`发布时间：2026-11-30 09:12
// 来源：…`, `屯留融媒 2026-12-04 08:05 阅读 1.2万`, `来源：… 作者：… 2026-11-28`): the piece's own date line.
const POSTED_DATE = /(?<![\d-])(20\d{2})-(\d{1,2})-(\d{1,2})(?![\d-])/u;

/**
 * The year of the date a copied piece's own line prints for it: the line under its headline (read as furniture or as
 * its byline) before the text begins, else one over its headline (a copy's time line printed first); a date written
 * in words there (`来源：山西日报 2026年11月30日 第6版`) is a reprint's source, the day another paper printed it, not
 * this piece's date line. The year is the piece's as a page's date line gives its articles theirs.
 */
export function postedYear(blocks: readonly { kind: string; text: string }[]): number | undefined {
  const firstText = blocks.findIndex((b) => b.kind === 'paragraph' || b.kind === 'heading');
  const head = blocks.slice(0, firstText < 0 ? blocks.length : firstText);
  const headline = head.findIndex((b) => b.kind === 'headline');
  const lines = (from: number, to: number) => head.slice(from, to).filter((b) => b.kind === 'furniture' || b.kind === 'byline');
  for (const b of [...lines(headline + 1, head.length), ...lines(0, Math.max(0, headline)).reverse()]) {
    const date = POSTED_DATE.exec(b.text);
    if (date && isCalendarDate(`${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`)) return Number(date[1]);
  }
  return undefined;
}
