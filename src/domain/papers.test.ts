import { describe, expect, it } from 'vitest';
import { paperNameEn } from './papers.ts';

describe('paperNameEn', () => {
  it('gives the settled English names of the papers the portal cites', () => {
    expect(paperNameEn('长治日报')).toBe('Changzhi Daily');
    expect(paperNameEn('上党晚报')).toBe('Shangdang Evening News');
  });

  it('spells another paper in pinyin, with a 日报 or 晚报 ending in English', () => {
    expect(paperNameEn('太行日报')).toBe('Taihang Daily');
    expect(paperNameEn('潞安晚报')).toBe("Lu'an Evening News");
    expect(paperNameEn('黎城报')).toBe('Lichengbao');
  });
});
