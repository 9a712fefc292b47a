import { describe, expect, it } from 'vitest';
import { countyTables, isCountyRow, isTownRow } from './regions-table.ts';

describe('isCountyRow', () => {
  it('reads a county opening a line of figures as a row of a county table or chart', () => {
    expect(isCountyRow('黎城县 29870 +4.9% 13260')).toBe(true);
    expect(isCountyRow('壶关县 ████ 18.2')).toBe(true);
    expect(isCountyRow('沁　县      1210        1500')).toBe(true);
    expect(isCountyRow('黎 城 县 1680 2000')).toBe(true);
  });

  it("reads a row opened by the table's ordinal column", () => {
    expect(isCountyRow('1     潞州区    60')).toBe(true);
    expect(isCountyRow('11\t沁县\t20')).toBe(true);
    expect(isCountyRow('3 屯留区 30')).toBe(true);
    expect(isCountyRow('2025  潞州区  60')).toBe(false);
  });

  it('reads a tab-separated row whose cells hold words beside the figure', () => {
    expect(isCountyRow('潞州区\t保洁、护绿\t120\t区人社局一楼大厅')).toBe(true);
    expect(isCountyRow('沁 源 县\t护林\t110\t县人社局')).toBe(true);
    expect(isCountyRow('潞州区\t保洁、护绿\t\t区人社局一楼大厅')).toBe(false);
    expect(isCountyRow('潞州区第一幼儿园\t小班\t30')).toBe(false);
    expect(isCountyRow('潞州区\t新建大棚120座，带动农户增收\t12')).toBe(false);
  });

  it('does not read a sentence, a labelled line or a town as one', () => {
    expect(isCountyRow('黎城县新建大棚120座，带动农户增收。')).toBe(false);
    expect(isCountyRow('黎城县：新建大棚120座')).toBe(false);
    expect(isCountyRow('西火镇 12 3')).toBe(false);
    expect(isCountyRow('武乡县 今年计划再新建日间照料中心8所')).toBe(false);
  });
});

describe('isTownRow', () => {
  it('reads a town opening a line of figures, not a county or a sentence', () => {
    expect(isTownRow('古韩镇 ████████ 88.6')).toBe(true);
    expect(isTownRow('龙泉镇\t14\t28')).toBe(true);
    expect(isTownRow('黎城县 29870 +4.9%')).toBe(false);
    expect(isTownRow('龙泉镇新增补助户14户。')).toBe(false);
  });
});

describe('countyTables', () => {
  it('finds three rows of counties or more, in one text or one per text, and not fewer', () => {
    const table = '县区 新增(个) 同比\n沁县 12 +3%\n长子县 9 +1%\n壶关县 7 -2%';
    expect(countyTables([table]).rows[0]!.map((r) => table.slice(r.start, r.end))).toEqual(['沁县 12 +3%', '长子县 9 +1%', '壶关县 7 -2%']);
    expect(countyTables(['沁县 ██ 12', '长子县 █ 9', '壶关县 █ 7']).tables).toBe(1);
    const noted = countyTables(['沁县 ██ 12', '长子县 █ 9', '壶关县 █ 7', '注：武乡县、沁源县数据另行统计。', '武乡县新建大棚120座。']).rows;
    expect(noted.map((r) => r.length)).toEqual([1, 1, 1, 1, 0]);
    const totalled = '沁县 12\n长子县 9\n壶关县 7\n合　计 28\n注：高新区数据另行统计。';
    expect(countyTables([totalled]).rows[0]).toHaveLength(5);
    expect(countyTables(['县区 新增(个)\n沁县 12\n长子县 9']).tables).toBe(0);
  });
});

describe('a rank list of the counties', () => {
  it('has rows of one county each, opened by a rank', () => {
    expect(isCountyRow('第一名 潞城区 98.5分')).toBe(true);
    expect(isCountyRow('1. 黎城县 97.9')).toBe(true);
    expect(isCountyRow('第一名 张三 98.5分')).toBe(false);
    expect(isCountyRow('潞州区……42.5')).toBe(true);
  });
});
