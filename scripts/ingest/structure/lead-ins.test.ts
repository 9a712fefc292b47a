import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitBlocks } from '../blocks.ts';
import { isCommaLeadIn } from './lead-ins.ts';

describe('isCommaLeadIn', () => {
  it('is one short clause ending with its comma', () => {
    expect(isCommaLeadIn('医养结合让老人住得安心，')).toBe(true);
    expect(isCommaLeadIn('“菜篮子”连着“钱袋子”，')).toBe(true);
  });
  it('not running text cut at a comma, nor a clause of several', () => {
    expect(isCommaLeadIn('今年以来，全县新建公园3个，')).toBe(false);
    expect(isCommaLeadIn('记者从县人社局获悉，今年1至11月全县城镇新增就业人数稳步增长，')).toBe(false);
    expect(isCommaLeadIn('医养结合让老人住得安心')).toBe(false);
  });
});

describe('a lead-in running on with its comma over a two-line headline (issue 15)', () => {
  it('is the kicker, the headline lines joined, in one block or in several', () => {
    const page = '“菜篮子”连着“钱袋子”，\n八义镇大棚蔬菜\n四季不断档\n——全镇设施蔬菜年产值突破1.2亿元\n\n通讯员 某某 本报记者 某某\n\n11月12日一早，某镇的蔬菜大棚里已是一片忙碌。\n';
    const blocks = classifyBlocks(splitBlocks(page));
    expect(blocks.map((b) => b.kind).slice(0, 4)).toEqual(['kicker', 'headline', 'deck', 'byline']);
    expect(blocks[1]!.text).toBe('八义镇大棚蔬菜\n四季不断档');
  });
});
