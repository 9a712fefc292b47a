// Forms of a sentence that change which of its words say a figure's topic (topic.ts scores the words):
// - a count that splits a verb from its object (`加装了4部电梯`, `新建了6个…充电棚`): the clause read without the
//   count and its aspect particle (`加装电梯`) holds the compound the count broke;
// - a 专线 that carries people (counted by 条 or 路, or ridden: 接送, 发车, 往返, 送到…) is a bus line whoever rides
//   it (`务工专线`, `就医专线`): the rider word before 专线 names no topic, the line is transport's. A 专线 one dials
//   (`拨打…专线`, `专线电话`) is not a line.
// - enrolment in a named pension scheme (`基本养老保险参保率`, `养老保险参保登记`): the scheme names the topic (pensions
//   are eldercare's, as the dev set files them), 参保 only says enrolment, so it weighs nothing there.
// - a call device (一键呼叫) is eldercare's only with an elder word in its clause (the annotation guide's device for
//   elders), not on a bus.
// - the income of those who grow things (`果农人均可支配收入`): farming's, as the annotation guide files farmers'
//   income; 可支配收入 there names no economy of its own (residents' income, `农村居民人均可支配收入`, stays economy's).
// Every rewrite keeps offsets (blanked with spaces or replaced by as many characters).

import { TOPIC_KEYWORDS } from '../lexicon/topics.ts';

/** The words of eldercare's lexicon (`老人`, `老年`, `高龄` …): the elder words. */
const ELDER_WORDS = TOPIC_KEYWORDS['elderly-care'].map((k) => k.word);

/** The clause with the figure and an aspect particle right before it cut out: the words the count split, joined. */
export function joinedClause(clause: string, figureStart: number, figureEnd: number): string {
  if (figureStart < 0 || figureEnd > clause.length || figureStart >= figureEnd) return clause;
  const cut = /[了过]$/.test(clause.slice(0, figureStart)) ? figureStart - 1 : figureStart;
  return clause.slice(0, cut) + clause.slice(figureEnd);
}

/** A 专线 and the two characters before it (its rider or purpose word). */
const LINE = /[\p{Script=Han}]{2}专线/gu;
/** A line counted by the piece (`专线4条`, `3条…专线`) or ridden. */
const RIDDEN = /专线[0-9一二三四五六七八九十两]+[条路]|[0-9一二三四五六七八九十两]+[条路][^，,。；;]{0,6}专线|接送|发车|开行|往返|乘坐|途经|停靠|送到|运送|班次/u;
/** A line one dials. */
const DIALLED = /拨打|专线电话|电话专线|热线/;
/** A clause: the words between two pauses. */
const CLAUSE = /[^，,。；;！？!?]+/gu;

/**
 * The text with each ridden 专线 read as a line (`务工专线` → `  班线`, offsets kept): ridden or dialled by the words
 * of its own clause, its modifier included (`开通往返城区的务工专线`), not by a word of another clause
 * (`开通助企服务专线后，往返企业走访320家` is no line).
 */
export function linesAsTransport(text: string): string {
  if (!text.includes('专线')) return text;
  return text.replace(CLAUSE, (clause) => (RIDDEN.test(clause) && !DIALLED.test(clause) ? clause.replace(LINE, '  班线') : clause));
}

/** A call device (一键呼叫), eldercare's only for elders. */
const CALL_DEVICE = '一键呼叫';

/**
 * The text with 一键呼叫 blanked in each clause that names no elder (offsets kept): a call device for elders is
 * eldercare's (`为独居老人安装一键呼叫设备`), one on a bus is not (`公交车已安装一键呼叫报警装置`). An elder word is a word of
 * eldercare's lexicon other than the device.
 */
export function callsForElders(text: string): string {
  if (!text.includes(CALL_DEVICE)) return text;
  return text.replace(CLAUSE, (clause) =>
    !clause.includes(CALL_DEVICE) || ELDER_WORDS.some((w) => clause.includes(w)) ? clause : clause.replaceAll(CALL_DEVICE, ' '.repeat(CALL_DEVICE.length)),
  );
}

/** 参保 after a pension scheme's name in the same clause (`养老保险参保率`, `养老保险的参保人数`). */
const PENSION_ENROLMENT = /(?<=养老保险[^，,；;。]{0,4}?)参保/gu;

/** The text with 参保 blanked where a pension scheme's name stands before it (offsets kept). */
export function pensionEnrolment(text: string): string {
  return text.includes('养老保险') ? text.replace(PENSION_ENROLMENT, '  ') : text;
}

/** 可支配收入 after a grower word in the same clause (`果农人均可支配收入`, `种植户的可支配收入`). */
const GROWERS_INCOME = /(?<=(?:果农|菜农|种植户|养殖户)[^，,；;。]{0,4}?)可支配收入/gu;

/** The text with 可支配收入 blanked where a grower word stands before it (offsets kept). */
export function growersIncome(text: string): string {
  return text.includes('可支配收入') ? text.replace(GROWERS_INCOME, (m) => ' '.repeat(m.length)) : text;
}
