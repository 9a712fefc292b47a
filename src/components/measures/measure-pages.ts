// Which measures get a page of their own (issue 18) and what each page holds, worked out from all the
// figures of one language's articles. A measure has a page when at least one of its series — its figures
// of one status, kind and unit (charts/like.ts measureSeries) — has two or more comparable figures. The
// page lists every figure of every series of the measure, each series in a table of its own, so no table
// or chart sets a plan beside what was done. Pure: the loader that memoises it per build is ./load.ts.
import type { FigureRecord } from '../../domain/figure.ts';
import { MEASURES, type Measure } from '../../domain/measures.ts';
import type { Topic } from '../../domain/topics.ts';
import { measureSeries, type MeasureSeries } from '../charts/like.ts';
import { newestOrder } from '../charts/order.ts';

export interface MeasurePage {
  key: string;
  measure: Measure;
  /** The topic most of its figures are filed under (the index groups by it); none when no figure has one. */
  topic?: Topic;
  /** Its series, most figures first (then actual before intended, then key). */
  series: MeasureSeries[];
  /** Every figure of its series: by series, then newest first (the table's order). */
  figures: FigureRecord[];
  /** The earliest and latest year its figures are about; undefined when none has a year. */
  years?: { from: number; to: number };
}

const STATUS_RANK: Record<string, number> = { actual: 0, target: 1, plan: 2, forecast: 3 };

function seriesOrder(a: MeasureSeries, b: MeasureSeries): number {
  return b.figures.length - a.figures.length || STATUS_RANK[a.status]! - STATUS_RANK[b.status]! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function mainTopic(figures: readonly FigureRecord[]): Topic | undefined {
  const counts = new Map<Topic, number>();
  for (const f of figures) if (f.topic) counts.set(f.topic, (counts.get(f.topic) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The measure pages of some figures, in the vocabulary's order. */
export function measurePages(figures: readonly FigureRecord[]): MeasurePage[] {
  const byMeasure = new Map<string, MeasureSeries[]>();
  for (const s of measureSeries(figures, 1)) byMeasure.set(s.measure, [...(byMeasure.get(s.measure) ?? []), s]);
  const pages: MeasurePage[] = [];
  for (const measure of MEASURES) {
    const series = (byMeasure.get(measure.key) ?? []).map((s) => ({ ...s, figures: [...s.figures].sort(newestOrder) })).sort(seriesOrder);
    if (!series.some((s) => s.figures.length >= 2)) continue;
    const all = series.flatMap((s) => s.figures);
    const years = all.flatMap((f) => (f.year !== undefined ? [f.year] : []));
    pages.push({
      key: measure.key,
      measure,
      topic: mainTopic(all),
      series,
      figures: all,
      years: years.length ? { from: Math.min(...years), to: Math.max(...years) } : undefined,
    });
  }
  return pages;
}

/** Figure id → the key of the measure page that lists it, for the article's figure table. */
export function measureOfFigure(pages: readonly MeasurePage[]): Map<string, string> {
  return new Map(pages.flatMap((p) => p.figures.map((f) => [f.id, p.key] as const)));
}
