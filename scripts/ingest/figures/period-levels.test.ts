// What a printed span does not govern (period-levels.ts), read through periodOf: standards, levels kept and listed.
import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

// A dated page unless a test says otherwise: its article's year is the year printed (pageYear), as the
// pipeline dates every article of a page that prints its date.
const period = (paragraph: string, figure: string, article: { year?: number; pageYear?: number; date?: string; siblingYear?: number; asOf?: string } = {}) =>
  periodOf(scopeFor(paragraph, figure, { article: { pageYear: 'year' in article ? article.year : 2025, ...article } }));

describe('periodOf: starts within a month, months with 份, names and standards', () => {
  it('reads a start in part of a month (11月下旬以来, 10月初以来) and a month with 份 as a clause of its own', () => {
    const p = '11月下旬以来，县民政局为全县1860户困难家庭发放取暖补贴，每户500元，共计93万元。';
    expect(period(p, '1860户').period).toBe('11月下旬以来');
    expect(period(p, '93万元').period).toBe('11月下旬以来');
    // (A standard per household holds for a time, not over the span.)
    expect(period(p, '500元').period).toBeUndefined();
    expect(period('10月初以来，全市受理供热诉求1200件。', '1200件').period).toBe('10月初以来');
    expect(period('11月份，中心共受理各类业务1.35万件。', '1.35万件').period).toBe('11月份');
  });

  it('reads no price per time in a name in quotes (推出“一件事一次办”事项38项)', () => {
    expect(period('今年以来，县里推出“一件事一次办”事项38项。', '38项').period).toBe('今年以来');
  });
});

describe('periodOf: first days inside a clause, joined holidays, levels kept and listed', () => {
  it('reads the first days of what opened inside a clause, and two holidays as one span', () => {
    expect(period('乐园设有滑雪道4条，开园首周接待游客1.6万人次。', '1.6万人次').period).toBe('开园首周');
    expect(period('国庆中秋假期，全市高速公路出入口车流量达到86.3万车次。', '86.3万车次').period).toBe('国庆中秋假期');
  });

  it('gives an open span to no level kept, nor to what a clause of nouns lists after a level reached', () => {
    const p = '今年以来，全县新开通城乡公交线路6条，线路总数达到38条，运营车辆126辆，建制村通客车率保持100%。';
    expect(period(p, '6条').period).toBe('今年以来');
    expect(period(p, '126辆').period).toBeUndefined();
    expect(period(p, '100%').period).toBeUndefined();
  });
});

describe('periodOf: an as-of date does not date what is planned', () => {
  it('reads a plan beside what is done as of a day (其余…月底前完工, a plan column) with no span', () => {
    const p = '截至11月15日，武乡县今年户厕改造任务已完成3200户，其余400户月底前完工。';
    expect(period(p, '3200户').period).toBe('截至11月15日');
    expect(period(p, '400户').period).toBeUndefined();
    const table = '截至6月30日，\n| 项目 | 全年计划 | 已完成 |\n|---|---|---|\n| 新建村级养老服务站 | 12个 | 5个 |';
    expect(period(table, '12个').period).toBeUndefined();
  });
});

describe('periodOf: a change in a standard or a pay over a span (FG, session 16)', () => {
  it('keeps the span for a change in monthly pay, not for the pay itself', () => {
    expect(period('今年以来，全县37家工厂吸纳就业620人，务工人员人均月收入比去年提高260元。', '260元').period).toBe('今年以来');
    expect(period('今年以来，全县城乡低保标准提高到每人每月780元。', '780元').period).toBeUndefined();
  });
});

describe('periodOf: 已有 and what the counted did this year so far', () => {
  it('dates those who did something since the start of the year by the span (已有 N … and a verb after the count)', () => {
    expect(period('今年以来，全市已有2.6万人次办理异地就医备案。', '2.6万人次').period).toBe('今年以来');
    expect(period('今年以来，全县已有42所中小学开设课后托管服务。', '42所').period).toBe('今年以来');
    expect(period('今年以来，王桥镇已有9个村的幸福院开办了食堂。', '9个').period).toBe('今年以来');
  });

  it('leaves a stock the place has, and those since a thing’s own start, undated by the span', () => {
    expect(period('近年来，全县已有返乡创业青年1340人。', '1340人').period).toBeUndefined();
    expect(period('今年以来，全区已有老年食堂41个。', '41个').period).toBeUndefined();
    expect(period('试点以来，已有1300多名志愿者注册。', '1300多名').period).toBeUndefined();
  });

  it('leaves those that reached or hold a level after the count undated by the span (达到, 超过, 在岗, 投入运营, 建成: finding #16)', () => {
    expect(period('今年以来，全市已有12个县区达到省级标准。', '12个').period).toBeUndefined();
    expect(period('今年以来，全县已有30个村的集体收入超过50万元。', '30个').period).toBeUndefined();
    expect(period('今年以来，全市已有1200名医生在岗服务。', '1200名').period).toBeUndefined();
    expect(period('今年以来，全区已有41个老年食堂投入运营。', '41个').period).toBeUndefined();
    expect(period('今年以来，全县已有86个村建成标准化卫生室。', '86个').period).toBeUndefined();
    // a deed done once after the count stays dated
    expect(period('今年以来，已有120家企业入驻产业园。', '120家').period).toBe('今年以来');
  });
});
