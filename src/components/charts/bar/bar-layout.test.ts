import { describe, expect, it } from 'vitest';
import { layoutBars, type BarDatum } from './bar-layout.ts';
import { textWidth } from '../frame/text-measure.ts';

// The charging piles of 上党区 (2800余个, 121把) and 壶关县 (200余个), as the English dashboard labels them.
const PILES: BarDatum[] = [
  { key: 'a', label: 'Shangdang District', detail: '2024', value: 2800, valueText: 'over 2,800 charging piles' },
  { key: 'b', label: 'Huguan County', detail: '2025', value: 200, valueText: 'over 200 charging piles' },
  { key: 'c', label: 'Shangdang District', detail: '2024', value: 121, valueText: '121 charging piles' },
];

describe('layoutBars', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    it(`${variant}: one row per datum, bar lengths proportional to values from a zero baseline`, () => {
      const L = layoutBars(PILES, variant, 'en', '个');
      expect(L.rows.map((r) => r.key)).toEqual(['a', 'b', 'c']);
      const zero = L.scale(0);
      for (const r of L.rows) expect(r.bar.x).toBe(Math.round(zero * 10) / 10);
      const [a, b] = L.rows;
      expect(a!.bar.width / b!.bar.width).toBeCloseTo(2800 / 200, 0);
      expect(L.scale.domain).toEqual([0, 3000]);
    });

    it(`${variant}: value labels sit right of their bar and inside the viewBox`, () => {
      const L = layoutBars(PILES, variant, 'en', '个');
      for (const r of L.rows) {
        expect(r.value.x).toBeGreaterThan(r.bar.x + r.bar.width);
        expect(r.value.x + textWidth(r.value.text, L.fontSize) * 1.13).toBeLessThanOrEqual(L.width + 0.5);
      }
    });

    it(`${variant}: rows stack without overlap and the chart is as tall as its rows plus the axis`, () => {
      const L = layoutBars(PILES, variant, 'en', '个');
      for (let i = 1; i < L.rows.length; i++) expect(L.rows[i]!.y).toBeCloseTo(L.rows[i - 1]!.y + L.rows[i - 1]!.height, 1);
      expect(L.grid.bottom).toBeCloseTo(L.rows.at(-1)!.y + L.rows.at(-1)!.height, 1);
      expect(L.height).toBeGreaterThan(L.grid.bottom);
    });
  }

  it('wide: labels end at the label column, right of which the bars start', () => {
    const L = layoutBars(PILES, 'wide', 'en', '个');
    for (const r of L.rows) {
      expect(r.label[0]!.x).toBeLessThan(r.bar.x);
      expect(r.label[0]!.y).toBeGreaterThan(0);
    }
  });

  it('narrow: labels sit above their bar', () => {
    const L = layoutBars(PILES, 'narrow', 'en', '个');
    for (const r of L.rows) expect(r.label.at(-1)!.y).toBeLessThan(r.bar.y);
    expect(L.width).toBe(360);
  });

  it('axis ticks are labelled in the page language and stay inside the chart', () => {
    const zh = layoutBars(PILES, 'narrow', 'zh', '个');
    expect(zh.ticks[0]).toMatchObject({ label: '0', anchor: 'start' });
    for (const t of zh.ticks) expect(['0', '1000', '2000', '3000']).toContain(t.label);
    // Labels too close to each other are thinned out, never drawn over each other.
    for (let i = 1; i < zh.ticks.length; i++) expect(zh.ticks[i]!.x - zh.ticks[i - 1]!.x).toBeGreaterThan(30);
    const en = layoutBars(PILES, 'wide', 'en', '个');
    expect(en.ticks.map((t) => t.label)).toContain('3,000');
  });

  it('wraps a long label onto two lines rather than running into the bars', () => {
    const L = layoutBars(
      [{ key: 'x', label: 'Public childcare centres in the counties and districts', value: 12, valueText: '12 providers' }],
      'wide',
      'en',
      '个',
    );
    expect(L.rows[0]!.label).toHaveLength(2);
    expect(L.rows[0]!.height).toBeGreaterThan(30);
  });

  it('labels the axis to its end, past the top bar, however many ticks it drops (an axis ending at 8亿 under a 10亿 bar)', () => {
    // 10亿, 8亿 and 2.64亿 元: ticks every 2亿, too close in the narrow layout to label them all.
    const money: BarDatum[] = [
      { key: 'a', label: '上党区 · 2025', value: 1e9, valueText: '10亿元以上' },
      { key: 'b', label: '壶关县 · 2025', value: 8e8, valueText: '8亿元' },
      { key: 'c', label: '潞州区 · 2025', value: 2.64e8, valueText: '2.64亿元' },
    ];
    for (const variant of ['wide', 'narrow'] as const) {
      for (const lang of ['zh', 'en'] as const) {
        const L = layoutBars(money, variant, lang, '元');
        const top = Math.max(...money.map((d) => d.value));
        expect(L.scale.domain[1]).toBeGreaterThanOrEqual(top);
        const lastTick = L.ticks.at(-1)!;
        expect(lastTick.x).toBe(Math.round(L.scale(L.scale.domain[1]) * 10) / 10);
        expect(L.ticks[0]!.label).toBe('0');
        // The longest bar ends inside the axis.
        const longest = L.rows[0]!.bar;
        expect(longest.x + longest.width).toBeLessThanOrEqual(lastTick.x + 0.05);
      }
    }
  });

  describe('values more than 50 times apart (the log rule)', () => {
    // 约500万平方米 heated in 壶关县 against 75万 in 西火镇 and 3万 in a village: a linear axis would draw the last as a 1 px bar.
    const AREA: BarDatum[] = [
      { key: 'a', label: '壶关县 · 2025', value: 5_000_000, valueText: '约500万平方米' },
      { key: 'b', label: '西火镇 · 2025', value: 750_000, valueText: '75万平方米' },
      { key: 'c', label: '某村 · 2025', value: 30_000, valueText: '3万平方米' },
    ];

    for (const variant of ['wide', 'narrow'] as const) {
      it(`${variant}: draws dots on a log scale, never bars a pixel or two long`, () => {
        const L = layoutBars(AREA, variant, 'zh', '平方米');
        expect(L.log).toBe(true);
        expect(L.scale.log).toBe(true);
        for (const r of L.rows) {
          expect(r.bar.width).toBe(0);
          expect(r.dot).toBeDefined();
          expect(r.dot!.cx - r.dot!.r).toBeGreaterThanOrEqual(0);
          expect(r.value.x).toBeGreaterThan(r.dot!.cx + r.dot!.r);
          expect(r.value.x + textWidth(r.value.text, L.fontSize) * 1.13).toBeLessThanOrEqual(L.width + 0.5);
        }
        // Equal ratios, equal distances: 500万/75万 and 75万/3万 as the log scale measures them.
        const [a, b, c] = L.rows.map((r) => r.dot!.cx);
        expect((a! - b!) / (b! - c!)).toBeCloseTo(Math.log(5_000_000 / 750_000) / Math.log(750_000 / 30_000), 1);
        // Gridlines at powers of ten from below the smallest to above the largest.
        expect(L.scale.domain).toEqual([10_000, 10_000_000]);
        expect(L.ticks.map((t) => t.label)).toContain('1000万');
      });
    }

    it('keeps bars for values at most 50 times apart', () => {
      const L = layoutBars([AREA[0]!, { ...AREA[2]!, value: 100_001 }], 'wide', 'zh', '平方米');
      expect(L.log).toBe(false);
      for (const r of L.rows) expect(r.bar.width).toBeGreaterThan(5);
    });
  });
});

