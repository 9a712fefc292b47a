import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

// Made-up monitoring and wage sentences: an average measured over a closed span (a month, a week, a quarter) is
// counted over it; a standard set, and any price under a start running to now, holds for a time and takes none.
const period = (paragraph: string, figure: string) => periodOf(scopeFor(paragraph, figure, { article: { pageYear: 2025 } })).period;

describe('averages measured over a closed span, standards set', () => {
  it('dates an average price or income measured in a month, a week or a quarter', () => {
    expect(period('监测显示，10月全县鸡蛋平均零售价为每斤4.6元。', '4.6元')).toBe('10月');
    expect(period('本周，城区农贸市场猪肉均价为每斤12.8元。', '12.8元')).toBe('本周');
    expect(period('上半年，园区务工人员人均月收入约3100元。', '3100元')).toBe('上半年');
  });

  it('gives none to a standard set in the span, nor to a price under a start', () => {
    expect(period('1至10月，全县发放低保金2800万元，城市低保标准为每人每月720元。', '720元')).toBeUndefined();
    expect(period('上半年，全县发放创业担保贷款9000万元，个人最高可贷20万元。', '20万元')).toBeUndefined();
    expect(period('今年以来，助餐点老人每餐只需付5元。', '5元')).toBeUndefined();
  });
});
