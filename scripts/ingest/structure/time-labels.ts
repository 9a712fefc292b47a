// A line that only says when: a year, a date, a span of years or a clock time, bare or in brackets (`【2016年】`,
// `〔3月15日〕`, `6:30`, `清晨6时`, `2016—2020年`). In a feature told year by year or hour by hour it heads a section of
// the story (a subhead between its paragraphs); it names nothing a headline would, so it never starts an article.
// A line in brackets that is only a figure, a number and its unit (`【4.6万人】`, `【98.6%】`, `【526万人次】`), heads a
// section of a piece told figure by figure (a data page's `一组数据看…`) the same way: it names no thing a headline would.
// A part of a series set before its subhead (`上篇：路通了`, `下篇　产业来了`, `第二部分：…`) heads a section the same way.

import { isFigureLine } from './data-items.ts';

const PART_OF_DAY = '(?:清晨|早上|早晨|上午|中午|午后|下午|傍晚|晚上|夜里|凌晨|深夜)';
const TIME = [
  // 2016年, 2016, 2016年3月, 2016年3月15日, 2016.3
  '\\d{4}(?:年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|[.．]\\d{1,2})?',
  // 3月15日, 3月
  '\\d{1,2}月(?:\\d{1,2}日)?',
  // 2016—2020年, 2016年至2020年
  '\\d{4}年?[—–\\-~～至到]\\d{2,4}年?',
  // 6:30, 清晨6:30, 下午2时, 9点半, 21时15分
  `${PART_OF_DAY}?\\d{1,2}(?:[:：]\\d{2}|[时点](?:\\d{1,2}分|半)?)`,
].join('|');
const TIME_LINE = new RegExp(`^(?:[【〔［\\[(（]\\s*(?:${TIME})\\s*[】〕］\\])）]|(?:${TIME}))$`, 'u');

/** `【2016年】`, `2020年`, `〔11月24日〕`, `6:30`, `下午2时`: a line that is only a year, date, span or clock time. */
export function isTimeLabel(line: string): boolean {
  return TIME_LINE.test(line.trim().replace(/[\s\u3000]+/gu, ''));
}

const BRACKETED = /^[【〔［\[]([^【】〔〕［］\[\]]+)[】〕］\]]$/u;

/** `【4.6万人】`, `【超98%】`, `【1.3万平方米】`: a line in brackets round a figure alone (data-items.ts isFigureLine). */
export function isFigureLabel(line: string): boolean {
  const m = BRACKETED.exec(line.trim().replace(/[\s\u3000]+/gu, ''));
  return m !== null && isFigureLine(m[1]!);
}

// 上篇, 中篇, 下篇; 第二部分, 第三篇; 之一 — then a colon or a space and the part's own words.
const PART_MARK = /^(?:[上中下]篇|第[一二三四五六七八九十\d]{1,3}(?:篇|部分)|之[一二三四五六七八九十])(?:[：:][\s\u3000]*|[\s\u3000]+)\S/u;

/** `上篇：路通了`, `下篇　产业来了`, `第二部分：…`: a part of a story told in parts, set before the part's subhead. */
export function opensWithPartMark(line: string): boolean {
  return PART_MARK.test(line.trim());
}
