// Every chart and table of a measure page holds like with like (issue 18, item 5): one measure, status,
// kind (and a change's direction) and unit; never an anecdote; actual figures apart from plans and
// targets, which meet only in the target chart, a goal beside what was reached for the same place. Checked
// on the seed figures (content/figures/) and on made-up archives of mixed statuses, kinds and units.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS, FIGURE_STATUSES, type FigureRecord } from '../../domain/figure.ts';
import { measureByKey } from '../../domain/measures.ts';
import { COUNTIES, regionInfo } from '../../domain/places/regions.ts';
import { MEASURE_LIMITS } from './limits.ts';
import { measurePages, type MeasurePage } from './measure-pages.ts';
import { drawsCharts, seriesCharts, tablePages, targetView } from './measure-view.ts';

function seedFigures(): FigureRecord[] {
  const dir = 'content/figures';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => (JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as FigureRecord[]).map((f) => ({ ...f, article: f.article ?? name.slice(0, -5) })));
}

/** What two figures in one chart or table must share; the city's figures stay apart from its counties' and towns'. */
function sameness(f: FigureRecord): string {
  const label = measureByKey(f.measure ?? '')?.open ? f.label : '';
  const level = f.region ? regionInfo(f.region)?.level : 'none';
  const scope = level === 'county' || level === 'town' ? 'local' : level;
  return [f.measure, label, f.status, f.kind, f.kind === 'change' ? f.change?.direction : '', f.unit, scope].join('|');
}

function expectLike(what: string, figures: readonly FigureRecord[], page: MeasurePage): void {
  expect(figures.length, what).toBeGreaterThan(0);
  expect(new Set(figures.map(sameness)).size, `${what}: ${[...new Set(figures.map(sameness))].join(' / ')}`).toBe(1);
  for (const f of figures) {
    expect(f.measure, what).toBe(page.key);
    expect(f.status, what).not.toBe('anecdote');
  }
}

/** Checks every chart and table of every page; returns how many it checked. */
function checkAll(pages: readonly MeasurePage[]): number {
  let checked = 0;
  for (const page of pages) {
    expect(page.series.some((s) => s.figures.length >= 2), page.key).toBe(true);
    for (const { series, map, timeline } of seriesCharts(page)) {
      if (map) {
        expectLike(`${page.key} map`, map.figures, page);
        expect(new Set(map.figures.map((f) => f.region)).size).toBe(map.figures.length);
        expect(map.figures.every((f) => f.region! in COUNTIES)).toBe(true);
        checked++;
      }
      if (timeline) {
        expectLike(`${page.key} timeline`, timeline.figures, page);
        expect(timeline.years.length).toBeLessThanOrEqual(MEASURE_LIMITS.years);
        expect(timeline.places.length).toBeLessThanOrEqual(MEASURE_LIMITS.places);
        // One level of place: counties where the series has any, never a town beside them.
        expect(new Set(timeline.places.map((p) => regionInfo(p)?.level)).size, `${page.key} timeline levels`).toBe(1);
        // Some place has two years: one dot per row draws nothing over time.
        expect(new Set(timeline.figures.map((f) => f.region)).size, `${page.key} timeline rows`).toBeLessThan(timeline.figures.length);
        checked++;
      }
      expectLike(`${page.key} series`, series.figures, page);
    }
    const { pairs } = targetView(page);
    expect(pairs.length).toBeLessThanOrEqual(MEASURE_LIMITS.targets);
    for (const { goal, reached } of pairs) {
      expect(reached.status).toBe('actual');
      expect(['plan', 'target']).toContain(goal.status);
      expect([goal.measure, goal.kind, goal.unit, goal.region]).toEqual([reached.measure, reached.kind, reached.unit, reached.region]);
      checked++;
    }
    const tables = tablePages(page);
    expect(tables.flatMap((p) => p.tables.flatMap((t) => t.figures))).toEqual(page.figures);
    for (const { page: info, tables: list } of tables) {
      expect(info.to - info.from + 1).toBeLessThanOrEqual(MEASURE_LIMITS.tableRows);
      for (const table of list) {
        expectLike(`${page.key} table`, table.figures, page);
        checked++;
      }
    }
  }
  return checked;
}

const COUNTY_NAMES = Object.keys(COUNTIES);
const figureArb = fc.record({
  measure: fc.constantFrom('heating-network-km', 'charging-piles', 'investment-yuan', 'new-urban-jobs'),
  status: fc.option(fc.constantFrom(...FIGURE_STATUSES), { nil: undefined }),
  kind: fc.option(fc.constantFrom(...FIGURE_KINDS), { nil: undefined }),
  direction: fc.constantFrom('up' as const, 'down' as const),
  unit: fc.constantFrom('个', '公里', '元', '%', '年'),
  label: fc.constantFrom('新建改造供热管网', '新增充电桩', '食堂改造投入'),
  region: fc.option(fc.constantFrom(...COUNTY_NAMES, '长治市', '上党区西火镇'), { nil: undefined }),
  year: fc.option(fc.integer({ min: 2015, max: 2026 }), { nil: undefined }),
  value: fc.double({ min: 0.5, max: 1e7, noNaN: true }),
  article: fc.constantFrom('a', 'b', 'c', 'd'),
  paragraph: fc.integer({ min: 1, max: 20 }),
});

