import { describe, expect, it } from 'vitest';
import { findKind } from './kind.ts';
import { block, commentary001, conscriptionNews001, continuedReport001, photoNews001 } from './seed-fixtures.ts';

describe('findKind', () => {
  it('knows the kinds on seed 001', () => {
    expect(findKind(conscriptionNews001)).toBe('news');
    expect(findKind(photoNews001)).toBe('photo-news');
    expect(findKind(commentary001)).toBe('commentary');
    expect(findKind(continuedReport001)).toBe('article');
  });

  it('does not take a continued piece or the page lead for a sidebar', () => {
    const paragraphs = [block('paragraph', '“村民在家门口就业，一个月能有3000元左右的收入。”武明胜说', 43)];
    expect(findKind({ blocks: paragraphs }, { index: 2 })).toBe('sidebar');
    expect(findKind({ blocks: paragraphs, continued: { from: '第一版' } }, { index: 2 })).toBe('article');
    expect(findKind({ blocks: paragraphs }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [block('headline', '新年新气象 奋斗正当时', 67), ...paragraphs] }, { index: 2 })).toBe('article');
  });

  it('takes a long headless piece for an article, not a box', () => {
    const long = Array.from({ length: 6 }, (_, i) => block('paragraph', '上党区聚焦民生“关键小事”提升群众幸福指数。', i));
    expect(findKind({ blocks: long }, { index: 1 })).toBe('article');
  });
});
