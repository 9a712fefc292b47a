// statusOf (figures/status-words.ts): what a notice says is set for a date (定于 + a date: `定于12月14日…暂停供水，影响用户约2600户`)
// is planned, as 将 makes it.
import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { statusOf } from './status.ts';

const status = (paragraph: string, figure: string) => statusOf(scopeFor(paragraph, figure));

describe('statusOf: 定于 + a date', () => {
  it('reads what is set for a date, and the clauses after it, as planned', () => {
    expect(status('因东街供水管道改造，县自来水公司定于1月8日8:00至18:00暂停供水，影响用户约900户。', '约900户')).toBe('plan');
    expect(status('市供热公司定于2026年3月20日停止供热，涉及小区46个。', '46个')).toBe('plan');
    expect(status('运动会定于下月10日开幕，设比赛项目18个。', '18个')).toBe('plan');
  });
  it('leaves a date once set (原定于), one already set (已定于), and 定于 with no date', () => {
    expect(status('原定于10月开工的改造工程提前完工，惠及居民1200户。', '1200户')).toBe('actual');
    expect(status('会议地点定于县委党校，参会代表120人。', '120人')).toBe('actual');
  });
  it('reads what is set for any time word after 定于 (a day of a week, 元旦前, 明天上午) as planned, not only a dated one (F17, session 33)', () => {
    expect(status('因管网改造施工，定于下周一8:00至20:00暂停供水，影响用户约2600户。', '约2600户')).toBe('plan');
    expect(status('因管网改造施工，定于本周六暂停供水，影响用户约2600户。', '约2600户')).toBe('plan');
    expect(status('全县农民运动会定于周日上午开幕，设比赛项目12个。', '12个')).toBe('plan');
    expect(status('因线路检修，定于明天上午停电，影响用户约800户。', '约800户')).toBe('plan');
    // (near misses: a date once set, or 定于 a place, stay as they are)
    expect(status('原定于周六举行的比赛已顺利完成，参赛选手300名。', '300名')).toBe('actual');
    expect(status('会议地点定于县委党校，参会代表120人。', '120人')).toBe('actual');
  });
});

describe('statusOf: a coming year’s standard and how much it moved', () => {
  const a = { article: { year: 2025, pageYear: 2025 } };
  const st = (paragraph: string, figure: string) => statusOf(scopeFor(paragraph, figure, a));
  it('reads the change of a standard set for a coming year, told in the next clause, as set already', () => {
    expect(st('2026年度城乡居民医保个人缴费标准为每人每年400元，比上年提高20元。', '20元')).toBe('actual');
    expect(st('2026年度各级财政对居民医保的补助标准为每人每年不低于700元，比上年提高30元。', '30元')).toBe('actual');
  });
  it('leaves a planned level and its change, with no standard set, as planned', () => {
    expect(st('明年全县将新建日间照料中心12个，比今年增加4个。', '4个')).toBe('plan');
    expect(st('2026年城区供热面积将达到1300万平方米，比今年增加80万平方米。', '80万平方米')).toBe('plan');
  });
});
