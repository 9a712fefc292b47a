// labelOf for a count that only says so much was done (完成, 实现): the works of the count before it in the same unit
// (label-context.ts doneOf), for the part it names.
import { describe, expect, it } from 'vitest';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

/** The label of each figure in turn, every figure before it in its sentence given as context. */
function labels(paragraph: string, figures: string[]): string[] {
  const out: string[] = [];
  const earlier: { label: string; end: number }[] = [];
  for (const figure of figures) {
    const scope = scopeFor(paragraph, figure);
    const previous = earlier.at(-1);
    const label = labelOf(scope, previous ? { previous: { ...previous, earlier: [...earlier] } } : {}) ?? '';
    out.push(label);
    earlier.push({ label, end: scope.end });
  }
  return out;
}

describe('labelOf, so much done of the works before', () => {
  it('takes the works of the count before in the same unit, for the part the clause names', () => {
    expect(labels('全县新建改造供水管网96公里，其中西营镇完成31公里。', ['96公里', '31公里'])[1]).toBe('新建改造供水管网');
    const p = '全市铺设燃气管道240公里，改造调压站12座，其中平原县区完成150公里。';
    expect(labels(p, ['240公里', '12座', '150公里'])[2]).toMatch(/^平原县区完成.*燃气管道$/);
  });

  it('drops the intent of a plan before it: what was done is the works', () => {
    expect(labels('今年计划新建改造供热管网80公里，截至11月底已完成66公里。', ['80公里', '66公里'])[1]).toBe('新建改造供热管网');
  });

  it('takes only the nouns of a thing set, not done, before', () => {
    expect(labels('全县确定惠民项目12个，目前已完成9个。', ['12个', '9个'])[1]).toBe('完成惠民项目');
  });

  it('leaves a count in another unit, or a clause naming works of its own, as it was', () => {
    const other = labels('全县新建改造供水管网96公里，其中西营镇完成3个村。', ['96公里', '3个']);
    expect(other[1]).not.toContain('供水管网');
    const own = labels('全县新建改造供水管网96公里，其中西营镇改造老旧管网31公里。', ['96公里', '31公里']);
    expect(own[1]).toContain('老旧管网');
  });
});
