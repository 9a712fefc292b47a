// kindOf (figures/kind.ts): a percentage of a plan's area or length (占计划面积的96%) is a ratio to a task, a rate; made-up
// sentences with a near miss.
import { describe, expect, it } from 'vitest';
import { kindOf } from './kind.ts';
import { scopeFor } from './scope.fixture.ts';

const kind = (paragraph: string, figure: string) => kindOf(scopeFor(paragraph, figure));

describe('kindOf: a ratio to a plan’s size', () => {
  it('reads 占计划面积的 / 占计划里程的 as a rate', () => {
    expect(kind('截至11月5日，全县已播种冬小麦8.6万亩，占计划面积的97%。', '97%')).toBe('rate');
    expect(kind('已完成路面铺设41公里，占计划里程的82%。', '82%')).toBe('rate');
  });
  it('leaves a part of a whole area a share', () => {
    expect(kind('全县设施蔬菜面积3.2万亩，占耕地面积的6%。', '6%')).toBe('share');
  });
});
