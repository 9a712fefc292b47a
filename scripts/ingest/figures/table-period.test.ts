import { describe, expect, it } from 'vitest';
import { tableOwnPeriod } from './table-period.ts';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

const own = (paragraph: string, figure: string) => tableOwnPeriod(scopeFor(paragraph, figure))?.text;
const rows = ['品名 单位 均价 环比', '白萝卜 元/斤 0.75 -3.1%', '羊肉 元/公斤 68.00 +0.8%'];

describe('tableOwnPeriod', () => {
  it('reads a span of days, or a printed period, that fills the brackets closing the table\'s title', () => {
    expect(own(['市区副食品零售价格表（12月1日—5日）', ...rows].join('\n'), '68.00')).toBe('12月1日—5日');
    expect(own(['城区蔬菜零售价格（1至11月）', ...rows].join('\n'), '0.75')).toBe('1至11月');
    // (Over the table's unit line too.)
    expect(own(['市区副食品零售价格表（12月1日—5日）', '单位：元/斤', '品名 均价 环比', '白萝卜 0.75 -3.1%', '芹菜 2.10 +1.2%'].join('\n'), '2.10')).toBe('12月1日—5日');
    // (Brackets that say more than a time give none: a place, a unit.)
    expect(own(['市区副食品零售价格表（城区5个农贸市场）', ...rows].join('\n'), '68.00')).toBeUndefined();
  });

  it('reads the period the note under the table prints', () => {
    expect(own([...rows, '（数据来源：市商务局，截至11月底）'].join('\n'), '-3.1%')).toBe('截至11月底');
    expect(own([...rows, '数据来源：县商务局（截至12月3日）'].join('\n'), '0.75')).toBe('截至12月3日');
  });

  it('gives none outside a table, in a table with no title or note, or in a row\'s first cell', () => {
    expect(own('截至11月底，全市新增就业3.2万人。', '3.2万人')).toBeUndefined();
    expect(own(rows.join('\n'), '0.75')).toBeUndefined();
    expect(own([...rows, '（数据来源：市商务局，截至11月底）'].join('\n'), '元/斤')).toBeUndefined();
  });

  it('dates the cells through periodOf, before the paragraph that introduces the table', () => {
    const scope = scopeFor([...rows, '（数据来源：市商务局，截至11月底）'].join('\n'), '68.00', { article: { pageYear: 2025 } });
    expect(periodOf({ ...scope, preceding: '今年以来，我市菜价总体平稳。' }).period).toBe('截至11月底');
  });
});

describe('tableOwnPeriod: a time opening the title', () => {
  it('reads a time the title opens on as a clause would (11月份…数据, 2025年秋季…情况; fails before)', () => {
    expect(own(['11月份各街道（镇）空气质量监测点数据', '监测点 PM2.5 优良天数', '英雄中路街道监测点 43 21', '紫金街街道监测点 40 22'].join('\n'), '40')).toBe('11月份');
    expect(own(['2025年秋季全市各学段招生情况', '学段 招生人数 较上年增减', '小学一年级 32600 －2140', '初中七年级 34100 ＋860'].join('\n'), '34100')).toBe('2025年秋季');
  });

  it('not a title opening on a place, a year alone, or an undated season naming the thing', () => {
    expect(own(['各街道11月份空气质量监测点数据', '监测点 PM2.5 优良天数', '英雄中路街道监测点 43 21', '紫金街街道监测点 40 22'].join('\n'), '40')).toBeUndefined();
    expect(own(['2025年全市各学段招生情况', '学段 招生人数 较上年增减', '小学一年级 32600 －2140', '初中七年级 34100 ＋860'].join('\n'), '34100')).toBeUndefined();
    expect(own(['冬季供暖价格表', '学段 招生人数 较上年增减', '小学一年级 32600 －2140', '初中七年级 34100 ＋860'].join('\n'), '34100')).toBeUndefined();
  });
});
