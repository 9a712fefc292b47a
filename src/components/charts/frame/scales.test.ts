import { describe, expect, it } from 'vitest';
import { LOG_RATIO, logScale, spread, tickLabel, valueScale, zeroBasedScale } from './scales.ts';

describe('zeroBasedScale', () => {
  it('starts at zero and rounds the top out to a nice number (2800 charging piles → 3000)', () => {
    const scale = zeroBasedScale([2800, 121], [0, 300]);
    expect(scale.domain).toEqual([0, 3000]);
    expect(scale(0)).toBe(0);
    expect(scale(3000)).toBe(300);
    expect(scale(1500)).toBe(150);
    expect(scale.ticks[0]).toBe(0);
    expect(scale.ticks.at(-1)).toBe(3000);
  });

  it('maps onto an offset range (a wide layout’s bar column)', () => {
    const scale = zeroBasedScale([38.1, 13.5], [242, 540]);
    expect(scale(0)).toBe(242);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(38.1);
  });

  it('widens below zero for negative values and survives empty or all-zero data', () => {
    expect(zeroBasedScale([-8.1, 10], [0, 100]).domain[0]).toBeLessThanOrEqual(-8.1);
    expect(zeroBasedScale([], [0, 100]).domain).toEqual([0, 1]);
    expect(zeroBasedScale([0, 0], [0, 100]).domain).toEqual([0, 1]);
  });
});

describe('tickLabel', () => {
  it('writes numbers as each language counts them', () => {
    expect(tickLabel('zh', 20_000_000, '元')).toBe('2000万');
    expect(tickLabel('en', 20_000_000, '元')).toBe('20 million');
    expect(tickLabel('en', 2000, '个')).toBe('2,000');
    expect(tickLabel('zh', 2000, '个')).toBe('2000');
  });

  it('keeps the percent sign on percentages', () => {
    expect(tickLabel('en', 50, '%')).toBe('50%');
    expect(tickLabel('zh', 50, '%')).toBe('50%');
  });
});

describe('the log rule', () => {
  it('measures how far apart the positive values are', () => {
    expect(spread([5_000_000, 30_000])).toBeCloseTo(166.7, 1);
    expect(spread([0, -3, 12])).toBe(1);
    expect(spread([])).toBe(1);
  });

  it('is linear from zero up to 50 times apart, logarithmic beyond', () => {
    expect(valueScale([50, 1], [0, 100]).log).toBeUndefined();
    expect(valueScale([50.5, 1], [0, 100]).log).toBe(true);
    expect(LOG_RATIO).toBe(50);
  });

  it('spans powers of ten around the values, a tick at each, and places zero at its start', () => {
    const scale = logScale([5_000_000, 30_000, 0], [10, 310]);
    expect(scale.domain).toEqual([10_000, 10_000_000]);
    expect(scale.ticks).toEqual([10_000, 100_000, 1_000_000, 10_000_000]);
    expect(scale(10_000)).toBe(10);
    expect(scale(10_000_000)).toBe(310);
    expect(scale(100_000) - scale(10_000)).toBeCloseTo(scale(10_000_000) - scale(1_000_000), 6);
    expect(scale(0)).toBe(10);
  });

  it('offers sparser round ticks that still end at the top of a linear scale', () => {
    const scale = zeroBasedScale([1e9, 2.64e8], [0, 300]);
    expect(scale.ticks.at(-1)).toBe(1e9);
    expect(scale.sparseTicks!(2)).toEqual([0, 5e8, 1e9]);
  });
});
