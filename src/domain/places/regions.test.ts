import { describe, expect, it } from 'vitest';
import { PLACES } from './gazetteer.ts';
import { CITY, COUNTIES, placeKey, REGIONS, regionInfo, regionKey, romanise } from './regions.ts';

describe('REGIONS: the gazetteer as the site publishes it', () => {
  it('holds every gazetteer place once, under its key', () => {
    expect(Object.keys(REGIONS)).toHaveLength(PLACES.length);
    expect(Object.keys(REGIONS)).toEqual(PLACES.map(placeKey));
    expect(REGIONS[CITY]).toEqual({ level: 'city', en: 'Changzhi', zh: '长治市' });
  });

  it('lists the 12 county-level divisions for the tile map, the zone apart', () => {
    expect(Object.keys(COUNTIES)).toHaveLength(12);
    expect(COUNTIES['长子县']).toBe('Zhangzi County');
    expect(COUNTIES['上党区']).toBe('Shangdang District');
    expect('长治高新技术产业开发区' in COUNTIES).toBe(false);
    expect('toString' in COUNTIES).toBe(false);
    expect(REGIONS['长治高新技术产业开发区']).toEqual({
      level: 'county',
      parent: '长治市',
      en: 'Changzhi High-tech Industrial Development Zone',
      zh: '长治高新技术产业开发区',
    });
  });

  it('keys a town by its county and name, and shows its own name', () => {
    expect(REGIONS['潞城区史回镇']).toEqual({ level: 'town', parent: '潞城区', en: 'Shihui Town', zh: '史回镇' });
    expect(REGIONS['潞州区东街街道']?.en).toBe('Dongjie Subdistrict');
    expect(REGIONS['史回镇']).toBeUndefined();
  });

  it('tells apart the two towns named 店上镇 in name and English', () => {
    expect(REGIONS['潞城区店上镇']).toEqual({ level: 'town', parent: '潞城区', en: 'Dianshang Town, Lucheng District', zh: '潞城区店上镇' });
    expect(REGIONS['壶关县店上镇']?.en).toBe('Dianshang Town, Huguan County');
    // Two names, one spelling: 长子县宋村镇 and 沁县松村镇 are both Songcun Town.
    expect(REGIONS['长子县宋村镇']).toMatchObject({ en: 'Songcun Town, Zhangzi County', zh: '宋村镇' });
    expect(REGIONS['沁县松村镇']).toMatchObject({ en: 'Songcun Town, Qin County', zh: '松村镇' });
  });

  it('gives every place a distinct English name, so each has its own page address', () => {
    const names = Object.values(REGIONS).map((r) => r.en);
    expect(new Set(names).size).toBe(names.length);
  });

  it('knows none of the towns the old list kept after they were merged or renamed', () => {
    for (const gone of ['杏城镇', '贾掌镇', '官滩乡', '李元镇', '韩北乡']) {
      expect(Object.keys(REGIONS).some((k) => k.endsWith(gone)), gone).toBe(false);
    }
  });
});

describe('regionKey', () => {
  it('turns any form of a place into its key', () => {
    expect(regionKey('史回镇')).toBe('潞城区史回镇');
    expect(regionKey('史回')).toBe('潞城区史回镇');
    expect(regionKey('潞城区史回镇')).toBe('潞城区史回镇');
    expect(regionKey('壶关')).toBe('壶关县');
    expect(regionKey('长治高新区')).toBe('长治高新技术产业开发区');
    expect(regionKey('长治县')).toBe('上党区');
    expect(regionKey('壶关县店上镇')).toBe('壶关县店上镇');
  });

  it('gives what the site knows of a place by any of its forms', () => {
    expect(regionInfo('翟店街道')).toEqual({ level: 'town', parent: '潞城区', en: 'Zhaidian Subdistrict', zh: '翟店街道' });
    expect(regionInfo('壶关')).toBe(REGIONS['壶关县']);
    expect(regionInfo('太原')).toBeUndefined();
  });

  it('knows nothing of a form that is no place or could be two', () => {
    expect(regionKey('店上镇')).toBeUndefined();
    expect(regionKey('城乡')).toBeUndefined();
    expect(regionKey('北京')).toBeUndefined();
    expect(regionKey('constructor')).toBeUndefined();
  });
});

describe('romanise', () => {
  it('runs syllables together and separates an a/o/e syllable with an apostrophe', () => {
    expect(romanise('史回')).toBe('Shihui');
    expect(romanise('辛安泉')).toBe("Xin'anquan");
  });
});
