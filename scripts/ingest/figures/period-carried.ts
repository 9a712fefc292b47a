// Periods that reach a figure from outside its sentence: the sentence 其中 breaks down, a reporting period set
// off as a clause before the figure's sentence, and the lead of the paragraph that introduces a table. Split
// from period.ts, which tries these after the figure's own sentence prints none.

import { leadOf, clauseOf, segmentOf, type FigureScope } from './scope.ts';
import { tableCell, tableRow } from './table.ts';
import { THIS_WEEK, periodIn, periodsIn, standaloneBefore } from './period-printed.ts';
import { COMPARED_YEAR, timeIn, yearIn } from './period-years.ts';
import { statusOf } from './status.ts';
import { stockOrLevel } from './period-levels.ts';

/**
 * A sentence that opens on 其中 (`其中，蟠龙镇、洪水镇…接待游客312万人次`) tells a part of the sentence before
 * it — the last of the paragraph before when it opens its paragraph — and is counted over the same span: the period
 * printed last in that sentence, when it names no time itself.
 */
export function partOfBefore(scope: FigureScope): { text: string; year?: number; end?: number } | undefined {
  // (A year compared with is not the part's time: `其中，…诉求1.9万件，较去年同期新增4200件`.)
  const before = wholeBefore(scope);
  if (!before) return undefined;
  const found = periodIn(before, before.length) ?? periodIn(standaloneBefore(before, before.length), Number.POSITIVE_INFINITY);
  return found ? { text: found.text, ...(found.year !== undefined ? { year: found.year } : {}) } : undefined;
}

/** The sentence a 其中-sentence breaks down, when the 其中-sentence names no time of its own before the figure. */
function wholeBefore(scope: FigureScope): string | undefined {
  if (!/^其中[，,]/.test(scope.sentence) || timeIn(scope.sentence.slice(0, scope.start).replace(COMPARED_YEAR, ''))) return undefined;
  // (A paragraph opening on 其中 breaks down the last sentence of the paragraph before: `…共受理纠纷1380件。` / `其中，…210件`.)
  const lastOf = (text: string) => text.split(/(?<=[。！？!?])/).map((t) => t.trim()).filter(Boolean).at(-1);
  return lastOf(scope.paragraph.slice(0, scope.sentenceStart)) ?? lastOf(scope.preceding?.split('\n').filter((p) => p.trim()).at(-1) ?? '');
}

/**
 * The year of the sentence a 其中-sentence breaks down (`2026年我市拟实施民生实事项目12件…。其中，计划新增城镇就业4万人`): the
 * part is of the whole's year, as it is of its span (partOfBefore).
 */
export function partOfYear(scope: FigureScope, now: number | undefined, base: number | undefined, past?: number): number | undefined {
  const before = wholeBefore(scope);
  return before ? yearIn(before, before.length, now, base, past) : undefined;
}

/**
 * A reporting period set off as a clause of its own (`1至11月，全市城镇新增就业5.26万人…。全市发放创业担保贷款9.8亿元`,
 * `2025年前三季度，…。区文旅局共举办…210场`) goes on over the sentences after it in its paragraph that name no
 * time themselves, until one opens on a lead of its own (`目前，`, `技能培训方面，`): a closed span (months, quarters,
 * halves), a start (`入冬以来，…。全市供热服务热线共接听…`) or a holiday (`国庆假期，…。花坡景区日均接待游客…`), not an
 * as-of date. A year a figure is compared with (`比去年同期提高0.6℃`) is no time of its sentence. Past the next sentence
 * it reaches only what was done in the span, not a stock or a level (period-levels.ts, stockOrLevel).
 */
