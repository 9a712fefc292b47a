import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { periodIn } from './period-printed.ts';
import { scopeFor } from './scope.fixture.ts';

// Made-up sentences in the form of a statistics release: a span a figure is compared with (比1—6月, 较一季度,
// 与上半年相比) is not the span it is counted over.
const period = (paragraph: string, figure: string) => periodOf(scopeFor(paragraph, figure, { article: { pageYear: 2025 } })).period;

describe('a span compared with is not the figure’s own', () => {
  it('skips the span after 比, 较 or 与 for the one the clause opens on', () => {
    const p = '1—8月，全县规上工业增加值同比增长7.1%，增速比1—7月回落0.2个百分点。';
    expect(period(p, '0.2个百分点')).toBe('1—8月');
    expect(period('三季度，全区快递业务量较二季度增长9%。', '9%')).toBe('三季度');
  });

  it('carries the span the figure is counted over into the next sentence, not the one compared with', () => {
    const p = '前8个月，全市外贸进出口总额增长11.4%，增速比上半年加快1.2个百分点。其中，出口增长13.6%。';
    expect(period(p, '13.6%')).toBe('前8个月');
  });

  it('gives no span when the only one printed is compared with', () => {
    expect(period('全县城镇居民人均消费支出比上半年增加1200元。', '1200元')).toBeUndefined();
    expect(periodIn('较一季度提高3个百分点', Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('keeps the second of two joined spans (和, 与) the figures are counted over', () => {
    expect(period('一季度和二季度，全镇农产品销售额分别增长4.8%和6.3%。', '6.3%')).toBe('二季度');
    expect(period('上半年和三季度，黎城县共新增城镇就业980人。', '980人')).toBe('三季度');
  });

  it('skips a span after 与 or 同 when its clause goes on to compare', () => {
    expect(period('三季度，全县用电量与二季度相比增长5%。', '5%')).toBe('三季度');
    expect(periodIn('同上半年相较提高3个百分点', Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});
