import { describe, expect, it } from 'vitest';
import { beforeAfter } from './change/change.ts';
import { ALL_FIXTURES, CHILDCARE_PROVIDERS, HUGUAN_2025, MILLET_PRICE, SHANGDANG_2024, SHANGDANG_2025 } from './fixtures.ts';
import { COLLECTION_LIMITS } from './limits.ts';
import { articleChartSpecs, changeSpec, collectionChartSpecs, comparableGroups, dashboardChartSpecs, measureSeries, multiplesSpec, notableFigures, regionCounts } from './choose.ts';
import { likeGroups } from './like.ts';
import { countyOf, regionFigures, topicFigureCount, topicFigures } from '../../lib/taxonomy.ts';
import type { BarSpec } from './spec.ts';
import { NETWORK_2025, sibling } from './test-support/like-figures.ts';
import { syntheticArchive } from './test-support/synthetic.ts';

const byText = (text: string) => ALL_FIXTURES.find((f) => f.text === text)!;

describe('beforeAfter', () => {
  it('takes both ends from the sentence: 从每月143元提高至191元', () => {
    expect(beforeAfter(byText('191元'))).toEqual({ from: 143, to: 191, direction: 'up' });
    expect(beforeAfter(MILLET_PRICE[0]!)).toEqual({ from: 4, to: 6, direction: 'up' });
  });

  it('has nothing to draw for an amount alone (人均月增收75元) or a rate alone (增长10%)', () => {
    expect(beforeAfter(byText('75元'))).toBeUndefined();
    expect(beforeAfter({ value: 10, unit: '%', change: { rate: 10, direction: 'up' } })).toBeUndefined();
  });

  it('works out the start from an amount and the end: 增加75元，达到191元', () => {
    expect(beforeAfter({ value: 191, unit: '元', change: { amount: 48, to: 191, direction: 'up' } })).toEqual({ from: 143, to: 191, direction: 'up' });
  });
});

describe('comparableGroups', () => {
  it('makes a bar chart of one like-with-like group, saying what its bars share', () => {
    const groups = comparableGroups(NETWORK_2025);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: 'bar', measure: 'heating-network-km', unit: '公里', like: { status: 'actual', kind: 'new', year: 2025 } });
    expect(groups[0]!.figures).toHaveLength(4);
  });

  it('no longer puts a topic’s percentages or amounts in yuan side by side: the seed fixtures make no bar chart', () => {
    // Formerly "供热：以'%'计的数字" and friends; now each figure needs its own measure, status, kind, unit and year.
    expect(comparableGroups(ALL_FIXTURES)).toEqual([]);
  });

  it('gives plans a chart of their own, never one with what was done', () => {
    const done = NETWORK_2025.slice(0, 2);
    const planned = NETWORK_2025.slice(2).map((f) => ({ ...f, id: `${f.id}-plan`, status: 'plan' as const }));
    const groups = comparableGroups([...done, ...planned]);
    expect(groups.map((g) => g.like.status).sort()).toEqual(['actual', 'plan']);
    for (const g of groups) expect(new Set(g.figures.map((f) => f.status)).size).toBe(1);
  });
});

describe('multiplesSpec', () => {
  it('compares a group several counties report, one panel per county, a town’s figure under its county', () => {
    const spec = multiplesSpec(NETWORK_2025, { measures: Infinity, perCell: Infinity })!;
    expect([...spec.regions].sort()).toEqual(['上党区', '壶关县', '屯留区', '黎城县']);
    expect(spec.rows).toHaveLength(1);
    expect(spec.rows[0]).toMatchObject({ measure: 'heating-network-km', year: 2025 });
    expect(spec.figures.map((f) => f.region)).toContain('上党区西火镇');
  });

  it('needs two counties, and actual figures', () => {
    expect(multiplesSpec(HUGUAN_2025)).toBeUndefined();
    expect(multiplesSpec(NETWORK_2025.map((f) => ({ ...f, status: 'plan' as const })))).toBeUndefined();
  });

  it('shows a county’s own figure before one of its towns’ and says a cell was cut', () => {
    const own = sibling(NETWORK_2025[0]!, '上党区', 40, 'shangdang');
    const spec = multiplesSpec([...NETWORK_2025, own], { measures: 3, perCell: 1 })!;
    const cell = spec.figures.filter((f) => countyOf(f.region) === '上党区');
    expect(cell.map((f) => f.region)).toEqual(['上党区']);
    expect(spec.subset).toEqual({ of: 5, rule: 'latestPerCell' });
  });
});

