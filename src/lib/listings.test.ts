import { describe, expect, it } from 'vitest';
import { ListingError, placesWithin, regionListings, topicListings, yearListings, type Listable } from './listings.ts';

// Frontmatter of articles ingest makes from the real seeds (content/articles/zh/*.mdx), newest first.
const ARTICLES: Listable[] = [
  // seed 002: 壶关县 special issue for the 2026 two sessions
  { id: 'min-sheng-wei-ben-xing-fu-sheng-huo', year: 2025, regions: ['壶关县'], topics: ['heating', 'employment', 'culture-sports', 'health', 'elderly-care'] },
  // seed 003: 上党区 special issue for the 2025 two sessions
  { id: 'quan-mian-shen-hua-gai-ge-fen-jin', year: 2025, regions: ['上党区', '潞州区'], topics: ['economy', 'governance', 'agriculture'] },
  // seed 000
  { id: 'ban-hao-min-sheng-shi-shi-shu-xie', year: 2024, regions: ['上党区', '西火镇', '苏店镇', '西池乡', '郝家庄镇'], topics: ['education', 'health', 'culture-sports', 'heating', 'elderly-care'] },
  // seed 001: the People's Daily report, continued from its front page
  { id: 'jia-qiang-zu-zhi-yin-dao-fa-hui', year: 2023, regions: ['长治市', '潞城区', '史回镇', '沁县', '沁州黄镇', '平顺县', '北社乡', '西沟乡'], topics: ['agriculture', 'governance', 'economy'] },
  // seed 001: a news item with no year in its text
  { id: 'lu-an-hua-gong-yu-wu-mei-ye', regions: [], topics: ['environment'] },
  { id: 'shi-bo-wu-guan-yao-qing-fan-xiang', regions: ['长治市'], topics: ['culture-sports'] },
];

describe('topicListings', () => {
  it('lists each topic that has articles once, in the vocabulary order, with its articles in catalog order', () => {
    const listings = topicListings(ARTICLES);
    expect(listings.map((l) => l.key)).toEqual([
      'education', 'health', 'elderly-care', 'employment', 'heating', 'environment', 'culture-sports', 'economy', 'agriculture',
      'governance',
    ]);
    const culture = listings.find((l) => l.key === 'culture-sports')!;
    expect(culture.slug).toBe('culture-sports');
    expect(culture.ids).toEqual(['min-sheng-wei-ben-xing-fu-sheng-huo', 'ban-hao-min-sheng-shi-shi-shu-xie', 'shi-bo-wu-guan-yao-qing-fan-xiang']);
    // A topic nobody wrote about gets no page (and so no empty listing).
    expect(listings.some((l) => l.key === 'childcare')).toBe(false);
  });

  it('counts an article once even if its frontmatter repeats a topic', () => {
    const [only] = topicListings([{ id: 'a', regions: [], topics: ['heating', 'heating'] }]);
    expect(only.ids).toEqual(['a']);
  });
});

describe('regionListings', () => {
  const listings = regionListings(ARTICLES);

  it('puts the city first, then counties, then towns, by English name, with slugs of the English names', () => {
    const levels = listings.map((l) => l.level);
    expect(levels).toEqual([...levels].sort((a, b) => ['city', 'county', 'town'].indexOf(a) - ['city', 'county', 'town'].indexOf(b)));
    expect(listings[0]).toMatchObject({ key: '长治市', slug: 'changzhi', level: 'city' });
    const counties = listings.filter((l) => l.level === 'county').map((l) => l.slug);
    expect(counties).toEqual(['huguan-county', 'lucheng-district', 'luzhou-district', 'pingshun-county', 'qin-county', 'shangdang-district']);
    expect(listings.find((l) => l.key === '沁州黄镇')).toMatchObject({ slug: 'qinzhouhuang-town', parent: '沁县' });
  });

  it('gives each place the articles that name it', () => {
    expect(listings.find((l) => l.key === '上党区')!.ids).toEqual(['quan-mian-shen-hua-gai-ge-fen-jin', 'ban-hao-min-sheng-shi-shi-shu-xie']);
    expect(listings.find((l) => l.key === '长治市')!.ids).toEqual(['jia-qiang-zu-zhi-yin-dao-fa-hui', 'shi-bo-wu-guan-yao-qing-fan-xiang']);
  });

  it('finds the towns of a county that have articles', () => {
    expect(placesWithin(listings, '上党区').map((l) => l.key).sort()).toEqual(['苏店镇', '西池乡', '西火镇', '郝家庄镇'].sort());
    expect(placesWithin(listings, '壶关县')).toEqual([]);
  });

  it('refuses two places that would share one URL, naming both', () => {
    // Places the lexicon does not know are spelt in pinyin, and 东关村 and 东观村 are both "Dongguancun".
    const clash = () => regionListings([{ id: 'a', regions: ['东关村', '东观村'], topics: [] }]);
    expect(clash).toThrow(ListingError);
    expect(clash).toThrow(/"东关村" and "东观村" would both be listed at regions\/dongguancun\//);
  });
});

describe('yearListings', () => {
  it('lists years newest first and the articles without a year apart, in their order', () => {
    const { years, undated } = yearListings(ARTICLES);
    expect(years.map((y) => [y.key, y.slug, y.ids.length])).toEqual([
      [2025, '2025', 2],
      [2024, '2024', 1],
      [2023, '2023', 1],
    ]);
    expect(undated).toEqual(ARTICLES.filter((a) => a.year === undefined).map((a) => a.id));
    expect(undated).toHaveLength(2);
  });
});
