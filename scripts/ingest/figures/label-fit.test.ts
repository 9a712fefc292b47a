// A label's last form (label-fit.ts): letter-spaced words closed up, a span of ages written with 至, length cut at a word boundary.
import { describe, expect, it } from 'vitest';
import { fit } from './label-fit.ts';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

describe('fit', () => {
  it('closes up a space between two Chinese characters, as a letter-spaced heading prints them', () => {
    expect(fit('丹朱镇投 资')).toBe('丹朱镇投资');
    expect(fit('合　计补贴户数')).toBe('合计补贴户数');
  });

  it('keeps a space beside a Latin name or a number', () => {
    expect(fit('PM2.5 平均浓度')).toBe('PM2.5 平均浓度');
    expect(fit('5G 基站')).toBe('5G 基站');
  });

  it('writes a span of ages with 至, whatever mark the page prints: one group, one label (review of 16ca4f78)', () => {
    for (const mark of ['～', '-', '—', '至', '~', '－']) {
      expect(labelOf(scopeFor(`全县60${mark}79岁老年人有3.2万人。`, '3.2万人'))).toBe('60至79岁老年人');
    }
    expect(fit('80到89周岁老人')).toBe('80至89周岁老人');
    // near misses: a threshold, and a span of anything but ages, keep their marks
    expect(fit('60岁以上老人')).toBe('60岁以上老人');
    expect(fit('3-5吨货车')).toBe('3-5吨货车');
  });

  it('reads a span of ages a PDF copy spaces, or one opening in months, as one age (R4 F4, session 35)', () => {
    expect(labelOf(scopeFor('全市 60 岁至 79 岁老年人有 32.5 万人。', '32.5 万人'))).toBe('60至79岁老年人');
    expect(labelOf(scopeFor('全市60 岁至79 岁老年人有32.5万人。', '32.5万人'))).toBe('60至79岁老年人');
    expect(labelOf(scopeFor('全市3 至 6 岁儿童有1.2万人。', '1.2万人'))).toBe('3至6岁儿童');
    expect(labelOf(scopeFor('全市80 岁以上老人有3.2万人。', '3.2万人'))).toBe('80岁以上老人');
    expect(labelOf(scopeFor('全市6个月至3岁婴幼儿有2.1万人。', '2.1万人'))).toBe('6个月至3岁婴幼儿');
    expect(labelOf(scopeFor('全市6个月到3岁的婴幼儿有2.1万人。', '2.1万人'))).toBe('6个月至3岁婴幼儿');
    // near misses: a span printed closed up, and a count of months alone, as before
    expect(labelOf(scopeFor('全市0至3岁婴幼儿有2.1万人。', '2.1万人'))).toBe('0至3岁婴幼儿');
    expect(fit('3-5吨货车')).toBe('3-5吨货车');
  });

  it('reads a bound spaced off its age, and an age in months below a bound, as one age (R5 F10, session 36)', () => {
    expect(labelOf(scopeFor('全市 80 岁 以上老人有 3.2 万人。', '3.2 万人'))).toBe('80岁以上老人');
    expect(labelOf(scopeFor('全县12个月以内婴儿有3000人。', '3000人'))).toBe('12个月以内婴儿');
    expect(labelOf(scopeFor('全县 12 个月 以内婴儿有 3000 人。', '3000 人'))).toBe('12个月以内婴儿');
    // near misses: the bound printed closed up, and months counting no age, as before
    expect(labelOf(scopeFor('全市80岁以上老人有3.2万人。', '3.2万人'))).toBe('80岁以上老人');
    expect(labelOf(scopeFor('全县6个月以上失业人员有300人。', '300人'))).not.toContain('个月');
  });

  it('reads a letter-spaced column heading of a table whole', () => {
    const table = '| 乡 镇 | 新建改造 | 投 资 |\n| | （公里） | （万元） |\n| 丹朱镇 | 38 | 2860 |\n| 鲍店镇 | 44 | 3120 |';
    expect(labelOf(scopeFor(table, '2860'))).toBe('丹朱镇投资');
  });
});
