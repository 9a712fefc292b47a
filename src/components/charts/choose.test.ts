import { describe, expect, it } from 'vitest';
import { beforeAfter } from './change/change.ts';
import { ALL_FIXTURES, CHILDCARE_PROVIDERS, HUGUAN_2025, MILLET_PRICE, SHANGDANG_2024, SHANGDANG_2025 } from './fixtures.ts';
import { COLLECTION_LIMITS } from './limits.ts';
import { articleChartSpecs, changeSpec, collectionChartSpecs, comparableGroups, dashboardChartSpecs, kindOfQuantity, measureSeries, multiplesSpec, notableFigures, regionCounts } from './choose.ts';
import { countyOf, regionFigures, topicFigures } from '../../lib/taxonomy.ts';
import type { BarSpec } from './spec.ts';
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
  it('groups a measure series: the four childcare provider figures of 把民生愿景绘成幸福实景', () => {
    const groups = comparableGroups(CHILDCARE_PROVIDERS);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: 'bar', measure: 'childcare-providers' });
    expect(groups[0]!.figures).toHaveLength(4);
  });

  it('puts a figure in one group at most, and leaves out figures nothing compares with', () => {
    const groups = comparableGroups([...SHANGDANG_2024]);
    const ids = groups.flatMap((g) => g.figures.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(groups.find((g) => g.measure === 'charging-piles')!.figures.map((f) => f.text)).toEqual(['2800余个', '121把']);
    expect(ids).not.toContain(byText('近200万元').id);
  });

  it('does not compare villages with heat exchange stations because both are counted in 个', () => {
    const village = byText('36个');
    const station = { ...village, id: 'x', subject: '换热站', measure: undefined };
    expect(kindOfQuantity({ ...village, measure: undefined })).not.toBe(kindOfQuantity(station));
    expect(kindOfQuantity({ ...village, subject: '精品示范村' })).toBe(kindOfQuantity(village));
  });

  it('tells an amount per head from a total in 元', () => {
    expect(kindOfQuantity(byText('191元'))).not.toBe(kindOfQuantity({ ...byText('191元'), subject: '社保待遇', sentence: '累计发放各项社保待遇5.79亿元', text: '5.79亿元' }));
  });
});

describe('multiplesSpec', () => {
  it('compares the series both 上党区 and 壶关县 report, one panel per county', () => {
    const spec = multiplesSpec([...HUGUAN_2025, ...SHANGDANG_2024, ...SHANGDANG_2025], { measures: Infinity, perCell: Infinity })!;
    expect(spec.regions.sort()).toEqual(['上党区', '壶关县']);
    expect(spec.measures).toEqual(
      expect.arrayContaining(['heating-network-km', 'heating-area-m2', 'back-streets-renovated', 'charging-piles', 'model-villages', 'upgraded-villages']),
    );
    // 投入 is spent on different things in each county: not one series to compare.
    expect(spec.measures).not.toContain('investment-yuan');
    for (const f of spec.figures) expect(spec.measures).toContain(f.measure);
  });

  it('needs two counties', () => {
    expect(multiplesSpec(HUGUAN_2025)).toBeUndefined();
  });

  it('keeps the rows with most figures and the most recent figure of each county in a row', () => {
    const spec = multiplesSpec([...HUGUAN_2025, ...SHANGDANG_2024, ...SHANGDANG_2025], { measures: 2, perCell: 1 })!;
    // charging-piles has three figures (two from 上党区, 2800余个 and 121把); the rest two each.
    expect(spec.measures).toEqual(['charging-piles', 'back-streets-renovated']);
    expect(spec.figures.filter((f) => f.measure === 'charging-piles').map((f) => f.text).sort()).toEqual(['200余个', '2800余个']);
    expect(spec.subset).toEqual({ of: 13, rule: 'latestPerCell' });
  });
});

describe('notableFigures', () => {
  it('picks up to four, series and changes first, one per subject, in reading order', () => {
    const picked = notableFigures(HUGUAN_2025);
    expect(picked).toHaveLength(4);
    expect(new Set(picked.map((f) => f.measure ?? f.subject)).size).toBe(4);
    expect(picked.map((f) => f.text)).toContain('191元');
    const paragraphs = picked.map((f) => f.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });
});

describe('chart specs for pages', () => {
  it('an article gets cards, its comparable groups and its changes', () => {
    const kinds = articleChartSpecs(HUGUAN_2025).map((s) => s.kind);
    expect(kinds[0]).toBe('cards');
    expect(kinds).toContain('change');
    expect(articleChartSpecs([])).toEqual([]);
  });

  it('the dashboard gets the map first, then county comparisons, changes and series', () => {
    const specs = dashboardChartSpecs([{ id: 'a', regions: ['壶关县'] }], ALL_FIXTURES);
    expect(specs.map((s) => s.kind).slice(0, 3)).toEqual(['map', 'multiples', 'change']);
    const series = specs.filter((s): s is BarSpec => s.kind === 'bar');
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
    expect(topicFigures(ALL_FIXTURES, 'childcare')).toHaveLength(4);
    expect(regionFigures(ALL_FIXTURES, '壶关县')).toHaveLength(HUGUAN_2025.length);
    expect(regionFigures(ALL_FIXTURES, '长治市').every((f) => f.region === '长治市')).toBe(true);
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
          expect(spec.measures).toHaveLength(L.multiplesMeasures);
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
      const pool = spec.kind === 'bar' ? figures.filter((f) => f.measure === spec.measure) : figures.filter((f) => f.change);
      expect(spec.subset).toEqual({ of: pool.length, rule: 'newest' });
      const kept = new Set(spec.figures);
      const oldestKept = Math.min(...spec.figures.map(yearOf));
      for (const f of pool) if (!kept.has(f)) expect(yearOf(f)).toBeLessThanOrEqual(oldestKept);
    }
    const multiples = specs.find((s) => s.kind === 'multiples')!;
    expect(multiples.subset?.rule).toBe('latestPerCell');
    // One figure per county and row: the county's most recent in that series.
    for (const f of multiples.figures) {
      const sameCell = figures.filter((g) => g.measure === f.measure && countyOf(g.region) === countyOf(f.region));
      expect(yearOf(f)).toBe(Math.max(...sameCell.map(yearOf)));
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
