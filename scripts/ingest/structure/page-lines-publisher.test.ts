// A page's co-publisher named for the page (`本版协办：…`, `本期主办：…`) is a page line, as the paper's own publisher
// line is (structure/page-lines.ts PUBLISHER); near misses: a box's label over its title, a sentence naming a co-organiser.
import { describe, expect, it } from 'vitest';
import { isPageLine } from './page-lines.ts';

describe('isPageLine: a page\'s co-publisher', () => {
  it('knows a page\'s co-publisher named for the page (`本版协办：…`), as the paper\'s (`协办单位：…`)', () => {
    expect(isPageLine('本版协办：某市卫生健康委员会')).toBe(true);
    expect(isPageLine('本期主办：某县融媒体中心')).toBe(true);
    expect(isPageLine('协办单位：某市卫生健康委员会')).toBe(true);
    // Near misses: a box's label over its title, and a sentence that names a co-organiser.
    expect(isPageLine('本期话题：冬季供暖，你家温度达标了吗？')).toBe(false);
    expect(isPageLine('本次活动由某市卫生健康委员会协办，共有12家医院参加。')).toBe(false);
  });
});