describe('notableFigures', () => {
  it('picks up to four, actual figures, series and changes first, one per subject, in reading order, never an anecdote', () => {
    const picked = notableFigures(HUGUAN_2025);
    expect(picked).toHaveLength(4);
    expect(new Set(picked.map((f) => f.measure ?? f.label)).size).toBe(4);
    expect(picked.map((f) => f.text)).toContain('191元');
    expect(picked.every((f) => f.status === 'actual')).toBe(true);
    const paragraphs = picked.map((f) => f.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    expect(notableFigures(MILLET_PRICE)).toEqual([]);
  });

  it('on a topic or place page, takes the newest year’s figures first among equals; a report keeps its reading order', () => {
    const both = [...SHANGDANG_2024, ...HUGUAN_2025];
    const newest = notableFigures(both, 4, 'newest');
    expect(newest).toHaveLength(4);
    // Every 2025 figure that scores as well as a 2024 one is chosen before it: no 2024 card while 2025 has more.
    expect(newest.every((f) => f.year === 2025)).toBe(true);
    // The collection's own charts take it so.
    const cards = collectionChartSpecs(both).find((s) => s.kind === 'cards');
    expect(cards && 'figures' in cards ? cards.figures.map((f) => f.id) : []).toEqual(newest.map((f) => f.id));
    // Text order (the default, a report's page) runs oldest year first, as before.
    expect(notableFigures(both).some((f) => f.year === 2024)).toBe(true);
  });
});

describe('chart specs for pages', () => {
  it('an article gets cards, its comparable groups and its changes, and charts no anecdote', () => {
    const specs = articleChartSpecs(HUGUAN_2025);
    expect(specs[0]!.kind).toBe('cards');
    expect(specs.map((s) => s.kind)).toContain('change');
    const charted = specs.flatMap((s) => (s.kind === 'map' ? [] : s.figures));
    expect(charted.some((f) => f.status === 'anecdote')).toBe(false);
    expect(articleChartSpecs([])).toEqual([]);
  });

  it('the before/after chart draws actual figures only: not 家里温度 18→22℃ (a resident) or a millet price (a town secretary)', () => {
    const spec = changeSpec([...HUGUAN_2025, ...MILLET_PRICE])!;
    expect(spec.figures.map((f) => f.text)).toEqual(['191元']);
    const planned = { ...byText('191元'), id: 'planned', status: 'plan' as const };
    expect(changeSpec([planned])).toBeUndefined();
  });

  it('the dashboard gets the map first, then county comparisons, changes and series', () => {
    const specs = dashboardChartSpecs([{ id: 'a', regions: ['壶关县'] }], [...ALL_FIXTURES, ...NETWORK_2025.slice(1)]);
    expect(specs.map((s) => s.kind).slice(0, 3)).toEqual(['map', 'multiples', 'change']);
    const series = specs.filter((s): s is BarSpec => s.kind === 'bar');
    expect(series.length).toBeGreaterThan(0);
    for (const s of series) expect(s.figures.length).toBeGreaterThanOrEqual(2);
  });
});

describe('regionCounts and scopes', () => {
  it('counts reports and figures for all 12 counties, a town counting for its county', () => {
    const counts = regionCounts(
      [
        { id: 'a', regions: ['长治市', '壶关县'] },
        { id: 'b', regions: ['上党区', '西火镇'] },
        { id: 'c', regions: ['西火镇'] },
      ],
      ALL_FIXTURES,
    );
    expect(counts).toHaveLength(12);
    expect(counts.find((c) => c.county === '壶关县')).toEqual({ county: '壶关县', reports: 1, figures: HUGUAN_2025.length });
    expect(counts.find((c) => c.county === '上党区')!.reports).toBe(2);
    expect(counts.find((c) => c.county === '沁源县')).toEqual({ county: '沁源县', reports: 0, figures: 0 });
  });

  it('countyOf: a town’s county, nothing for the city', () => {
    expect(countyOf('西火镇')).toBe('上党区');
    expect(countyOf('壶关县')).toBe('壶关县');
    expect(countyOf('长治市')).toBeUndefined();
  });

  it('topic and region scopes', () => {
    expect(topicFigures(ALL_FIXTURES, 'childcare')).toHaveLength(CHILDCARE_PROVIDERS.filter((f) => f.topic === 'childcare').length);
    expect(regionFigures(ALL_FIXTURES, '壶关县')).toHaveLength(HUGUAN_2025.length);
    expect(regionFigures(ALL_FIXTURES, '长治市').every((f) => f.region === '长治市')).toBe(true);
  });

  it('a scope filed once holds what filtering gives, in order, each caller its own list', () => {
    const county = regionFigures(ALL_FIXTURES, '上党区');
    expect(county).toEqual(ALL_FIXTURES.filter((f) => f.region === '上党区' || countyOf(f.region) === '上党区'));
    expect(county.some((f) => f.region !== '上党区')).toBe(true); // its towns' figures too
    county.pop();
    expect(regionFigures(ALL_FIXTURES, '上党区')).toHaveLength(county.length + 1);
    expect(topicFigureCount(ALL_FIXTURES, 'childcare')).toBe(topicFigures(ALL_FIXTURES, 'childcare').length);
    expect(topicFigureCount(ALL_FIXTURES, 'heating')).toBe(ALL_FIXTURES.filter((f) => f.topic === 'heating').length);
  });

  it('charts of the same figure records in a list of its own are the charts worked out before', () => {
    const once = collectionChartSpecs(SHANGDANG_2025.concat(SHANGDANG_2024));
    const again = collectionChartSpecs([...SHANGDANG_2025, ...SHANGDANG_2024]);
    expect(again).toEqual(once);
    expect(again).not.toBe(once);
    // Each chart, its cards included, is the one worked out before, not worked out again.
    again.forEach((spec, i) => expect(spec).toBe(once[i]));
    // Copies of the records are other records: worked out anew, to the same charts.
    expect(collectionChartSpecs([...SHANGDANG_2025, ...SHANGDANG_2024].map((f) => ({ ...f })))).toEqual(once);
  });
});

describe('charts of a large collection stay bounded (limits.ts)', () => {
  // 1,000 reports with 5 figures each: every measure reported by every county in every year.
  const archive = syntheticArchive(1000);
  const figures = archive.flatMap((a) => a.figures);
  const L = COLLECTION_LIMITS;
  const yearOf = (f: { year?: number }) => f.year ?? 0;

  it('draws at most a fixed number of charts and marks, whatever the number of figures', () => {
    expect(figures).toHaveLength(5000);
    for (const specs of [collectionChartSpecs(figures), dashboardChartSpecs(archive, figures)]) {
      const kinds = specs.map((s) => s.kind);
      expect(kinds.filter((k) => k === 'bar')).toHaveLength(L.series);
      expect(kinds.filter((k) => k === 'change')).toHaveLength(1);
      expect(kinds.filter((k) => k === 'multiples')).toHaveLength(1);
      expect(specs.length).toBeLessThanOrEqual(L.series + 3);
      for (const spec of specs) {
        if (spec.kind === 'bar') expect(spec.figures).toHaveLength(L.bars);
        if (spec.kind === 'change') expect(spec.figures).toHaveLength(L.changes);
        if (spec.kind === 'multiples') {
          expect(spec.rows).toHaveLength(L.multiplesMeasures);
          expect(spec.regions.length).toBeLessThanOrEqual(12);
          expect(spec.figures.length).toBeLessThanOrEqual(L.multiplesMeasures * 12 * L.multiplesPerCell);
        }
      }
    }
  });

  it('keeps the most recent figures and says how many there were', () => {
    const specs = collectionChartSpecs(figures);
    for (const spec of specs) {
      if (spec.kind !== 'bar' && spec.kind !== 'change') continue;
      const pool = spec.kind === 'bar' ? likeGroups(figures).find((g) => g.key === spec.like.key)!.figures : figures.filter((f) => f.change);
      expect(spec.subset).toEqual({ of: pool.length, rule: 'newest' });
      const kept = new Set(spec.figures);
      const oldestKept = Math.min(...spec.figures.map(yearOf));
      for (const f of pool) if (!kept.has(f)) expect(yearOf(f)).toBeLessThanOrEqual(oldestKept);
    }
    // The bar charts are of the latest year's groups.
    const latest = Math.max(...figures.map(yearOf));
    for (const spec of specs) if (spec.kind === 'bar') expect(spec.like.year).toBe(latest);
    const multiples = specs.find((s) => s.kind === 'multiples')!;
    expect(multiples.subset?.rule).toBe('latestPerCell');
    // One figure per county and row, from the row's group.
    for (const row of multiples.rows) {
      expect(new Set(row.figures.map((f) => countyOf(f.region))).size).toBe(row.figures.length);
      for (const f of row.figures) expect(f.measure === row.measure && f.year === row.year).toBe(true);
    }
  });

  it('charts the series with most figures', () => {
    const series = collectionChartSpecs(figures).filter((s): s is BarSpec => s.kind === 'bar');
    const counts = measureSeries(figures).map((s) => s.figures.length);
    expect(series.map((s) => s.subset!.of)).toEqual(counts.slice(0, L.series));
  });

  it('picks the same figures in whatever order they are given (the CSV endpoint and the page agree)', () => {
    const shuffled = [...figures].sort((a, b) => (a.id.slice(-3) < b.id.slice(-3) ? -1 : 1)).reverse();
    const ids = (specs: ReturnType<typeof collectionChartSpecs>) => specs.map((s) => (s.kind === 'map' ? [] : s.figures.map((f) => f.id).sort()));
    expect(ids(collectionChartSpecs(shuffled))).toEqual(ids(collectionChartSpecs(figures)));
  });

  it('leaves a small collection whole, with nothing to say about a subset', () => {
    for (const spec of collectionChartSpecs(ALL_FIXTURES)) {
      if (spec.kind === 'bar' || spec.kind === 'change') expect(spec.subset).toBeUndefined();
    }
  });

  it('leaves an article’s charts uncut: changeSpec draws every change unless given a limit', () => {
    expect(changeSpec(figures)!.figures).toHaveLength(1000);
    expect(changeSpec(figures, 10)!.figures).toHaveLength(10);
  });
});
