// A length by a bare measure of extent takes the thing the clause before names (label-extent.ts). Made-up sentences.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';

describe('a length given by 全长 alone', () => {
  it('is of the thing the clause before tells was done, after its last 的', () => {
    expect(label('11月28日，沁源县王和镇至景凤乡的农村公路全线完工，全长18.2公里。', '18.2公里')).toBe('农村公路全长');
  });

  it('keeps a section’s name with its road', () => {
    expect(label('近日，长子至沁源快速通道长子段建成通车，全长12.4公里，途经3个镇。', '12.4公里')).toContain('快速通道');
  });

  it('leaves a bare name before it alone, and a label that names its thing', () => {
    expect(label('三、施工路段：英雄北路（太行街口至府后街口），全长0.8公里。', '0.8公里')).toBe('全长');
    expect(label('新修旅游公路全长9.6公里。', '9.6公里')).toContain('旅游公路');
  });

  it('reads a route’s 全程 after the line it opens, and not its stops', () => {
    expect(label('城乡公交专线正式开通，全程36公里。', '36公里')).toBe('城乡公交专线全程');
    expect(label('新开通的57路由长治站发车，终点为长治高新区产业园区，全程21公里。', '21公里')).not.toContain('产业园区');
  });
});