export function carriedFromBefore(scope: FigureScope): { text: string; year?: number } | undefined {
  // (Not past a lead of its own, `在住房方面，…`, nor over what 先后/累计 sum from before the span, nor a change from
  // 年初's level.)
  // (Nor over a sentence that counts the whole year, `全年共开展义诊活动120场`: not its share of a task, 全年任务.)
  if (namesTime(scope.sentence) || WHOLE_YEAR.test(scope.sentence) || leadOf(scope.sentence) !== undefined || NOT_CARRIED_ANY.test(scope.sentence)) return undefined;
  // (Nor into a quotation or a speaker's words, `“在食堂吃一顿饭6块钱…”`, `负责人介绍，…由政府补贴70%`, nor into what is
  // planned or one person's story: they have times of their own.)
  if (VOICED.test(scope.sentence.slice(0, scope.start)) || NOT_OVER_SPAN.has(statusOf(scope))) return undefined;
  const sentences = scope.paragraph.slice(0, scope.sentenceStart).split(/(?<=[。！？!?])/).map((t) => t.trim()).filter(Boolean);
  if (sentences.length === 0) return undefined;
  // (A span back from now opening the paragraph, `五年来，…。…年均增长6.1%。建成农村公路2350公里…`, goes on over every
  // sentence after it that names no time: the paragraph is the review of those years.)
  const opening = lookingBackOver(sentences);
  if (opening) return opening;
  const at = nearestTimed(sentences);
  if (at === undefined) return undefined;
  const before = sentences[at]!;
  const found = periodIn(standaloneBefore(before, before.length), Number.POSITIVE_INFINITY) ?? leadSpan(before) ?? publishedSpan(before);
  // (Past the next sentence, only to what was done in the span: not to a stock or a level, `…。全区60岁以上老人有8.6万人`.)
  if (at < sentences.length - 1 && stockOrLevel(scope)) return undefined;
  // (A start, `入冬以来`, goes on too; not into a clause that gives the source of a measure: `据对…的入户抽测`.)
  if (/^据/.test(scope.sentence.slice(clauseOf(scope).start))) return undefined;
  // (累计 and 先后 sum from before a closed span, but over a start: `入冬以来，…。供热企业累计上门维修…`.)
  const closed = found !== undefined && CLOSED_SPAN.test(found.text) && !NOT_CARRIED.test(scope.sentence);
  return found && (closed || /以来$/.test(found.text) || HOLIDAY.test(found.text)) ? { text: found.text, ...(found.year !== undefined ? { year: found.year } : {}) } : undefined;
}

/** A quotation or a speaker's clause before the figure. */
const VOICED = /^[“「"]|(?:介绍|表示|说|称|认为|坦言)[，,：:]/;
const NOT_OVER_SPAN = new Set(['plan', 'target', 'forecast', 'anecdote']);

/** Does a sentence name a time of its own: not a year it compares with (`比去年同期提高`, `较上年增长`)? */
const namesTime = (sentence: string) => timeIn(sentence.replace(COMPARED_YEAR, ''));

/**
 * The index of the nearest sentence before that names a time, past sentences that name none and do not open on a lead of
 * their own (`目前，`, `技能培训方面，`: a new time or a new matter); undefined when one does, or a sentence about the whole year.
 */
function nearestTimed(sentences: readonly string[]): number | undefined {
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i]!;
    if (namesTime(sentence)) return i;
    const lead = leadOf(sentence);
    if ((lead !== undefined && !/[0-9]/.test(lead) && !GOING_ON.test(lead)) || WHOLE_YEAR.test(sentence) || NOT_CARRIED_ANY.test(sentence)) return undefined;
  }
  return undefined;
}
/** A sentence's lead that is a span and nothing else, read as a clause of its own (`国庆假期，…`). */
function leadSpan(sentence: string): { text: string; year?: number } | undefined {
  const lead = leadOf(sentence);
  if (lead === undefined) return undefined;
  const found = periodIn(`${lead}，`, Number.POSITIVE_INFINITY);
  return found && found.text === lead.replace(/^今年/, '') ? found : undefined;
}
/** A lead that goes on with the matter before (`其中，`, `同时，`): a part or one more of it, in the same span. */
const GOING_ON = /^(?:其中|同时|此外|另外)$/;
/** A holiday as the span of what was done in it (`国庆假期`, `春节期间`, `中秋国庆假期`). */
const HOLIDAY = /^(?:春节|元旦|清明|五一|端午|中秋|国庆|春运){1,2}(?:假期|期间|黄金周|小长假)?$/;
/**
 * A count of years back to now (`五年来`, `近三年`) set off as the first clause of the nearest sentence before that names a
 * time, when every sentence between names none.
 */
function lookingBackOver(sentences: readonly string[]): { text: string; year?: number } | undefined {
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i]!;
    if (!timeIn(sentence)) continue;
    const found = periodsIn(sentence)[0];
    return found && found.at === 0 && LOOKING_BACK.test(found.text) && /^[，,]/.test(sentence.slice(found.text.length)) ? { text: found.text } : undefined;
  }
  return undefined;
}
const LOOKING_BACK = /^近?[一二三四五六七八九十两0-9]+年来?$/;
const WHOLE_YEAR = /全年(?!目标|任务|计划)/;
const NOT_CARRIED = /先后|累计/;
const NOT_CARRIED_ANY = /年初|年底|(?:由|从)[^，,；;。]*?(?:提高|提升|增加|下降|降低)(?:到|至)/;
const CLOSED_SPAN = /^(?:[0-9]{1,2}月?[至—–\-~～到][0-9]{1,2}月(?:份)?|前[0-9一二三四五六七八九十]+个?月|上半年|下半年|前三季度|第?[一二三四]季度)$/;

