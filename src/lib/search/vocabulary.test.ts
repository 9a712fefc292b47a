import { describe, expect, it } from 'vitest';
import { mapQuery, searchVocabulary } from './vocabulary.ts';

// Places and topics of real articles (content/articles/zh/*.md, from the seeds).
const VOCABULARY = searchVocabulary({
  places: [
    { zh: '壶关县', en: 'Huguan County' },
    { zh: '上党区', en: 'Shangdang District' },
    { zh: '辛安泉镇', en: "Xin'anquan Town" },
    { zh: '沁县', en: 'Qin County' },
    { zh: '壶关县', en: 'Huguan County' },
  ],
  topics: ['heating', 'elderly-care', 'heating'],
});

describe('searchVocabulary', () => {
  it('lists each place and topic once, with what a reader types in each language, the indexed form first', () => {
    expect(VOCABULARY).toHaveLength(6);
    expect(VOCABULARY[0]).toEqual({ zh: ['壶关县', '壶关'], en: ['huguan', 'Huguan County'] });
    expect(VOCABULARY.find((e) => e.zh[0] === '供热')).toEqual({ zh: ['供热'], en: ['Heating'] });
  });

  it('keeps a one-character place whole (沁 alone says nothing)', () => {
    expect(VOCABULARY.find((e) => e.zh[0] === '沁县')!.zh).toEqual(['沁县']);
  });

  it('uses the site’s English topic label when given (a glossary override)', () => {
    const vocabulary = searchVocabulary({ places: [], topics: ['elderly-care'], topicEn: () => 'Care for the elderly' });
    expect(vocabulary[0]!.en).toEqual(['Care for the elderly', 'Elderly care']);
  });
});

describe('mapQuery', () => {
  it('turns an English topic or place typed on the Chinese page into the Chinese name', () => {
    expect(mapQuery('heating', VOCABULARY, 'zh')).toBe('供热');
    expect(mapQuery('Elderly care', VOCABULARY, 'zh')).toBe('养老');
    expect(mapQuery('Huguan heating', VOCABULARY, 'zh')).toBe('壶关县 供热');
    expect(mapQuery("xin'anquan town", VOCABULARY, 'zh')).toBe('辛安泉镇');
  });

  it('turns Chinese names typed on the English page into the English index’s words, even run together', () => {
    expect(mapQuery('壶关', VOCABULARY, 'en')).toBe('huguan');
    expect(mapQuery('壶关县', VOCABULARY, 'en')).toBe('huguan');
    expect(mapQuery('壶关供热', VOCABULARY, 'en')).toBe('huguan Heating');
    expect(mapQuery('上党区 schools', VOCABULARY, 'en')).toBe('shangdang schools');
  });

  it('matches Latin names only as whole words', () => {
    expect(mapQuery('preheating', VOCABULARY, 'zh')).toBeUndefined();
    expect(mapQuery('heatings', VOCABULARY, 'zh')).toBeUndefined();
  });

  it('gives nothing when the query names no place or topic of the other language', () => {
    expect(mapQuery('托育', VOCABULARY, 'zh')).toBeUndefined();
    expect(mapQuery('heating', VOCABULARY, 'en')).toBeUndefined();
    expect(mapQuery('', VOCABULARY, 'en')).toBeUndefined();
    expect(mapQuery('壶关', [], 'en')).toBeUndefined();
  });
});
