// What a measure's page draws, chart by chart and table by table, within MEASURE_LIMITS: for each charted
// series, the latest figure of each county (the map) and, where it has two or more years, each place's
// figures over the most recent years (the over-time chart); the goals set against what was reached (the
// target chart, charts/target/target.ts); and the table's pages, each cut into one table per series.
// Pure, so the like-with-like test (measure-view.test.ts) checks exactly what the page shows.
import type { FigureRecord } from '../../domain/figure.ts';
import { COUNTIES, regionInfo } from '../../domain/places/regions.ts';
import type { MeasureSeries } from '../charts/like.ts';
import type { TargetSpec } from '../charts/spec.ts';
import { newestOrder } from '../charts/order.ts';
import { targetPairs, type TargetPair } from '../charts/target/target.ts';
import { paginate, type PageInfo } from '../../lib/pagination.ts';
import { MEASURE_LIMITS } from './limits.ts';
import type { MeasurePage } from './measure-pages.ts';

/** The latest figure of each county in a series (a town's or the city's figure is not a county's). */
export interface MapView {
  series: MeasureSeries;
  figures: FigureRecord[];
}

/** A series over time: the most recent years, the places with the most recent figures, a figure each. */
export interface TimelineView {
  series: MeasureSeries;
  years: number[];
  places: string[];
  /** The figures drawn (one per place and year: the first in newest order). */
  figures: FigureRecord[];
  /** How many figures with a year and place of the drawn level the series has: the chart says when it draws fewer. */
  of: number;
  /** Figures of towns left out because the series has counties' (they are in the table). */
  towns: number;
}

export interface SeriesCharts {
  series: MeasureSeries;
  map?: MapView;
  timeline?: TimelineView;
}

/** One table of a page of the figure table: the figures of one series on that page. */
export interface TableView {
  series: MeasureSeries;
  figures: FigureRecord[];
}

export interface TablePage {
  page: PageInfo;
  tables: TableView[];
}

/** The latest figure of each county (newest first, then reading order), in the map's county order. */
export function mapView(series: MeasureSeries): MapView | undefined {
  const latest = new Map<string, FigureRecord>();
  for (const f of [...series.figures].sort(newestOrder)) if (f.region && f.region in COUNTIES && !latest.has(f.region)) latest.set(f.region, f);
  return latest.size > 0 ? { series, figures: [...latest.values()] } : undefined;
}

/**
 * The series over its most recent years, when it has two or more and some place shown has figures of two of
 * them; undefined otherwise (one dot per row draws nothing over time). Its places are the
 * counties where the series has any county's figure (a town's figures then stay in the table), else its places.
 */
export function timelineView(series: MeasureSeries): TimelineView | undefined {
  const placed = series.figures.filter((f) => f.year !== undefined && f.region);
  // One level of place per chart: a town's 75万 on one scale beside a county's 500万 read as two counties.
  const counties = placed.filter((f) => regionInfo(f.region!)?.level === 'county');
  const dated = counties.length > 0 ? counties : placed;
  const towns = placed.length - dated.length;
  const allYears = [...new Set(dated.map((f) => f.year!))].sort((a, b) => b - a);
  if (allYears.length < 2) return undefined;
  const years = allYears.slice(0, MEASURE_LIMITS.years).sort((a, b) => a - b);
  const inYears = dated.filter((f) => years.includes(f.year!)).sort(newestOrder);
  // Places whose latest figure is most recent come first (then those with more figures, then by name).
  const latest = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const f of inYears) {
    if (!latest.has(f.region!)) latest.set(f.region!, f.year!);
    counts.set(f.region!, (counts.get(f.region!) ?? 0) + 1);
  }
  const places = [...latest.keys()]
    .sort((a, b) => latest.get(b)! - latest.get(a)! || counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1))
    .slice(0, MEASURE_LIMITS.places);
  const seen = new Set<string>();
  const figures = inYears.filter((f) => {
    const at = `${f.region}\u0000${f.year}`;
    if (!places.includes(f.region!) || seen.has(at)) return false;
    seen.add(at);
    return true;
  });
  // A row per place with one dot each shows no place over time (two counties, one year each): no chart.
  if (figures.length === new Set(figures.map((f) => f.region)).size) return undefined;
  return { series, years, places, figures, of: dated.length, towns };
}

/** The charts of the page: of the series with most figures that have two or more. */
export function seriesCharts(page: MeasurePage): SeriesCharts[] {
  return page.series
    .filter((s) => s.figures.length >= 2)
    .slice(0, MEASURE_LIMITS.chartedSeries)
    .map((series) => ({ series, map: mapView(series), timeline: timelineView(series) }));
}

/** True when the page draws at least one chart: else its charts section (a heading over nothing) is left out. */
export function drawsCharts(page: MeasurePage): boolean {
  return seriesCharts(page).some((c) => c.map || c.timeline) || targetSpec(page) !== undefined;
}

/** Goals against what was reached, the most recent goals first, within the limit. */
export function targetView(page: MeasurePage): { pairs: TargetPair[]; of: number } {
  const pairs = targetPairs(page.figures);
  const newestGoals = [...pairs].sort((a, b) => newestOrder(a.goal, b.goal));
  return { pairs: newestGoals.slice(0, MEASURE_LIMITS.targets), of: pairs.length };
}

/** The target chart's spec (charts/target/), when the page has goals set against what was reached. */
export function targetSpec(page: MeasurePage): TargetSpec | undefined {
  const { pairs, of } = targetView(page);
  if (pairs.length === 0) return undefined;
  // The caption counts figures: two for each pair.
  const subset = pairs.length < of ? { subset: { of: of * 2, rule: 'newest' as const } } : {};
  return { kind: 'target', pairs, figures: pairs.flatMap((p) => [p.goal, p.reached]), ...subset };
}

/** The figure table's pages: every figure of the page in series order, each page cut into one table per series. */
export function tablePages(page: MeasurePage): TablePage[] {
  const rows = page.series.flatMap((series) => series.figures.map((figure) => ({ series, figure })));
  return paginate(rows, MEASURE_LIMITS.tableRows).map(({ items, page: info }) => {
    const tables: TableView[] = [];
    for (const { series, figure } of items) {
      const last = tables.at(-1);
      if (last && last.series === series) last.figures.push(figure);
      else tables.push({ series, figures: [figure] });
    }
    return { page: info, tables };
  });
}
