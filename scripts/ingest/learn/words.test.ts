import { describe, expect, it } from 'vitest';
import { contentWords } from './words.ts';

describe('contentWords', () => {
  it('keeps the nouns and verbs that say what is done', () => {
    expect(contentWords('新栽植行道树1200株')).toEqual(['栽植', '行道树']);
  });
  it('drops numbers, measure words, times, function words and one-character words other than nouns', () => {
    const words = contentWords('今年新建农村公路36公里，惠及群众2.3万人');
    expect(words).toEqual(['新建', '农村公路', '惠及', '群众']);
  });
  it('drops the places of the gazetteer but keeps words jieba tags as names (幼儿园)', () => {
    const words = contentWords('长治市潞州区的幼儿园有了新校车');
    expect(words).toContain('幼儿园');
    expect(words).toContain('校车');
    expect(words).not.toContain('长治市');
    expect(words).not.toContain('潞州区');
  });
});