/**
 * A table's rows are counted over the period its introducing paragraph, the one right before the table, sets them:
 * the lead of that paragraph's last sentence when it ends on a colon (`首周，…逐户抽测室温，情况如下：` over
 * `| 古韩镇城区 | 1860户 | 98.7% |`), else the span the paragraph prints (`市生态环境局发布1至11月各县区环境空气质量排名`
 * over `沁源县 24 89.2%`), a closed span or an as-of date before a start (`截至9月底，全市有备案托育机构186家…。
 * 今年以来，…` → 截至9月底); not a deadline, which is what is planned. A cell whose row or column names a time
 * (`2024年`, `9月`) is dated by it.
 */
export function tableIntroPeriod(scope: FigureScope): { text: string; year?: number } | undefined {
  const start = scope.sentenceStart + scope.start;
  const end = scope.sentenceStart + scope.end;
  const cell = tableCell(scope.paragraph, start, end);
  if (cell === undefined && tableRow(scope.paragraph, start, end) === undefined) return undefined;
  // (A column of this year's, `今年新增`, names the year, not a span: the intro's span or as-of date counts it too.)
  if (cell !== undefined && (timeIn(cell.row) || TIME_CELL.test(cell.row) || timeIn((cell.heading ?? '').replace(THIS_YEAR_HEAD, '')) || WEEK_OR_TEN_DAYS.test(cell.heading ?? ''))) return undefined;
  const intro = (scope.preceding ?? '').split('\n').filter(Boolean).at(-1)?.trim();
  if (!intro) return undefined;
  const lastSentence = intro.split(/(?<=[。！？!?])/).map((t) => t.trim()).filter(Boolean).at(-1) ?? intro;
  const lead = /[：:]$/.test(intro) ? leadOf(lastSentence) : undefined;
  const found = lead === undefined ? undefined : periodIn(`${lead}，`, Number.POSITIVE_INFINITY);
  if (found) return { text: found.text, ...(found.year !== undefined ? { year: found.year } : {}) };
  const spans = periodsIn(intro).filter((p) => !DEADLINE.test(p.text));
  const chosen = spans.find((p) => !/以来$/.test(p.text)) ?? spans[0];
  if (chosen) return { text: chosen.text, ...(chosen.year !== undefined ? { year: chosen.year } : {}) };
  // (A table of what was monitored over a week or ten days of a month, `本周主要农副产品价格见下表`, `11月下旬，记者走访…`:
  // that span, which dates no figure of running text, a day's event being the date of it.)
  const week = WEEK_OR_TEN_DAYS.exec(intro);
  return week ? { text: week[0] } : undefined;
}
const WEEK_OR_TEN_DAYS = /本周|上周|(?<![0-9])[0-9]{1,2}月[上中下]旬(?!以来)/;
const THIS_YEAR_HEAD = /^(?:今年|本年)/;
/** A row named by a month or a span of months (`9月`, `1至9月`), which timeIn leaves to the figure's words. */
const TIME_CELL = /^[0-9]{1,2}(?:月|[至—–\-~～到][0-9]{1,2}月)|^(?:19|20)[0-9]{2}/;
/** A plan's deadline (`2026年底前`, `年底前`): what is to be done, not what the table counts. */
const DEADLINE = /前$/;

/**
 * A span opening a clause of an earlier part of the sentence (`…发布数据，前三季度全市城镇居民人均可支配收入32860元，…；
 * 农村居民人均可支配收入15420元`) counts the parts after it, set off by semicolons, that name no time of their own, as it
 * counts its own: a closed span or an as-of date, not a start (what a start runs to is told part by part); not a
 * part about the whole year (`；全年目标为4万人`).
 */
export function openingSpanBefore(scope: FigureScope): { text: string; year?: number } | undefined {
  const segment = segmentOf(scope);
  const own = scope.sentence.slice(segment.start, segment.end);
  if (segment.start === 0 || timeIn(own.replace(COMPARED_YEAR, '')) || /全年/.test(own)) return undefined;
  const clauses = scope.sentence.slice(0, segment.start).split(/[，,；;：:]/);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const found = periodIn(clauses[i]!, 0);
    if (found && clauses[i]!.startsWith(found.text.replace(/^今年/, '')) && (CLOSED_SPAN.test(found.text) || /^截[至止]/.test(found.text))) return { text: found.text, ...(found.year !== undefined ? { year: found.year } : {}) };
  }
  return undefined;
}

/**
 * The items of a list are counted over the span its introducing paragraph opens on, when that ends on a colon
 * (`截至9月底，潞州区15项民生实事进展如下：` over `老旧小区改造：开工48个…`): a closed span or an as-of date, for an
 * item that names no time of its own; not a start, nor a deadline (what is planned).
 */
