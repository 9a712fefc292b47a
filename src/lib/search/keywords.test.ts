import { describe, expect, it } from 'vitest';
import { chineseWords, pinyinWord, placeAsTyped, searchKeywords, shortPlaceName } from './keywords.ts';

// Titles, places and topics of real articles (content/articles/zh/*.mdx, from the seeds).
const HUGUAN = {
  titleZh: '民生为本 幸福生活成色足',
  places: [{ zh: '壶关县', en: 'Huguan County' }],
  topics: ['heating', 'employment'] as const,
};
const SHANGDANG_TOWNS = {
  titleZh: '办好民生实事 书写幸福答卷',
  places: [
    { zh: '上党区', en: 'Shangdang District' },
    { zh: '西火镇', en: 'Xihuo Town' },
    { zh: '翟店街道', en: 'Zhaidian Subdistrict' },
    { zh: '沁县', en: 'Qin County' },
    { zh: '辛安泉镇', en: "Xin'anquan Town" },
  ],
  topics: ['education'] as const,
};

describe('place names as searched', () => {
  it('drops the administrative suffix when two characters or more remain', () => {
    expect(shortPlaceName('壶关县')).toBe('壶关');
    expect(shortPlaceName('上党区')).toBe('上党');
    expect(shortPlaceName('西火镇')).toBe('西火');
    expect(shortPlaceName('翟店街道')).toBe('翟店');
    expect(shortPlaceName('长治市')).toBe('长治');
  });

  it('keeps a one-character name whole: 沁 alone says nothing', () => {
    expect(shortPlaceName('沁县')).toBe('沁县');
  });

  it('spells the English name as one typed word, without level or apostrophe', () => {
    expect(placeAsTyped('Huguan County')).toBe('huguan');
    expect(placeAsTyped('Shangdang District')).toBe('shangdang');
    expect(placeAsTyped("Xin'anquan Town")).toBe('xinanquan');
    expect(placeAsTyped('Zhaidian Subdistrict')).toBe('zhaidian');
    expect(placeAsTyped('Changzhi')).toBe('changzhi');
  });
});

describe('title words', () => {
  it('keeps dictionary words of two characters or more, not single characters or punctuation', () => {
    const words = chineseWords('上党区聚焦民生“关键小事”提升群众幸福指数');
    expect(words).toContain('民生');
    expect(words).toContain('幸福');
    expect(words.every((w) => w.length >= 2 && /^\p{Script=Han}+$/u.test(w))).toBe(true);
  });

  it('spells a word in toneless pinyin run together', () => {
    expect(pinyinWord('民生')).toBe('minsheng');
    expect(pinyinWord('幸福')).toBe('xingfu');
    expect(pinyinWord('绿色')).toBe('lvse');
  });
});

describe('searchKeywords', () => {
  it('gives a Chinese page its place as printed, short, in English and in pinyin', () => {
    const words = searchKeywords({ lang: 'zh', ...HUGUAN });
    expect(words).toEqual(expect.arrayContaining(['壶关县', '壶关', 'Huguan County', 'huguan']));
  });

  it('gives a Chinese page its topic labels and the pinyin of its title words', () => {
    const words = searchKeywords({ lang: 'zh', ...HUGUAN });
    expect(words).toEqual(expect.arrayContaining(['供热', '就业', 'minsheng', 'xingfu', 'shenghuo']));
  });

  it('gives a Chinese page its topics in English too, as it has its places: `heating` finds 供热 there', () => {
    const words = searchKeywords({ lang: 'zh', ...HUGUAN });
    expect(words).toEqual(expect.arrayContaining(['Heating', 'Employment']));
  });

  it('gives an English page English only: place names and topic labels, no Chinese', () => {
    const words = searchKeywords({ lang: 'en', ...SHANGDANG_TOWNS });
    expect(words).toEqual(expect.arrayContaining(['Shangdang District', 'shangdang', 'Xihuo Town', 'xinanquan', 'Education']));
    expect(words.join(' ')).not.toMatch(/\p{Script=Han}/u);
  });

  it('uses the site’s English topic label when one is given (a glossary override)', () => {
    const words = searchKeywords({ lang: 'en', ...HUGUAN, topicEn: (topic) => (topic === 'heating' ? 'Winter heating' : 'Jobs') });
    expect(words).toContain('Winter heating');
    expect(words).not.toContain('Heating');
  });

  it('lists each word once, in a stable order', () => {
    const twice = { ...HUGUAN, places: [...HUGUAN.places, ...HUGUAN.places] };
    const words = searchKeywords({ lang: 'zh', ...twice });
    expect(new Set(words).size).toBe(words.length);
    expect(searchKeywords({ lang: 'zh', ...twice })).toEqual(words);
  });
});