describe('a measure page holds like with like', () => {
  it('on the seed figures', () => {
    const pages = measurePages(seedFigures());
    expect(pages.length).toBeGreaterThan(0);
    expect(checkAll(pages)).toBeGreaterThan(pages.length);
  });

  it('on made-up archives of mixed statuses, kinds, units, places and years', () => {
    fc.assert(
      fc.property(fc.array(figureArb, { minLength: 2, maxLength: 400 }), (drafts) => {
        const figures: FigureRecord[] = drafts.map((d, i) => ({
          id: `f${i}`,
          origin: 'hand',
          article: d.article,
          paragraph: d.paragraph,
          offset: i,
          text: `${d.value}${d.unit}`,
          sentence: '',
          value: d.value,
          unit: d.unit,
          qualifier: 'exact',
          label: d.label,
          measure: d.measure,
          status: d.status,
          kind: d.kind,
          region: d.region,
          year: d.year,
          ...(d.kind === 'change' ? { change: { direction: d.direction } } : {}),
        }));
        checkAll(measurePages(figures));
      }),
      { numRuns: 60 },
    );
  });

  it('pages a long table and keeps every figure in it', () => {
    const base = seedFigures().find((f) => f.measure === 'back-streets-renovated')!;
    const many = Array.from({ length: 130 }, (_, i) => ({
      ...base,
      id: `many-${i}`,
      article: `r${i}`,
      region: COUNTY_NAMES[i % COUNTY_NAMES.length],
      year: 2000 + (i % 26),
      value: i + 1,
    }));
    const [page] = measurePages(many);
    const tables = tablePages(page!);
    expect(tables.map((p) => p.page.to - p.page.from + 1)).toEqual([50, 50, 30]);
    const [charts] = seriesCharts(page!);
    expect(charts!.map!.figures).toHaveLength(COUNTY_NAMES.length);
    expect(charts!.timeline!.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(charts!.timeline!.of).toBe(130);
  });

  // On the seeds, 供热面积 is 壶关县's 约500万平方米 (2025) and 上党区西火镇's 75万平方米 (2024): drawn as two rows
  // on one scale they read as two counties over time. The town stays in the table.
  it('draws a series over time by county, leaving a town\'s figures to the table', () => {
    const base = seedFigures().find((f) => f.measure === 'back-streets-renovated')!;
    const at = (id: string, region: string, year: number) => ({ ...base, id, article: id, region, year });
    const withTown = [at('a', '壶关县', 2024), at('b', '壶关县', 2025), at('c', '上党区', 2025), at('d', '上党区西火镇', 2024)];
    const [charts] = seriesCharts(measurePages(withTown)[0]!);
    expect(charts!.timeline!.places.sort()).toEqual(['上党区', '壶关县']);
    expect(charts!.timeline!.towns).toBe(1);
    expect(charts!.timeline!.of).toBe(3);
    // A county in one year and a town in another: no county over time, so no over-time chart.
    const [single] = seriesCharts(measurePages([at('a', '壶关县', 2025), at('d', '上党区西火镇', 2024)])[0]!);
    expect(single!.timeline).toBeUndefined();
    expect(single!.map!.figures.map((f) => f.region)).toEqual(['壶关县']);
  });

  it('draws no over-time chart when no place has figures of two years (one dot per row)', () => {
    const base = seedFigures().find((f) => f.measure === 'back-streets-renovated')!;
    const at = (id: string, region: string, year: number) => ({ ...base, id, article: id, region, year });
    const [apart] = seriesCharts(measurePages([at('a', '壶关县', 2024), at('b', '上党区', 2025), at('c', '襄垣县', 2023)])[0]!);
    expect(apart!.timeline).toBeUndefined();
    expect(apart!.map!.figures).toHaveLength(3);
    const [together] = seriesCharts(measurePages([at('a', '壶关县', 2024), at('b', '上党区', 2025), at('c', '壶关县', 2025)])[0]!);
    expect(together!.timeline!.places.sort()).toEqual(['上党区', '壶关县']);
  });

  // Two towns' figures of one year: no county for the map, one year for the over-time chart, no goal.
  it('draws no charts section for a measure whose figures give no chart', () => {
    const base = seedFigures().find((f) => f.measure === 'back-streets-renovated')!;
    const towns = [
      { ...base, id: 't1', article: 't1', region: '上党区西火镇', year: 2025 },
      { ...base, id: 't2', article: 't2', region: '壶关县龙泉镇', year: 2025 },
    ];
    const [page] = measurePages(towns);
    expect(page).toBeDefined();
    expect(drawsCharts(page!)).toBe(false);
    expect(drawsCharts(measurePages([{ ...towns[0]!, region: '壶关县' }, towns[1]!])[0]!)).toBe(true);
  });
});
