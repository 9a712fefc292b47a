// Labels of table cells in forms read in session 12's second pass (table.ts with bare-rows.ts): a table barred
// between cells only, a column relative to another's measure, a title over a one-measure table. Made-up tables.
import { describe, expect, it } from 'vitest';
import { tableLabel } from './table.ts';
import { bareCells } from './bare-rows.ts';
import { label } from './label.fixture.ts';

const at = (text: string, figure: string, after = '') => {
  const i = text.indexOf(figure, text.indexOf(after));
  return tableLabel(text, i, i + figure.length);
};

describe('a table with bars between cells and none at its ends', () => {
  const barred = ['班线 | 开通时间 | 日均客运量（人次） | 票价（元）', '县城—西火镇 | 2024年4月 | 530 | 6', '县城—八泉镇 | 2025年1月 | 290 | 4.5'].join('\n');

  it('names a cell by its row and its column’s heading', () => {
    expect(at(barred, '530')).toBe('县城—西火镇日均客运量');
    expect(at(barred, '4.5', '八泉镇')).toBe('县城—八泉镇票价');
  });

  it('reads a rule under the header as no row', () => {
    const ruled = ['项目 | 数量 | 完成率', '--- | --- | ---', '改造燃气管道 | 14.2公里 | 92%'].join('\n');
    expect(at(ruled, '92%')).toBe('改造燃气管道完成率');
  });

  it('takes no line of one bar, nor a header that prints figures, as such a table', () => {
    expect(bareCells('新建水厂｜6座')).toBeUndefined();
    expect(bareCells('| 项目 | 数量 |')).toBeUndefined();
    expect(at(['县城 | 12 | 30', '乡镇 | 8 | 20'].join('\n'), '8')).toBeUndefined();
  });
});

describe('a column of a measure relative to another column’s', () => {
  const spend = ['县区 教育支出（亿元） 占财政支出比重（%） 同比增长（%）', '武乡县 6.2 18.4 4.3', '沁源县 7.5 19.1 3.8'].join('\n');

  it('names a share (占…比重) and a change after its time (同比增长) by the measure before them', () => {
    expect(at(spend, '18.4')).toBe('武乡县教育支出占财政支出比重');
    expect(at(spend, '3.8')).toBe('沁源县教育支出同比增长');
    expect(at(spend, '6.2')).toBe('武乡县教育支出');
  });
});

describe('a title over a table of one measure', () => {
  it('names the cells more fully when it ends on the column’s heading', () => {
    const beds = ['各县区新建村级养老驿站（个）', '县区 驿站 县区 驿站', '武乡县 12 沁县 9', '长子县 15 屯留区 11'].join('\n');
    expect(at(beds, '9')).toBe('沁县新建村级养老驿站');
  });

  it('leaves a table of several measures to its headings', () => {
    const prices = ['本周蔬菜零售价格', '品名 价格 环比', '白菜 1.2 3%', '土豆 1.6 2%'].join('\n');
    expect(at(prices, '1.2')).toBe('白菜价格');
  });
});

describe('a spaced table whose cell names its number before it', () => {
  const priced = ['市区管道燃气价格表', '类别          计费方式     价格（元/立方米）', '居民用户      按户         2.46', '居民用户      按量         基础气价 2.30', '非居民        按量         基础气价 3.10'].join('\n');

  it('names the figure by its row and the cell’s own words, not the column’s heading', () => {
    expect(at(priced, '2.30')).toBe('居民用户基础气价');
    expect(at(priced, '3.10')).toBe('非居民基础气价');
    expect(at(priced, '2.46')).toBe('居民用户价格');
  });
});

describe('a box of bulleted lines under a head of spaced words', () => {
  const box = ['数读 · 农村公路', '* 126公里 新建改造农村公路', '* 38座 改造危桥'].join('\n');

  it('reads no table there: a line opening on a list mark alone is no row', () => {
    expect(at(box, '126公里')).toBeUndefined();
    expect(at(box, '38座')).toBeUndefined();
    expect(label(box, '38座')).toBe('改造危桥');
  });
});