export function listIntroPeriod(scope: FigureScope): { text: string; year?: number } | undefined {
  const intro = scope.intro?.trim();
  if (!intro || !/[：:]$/.test(intro) || timeIn(scope.sentence)) return undefined;
  const last = intro.split(/(?<=[。！？!?])/).map((t) => t.trim()).filter(Boolean).at(-1) ?? intro;
  const lead = leadOf(last);
  // (Or a clause of its own after the source's, `日前，记者从县发改局获悉，截至9月底，…主要指标进展如下：`.)
  const found = (lead === undefined ? undefined : periodIn(`${lead}，`, Number.POSITIVE_INFINITY)) ?? periodIn(standaloneBefore(last, last.length), Number.POSITIVE_INFINITY);
  // (This week, `本周诉求量前五位：`, is a closed span of the weekly report the list counts, as the guide reads 本周.)
  if (!found || !(CLOSED_SPAN.test(found.text) || /^截[至止]/.test(found.text) || THIS_WEEK.test(found.text))) return undefined;
  return { text: found.text, ...(found.year !== undefined ? { year: found.year } : {}) };
}

/** A deck that is a title of data, not a sentence: no clause mark, short. */
const DATA_DECK = /^[^，,。；;：:！？!?]{2,16}$/u;

/**
 * A data piece's deck that opens on a closed span or an as-of date and names only what the data is (`1—11月全市空气质量`
 * under `空气里的“好成绩”`, over `267` / `天` / `优良天数`) counts the piece's figures over that span, when their sentence
 * names no time of its own; a deck that is a sentence (`…，全县新增就业2100人`) dates what it says, not the piece.
 */
export function deckPeriod(scope: FigureScope): { text: string; year?: number } | undefined {
  const deck = scope.article.deck?.trim();
  if (!deck || timeIn(scope.sentence) || WHOLE_YEAR.test(scope.sentence)) return undefined;
  const first = periodsIn(deck)[0];
  if (!first || first.at !== 0 || !(CLOSED_SPAN.test(first.text.replace(/^20[0-9]{2}年/, '')) || /^截[至止]/.test(first.text))) return undefined;
  if (!DATA_DECK.test(deck.slice(first.text.length))) return undefined;
  return { text: first.text, ...(first.year !== undefined ? { year: first.year } : {}) };
}

// Data published for a span (`市生态环境局发布1至11月各县区环境空气质量排名。`): the span right after the verb.
const PUBLISHED = /(?:发布|公布|通报)了?(?=[0-9前上下一二三四第])/g;

/**
 * The closed span of the data a sentence publishes (`发布1至11月各县区环境空气质量排名`), which goes on over the next
 * sentence that names no time (`全市PM2.5平均浓度为35微克/立方米`) as a span set off as a clause does.
 */
function publishedSpan(sentence: string): { text: string; year?: number } | undefined {
  for (const m of sentence.matchAll(PUBLISHED)) {
    const at = m.index + m[0].length;
    const found = periodsIn(sentence.slice(at))[0];
    if (found && found.at === 0 && CLOSED_SPAN.test(found.text)) return { text: found.text, ...(found.year !== undefined ? { year: found.year } : {}) };
  }
  return undefined;
}

/** A line of running text: it has a clause mark. A data run's lines (`312.6亿元`, `民生支出`, `城镇新增就业｜3.12万人`) have none. */
const PROSE_MARK = /[，,。；;！？!?]/;
/** A paragraph that hands over to what follows it: it ends on a colon or a dash (`一组数字，看民生温度——`). */
const HANDS_OVER = /(?:[：:]|——|—|－－)$/;

/**
 * A run of data printed a number over its label (`312.6亿元` / `民生支出`, `城镇新增就业｜3.12万人`) is counted over the
 * span the paragraph of running text right before the run opens on, when that paragraph hands over to the run with a
 * colon or a dash (`今年前三季度，…。一组数字，看民生温度——`): a closed span or an as-of date, for a run that names no
 * time of its own; not a start, nor a deadline.
 */
export function dataRunIntroPeriod(scope: FigureScope): { text: string; year?: number } | undefined {
  const own = scope.paragraph.split('\n').map((l) => l.trim()).filter(Boolean);
  if (own.length === 0 || own.some((l) => PROSE_MARK.test(l)) || timeIn(scope.paragraph)) return undefined;
  const before = (scope.preceding ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  let i = before.length - 1;
  while (i >= 0 && !PROSE_MARK.test(before[i]!)) {
    if (timeIn(before[i]!)) return undefined;
    i--;
  }
  const intro = before[i];
  if (intro === undefined || !HANDS_OVER.test(intro)) return undefined;
  const first = intro.split(/(?<=[。！？!?])/).map((t) => t.trim()).find(Boolean) ?? intro;
  const lead = leadOf(first);
  const found = lead === undefined ? undefined : periodIn(`${lead}，`, Number.POSITIVE_INFINITY);
  if (!found || !(CLOSED_SPAN.test(found.text) || /^截[至止]/.test(found.text))) return undefined;
  return { text: found.text, ...(found.year !== undefined ? { year: found.year } : {}) };
}
