import { polyphonic } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { CITY_ROW, COUNTY_ROWS } from './gazetteer-data.ts';
import {
  CITY,
  countyOf,
  findPlace,
  isAmbiguous,
  isCountyLevel,
  isTownLevel,
  PLACES,
  type Place,
  placesIn,
  placesNamed,
} from './gazetteer.ts';

const byName = (name: string): Place => {
  const [place, ...more] = placesNamed(name);
  if (!place || more.length > 0) throw new Error(`not exactly one place named ${name}`);
  return place;
};

describe('gazetteer data against the NBS 2023 source', () => {
  it('counts the subdistricts, towns and townships of every county-level division as the source lists them', () => {
    // streets.csv, areaCode 140403 … 140431, the 400-range statistical units left out.
    const expected: Record<string, [subdistricts: number, towns: number, townships: number]> = {
      潞州区: [13, 3, 0],
      上党区: [1, 6, 3],
      屯留区: [1, 6, 3],
      潞城区: [3, 4, 1],
      襄垣县: [0, 9, 0],
      平顺县: [0, 5, 6],
      黎城县: [0, 8, 0],
      壶关县: [0, 7, 3],
      长子县: [0, 9, 2],
      武乡县: [0, 6, 6],
      沁县: [0, 9, 2],
      沁源县: [0, 6, 6],
    };
    const counties = placesIn('长治市').filter((p) => p.level !== 'zone');
    expect(counties.map((p) => p.name)).toEqual(Object.keys(expected));
    for (const county of counties) {
      const towns = placesIn(county.name);
      const count = (level: Place['level']) => towns.filter((t) => t.level === level).length;
      expect([count('subdistrict'), count('town'), count('township')], county.name).toEqual(expected[county.name]);
      expect(towns.every(isTownLevel), county.name).toBe(true);
    }
  });

  it('holds the city, 4 districts, 8 counties, the zone and 128 towns: 142 places', () => {
    const levels = PLACES.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.level]: (acc[p.level] ?? 0) + 1 }), {});
    expect(levels).toEqual({ city: 1, district: 4, county: 8, zone: 1, subdistrict: 18, town: 78, township: 32 });
    expect(PLACES).toHaveLength(142);
    expect(CITY).toMatchObject({ name: '长治市', level: 'city', code: '140400000000', en: 'Changzhi' });
    expect(CITY.parent).toBeUndefined();
  });

  it('gives every place with a code a unique 12-digit one inside its parent’s', () => {
    const coded = PLACES.filter((p) => p.code !== undefined);
    expect(coded).toHaveLength(PLACES.length - 1); // the zone is not in the 2023 edition
    expect(new Set(coded.map((p) => p.code)).size).toBe(coded.length);
    for (const place of coded) {
      expect(place.code, place.name).toMatch(/^1404\d{8}$/);
      const parent = place.parent ? byName(place.parent) : undefined;
      if (isTownLevel(place)) expect(place.code!.slice(0, 6), place.name).toBe(parent!.code!.slice(0, 6));
      if (isCountyLevel(place)) expect(place.code!.slice(6), place.name).toBe('000000');
    }
    expect(byName('史回镇').code).toBe('140406104000');
    expect(findPlace('店上镇', '壶关县')?.code).toBe('140427102000');
  });

  it('puts every place but the city in an existing place one level up', () => {
    for (const place of PLACES.filter((p) => p !== CITY)) {
      const parent = byName(place.parent!);
      if (isCountyLevel(place)) expect(parent, place.name).toBe(CITY);
      else expect(isCountyLevel(parent), place.name).toBe(true);
    }
  });

  it('marks 长治高新区 as a functional zone under the city, not a county', () => {
    const zone = byName('长治高新技术产业开发区');
    expect(zone).toMatchObject({ level: 'zone', parent: '长治市', en: 'Changzhi High-tech Industrial Development Zone' });
    expect(zone.shortForms).toEqual(['长治高新区', '高新区']);
    expect(placesIn('长治高新区')).toEqual([]);
    expect(countyOf('高新区')).toBe(zone);
  });
});

