import { describe, expect, it } from 'vitest';
import { COUNTIES, REGIONS, romanise, TOWNS, townEnglishName } from './regions.ts';

describe('REGIONS', () => {
  it('holds the city and its 12 county-level divisions', () => {
    const counties = Object.entries(REGIONS).filter(([, r]) => r.level === 'county');
    expect(counties).toHaveLength(12);
    for (const [, county] of counties) expect(county.parent).toBe('长治市');
    expect(REGIONS['长治市']).toEqual({ level: 'city', en: 'Changzhi' });
  });

  it('spells polyphonic place names right', () => {
    expect(REGIONS['上党区']?.en).toBe('Shangdang District');
    expect(REGIONS['长子县']?.en).toBe('Zhangzi County');
    expect(REGIONS['屯留区']?.en).toBe('Tunliu District');
    expect(REGIONS['沁县']?.en).toBe('Qin County');
    expect(REGIONS['沁源县']?.en).toBe('Qinyuan County');
  });

  it('names towns, townships and subdistricts with their county', () => {
    expect(REGIONS['史回镇']).toEqual({ level: 'town', parent: '潞城区', en: 'Shihui Town' });
    expect(REGIONS['北社乡']).toEqual({ level: 'town', parent: '平顺县', en: 'Beishe Township' });
    expect(REGIONS['翟店街道']).toEqual({ level: 'town', parent: '潞城区', en: 'Zhaidian Subdistrict' });
    expect(REGIONS['沁州黄镇']?.parent).toBe('沁县');
  });

  it('lists every town under exactly one existing county', () => {
    const all = Object.values(TOWNS).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const county of Object.keys(TOWNS)) expect(COUNTIES).toHaveProperty(county);
    for (const town of all) expect(town).toMatch(/(镇|乡|街道)$/);
  });
});

describe('romanise', () => {
  it('runs syllables together and separates an a/o/e syllable with an apostrophe', () => {
    expect(romanise('史回')).toBe('Shihui');
    expect(townEnglishName('辛安泉镇')).toBe("Xin'anquan Town");
  });
});
