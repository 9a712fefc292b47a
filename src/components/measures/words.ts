// What a measure's page calls things in the page's language: a series' heading (`已完成或已达到，期内新增
// （条）` / `Done or reached, added in the period (streets)`), the measure's name, the page's count line.
import type { FigureRecord } from '../../domain/figure.ts';
import type { Measure } from '../../domain/measures.ts';
import { t, type Lang, type UiKey } from '../../lib/i18n.ts';
import { countText } from '../../lib/plural.ts';
import type { MeasureSeries } from '../charts/like.ts';
import { unitName } from '../charts/labels.ts';

export function measureName(lang: Lang, measure: Measure): string {
  return lang === 'zh' ? measure.zh : measure.en;
}

export function statusName(lang: Lang, status: MeasureSeries['status']): string {
  return t(lang, `measure.status.${status}` as UiKey);
}

export function seriesHeading(lang: Lang, series: Pick<MeasureSeries, 'status' | 'kind' | 'unit' | 'measure'>): string {
  return t(lang, 'measure.series', {
    status: statusName(lang, series.status),
    kind: t(lang, `chart.like.kind.${series.kind}` as UiKey),
    unit: unitName(lang, series.unit, series.measure),
  });
}

/** The year span: `2023—2025年` / `2023–2025`, one year alone, or nothing known. */
export function yearSpan(lang: Lang, years: { from: number; to: number } | undefined): string {
  if (!years) return t(lang, 'chart.year.none');
  return years.from === years.to ? t(lang, 'measure.index.year', { year: years.from }) : t(lang, 'measure.index.years', years);
}

/** `5个数字，来自3篇报道，2023—2025年。` / `5 figures from 3 reports, 2023–2025.` */
export function showsLine(lang: Lang, figures: readonly FigureRecord[], years: { from: number; to: number } | undefined): string {
  return t(lang, 'measure.shows', {
    count: countText(lang, 'measure.index.figures', figures.length),
    reports: countText(lang, 'measure.reports', new Set(figures.map((f) => f.article)).size),
    years: yearSpan(lang, years),
  });
}
