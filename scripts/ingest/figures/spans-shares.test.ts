import { describe, expect, it } from 'vitest';
import { labelRanges } from './reject.ts';
import { numeralAt } from './spans-numeral.ts';
import { fractionAt, half, slashFraction } from './spans-shares.ts';

describe('a share', () => {
  it('reads 三分之一 and 一半 as a percentage', () => {
    expect(fractionAt('三分之一的村', numeralAt('三分之一的村', 0)!)?.digits).toBe('33.33');
    expect(fractionAt('一半以上', numeralAt('一半以上', 0)!)?.digits).toBe('50');
  });

  it('reads 2/3 standing alone, not a part of a series in brackets', () => {
    expect(slashFraction('2/3以上', 0, labelRanges('2/3以上'))?.qualifier).toBe('over');
    expect(slashFraction('之（2/5）', 2, labelRanges('之（2/5）'))).toBeUndefined();
  });

  it('reads 半数 with the words around it', () => expect(half('接近半数', 2, labelRanges('接近半数'))).toMatchObject({ start: 0, value: 50, unit: '%' }));
});
