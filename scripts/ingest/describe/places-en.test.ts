import { describe, expect, it } from 'vitest';
import { findEnglishPlaces } from './places-en.ts';

describe('findEnglishPlaces', () => {
  it('reads the city and county-level places by their English names, as whole words', () => {
    expect(findEnglishPlaces('Changzhi has opened heated waiting rooms in Pingshun, Licheng and Wuxiang counties.')).toEqual([
      '长治市', '平顺县', '黎城县', '武乡县',
    ]);
  });

  it('takes the zone for the zone, not for the city', () => {
    expect(findEnglishPlaces('A lab opened in the Changzhi High-tech Industrial Development Zone.')).toEqual(['长治高新技术产业开发区']);
  });

  it('finds nothing in text that names no place', () => {
    expect(findEnglishPlaces('Heated waiting rooms have benches and drinking water. Changzhijiang is no place here.')).toEqual([]);
  });
});
