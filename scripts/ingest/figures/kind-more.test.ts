// 多/少 before the verb that counts a figure: a difference (kind-more.ts), with made-up clauses.
import { describe, expect, it } from 'vitest';
import { moreOrLessOfAct } from './kind-more.ts';

describe('moreOrLessOfAct', () => {
  it('reads 多 or 少 right before a verb as a difference from before', () => {
    expect(moreOrLessOfAct('一年下来家里能多攒')).toBe(true);
    expect(moreOrLessOfAct('比上年多安装了')).toBe(true);
    expect(moreOrLessOfAct('合作社今年多收购了')).toBe(true);
    expect(moreOrLessOfAct('比原来少跑了')).toBe(true);
  });
  it('leaves a verb with no 多 before it, 最多 and a noun after 多', () => {
    expect(moreOrLessOfAct('今年安装了')).toBe(false);
    expect(moreOrLessOfAct('一天最多接待')).toBe(false);
    expect(moreOrLessOfAct('通过多渠道筹集资金')).toBe(false);
  });
});
