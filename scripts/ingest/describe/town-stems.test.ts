import { describe, expect, it } from 'vitest';
import { findPlace } from '../../../src/domain/places/gazetteer.ts';
import { listedTownStems, townStemsAt } from './town-stems.ts';

const county = (name: string) => findPlace(name)!;
const names = (mentions: readonly { place: { name: string } }[]) => mentions.map((m) => m.place.name);

describe('townStemsAt', () => {
  it('reads a town by its stem right after its own county', () => {
    expect(names(townStemsAt('沁源县灵空山冰雪乐园开园', 3, county('沁源县')))).toEqual(['灵空山镇']);
    expect(townStemsAt('沁县沁州黄小米喜获丰收', 2, county('沁县'))).toEqual([{ place: findPlace('沁州黄镇'), at: 2, end: 5 }]);
  });
  it('reads the stems listed after the first', () => {
    expect(names(townStemsAt('上党区荫城、八义两镇大棚蔬菜丰收', 3, county('上党区')))).toEqual(['荫城镇', '八义镇']);
  });
  it('leaves a full name to the scanner, and a stem of another county or none alone', () => {
    expect(townStemsAt('沁源县灵空山镇', 3, county('沁源县'))).toEqual([]);
    expect(townStemsAt('平顺县灵空山冰雪乐园', 3, county('平顺县'))).toEqual([]);
    expect(townStemsAt('沁源县人民医院', 3, county('沁源县'))).toEqual([]);
  });
});

describe('listedTownStems', () => {
  it('reads stems in a list a level word closes', () => {
    expect(names(listedTownStems('今年，荫城、八义两镇新建大棚300座。'))).toEqual(['荫城镇', '八义镇']);
    expect(names(listedTownStems('南漳、石哲等乡镇开展义诊。'))).toEqual(['南漳镇', '石哲镇']);
  });
  it('reads no stem without the level word', () => {
    expect(listedTownStems('荫城、八义的蔬菜远销京津。')).toEqual([]);
  });
});
