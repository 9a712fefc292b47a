import { describe, expect, it } from 'vitest';
import { layoutTargets, type TargetDatum } from './target-layout.ts';

const NETWORK: TargetDatum = {
  key: 'a',
  label: '新建改造供热管网',
  detail: '壶关县 · 2025',
  reached: 38.1,
  goal: 50,
  scaleKey: '公里\u0000heating-network-km',
  reachedLine: '已完成38.1公里（2025）',
  goalLine: '计划50公里（2025）',
};
const VILLAGES: TargetDatum = { ...NETWORK, key: 'b', label: '精品示范村', reached: 4, goal: 5, scaleKey: '个\u0000model-villages', reachedLine: '已完成4个（2025）', goalLine: '计划5个（2025）' };

describe('layoutTargets', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    it(`${variant}: a bar from zero to what was reached and the goal's line on the same scale`, () => {
      const L = layoutTargets([NETWORK], variant);
      const r = L.rows[0]!;
      expect(r.bar.x).toBe(Math.round(r.scale(0) * 10) / 10);
      expect((r.goal.x - r.bar.x) / r.bar.width).toBeCloseTo(50 / 38.1, 1);
      // The scale reaches past both the bar and the goal.
      expect(r.scale.domain[1]).toBeGreaterThanOrEqual(50);
      expect(r.goal.x).toBeLessThanOrEqual(L.trackEnd);
      // The track runs under the bar to the scale's end, where the goal may stand.
      expect(r.track.x).toBe(r.bar.x);
      expect(r.track.x + r.track.width).toBeGreaterThanOrEqual(r.goal.x - 0.05);
      expect(r.goal.y1).toBeLessThan(r.bar.y);
      expect(r.goal.y2).toBeGreaterThan(r.bar.y + r.bar.height);
      expect(r.reachedValue.text).toBe('已完成38.1公里（2025）');
      expect(r.goalValue.y).toBeGreaterThan(r.reachedValue.y);
      expect(r.reachedValue.y).toBeGreaterThan(r.bar.y + r.bar.height);
    });
  }

  it('shares a scale between rows of one measure and unit, and gives each row its own otherwise', () => {
    expect(layoutTargets([NETWORK, { ...NETWORK, key: 'c', reached: 10, goal: 12 }], 'wide').sharedScale).toBe(true);
    const mixed = layoutTargets([NETWORK, VILLAGES], 'wide');
    expect(mixed.sharedScale).toBe(false);
    expect(mixed.rows[1]!.scale.domain[1]).toBeLessThan(10);
    for (let i = 1; i < mixed.rows.length; i++) expect(mixed.rows[i]!.y).toBeCloseTo(mixed.rows[i - 1]!.y + mixed.rows[i - 1]!.height, 1);
  });

  it('draws a goal already passed inside the scale too', () => {
    const passed = layoutTargets([{ ...NETWORK, reached: 60, goal: 50 }], 'narrow').rows[0]!;
    expect(passed.goal.x).toBeLessThan(passed.bar.x + passed.bar.width);
    expect(passed.bar.x + passed.bar.width).toBeLessThanOrEqual(Math.round(passed.scale(passed.scale.domain[1]) * 10) / 10);
  });
});
