import { describe, expect, it } from 'vitest';
import { countFilters, filterCounts, measureFilters, pagefindFilters } from './filters.ts';

const article = (lang: 'zh' | 'en', topics: string[], places: string[], year?: number) => ({
  lang,
  topicTags: topics.map((label) => ({ label })),
  regionTags: places.map((label) => ({ label })),
  year,
  zh: { data: { kind: 'news' } },
}) as unknown as Parameters<typeof pagefindFilters>[0];

describe('pagefindFilters', () => {
  it('names and values filters in the page’s language', () => {
    const zh = pagefindFilters(article('zh', ['教育'], ['上党区'], 2025));
    expect(zh.slice(0, 3)).toEqual(['主题:教育', '地区:上党区', '年份:2025']);
    expect(zh[3]).toMatch(/^类型:/);
    expect(pagefindFilters(article('en', ['Education'], [], undefined))).toEqual(['Topic:Education', expect.stringMatching(/^Type:/)]);
  });
});

describe('filterCounts', () => {
  it('counts pages per value, a page once however often it names the value', () => {
    const counts = filterCounts([
      article('zh', ['教育', '教育'], ['上党区'], 2025),
      article('zh', ['教育', '医疗'], [], 2024),
    ]);
    expect(counts['主题']).toEqual({ 教育: 2, 医疗: 1 });
    expect(counts['地区']).toEqual({ 上党区: 1 });
    expect(counts['年份']).toEqual({ 2025: 1, 2024: 1 });
  });
});

describe('measureFilters', () => {
  it('gives a measure page the type 数据 / Data, its topic and its latest year, counted beside the articles', () => {
    expect(measureFilters('zh', { topic: 'heating', years: { to: 2025 } })).toEqual(['类型:数据', '主题:供热', '年份:2025']);
    expect(measureFilters('en', {})).toEqual(['Type:Data']);
    const counts = countFilters([pagefindFilters(article('zh', ['供热'], [], 2025)), measureFilters('zh', { topic: 'heating', years: { to: 2025 } })]);
    expect(counts['主题']).toEqual({ 供热: 2 });
    expect(counts['年份']).toEqual({ 2025: 2 });
    expect(counts['类型']?.['数据']).toBe(1);
  });
});
