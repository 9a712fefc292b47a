// The page as a unit of place (pipeline.ts, describe/home-county.ts): a county's paper writes 我县 and 全县 for
// the county its masthead names; a city paper's 全县 says nothing by itself.
import { describe, expect, it } from 'vitest';
import { draftSeed } from './pipeline.ts';

const seed = (text: string) => ({ name: 'page.txt', bytes: new TextEncoder().encode(text) });

const ITEMS = `# 我县新建村级养老服务站12个

本报讯 今年以来，我县新建村级养老服务站12个，全县农村老人就近享受助餐服务。

# 县图书馆冬季阅读季启动

本报讯 县图书馆“冬日书香”阅读季启动，12月计划开展阅读活动40场。
`;

describe('home county', () => {
  it('gives a county paper’s 我县, 全县 and 县图书馆 the county its masthead names', () => {
    const { drafts } = draftSeed(seed(`今日武乡\n\n2025年12月5日 星期五 第2版 综合新闻\n\n${ITEMS}`));
    expect(drafts.map((d) => d.regions)).toEqual([['武乡县'], ['武乡县']]);
  });

  it('gives none on a city paper’s page', () => {
    const { drafts } = draftSeed(seed(`长治日报\n\n2025年12月5日 星期五 第2版 综合新闻\n\n${ITEMS}`));
    expect(drafts.map((d) => d.regions)).toEqual([[], []]);
  });
});

describe('held-back stems', () => {
  const page = (lead: string) => `# ${lead}

本报讯 今年，潞州区将八成以上财政支出用于民生，新增学位4680个。

# 数读潞州民生

● 民生支出 38.6亿元

● 新增学位 4680个
`;

  it('gives a box that says only 潞州 the district its page names in full', () => {
    const { drafts } = draftSeed(seed(page('潞州区：一本民生账 件件暖人心')));
    expect(drafts.map((d) => d.regions)).toEqual([['潞州区'], ['潞州区']]);
  });

  it('gives it none where the page does not name the district', () => {
    const { drafts } = draftSeed(seed(page('我市民生账本晒出来').replace('今年，潞州区将', '今年，全市将')));
    expect(drafts[1]!.regions).toEqual([]);
  });
});


describe('a box beside a report', () => {
  const page = `襄垣县：零工驿站开到镇上

本报记者 原 野

今年，襄垣县在王桥镇、夏店镇建成零工驿站6个，新增城镇就业2100人。

一组数据

◆ 新增城镇就业 2100人

◆ 举办招聘会 18场
`;

  it('that names no place of its own takes the county-level places of the report above it', () => {
    const { drafts } = draftSeed(seed(page));
    expect(drafts.map((d) => d.kind)).toEqual(['article', 'sidebar']);
    expect(drafts[0]!.regions).toContain('襄垣县王桥镇');
    expect(drafts[1]!.regions).toEqual(['襄垣县']);
  });

  it('that prints no figure, a box of advice, is about no place', () => {
    const tips = page.replace(/一组数据[\s\S]*$/u, '# 小贴士\n\n签合同前要看清工资和工时。\n\n被拖欠工资可拨打维权热线。\n');
    const { drafts } = draftSeed(seed(tips));
    expect(drafts.map((d) => d.kind)).toEqual(['article', 'sidebar']);
    expect(drafts[1]!.regions).toEqual([]);
  });

  it('under a label of advice whose digits are times or a hotline is about no place; one of a scheme’s figure is the report’s', () => {
    const tips = page.replace(/一组数据[\s\S]*$/u, '# 求职小贴士\n\n面试请提前15分钟到场，招聘会每天9:00开始。\n\n被拖欠工资可拨打12333。\n');
    const { drafts } = draftSeed(seed(tips));
    expect(drafts.map((d) => d.kind)).toEqual(['article', 'sidebar']);
    expect(drafts[1]!.regions).toEqual([]);
    const scheme = draftSeed(seed(tips.replace('被拖欠工资可拨打12333。', '在驿站登记求职可领交通补贴50元。'))).drafts;
    expect(scheme[1]!.regions).toEqual(['襄垣县']);
  });

  it('that names a place keeps its own', () => {
    const { drafts } = draftSeed(seed(page.replace('◆ 举办招聘会 18场', '◆ 沁县举办招聘会 18场')));
    expect(drafts[1]!.regions).toEqual(['沁县']);
  });
});
