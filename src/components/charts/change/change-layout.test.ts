import { describe, expect, it } from 'vitest';
import { layoutChanges, type ChangeDatum } from './change-layout.ts';

// 城乡居民养老保险基础养老金从每月143元提高至191元; 家里温度从18℃提高到22℃以上 (民生为本 幸福生活成色足).
const PENSION: ChangeDatum = { key: 'p', label: 'Basic pension', from: 143, to: 191, fromText: '¥143 a month', toText: '¥191 a month', scaleKey: '元\u0000pension-monthly-yuan' };
const HEAT: ChangeDatum = { key: 't', label: 'Temperature at home', from: 18, to: 22, fromText: '18°C', toText: '22°C', scaleKey: '℃\u0000' };

describe('layoutChanges', () => {
  it('puts the later value right of the earlier one for a rise, with an arrow pointing at it', () => {
    const L = layoutChanges([PENSION], 'wide');
    const r = L.rows[0]!;
    expect(r.toX).toBeGreaterThan(r.fromX);
    expect(r.arrowBack).toBeLessThan(r.toX);
    expect(Number(r.arrow.split(',')[0])).toBeLessThan(r.toX);
    expect(r.fromValue.anchor).toBe('end');
    expect(r.toValue.anchor).toBe('start');
  });

  it('draws a fall right to left', () => {
    const L = layoutChanges([{ ...PENSION, from: 191, to: 143, fromText: '¥191', toText: '¥143' }], 'narrow');
    const r = L.rows[0]!;
    expect(r.toX).toBeLessThan(r.fromX);
    expect(r.arrowBack).toBeGreaterThan(r.toX);
  });

  it('gives rows of different units their own zero-based scale, and rows of one unit a shared one', () => {
    const mixed = layoutChanges([PENSION, HEAT], 'wide');
    expect(mixed.sharedScale).toBe(false);
    expect(mixed.rows[0]!.scale.domain[0]).toBe(0);
    expect(mixed.rows[1]!.scale.domain[1]).toBeLessThan(mixed.rows[0]!.scale.domain[1]);
    const same = layoutChanges([PENSION, { ...PENSION, key: 'q', from: 100, to: 120 }], 'wide');
    expect(same.sharedScale).toBe(true);
    expect(same.rows[0]!.scale.domain).toEqual(same.rows[1]!.scale.domain);
  });

  it('keeps the value texts apart and the later one inside the viewBox', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const L = layoutChanges([HEAT, PENSION], variant);
      for (const r of L.rows) {
        expect(r.fromValue.x).toBeLessThan(r.toValue.x);
        expect(r.toX).toBeLessThanOrEqual(L.width);
      }
      for (let i = 1; i < L.rows.length; i++) expect(L.rows[i]!.y).toBeCloseTo(L.rows[i - 1]!.y + L.rows[i - 1]!.height, 1);
    }
  });
});
