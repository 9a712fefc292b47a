import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../../src/domain/measures.ts';
import { MEASURE_RULES, measureFor } from './measures.ts';

describe('measureFor', () => {
  it.each([
    ['供热管网', '公里', '', 'heating-network-km'],
    ['西火镇一级热网工程', '公里', '', 'heating-network-km'],
    ['换热站', '个', '', 'heat-exchange-stations'],
    ['学校食堂', '个', '改造学校食堂16个', 'school-canteens-renovated'],
    ['农村公路', '公里', '', 'rural-roads-km'],
    ['四好农村路', '公里', '', 'rural-roads-km'],
    ['老旧小区', '个', '', 'old-residential-compounds'],
    ['零工岗位', '个', '', 'jobs-offered'],
    ['线上线下专项招聘活动', '场', '', 'recruitment-events'],
    ['职业技能培训', '人', '开展职业技能培训', 'skills-training-people'],
    ['托位', '个', '', 'childcare-places'],
    ['千人口托位数', '个', '', 'childcare-places-per-1000'],
    ['充电桩', '把', '', 'charging-piles'],
    ['停车位', '个', '', 'parking-spaces'],
    ['学校食堂改造投入', '元', '', 'investment-yuan'],
    ['居民养老保险基础养老金', '元', '', 'pension-monthly-yuan'],
    ['工资', '元', '为1570名农民工追讨工资1578万元', 'wage-arrears-recovered-yuan'],
    ['县城及周边区域', '平方米', '为县城及周边约500万平方米区域提供稳定、清洁的热源', 'heating-area-m2'],
  ])('%s (%s) → %s', (subject, unit, sentence, key) => expect(measureFor(subject, unit, sentence)).toBe(key));

  it('needs the unit to fit, and a sentence context where the entry asks for one', () => {
    expect(measureFor('充电桩', '元', '')).toBeUndefined();
    expect(measureFor('工资', '元', '月工资3000元')).toBeUndefined();
    expect(measureFor('县城及周边区域', '平方米', '绿化面积')).toBeUndefined();
  });

  it('gives nothing where no entry fits', () => {
    expect(measureFor('参赛队伍', '支', '')).toBeUndefined();
    expect(measureFor(undefined, '个', '')).toBeUndefined();
  });
});

describe('measureFor: a measure is one thing counted one way', () => {
  // Pairs of made-up figures (two subjects, then each one’s unit and sentence) that count the same thing, and pairs that do not.
  const same: [string, string, string, string, string, string][] = [
    ['技能人才', '新增技能人才', '人', '', '人', ''],
    ['托育机构', '普惠性托育机构', '家', '', '家', ''],
    ['托育点', '社区托育服务点', '个', '', '个', ''],
    ['老旧小区', '老旧小区改造项目', '个', '', '个', ''],
    ['培训', '补贴性技能培训', '人次', '开展职业技能培训60期，培训2900人次', '人', '完成补贴性技能培训1200人'],
  ];
  const apart: [string, string, string, string, string, string][] = [
    ['技能人才', '高技能人才', '人', '', '人', ''],
    ['托育机构', '托育点', '家', '', '家', ''],
    ['托育点', '县级托育中心', '个', '', '个', ''],
    ['固定资产投资', '工业投资', '%', '', '%', ''],
    ['学校食堂', '老年食堂', '个', '改造中小学食堂16个', '个', '新建社区老年食堂12个'],
    ['老旧小区', '老旧小区供热管网', '个', '', '个', ''],
    ['培训', '培训讲解员', '人', '开展职业技能培训，培训2900人', '人', '培训乡村讲解员60人'],
  ];
  it.each(same)('%s and %s share a key', (s1, s2, u1, c1, u2, c2) => {
    const a = measureFor(s1, u1, c1);
    expect(a).toBeDefined();
    expect(measureFor(s2, u2, c2)).toBe(a);
  });
  it.each(apart)('%s and %s do not', (s1, s2, u1, c1, u2, c2) => {
    const a = measureFor(s1, u1, c1);
    expect(a === undefined && measureFor(s2, u2, c2) === undefined).toBe(false);
    expect(measureFor(s2, u2, c2)).not.toBe(a);
  });
});

describe('MEASURE_RULES', () => {
  it('has one rule for each measure of the vocabulary, in the same order, each with its units', () => {
    expect(MEASURE_RULES.map((r) => r.key)).toEqual(MEASURES.map((m) => m.key));
    for (const rule of MEASURE_RULES) expect(rule.units.length).toBeGreaterThan(0);
  });
});
