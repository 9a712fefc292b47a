import { describe, expect, it } from 'vitest';
import type { Block } from '../types.ts';
import { findDuplicates, readAs } from './dedupe.ts';

// Made-up boxes in the forms a sidebar is printed twice (issue 15): the second print set with other spacing
// or other widths of a mark, or with its items run on one line.
function para(source: number, text: string): Block {
  return { kind: 'paragraph', text, source: [source] };
}
function headline(source: number, text: string): Block {
  return { kind: 'headline', text, source: [source] };
}
const REPORT = '今年，某县新建村级养老服务站18个，为1200名老人提供助餐服务，惠及农户近万户。';

describe('findDuplicates: a box printed twice in another setting', () => {
  it('reads two copies as one when they differ only in spacing', () => {
    const blocks = [para(0, REPORT), para(1, '● 新建养老服务站 18个'), para(2, '● 助餐服务 1200人'), para(3, '●新建养老服务站18个'), para(4, '●助餐服务　1200人')];
    const { kept, dropped } = findDuplicates(blocks);
    expect(kept).toEqual([true, true, true, false, false]);
    expect(dropped).toEqual([
      { block: 3, duplicateOf: 1, exact: true },
      { block: 4, duplicateOf: 2, exact: true },
    ]);
  });

  it('reads a colon printed full-width in one copy and half-width in the other as one mark', () => {
    const { kept } = findDuplicates([para(0, '◆ 新建养老服务站：18个'), para(1, REPORT), para(2, '◆ 新建养老服务站:18个')]);
    expect(kept).toEqual([true, true, false]);
  });

  it('drops a copy whose items run on one line, keeping the items a line each, and its heading with it', () => {
    const blocks = [
      headline(0, '一组数据'),
      para(1, '● 新建养老服务站 18个'),
      para(2, '● 助餐服务 1200人'),
      para(3, '● 改造农户 9800户'),
      para(4, REPORT),
      headline(5, '一组数据'),
      para(6, '● 新建养老服务站 18个  ● 助餐服务 1200人  ● 改造农户 9800户'),
    ];
    const { kept, dropped } = findDuplicates(blocks);
    expect(kept).toEqual([true, true, true, true, true, false, false]);
    expect(dropped.map((d) => [d.block, d.duplicateOf])).toEqual([
      [5, 0],
      [6, 1],
    ]);
  });

  it('keeps a paragraph that only begins the way a run of others does', () => {
    const blocks = [para(0, '● 新建养老服务站 18个'), para(1, '● 助餐服务 1200人'), para(2, '● 新建养老服务站 18个 ● 助餐服务 1200人，其余在建')];
    expect(findDuplicates(blocks).kept).toEqual([true, true, true]);
  });

  it('joins only items printed in a row: one between them breaks the run', () => {
    const blocks = [para(0, '● 新建养老服务站 18个'), para(1, REPORT), para(2, '● 助餐服务 1200人'), para(3, '● 新建养老服务站 18个 ● 助餐服务 1200人')];
    expect(findDuplicates(blocks).kept).toEqual([true, true, true, true]);
  });
});

describe('readAs', () => {
  it('sets spacing and the width of marks aside', () => {
    expect(readAs('● 助餐服务　1200 人：')).toBe(readAs('●助餐服务1200人:'));
  });
});

describe('findDuplicates: a copy read from several raw blocks', () => {
  it('drops every raw block of the copy, each the copy of the original\'s at its place (a box\'s lines read as one block)', () => {
    const box = (from: number): Block => ({ kind: 'paragraph', text: '测量血压和血糖\n常见病的诊治\n开具慢性病长处方', source: [from, from + 1, from + 2] });
    const { kept, dropped } = findDuplicates([para(0, REPORT), box(1), para(4, '院长说，还将增设儿科夜间门诊。'), box(5)]);
    expect(kept).toEqual([true, true, true, false]);
    expect(dropped.map((d) => [d.block, d.duplicateOf])).toEqual([[5, 1], [6, 2], [7, 3]]);
  });
});
