// The facility words kind.ts and period-years.ts share (kind-facility.ts): 设置 after a facility told by its size or its
// opening is what it holds (kind), and the year a facility opened dates the event, not the figures told of it now (year).
import { describe, expect, it } from 'vitest';
import { FACILITY_TOLD, OPENED, SIZE_HEADING } from './kind-facility.ts';
import { kindOf } from './kind.ts';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

const kind = (paragraph: string, figure: string) => kindOf(scopeFor(paragraph, figure));
const year = (paragraph: string, figure: string) => periodOf(scopeFor(paragraph, figure, { article: { pageYear: 2025 } })).year;

describe('the facility words', () => {
  it('tells a facility by its size or its opening, not works by their area', () => {
    expect(FACILITY_TOLD.test('文化中心建筑面积1800平方米')).toBe(true);
    expect(FACILITY_TOLD.test('卫生院总投资900万元')).toBe(true);
    expect(FACILITY_TOLD.test('12月1日，镇图书馆开馆')).toBe(true);
    expect(FACILITY_TOLD.test('今年新增绿化面积2.1万平方米')).toBe(false);
    expect(SIZE_HEADING.test('长度（公里）')).toBe(true);
    expect(SIZE_HEADING.test('总投资（万元）')).toBe(true);
    expect(SIZE_HEADING.test('进度')).toBe(false);
    expect(new RegExp(`^(?:${OPENED})$`).test('投入运营')).toBe(true);
  });

  it('dates an opening told in its own clause as the event, whatever verb of opening it takes', () => {
    // (开馆 and 开诊 were read as the year of what the place holds now.)
    expect(year('这座图书馆2019年开馆，馆藏图书12万册。', '12万册')).toBe(2025);
    expect(year('这家卫生院2021年开诊，有医护人员46名。', '46名')).toBe(2025);
    expect(year('这个照料中心2023年建成，设有床位40张。', '40张')).toBe(2025);
    // (A planned opening dates what the place will hold.)
    expect(year('该中心计划2026年开馆，可容纳观众1500人。', '1500人')).toBe(2026);
  });
});

describe('kindOf: 设置 of what a facility just described holds', () => {
  it('reads 设置 opening the clause after the size or the opening of a facility as what it holds: total', () => {
    expect(kind('新建的养老中心建筑面积2800平方米，设置床位120张，配有康复室。', '120张')).toBe('total');
    expect(kind('11月20日，社区食堂投入使用，设置餐位80个。', '80个')).toBe('total');
    expect(kind('冰雪乐园占地5万平方米，设置游乐项目12个。', '12个')).toBe('total');
    expect(kind('日间照料中心总投资300万元，设置休息床位40张。', '40张')).toBe('total');
    expect(kind('11月25日，镇农贸市场投入使用。市场面积500平方米，设置摊位60个。', '60个')).toBe('total');
  });
  it('keeps equipment put up along a way, or after works, new', () => {
    expect(kind('今年，镇里在村道沿线设置警示桩300根。', '300根')).toBe('new');
    expect(kind('今年以来，全区补画斑马线136处，设置减速带48条。', '48条')).toBe('new');
    // (Nor after works told by their area, or a project's money: not a facility's own size.)
    expect(kind('今年，全区新增绿化面积3.2万平方米，设置休闲座椅120个。', '120个')).toBe('new');
    expect(kind('今年全县完成造林面积1.2万亩，设置护林防火检查站30个。', '30个')).toBe('new');
    expect(kind('今年，城区新增停车场面积1.5万平方米，设置停车位600个。', '600个')).toBe('new');
    expect(kind('该项目总投资1200万元，设置公共充电桩200个。', '200个')).toBe('new');
  });
});


describe('kindOf: facilities the clause counts as its subject, then opens (OPENED_AFTER)', () => {
  it('reads a count of facilities put in use (投入使用, 开园, 开餐, 通车) as new', () => {
    expect(kind('11月21日，上村镇2处“暖心驿站”投入使用，可为环卫工人提供热水。', '2处')).toBe('new');
    expect(kind('12月2日，潞城区店上镇、微子镇和合室乡的3所长者食堂同时开餐。', '3所')).toBe('new');
    expect(kind('麟绛街道、渔泽镇两所公办托育园于11月投入使用，每月收费不超过1500元。', '两所')).toBe('new');
    expect(kind('3月，潞州区首批12个社区嵌入式托育点同时开园，新增托位360个。', '12个')).toBe('new');
  });
  it('leaves a part of them, the places something opens in, a stock and a count after a verb of its own', () => {
    expect(kind('在城区，新建的12所中小学、幼儿园已有9所投入使用。', '9所')).toBe('total');
    expect(kind('近日，翟店街道“四点半课堂”在6个社区同时开课。', '6个')).toBe('total');
    expect(kind('潞州区推广集中充电棚，已在紫金街街道、延安南路街道等32个小区投用，新增充电端口1280个。', '32个')).toBe('total');
    expect(kind('同时落实运营补贴，引入2家社会组织托管运营。', '2家')).toBe('total');
    expect(kind('全县共有养老机构12家投入运营。', '12家')).toBe('total');
  });
  it('leaves all of a whole in use now a stock: each of them (均, 都, 全部), or the whole place or now before the count', () => {
    // (F23, session 33: a whole in use was read as opened now.)
    expect(kind('目前，全市126个社区食堂均已投入使用。', '126个')).toBe('total');
    expect(kind('目前，全市126个社区食堂已全部投入使用。', '126个')).toBe('total');
    expect(kind('截至目前，全县36个日间照料中心已全部投入运营。', '36个')).toBe('total');
    expect(kind('全市12个社区食堂全部正常开餐。', '12个')).toBe('total');
    expect(kind('全县8个乡镇敬老院都已投入使用。', '8个')).toBe('total');
    // (Near misses: an opening dated, of a count with no whole before it, stays new.)
    expect(kind('11月，潞州区4个社区食堂正式投入使用。', '4个')).toBe('new');
    expect(kind('近日，3所公办幼儿园相继开园。', '3所')).toBe('new');
  });
});
