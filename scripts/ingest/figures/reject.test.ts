import { describe, expect, it } from 'vitest';
import { labelRanges, rejectChinese, rejectNeighbours, rejectUnit } from './reject.ts';

describe('labelRanges', () => {
  it('covers short quoted labels and book titles, not quoted speech', () => {
    const text = '完善“15分钟便民生活圈”，出台《长治市促进高校毕业生就业创业工作的26条措施》。“村民在家门口就业，一个月能有3000元左右的收入。”';
    const labels = labelRanges(text);
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    expect(labels.covers(...at('15分钟'))).toBe(true);
    expect(labels.covers(...at('26条'))).toBe(true);
    expect(labels.covers(...at('3000元左右'))).toBe(false);
  });
});

describe('rejectNeighbours', () => {
  const reject = (text: string, number: string, chinese = false) => {
    const at = text.indexOf(number);
    return rejectNeighbours(text, at, at + number.length, chinese);
  };
  it('turns away codes, slogans and ordinals', () => {
    expect(reject('S213线', '213')).toBe(true);
    expect(reject('PM2.5', '2.5')).toBe(true);
    expect(reject('“1+N”', '1')).toBe(true);
    expect(reject('7×24小时', '24')).toBe(true);
    expect(reject('第四批', '四', true)).toBe(true);
    expect(reject('十几年', '十', true)).toBe(true);
    expect(reject('数百人', '百', true)).toBe(true);
  });
  it('lets quantities through', () => {
    expect(reject('新增充电桩2800余个', '2800')).toBe(false);
    expect(reject('全长13.5公里', '13.5')).toBe(false);
  });
});

describe('rejectChinese', () => {
  it('keeps Chinese numerals with a magnitude, 成 and 近千', () => {
    expect(rejectChinese({ chinese: true, raw: '两万' }, '人次', '')).toBe(false);
    expect(rejectChinese({ chinese: true, raw: '八' }, '成', '')).toBe(false);
    expect(rejectChinese({ chinese: true, raw: '千' }, '户', '近')).toBe(false);
  });
  it('turns away lone digits, digit strings and bare 千/万', () => {
    expect(rejectChinese({ chinese: true, raw: '一' }, '所', '')).toBe(true);
    expect(rejectChinese({ chinese: true, raw: '二〇二四' }, '年', '')).toBe(true);
    expect(rejectChinese({ chinese: true, raw: '千' }, '家', '')).toBe(true);
  });
});

describe('rejectUnit', () => {
  const facts = (text: string, number: string, unit: string, kind: 'duration' | 'count') => {
    const numberStart = text.indexOf(number);
    const unitEnd = numberStart + number.length + unit.length;
    return { text, numberStart, unitEnd, end: unitEnd, unit, kind, numeral: number, chinese: false };
  };
  it('turns away years and attributive durations', () => {
    expect(rejectUnit(facts('2025年，壶关县', '2025', '年', 'duration'))).toBe(true);
    expect(rejectUnit(facts('织密24小时巡逻', '24', '小时', 'duration'))).toBe(true);
    expect(rejectUnit(facts('3年级学生', '3', '年', 'duration'))).toBe(true);
  });
  it('keeps durations that measure time', () => {
    expect(rejectUnit(facts('患糖尿病10年。', '10', '年', 'duration'))).toBe(false);
    expect(rejectUnit(facts('3天内完成', '3', '天', 'duration'))).toBe(false);
  });
});
