import { describe, expect, it } from 'vitest';
import { layoutMultiples, type MultiplesInput } from './multiples-layout.ts';

// 供热管网 13.5公里 (上党区, 2024) and 38.1公里 (壶关县, 2025); 充电桩 2800余个 and 121把 (上党区), 200余个 (壶关县).
const INPUT: MultiplesInput = {
  regions: [
    { key: '上党区', label: 'Shangdang District' },
    { key: '壶关县', label: 'Huguan County' },
  ],
  rows: [
    { key: 'charging-piles', label: '2025: EV charging piles' },
    { key: 'heating-network-km', label: '2025: Heating network built or upgraded' },
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
    const bar = (region: number, row: number, i = 0) => L.panels[region]!.rows[row]!.bars[i]!.bar;
    expect(bar(1, 1).width / bar(0, 1).width).toBeCloseTo(38.1 / 13.5, 1);
    expect(bar(0, 0, 0).width / bar(1, 0).width).toBeCloseTo(2800 / 200, 0);
    expect(L.scales.get('charging-piles')!.domain[1]).toBeGreaterThanOrEqual(2800);
  });

  it('draws one bar per figure and aligns rows across panels', () => {
    const L = layoutMultiples(INPUT, 'wide');
    expect(L.panels.flatMap((p) => p.rows.flatMap((r) => r.bars)).map((b) => b.key).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(L.panels[0]!.rows[1]!.label[0]!.y).toBe(L.panels[1]!.rows[1]!.label[0]!.y);
  });

  it('says so where a county does not report a series', () => {
    const input = { ...INPUT, cells: new Map([...INPUT.cells].map(([r, m]) => [r, r === '壶关县' ? new Map([...m].filter(([k]) => k !== 'charging-piles')) : m])) };
    const L = layoutMultiples(input, 'narrow');
    expect(L.panels[1]!.rows[0]!.empty?.text).toBe('not reported');
    expect(L.panels[1]!.rows[0]!.bars).toEqual([]);
  });

  it('names each row on up to two lines, its year first, the same in every panel', () => {
    const L = layoutMultiples(INPUT, 'wide');
    const label = L.panels[0]!.rows[1]!.label;
    expect(label.length).toBeLessThanOrEqual(2);
    expect(label[0]!.text.startsWith('2025:')).toBe(true);
    expect(label.map((l) => l.text).join(' ')).toBe('2025: Heating network built or upgraded');
    expect(L.panels[0]!.rows[1]!.bars[0]!.bar.y).toBeGreaterThan(label.at(-1)!.y);
  });

  it('draws a row whose values are more than 50 times apart as dots on a log scale, never 1 px bars', () => {
    // 2800 and 121 charging piles (23×) stay bars; add a county with 12 and the row spans 233×.
    const cells = new Map(INPUT.cells);
    cells.set('黎城县', new Map([['charging-piles', [{ key: 'f', value: 12, valueText: '12' }]]]));
    const input = { ...INPUT, regions: [...INPUT.regions, { key: '黎城县', label: 'Licheng County' }], cells };
    const L = layoutMultiples(input, 'wide');
    expect(L.scales.get('charging-piles')!.log).toBe(true);
    expect(L.scales.get('heating-network-km')!.log).toBeUndefined();
    const piles = L.panels.flatMap((p) => p.rows[0]!.bars);
    for (const b of piles) {
      expect(b.dot).toBeDefined();
      expect(b.bar.width).toBe(0);
    }
    const smallest = piles.find((b) => b.key === 'f')!;
    const panel = L.panels.find((p) => p.region === '黎城县')!;
    expect(smallest.dot!.cx - smallest.dot!.r).toBeGreaterThanOrEqual(panel.x);
    for (const b of L.panels.flatMap((p) => p.rows[1]!.bars)) expect(b.bar.width).toBeGreaterThan(5);
  });

  it('writes a bar’s note (whose figure it is) on a line of its own under the bar, inside its panel', () => {
    const cells = new Map([...INPUT.cells].map(([r, row]) => [r, new Map([...row].map(([k, list]) => [k, list.map((c) => ({ ...c, note: r === '上党区' ? 'Xihuo Town' : 'county-wide' }))]))]));
    const L = layoutMultiples({ ...INPUT, cells }, 'wide');
    for (const panel of L.panels) {
      for (const row of panel.rows) {
        for (const b of row.bars) {
          expect(b.note).toBeDefined();
          expect(b.note!.y).toBeGreaterThan(b.bar.y + b.bar.height);
          expect(b.note!.x).toBe(panel.x);
        }
        // Bars and their notes never overlap the next bar.
        for (let i = 1; i < row.bars.length; i++) expect(row.bars[i]!.bar.y).toBeGreaterThan(row.bars[i - 1]!.note!.y);
      }
    }
    expect(L.height).toBeGreaterThan(layoutMultiples(INPUT, 'wide').height);
  });
});
