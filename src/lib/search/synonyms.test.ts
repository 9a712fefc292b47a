import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS, termForms } from './synonyms.ts';

describe('termForms', () => {
  it('gives the term first, then each synonym in its place', () => {
    expect(termForms('供暖')).toEqual(['供暖', '供热', '取暖', '采暖']);
    expect(termForms('冬季供暖')).toEqual(['冬季供暖', '冬季供热', '冬季取暖', '冬季采暖']);
  });

  it('reads the longest synonym word inside a term', () => {
    expect(termForms('最低生活保障金')).toEqual(['最低生活保障金', '低保金']);
  });

  it('leaves a term without synonyms alone, in any case for Latin words', () => {
    expect(termForms('壶关')).toEqual(['壶关']);
    expect(termForms('Heating')).toEqual(['Heating', 'heat supply']);
  });

  it('lists each word in one group only', () => {
    const words = SYNONYM_GROUPS.flat().map((w) => w.toLowerCase());
    expect(new Set(words).size).toBe(words.length);
  });
});
