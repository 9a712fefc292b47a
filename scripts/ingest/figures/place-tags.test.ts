// regionOf with topic tags in the figure's sentence or paragraph (`#健康沁源#`): a tag names a campaign, not where
// the figures are; the place comes from the text around. Sentences made up.
import { describe, expect, it } from 'vitest';
import { localPlacesOf, regionOf } from './place.ts';
import { scopeFor } from './scope.fixture.ts';

const region = (before: string, paragraph: string, figure: string, regions: string[]) =>
  regionOf({ ...scopeFor(paragraph, figure, { article: { regions } }), preceding: before }, localPlacesOf([before, paragraph]));

describe('regionOf, topic tags', () => {
  it('reads no place in a tag inside the sentence: the town of the paragraph before stands', () => {
    const before = '走进黎城县洪井镇的豆腐坊，几口大锅正冒着热气。';
    expect(region(before, '#美味黎城# 这个作坊今年加工豆腐80吨。', '80吨', ['黎城县', '黎城县洪井镇'])).toBe('黎城县洪井镇');
  });
  it('reads no place in a tag after the figure in its paragraph', () => {
    const before = '在沁源县郭道镇，镇卫生院今年组建了巡诊队。';
    expect(region(before, '巡诊队今年累计巡诊900人次。印着#健康沁源#字样的药箱摆满了车厢。', '900人次', ['沁源县', '沁源县郭道镇'])).toBe('沁源县郭道镇');
  });
});
