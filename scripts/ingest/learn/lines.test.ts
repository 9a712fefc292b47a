import { describe, expect, it } from 'vitest';
import { isHeadCandidate, LINE_FEATURES, lineFeatures, pageLines } from './lines.ts';
import type { Block } from '../types.ts';

const blocks: Block[] = [
  { kind: 'headline', text: '城区新建三处口袋公园', source: [0] },
  { kind: 'paragraph', text: '11月18日，潞州区英雄南路口袋公园建成开放，园内铺设塑胶步道300米，设有健身器材。', source: [1] },
  { kind: 'paragraph', text: '电梯进了老楼\n为了这部电梯，楼里的住户商量了整整两年，这栋楼共有住户36户。', source: [2] },
  { kind: 'byline', text: '记者 张华', source: [3] },
  { kind: 'paragraph', text: '1. 新建口袋公园12处', source: [4] },
];
// Blocks 2 and 3 were printed together, with no blank line between them.
const page = pageLines(blocks, [0, 1, 2, 2, 3]);
const feature = (i: number, name: (typeof LINE_FEATURES)[number]) => lineFeatures(page, i)[LINE_FEATURES.indexOf(name)];

describe('pageLines', () => {
  it('cuts blocks into lines, with the blank lines that stood between them', () => {
    expect(page.lines.map((l) => l.text)).toEqual(['城区新建三处口袋公园', blocks[1]!.text, '电梯进了老楼', '为了这部电梯，楼里的住户商量了整整两年，这栋楼共有住户36户。', '记者 张华', '1. 新建口袋公园12处']);
    expect(page.lines.map((l) => [l.first, l.blankBefore, l.blankAfter])).toEqual([
      [true, true, true], [true, true, true], [true, true, false], [false, false, false], [true, false, true], [true, true, true],
    ]);
  });
});

describe('lineFeatures', () => {
  it('gives every feature, each 0–1', () => {
    for (let i = 0; i < page.lines.length; i++) {
      const v = lineFeatures(page, i);
      expect(v).toHaveLength(LINE_FEATURES.length);
      expect(v.every((x) => x >= 0 && x <= 1)).toBe(true);
    }
  });

  it('reads a line by its form and its neighbours', () => {
    expect(feature(1, 'endsSentence')).toBe(1);
    expect(feature(1, 'commaInside')).toBe(1);
    expect(feature(0, 'endsSentence')).toBe(0);
    expect(feature(2, 'multiline')).toBe(1);
    expect(feature(2, 'prevEndsSentence')).toBe(1);
    expect(feature(3, 'nextByline')).toBe(1);
    expect(feature(0, 'first')).toBe(1);
    expect(feature(5, 'opensNumber')).toBe(1);
    // jieba: 为了这部电梯，楼里的住户商量了… has a verb after a noun.
    expect(feature(3, 'hasVerb')).toBe(1);
  });
});

describe('isHeadCandidate', () => {
  it('asks about a short title-like line after running text, never a sentence, a byline, an item or the page top', () => {
    expect(page.lines.map((_, i) => isHeadCandidate(page.lines, i))).toEqual([false, false, true, false, false, false]);
  });
});
