import { describe, expect, it } from 'vitest';
import { countText } from './plural.ts';

describe('countText', () => {
  it('says "1 report" and "15 reports" in English', () => {
    expect(countText('en', 'listing.count', 1)).toBe('1 report');
    expect(countText('en', 'listing.count', 15)).toBe('15 reports');
    expect(countText('en', 'listing.count', 0)).toBe('0 reports');
  });

  it('has one form in Chinese and groups large numbers for the locale', () => {
    expect(countText('zh', 'listing.count', 1)).toBe('1篇报道');
    expect(countText('en', 'listing.count', 2737)).toBe('2,737 reports');
  });

  it('counts figures in the singular for one (the figure table caption, article cards, the dictionary)', () => {
    expect(countText('en', 'figures.caption', 1)).toMatch(/^1 figure from the text\./);
    expect(countText('en', 'figures.caption', 3)).toMatch(/^3 figures from the text\./);
    expect(countText('en', 'home.figureCount', 1)).toBe('1 figure');
    expect(countText('en', 'dictionary.articleFigures', 2)).toBe('2 figures');
    expect(countText('zh', 'home.figureCount', 1)).toBe('1项数据');
  });
});
