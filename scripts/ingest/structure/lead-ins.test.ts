import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitBlocks } from '../blocks.ts';
import { isCommaLeadIn, isQuotedLeadIn } from './lead-ins.ts';

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

describe('a lead-in that is one whole quotation (issue 15)', () => {
  const TEXT = '入冬以来，某区某小区居民家的暖气格外热乎，室温普遍在20度以上。';
  it('is one quotation, the whole line', () => {
    expect(isQuotedLeadIn('“灯亮了，心里也亮了”')).toBe(true);
    expect(isQuotedLeadIn('“银龄课堂”让老人乐享晚年')).toBe(false);
    expect(isQuotedLeadIn('村民说：“路修好了”')).toBe(false);
  });
  it('over two title lines and a byline is the kicker, the lines under it the headline and its figured deck', () => {
    const kinds = (lines: string[]) => classifyBlocks(lines).map((b) => b.kind);
    expect(kinds([TEXT, '“灯亮了，心里也亮了”', '襄垣县背街小巷路灯改造', '照亮3200户居民回家路', '今年新装路灯860盏', '本报记者 某某', TEXT])).toEqual([
      'paragraph', 'kicker', 'headline', 'deck', 'byline', 'paragraph',
    ]);
    expect(kinds([TEXT, '“老人吃饭不用愁了”', '沁县“长者食堂”', '开到15个村', '通讯员 某某', TEXT])).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
  });
  it('over one title line is left to the headline rules: it may be the headline over its deck', () => {
    expect(classifyBlocks([TEXT, '“家门口就能看好病”', '某区社区医院建设见闻', '本报记者 某某', TEXT]).map((b) => b.kind)[1]).not.toBe('kicker');
  });
});
