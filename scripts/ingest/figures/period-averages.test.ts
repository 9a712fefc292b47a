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
    // A price of goods by weight in a monitored span is what the market asked in it, as its average is.
    expect(period('本周，城区农贸市场芹菜每斤2.6元，菠菜每斤3.2元。', '3.2元')).toBe('本周');
    expect(period('监测显示，11月县城超市鸡蛋每公斤9.8元。', '9.8元')).toBe('11月');
  });

  it('gives none to a standard set in the span, nor to a price under a start', () => {
    expect(period('1至10月，全县发放低保金2800万元，城市低保标准为每人每月720元。', '720元')).toBeUndefined();
    expect(period('上半年，全县发放创业担保贷款9000万元，个人最高可贷20万元。', '20万元')).toBeUndefined();
    expect(period('今年以来，助餐点老人每餐只需付5元。', '5元')).toBeUndefined();
    expect(period('今年以来，合作社以每斤3元的保护价收购谷子。', '3元')).toBeUndefined();
  });
});
