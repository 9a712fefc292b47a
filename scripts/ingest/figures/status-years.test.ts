import { describe, expect, it } from 'vitest';
import { yearStatus } from './status-years.ts';

describe('yearStatus', () => {
  it('reads a later year as a plan and an earlier one as done', () => {
    expect(yearStatus('到2027年，全县', 2025)).toBe('plan');
    expect(yearStatus('2023年，全县', 2025)).toBe('actual');
    expect(yearStatus('2025年，全县', 2025)).toBeUndefined();
  });

  it('reads a span holding the article year as now, and a later year printed before the page year as come', () => {
    expect(yearStatus('2025—2026年采暖季', 2025)).toBeUndefined();
    expect(yearStatus('2025年1月', 2024, 2025)).toBeUndefined();
  });

  it('says nothing without the article year', () => expect(yearStatus('2030年', undefined)).toBeUndefined());
});
