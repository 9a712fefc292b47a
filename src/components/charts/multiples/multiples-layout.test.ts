import { describe, expect, it } from 'vitest';
import { layoutMultiples, type MultiplesInput } from './multiples-layout.ts';

// 供热管网 13.5公里 (上党区, 2024) and 38.1公里 (壶关县, 2025); 充电桩 2800余个 and 121把 (上党区), 200余个 (壶关县).
const INPUT: MultiplesInput = {
  regions: [
    { key: '上党区', label: 'Shangdang District' },
    { key: '壶关县', label: 'Huguan County' },
  ],
  measures: [
    { key: 'charging-piles', label: 'EV charging piles' },
    { key: 'heating-network-km', label: 'Heating network built or upgraded' },
  ],
  cells: new Map([
    ['上党区', new Map([['charging-piles', [{ key: 'a', value: 2800, valueText: 'over 2,800' }, { key: 'b', value: 121, valueText: '121' }]], ['heating-network-km', [{ key: 'c', value: 13.5, valueText: '13.5 km' }]]])],
    ['壶关县', new Map([['charging-piles', [{ key: 'd', value: 200, valueText: 'over 200' }]], ['heating-network-km', [{ key: 'e', value: 38.1, valueText: '38.1 km' }]]])],
  ]),
  emptyText: 'not reported',
};

describe('layoutMultiples', () => {
  it('wide: one panel per county side by side; narrow: stacked', () => {
    const wide = layoutMultiples(INPUT, 'wide');
    expect(wide.panels.map((p) => p.region)).toEqual(['上党区', '壶关县']);
    expect(wide.panels[1]!.x).toBeGreaterThan(wide.panels[0]!.x + wide.panels[0]!.width);
    expect(wide.panels[1]!.y).toBe(wide.panels[0]!.y);
    const narrow = layoutMultiples(INPUT, 'narrow');
    expect(narrow.panels[1]!.y).toBeGreaterThanOrEqual(narrow.panels[0]!.y + narrow.panels[0]!.height);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('a row shares its scale across panels: bar lengths compare counties', () => {
    const L = layoutMultiples(INPUT, 'wide');
    const bar = (region: number, measure: number, i = 0) => L.panels[region]!.rows[measure]!.bars[i]!.bar;
    expect(bar(1, 1).width / bar(0, 1).width).toBeCloseTo(38.1 / 13.5, 1);
    expect(bar(0, 0, 0).width / bar(1, 0).width).toBeCloseTo(2800 / 200, 0);
    expect(L.scales.get('charging-piles')!.domain[1]).toBeGreaterThanOrEqual(2800);
  });

  it('draws one bar per figure and aligns rows across panels', () => {
    const L = layoutMultiples(INPUT, 'wide');
    expect(L.panels.flatMap((p) => p.rows.flatMap((r) => r.bars)).map((b) => b.key).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(L.panels[0]!.rows[1]!.label.y).toBe(L.panels[1]!.rows[1]!.label.y);
  });

  it('says so where a county does not report a series', () => {
    const input = { ...INPUT, cells: new Map([...INPUT.cells].map(([r, m]) => [r, r === '壶关县' ? new Map([...m].filter(([k]) => k !== 'charging-piles')) : m])) };
    const L = layoutMultiples(input, 'narrow');
    expect(L.panels[1]!.rows[0]!.empty?.text).toBe('not reported');
    expect(L.panels[1]!.rows[0]!.bars).toEqual([]);
  });
});
