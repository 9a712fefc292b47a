import { describe, expect, it } from 'vitest';
import { findPlace } from '../../../src/domain/places/gazetteer.ts';
import { townStemAt } from './town-stems.ts';

const county = (name: string) => findPlace(name)!;

describe('townStemAt', () => {
  it('reads a town by its stem right after its own county', () => {
    const text = '沁源县灵空山冰雪乐园开园';
    expect(townStemAt(text, 3, county('沁源县'))?.place.name).toBe('灵空山镇');
    expect(townStemAt('沁县沁州黄小米喜获丰收', 2, county('沁县'))).toEqual({ place: findPlace('沁州黄镇'), end: 5 });
  });
  it('leaves a full name to the scanner, and a stem of another county or none alone', () => {
    expect(townStemAt('沁源县灵空山镇', 3, county('沁源县'))).toBeUndefined();
    expect(townStemAt('平顺县灵空山冰雪乐园', 3, county('平顺县'))).toBeUndefined();
    expect(townStemAt('沁源县人民医院', 3, county('沁源县'))).toBeUndefined();
  });
});
