import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACES, scanPlaces } from './gazetteer.ts';

/** What a scan found, in a form that reads well in a failing test: [offset, text, place meant or null]. */
const found = (text: string) => scanPlaces(text).map((m) => [m.start, m.text, m.place?.name ?? null]);

describe('scanPlaces', () => {
  it('reads no place from a word that only ends like one', () => {
    expect(found('让城乡居民共享发展成果')).toEqual([]);
    expect(found('推进城乡一体化，乡镇卫生院全覆盖')).toEqual([]);
  });

  it('takes the longest name: 长治高新区 is the zone, not 长治市', () => {
    expect(found('长治高新区企业')).toEqual([[0, '长治高新区', '长治高新技术产业开发区']]);
    expect(found('长治市潞州区东街街道')).toEqual([
      [0, '长治市', '长治市'],
      [3, '潞州区', '潞州区'],
      [6, '东街街道', '东街街道'],
    ]);
    expect(found('走进长治，看看长治发展')).toEqual([
      [2, '长治', '长治市'],
      [7, '长治', '长治市'],
    ]);
  });

  it('does not read a bare stem that heads a longer place-like word', () => {
    expect(found('北京市通州区潞城镇')).toEqual([]); // not 潞城区
    expect(found('壶关村')).toEqual([]);
    expect(found('壶关旅游')).toEqual([[0, '壶关', '壶关县']]);
    expect(found('幸福壶关')).toEqual([[2, '壶关', '壶关县']]);
  });

  it('reads a form that is also an ordinary word only where a phrase starts', () => {
    expect(found('他的长子在外打工')).toEqual([]);
    expect(found('长子理发师')).toEqual([[0, '长子', '长子县']]);
    expect(found('设备运行平顺')).toEqual([]);
    expect(found('“平顺花椒”走俏')).toEqual([[1, '平顺', '平顺县']]);
    expect(found('设备运行平顺、安全')).toEqual([]);
    expect(found('太原高新区')).toEqual([]);
    expect(found('长治市高新区')).toEqual([
      [0, '长治市', '长治市'],
      [3, '高新区', '长治高新技术产业开发区'],
    ]);
  });

  it('reads such a form in a list or a route of places', () => {
    expect(found('患者来自平顺、武乡、沁源等山区县')).toEqual([
      [4, '平顺', '平顺县'],
      [7, '武乡', '武乡县'],
      [10, '沁源', '沁源县'],
    ]);
    expect(found('长治至平顺、长治至沁源两条城乡公交线路')).toEqual([
      [0, '长治', '长治市'],
      [3, '平顺', '平顺县'],
      [6, '长治', '长治市'],
      [9, '沁源', '沁源县'],
    ]);
    expect(found('他的长子和女儿')).toEqual([]);
  });

  it('leaves a name two counties share open unless a county before it in the sentence tells', () => {
    const alone = scanPlaces('店上镇');
    expect(alone).toHaveLength(1);
    expect(alone[0]!.place).toBeUndefined();
    expect(alone[0]!.candidates.map((p) => p.parent)).toEqual(['潞城区', '壶关县']);
    expect(found('壶关县店上镇')).toEqual([
      [0, '壶关县', '壶关县'],
      [3, '店上镇', '店上镇'],
    ]);
    expect(scanPlaces('潞城区的店上镇')[1]!.place?.parent).toBe('潞城区');
    expect(scanPlaces('壶关县召开大会。店上镇')[1]!.place).toBeUndefined();
  });

  it('reads earlier names as the places they became', () => {
    expect(found('长治县荫城镇')).toEqual([
      [0, '长治县', '上党区'],
      [3, '荫城镇', '荫城镇'],
    ]);
    expect(scanPlaces('原史迴乡')[0]).toMatchObject({ text: '史迴乡', kind: 'former', place: { name: '史回镇' } });
  });

  it('does not read a town by its bare stem in running text (洪水 is a flood)', () => {
    expect(found('防洪水、保安全')).toEqual([]);
    expect(found('武乡县洪水镇')).toEqual([
      [0, '武乡县', '武乡县'],
      [3, '洪水镇', '洪水镇'],
    ]);
  });
});

describe('scanPlaces on random text', () => {
  const names = PLACES.flatMap((place) => [place.name, ...place.formerNames].map((name) => ({ name, place })));
  const placeChars = new Set(PLACES.flatMap((p) => [p.name, ...p.shortForms, ...p.formerNames]).join('') + '村');
  const nonPlace: string[] = [];
  for (let code = 0x4e00; code <= 0x9fa5; code++) {
    const char = String.fromCharCode(code);
    if (!placeChars.has(char)) nonPlace.push(char);
  }
  const nonPlaceText = fc
    .array(fc.integer({ min: 0, max: nonPlace.length - 1 }), { maxLength: 8 })
    .map((ix) => ix.map((i) => nonPlace[i]).join(''));

  it('finds any name embedded between characters of no place exactly once, where it stands', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), nonPlaceText, nonPlaceText, ({ name, place }, before, after) => {
        const mentions = scanPlaces(before + name + after);
        expect(mentions).toHaveLength(1);
        expect(mentions[0]).toMatchObject({ start: before.length, end: before.length + name.length, text: name });
        expect(mentions[0]!.candidates).toContain(place);
      }),
      { numRuns: 500 },
    );
  });

  it('returns mentions in order, apart, each the text at its offsets', () => {
    const placeText = fc.array(fc.constantFrom(...placeChars, '，', '的', 'A'), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(placeText, (text) => {
        let end = 0;
        for (const m of scanPlaces(text)) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.candidates.length).toBeGreaterThan(0);
          end = m.end;
        }
      }),
    );
  });
});
