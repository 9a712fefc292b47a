import { describe, expect, it } from 'vitest';
import { respectively } from './label-respectively.ts';
import { scopeFor } from './scope.fixture.ts';

/** The label of `figure` in `paragraph`, after the labelled figures `earlier` ([text, label]) of its sentence. */
function read(paragraph: string, figure: string, earlier: [string, string][] = [], options: { preceding?: string } = {}): string {
  const scope = { ...scopeFor(paragraph, figure), ...options };
  const ends = earlier.map(([text, label]) => ({ label, end: scope.sentence.indexOf(text) + text.length }));
  return respectively(scope, ends);
}

describe('respectively', () => {
  it('gives each number after 分别 the figure before it in the same place', () => {
    const p = '今年，全县共接待游客86.5万人次，实现旅游收入4.2亿元，同比分别增长12%和15%。';
    const earlier: [string, string][] = [['86.5万人次', '接待游客'], ['4.2亿元', '实现旅游收入']];
    expect(read(p, '12%', earlier)).toBe('接待游客同比增长');
    expect(read(p, '15%', [...earlier, ['12%', '接待游客同比增长']])).toBe('实现旅游收入同比增长');
  });

  it('reads a list of names before 分别 when no figures are, without the count of the items', () => {
    const p = '日前，县城至王和镇、县城至郭道镇两条班车线路开通，两条线路全长分别为23公里和31公里。';
    expect(read(p, '23公里')).toBe('县城至王和镇线路全长');
    expect(read(p, '31公里')).toBe('县城至郭道镇线路全长');
  });

  it('reads the names in the sentence before, in the paragraph before when the sentence opens one', () => {
    const before = '本学期，县里新建的南关小学、西街幼儿园和城北中学投入使用。';
    const p = '三所学校建筑面积分别为2.4万平方米、0.5万平方米和3.1万平方米。';
    expect(read(p, '2.4万平方米', [], { preceding: before })).toBe('南关小学建筑面积');
    expect(read(p, '0.5万平方米', [], { preceding: before })).toBe('西街幼儿园建筑面积');
    expect(read(p, '3.1万平方米', [], { preceding: before })).toBe('城北中学建筑面积');
    expect(read(`${before}${p}`, '3.1万平方米')).toBe('城北中学建筑面积');
  });

  it('reads nothing without 分别, or where the list before has not as many items', () => {
    expect(read('全县接待游客86.5万人次，同比增长12%。', '12%', [['86.5万人次', '接待游客']])).toBe('');
    expect(read('城乡居民人均可支配收入分别增长4.6%和6.8%。', '4.6%')).toBe('');
    expect(read('南关小学和西街幼儿园投入使用，三所学校建筑面积分别为2.4万平方米、0.5万平方米和3.1万平方米。', '2.4万平方米')).toBe('');
  });
});
