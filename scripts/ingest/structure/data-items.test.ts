import { describe, expect, it } from 'vitest';
import { isDataItem, isFigureLine, isItemLabel } from './data-items.ts';

describe('data items', () => {
  it('reads a figure alone on its line', () => {
    for (const t of ['12.8万人次', '3600个', '97.3%', '5.2 万户', '约1200吨', '460+']) expect(isFigureLine(t)).toBe(true);
    for (const t of ['2025年我县民生账本', '新增3处', '全县新增就业3600人。', '1. 青羊大街']) expect(isFigureLine(t)).toBe(false);
  });

  it('reads a short label of words under it', () => {
    expect(isItemLabel('城乡居民医保参保')).toBe(true);
    expect(isItemLabel('全县参保率达到97%，')).toBe(false);
  });

  it('reads the two lines as one item', () => {
    expect(isDataItem(['12.8万人次', '图书馆年接待读者'])).toBe(true);
    expect(isDataItem(['图书馆年接待读者', '12.8万人次'])).toBe(false);
    expect(isDataItem(['12.8万人次'])).toBe(false);
  });
});
