import { describe, expect, it } from 'vitest';
import { filterCounts, pagefindFilters } from './filters.ts';

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
