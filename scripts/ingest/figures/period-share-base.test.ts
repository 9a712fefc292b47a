import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

// Made-up policy sentences: a share of a base the text dates (`上年度…的60%`, `2024年…的2%`) holds in the article's year;
// the year says which base.
const year = (paragraph: string, figure: string) => periodOf(scopeFor(paragraph, figure, { unit: '%', article: { pageYear: 2025 } })).year;

describe('the year of a share whose base is dated', () => {
  it('is the article’s, not the base’s', () => {
    expect(year('稳岗返还比例为企业上年度实际缴纳失业保险费的60%。', '60%')).toBe(2025);
    expect(year('今年调整水平为2024年退休人员月人均基本养老金的2.5%。', '2.5%')).toBe(2025);
    expect(year('缴费基数在全省上年度城镇单位就业人员平均工资的60%至300%之间选择。', '60%')).toBe(2025);
    // (The upper end of a range of shares of that base is of it too.)
    expect(year('缴费基数在全省上年度城镇单位就业人员平均工资的60%至300%之间选择。', '300%')).toBe(2025);
    // (The range mark is any of its spellings, RANGE_MARK: the full-width hyphen and the en dash too, finding #30.)
    expect(year('缴费基数在全省上年度城镇单位就业人员平均工资的60%－300%之间选择。', '300%')).toBe(2025);
    expect(year('缴费基数在全省上年度城镇单位就业人员平均工资的60%–300%之间选择。', '300%')).toBe(2025);
    expect(year('缴费基数在全省上年度城镇单位就业人员平均工资的60%～300%之间选择。', '300%')).toBe(2025);
  });

  it('keeps a year that dates the share itself', () => {
    expect(year('2024年全县民生支出占一般公共预算支出的81%。', '81%')).toBe(2024);
    expect(year('去年，全县民生支出占一般公共预算支出的80%。', '80%')).toBe(2024);
    expect(year('去年，全县合格率由85%提高到95%。', '95%')).toBe(2024);
  });
});
