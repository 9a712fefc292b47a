// Lines that only say when (a year, a date, a clock time) and the part marks of a story told in parts: subheads by
// their form (time-labels.ts). The lines are made up in those forms.
import { describe, expect, it } from 'vitest';
import { isFigureLabel, isTimeLabel, opensWithPartMark } from './time-labels.ts';

describe('isTimeLabel', () => {
  it('reads a year, a date, a span of years and a clock time, bare or in brackets', () => {
    for (const line of ['【2016年】', '2020年', '〔11月24日〕', '［2019年5月］', '6:30', '21：15', '清晨6时', '下午2点半', '2016—2020年', '（2023年）', '【 2018 年 】']) {
      expect(isTimeLabel(line), line).toBe(true);
    }
  });

  it('leaves lines that say more than when', () => {
    for (const line of ['【2016年：路通了】', '2016年，全镇通了水泥路。', '【冬季招聘会下周举行】', '6:30　交接班', '3月起新规施行', '【武乡县】', '第5版']) {
      expect(isTimeLabel(line), line).toBe(false);
    }
  });
});

describe('isFigureLabel', () => {
  it('reads a line in brackets that is only a number and its unit', () => {
    for (const line of ['【4.6万人】', '【98.6%】', '〔3.8亿元〕', '［526万人次］', '【 12 个 】', '【1.3万平方米】', '【约4.6万人】', '【超98%】', '【18℃】', '【3,200人】']) expect(isFigureLabel(line), line).toBe(true);
  });
  it('leaves a figure with words, a bare figure and a year to their own readers', () => {
    for (const line of ['【新增就业4.6万人】', '4.6万人', '【第三季度】']) expect(isFigureLabel(line), line).toBe(false);
  });
});

describe('opensWithPartMark', () => {
  it('reads the part of a story told in parts before its own words', () => {
    for (const line of ['上篇：路通了', '下篇　产业来了', '中篇: 人留下了', '第二部分：钱从哪里来', '之一 山路']) {
      expect(opensWithPartMark(line), line).toBe(true);
    }
  });

  it('leaves a part mark alone and words that only begin alike', () => {
    for (const line of ['上篇', '下篇完', '上半年全县新增就业3000人', '第二批补贴发放', '之一是']) {
      expect(opensWithPartMark(line), line).toBe(false);
    }
  });
});
