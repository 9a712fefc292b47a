import { describe, expect, it } from 'vitest';
import { requiredEnglish, termsIn, usesTerm } from './terms.ts';

const terms = { 博物馆: 'museum', 市博物馆: 'Changzhi Museum', 四好农村路: '"Four Good" rural roads programme (well built, managed, maintained and run)' };

describe('glossary terms', () => {
  it('finds the longest term, not the shorter one inside it', () => {
    expect(termsIn('市博物馆邀请学子', terms)).toEqual([{ zh: '市博物馆', en: 'Changzhi Museum' }]);
    expect(termsIn('建成博物馆和四好农村路', terms).map((t) => t.zh)).toEqual(['四好农村路', '博物馆']);
  });

  it('asks for the English without its explanation, in any case and quote style', () => {
    const [term] = termsIn('四好农村路', terms);
    expect(requiredEnglish(term!.en)).toBe('"Four Good" rural roads programme');
    expect(usesTerm('the “Four Good” Rural Roads Programme', term!)).toBe(true);
    expect(usesTerm('the "Four Goods" rural roads', term!)).toBe(false);
  });
});
