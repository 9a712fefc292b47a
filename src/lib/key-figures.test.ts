import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../domain/figure.ts';
import { canteenInvestment, heatedArea, museumStudents, pension } from './content/fixtures.ts';
import { isKeyFigureCandidate, keyFigures } from './key-figures.ts';

type Status = 'actual' | 'plan' | 'target' | 'forecast' | 'anecdote';
const as = (status: Status | undefined, figure: FigureRecord, more: Record<string, unknown> = {}): FigureRecord =>
  ({ ...figure, ...(status ? { status } : {}), kind: 'total', ...more }) as FigureRecord;

const huguan = { id: 'min-sheng-wei-ben-xing-fu-sheng-huo', figures: [as('actual', heatedArea), as('actual', pension)] };
const shangdang = { id: 'ban-hao-min-sheng-shi-shi-shu-xie', figures: [as('actual', canteenInvestment)] };
const museum = { id: 'shi-bo-wu-guan-yao-qing-fan-xiang', figures: [as('actual', museumStudents)] };

describe('keyFigures', () => {
  it('takes achieved figures in a named series from the latest year, one per topic in vocabulary order', () => {
    const result = keyFigures([museum, shangdang, huguan]);
    expect(result?.year).toBe(2025);
    expect(result?.figures.map((k) => [k.figure.text, k.article])).toEqual([
      ['191元', 'min-sheng-wei-ben-xing-fu-sheng-huo'], // elderly-care comes before heating in TOPICS
      ['约500万平方米', 'min-sheng-wei-ben-xing-fu-sheng-huo'],
    ]);
  });

  it('never shows a plan, target, forecast, anecdote or a figure without a status, however recent or large', () => {
    const later = { year: 2026, value: 9e9 };
    for (const status of ['plan', 'target', 'forecast', 'anecdote', undefined] as const) {
      const other = { id: 'x', figures: [as(status, heatedArea, { ...later, id: `x-${status}` })] };
      const result = keyFigures([huguan, other]);
      expect(result?.year).toBe(2025);
      expect(result?.figures.map((k) => k.figure.id)).not.toContain(`x-${status}`);
      expect(result?.figures.find((k) => k.figure.measure === heatedArea.measure)?.figure.value).toBe(heatedArea.value);
    }
  });

  it('takes the year from the figure, not from its article', () => {
    // A 2025 article reporting last year's pension: a 2024 figure, so 2025 stays the latest year with one figure.
    const lastYear = { id: 'y', figures: [as('actual', pension, { id: 'y-1', year: 2024, value: 999 })] };
    expect(keyFigures([huguan, lastYear])?.figures.map((k) => k.figure.id)).not.toContain('y-1');
    expect(keyFigures([lastYear])?.year).toBe(2024);
  });

  it('never shows works under way or what a work will do once built, though counted as actual', () => {
    const building = as('actual', heatedArea, { id: 'w', sentence: '目前，城东热源厂正在建设，在建换热站12座。', text: '12座', label: '在建换热站' });
    expect(isKeyFigureCandidate(building)).toBe(false);
    const capacity = as('actual', heatedArea, { id: 'c', sentence: '热源厂总投资2亿元，建成后可新增供热面积300万平方米。', text: '300万平方米', label: '新增供热面积' });
    expect(isKeyFigureCandidate(capacity)).toBe(false);
    const invested = as('actual', heatedArea, { id: 'i', sentence: '热源厂总投资2亿元，建成后可新增供热面积300万平方米。', text: '2亿元', label: '热源厂总投资' });
    expect(isKeyFigureCandidate(invested)).toBe(true);
    expect(keyFigures([{ id: 'a', figures: [building, { ...capacity, value: 9e9 }] }])).toBeUndefined();
  });

  it('leaves out figures that cannot name their place or year', () => {
    expect(isKeyFigureCandidate(as('actual', pension, { region: undefined }))).toBe(false);
    expect(isKeyFigureCandidate(as('actual', pension, { year: undefined }))).toBe(false);
    expect(isKeyFigureCandidate(as('actual', pension))).toBe(true);
  });

  it('keeps the largest value of a series', () => {
    const smaller = as('actual', heatedArea, { id: 'x', text: '75万平方米', value: 750_000 });
    const result = keyFigures([{ ...huguan, figures: [smaller, as('actual', heatedArea)] }]);
    expect(result?.figures.map((k) => k.figure.value)).toEqual([5_000_000]);
  });

  it('does not compare a total with an amount added: another kind is another series', () => {
    const added = as('actual', heatedArea, { id: 'new', kind: 'new', value: 10_000 });
    const totals = [as('actual', heatedArea, { id: 't1' }), as('actual', heatedArea, { id: 't2', value: 4_000_000 })];
    // Two totals against one addition: the total series is reported more often and gives its largest.
    expect(keyFigures([{ id: 'a', figures: [added, ...totals] }])?.figures.map((k) => k.figure.id)).toEqual(['t1']);
  });

  it('gives nothing when no achieved figure belongs to a series', () => {
    expect(keyFigures([museum])).toBeUndefined();
    expect(keyFigures([{ id: 'p', figures: [as('plan', pension)] }])).toBeUndefined();
  });

  it('stops at the limit', () => {
    expect(keyFigures([huguan], 1)?.figures).toHaveLength(1);
  });
});
