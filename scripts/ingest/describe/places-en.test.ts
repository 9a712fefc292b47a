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

  it('reads a town by its English name with its level word, with its county', () => {
    expect(findEnglishPlaces('A job fair in Guhan town, Xiangyuan county, offered 3,200 posts.')).toEqual(['襄垣县', '襄垣县古韩镇']);
    expect(findEnglishPlaces('A ski resort in Lingkongshan Town opened on Dec 6.')).toEqual(['沁源县', '沁源县灵空山镇']);
    expect(findEnglishPlaces('Guhan is a common pinyin syllable pair.')).toEqual([]);
  });

  it('reads a town name two counties share only in the county the text names', () => {
    expect(findEnglishPlaces('Dianshang town now has a bus stop.')).toEqual([]);
    expect(findEnglishPlaces('Dianshang town, Huguan county, now has a bus stop.')).toEqual(['壶关县', '壶关县店上镇']);
  });
});