describe('pinyin and English names', () => {
  it('reads polyphonic names the local way', () => {
    expect(byName('长治市')).toMatchObject({ pinyin: 'Chángzhì Shì', en: 'Changzhi' });
    expect(byName('长子县')).toMatchObject({ pinyin: 'Zhǎngzǐ Xiàn', en: 'Zhangzi County' });
    expect(byName('屯留区')).toMatchObject({ pinyin: 'Túnliú Qū', en: 'Tunliu District' });
    expect(byName('翟店街道')).toMatchObject({ pinyin: 'Zháidiàn Jiēdào', en: 'Zhaidian Subdistrict' });
    expect(byName('太行东街街道').en).toBe('Taihangdongjie Subdistrict');
    expect(byName('北耽车乡').pinyin).toBe('Běidānchē Xiāng');
    expect(byName('色头镇').en).toBe('Setou Town');
  });

  it('writes hand readings only with readings pinyin-pro knows for each character (no typos)', () => {
    const rows = [CITY_ROW, ...COUNTY_ROWS, ...COUNTY_ROWS.flatMap((c) => c.towns.map(([, name, reading]) => ({ name, reading })))];
    const handRead = rows.filter((r): r is { name: string; reading: string } => r.reading !== undefined);
    expect(handRead.length).toBeGreaterThanOrEqual(10);
    for (const { name, reading } of handRead) {
      const syllables = reading.split(' ');
      const options = polyphonic(name, { type: 'array' });
      expect(syllables.length, name).toBe(name.replace(/(?:街道|市|区|县|镇|乡)$/, '').length);
      syllables.forEach((s, i) => expect(options[i], `${name}: ${s}`).toContain(s));
    }
  });

  it('names each level in English the same way', () => {
    expect(byName('壶关县').en).toBe('Huguan County');
    expect(byName('潞州区').en).toBe('Luzhou District');
    expect(byName('沁县').en).toBe('Qin County');
    expect(byName('史回镇').en).toBe('Shihui Town');
    expect(byName('东街街道').en).toBe('Dongjie Subdistrict');
    expect(byName('西沟乡').en).toBe('Xigou Township');
    expect(byName('辛安泉镇')).toMatchObject({ pinyin: "Xīn'ānquán Zhèn", en: "Xin'anquan Town" });
    const generic = { district: 'District', county: 'County', subdistrict: 'Subdistrict', town: 'Town', township: 'Township' };
    for (const place of PLACES.filter((p) => p.level in generic)) {
      const word = generic[place.level as keyof typeof generic];
      expect(place.en, place.name).toMatch(new RegExp(`^[A-Z][a-z']+ ${word}$`));
      // The English stem is the pinyin stem without its tones.
      expect(place.pinyin.split(' ')[0]!.normalize('NFD').replace(/\p{M}/gu, ''), place.name).toBe(place.en.split(' ')[0]);
    }
  });
});

describe('forms and look-ups', () => {
  it('gives each form one place, except the town name two counties share', () => {
    const forms = PLACES.flatMap((p) => [p.name, ...p.shortForms, ...p.formerNames]);
    const ambiguous = [...new Set(forms.filter(isAmbiguous))];
    expect(ambiguous).toEqual(['店上镇']);
    expect(placesNamed('店上镇').map((p) => p.parent)).toEqual(['潞城区', '壶关县']);
    expect(placesNamed('店上')).toEqual([]); // a shared stem is no short form
    for (const form of forms.filter((f) => f !== '店上镇')) expect(placesNamed(form), form).toHaveLength(1);
  });

  it('keeps the county short forms the paper uses and a town’s name without 镇/乡', () => {
    expect(byName('壶关县').shortForms).toEqual(['壶关']);
    expect(byName('长子县').shortForms).toEqual(['长子']);
    expect(byName('上党区').shortForms).toEqual([]); // 上党 is also the historic region
    expect(byName('沁县').shortForms).toEqual([]);
    expect(byName('史回镇').shortForms).toEqual(['史回']);
    expect(byName('西沟乡').shortForms).toEqual(['西沟']);
    expect(byName('东街街道').shortForms).toEqual([]); // a subdistrict's stem is a street's name
  });

  it('keeps earlier names apart from present ones', () => {
    const present = new Set(PLACES.flatMap((p) => [p.name, ...p.shortForms]));
    for (const former of PLACES.flatMap((p) => p.formerNames)) expect(present.has(former), former).toBe(false);
    expect(findPlace('长治县')?.name).toBe('上党区');
    expect(findPlace('史迴乡')?.name).toBe('史回镇');
    expect(findPlace('官滩乡')?.name).toBe('景凤镇');
  });

  it('finds a place by name, short form, earlier name or a chain of them', () => {
    expect(findPlace('壶关')?.name).toBe('壶关县');
    expect(findPlace(' 史回 ')?.name).toBe('史回镇');
    expect(findPlace('店上镇')).toBeUndefined();
    expect(findPlace('店上镇', '壶关')?.parent).toBe('壶关县');
    expect(findPlace('壶关县店上镇')?.code).toBe('140427102000');
    expect(findPlace('长治市潞州区东街街道')?.name).toBe('东街街道');
    expect(findPlace('壶关县史回镇')).toBeUndefined(); // 史回镇 is in 潞城区
    expect(findPlace('史回镇', '壶关县')).toBeUndefined();
    expect(findPlace('城乡')).toBeUndefined();
    expect(findPlace('杏城镇')).toBeUndefined(); // not in the source
  });

  it('lists the places in a place and finds the county of a place', () => {
    expect(placesIn('长治').map((p) => p.name)).toContain('长治高新技术产业开发区');
    expect(placesIn('长治')).toHaveLength(13);
    expect(placesIn('沁源').map((p) => p.name)).toContain('景凤镇');
    expect(placesIn('史回镇')).toEqual([]);
    expect(placesIn('太原市')).toEqual([]);
    expect(countyOf('史回')?.name).toBe('潞城区');
    expect(countyOf('翟店街道')?.name).toBe('潞城区');
    expect(countyOf('壶关')?.name).toBe('壶关县');
    expect(countyOf('长治市')).toBeUndefined();
    expect(countyOf('店上镇')).toBeUndefined();
  });
});
