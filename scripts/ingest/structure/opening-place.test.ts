import { describe, expect, it } from 'vitest';
import { openingPlace } from './opening-place.ts';

describe('openingPlace', () => {
  it('reads the gazetteer place a line opens with, as printed', () => {
    expect(openingPlace('黎城县冬季送温暖')).toBe('黎城县');
    expect(openingPlace('  武乡县板山景区红叶漫山')).toBe('武乡县');
    expect(openingPlace('壶关：让群众温暖过冬')).toBe('壶关');
  });

  it('reads no place where the line opens with another word, or with a word that only ends like a place', () => {
    expect(openingPlace('冬季送温暖 黎城县在行动')).toBeUndefined();
    expect(openingPlace('全市新增就业3.5万人')).toBeUndefined();
    expect(openingPlace('城区供热面积达到316万平方米')).toBeUndefined();
  });
});
