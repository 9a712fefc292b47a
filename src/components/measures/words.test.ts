import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../domain/figure.ts';
import { NETWORK_2025 } from '../charts/test-support/like-figures.ts';
import { measurePages } from './measure-pages.ts';
import { seriesHeadings, tablePlace } from './words.ts';

describe('seriesHeadings', () => {
  it('names a series by status, kind and unit, and tells apart two that share them (the city’s figures apart from the counties’)', () => {
    const city: FigureRecord[] = NETWORK_2025.slice(0, 2).map((f, i) => ({ ...f, id: `city-${i}`, region: '长治市', year: 2023 + i, article: `city-${i}` }));
    const [page] = measurePages([...NETWORK_2025, ...city]);
    expect(page!.series).toHaveLength(2);
    const zh = [...seriesHeadings('zh', page!.series).values()];
    expect(new Set(zh).size).toBe(2);
    expect(zh.every((h) => h.startsWith('已完成或已达到，期内新增（公里）'))).toBe(true);
    expect(zh.some((h) => h.endsWith('全市'))).toBe(true);
    const en = [...seriesHeadings('en', page!.series).values()];
    expect(en.some((h) => h.endsWith('city-wide'))).toBe(true);
    expect(en.some((h) => h.endsWith('by county'))).toBe(true);
  });

  it('adds nothing where the series differ already', () => {
    const [page] = measurePages(NETWORK_2025);
    expect([...seriesHeadings('en', page!.series).values()]).toEqual(['Done or reached, added in the period (km)']);
  });
});

describe('tablePlace', () => {
  it('names a town with its county, a county or the city by its own name', () => {
    expect(tablePlace('zh', '上党区西火镇')).toBe('上党区西火镇');
    expect(tablePlace('en', '上党区西火镇')).toBe('Xihuo Town, Shangdang District');
    expect(tablePlace('zh', '壶关县')).toBe('壶关县');
    expect(tablePlace('en', '壶关县')).toBe('Huguan County');
    expect(tablePlace('zh', '长治市')).toBe('长治市');
  });
});

