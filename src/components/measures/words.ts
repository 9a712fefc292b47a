// What a measure's page calls things in the page's language: a series' heading (`已完成或已达到，期内新增
// （条）` / `Done or reached, added in the period (streets)`), the measure's name, the page's count line.
import type { FigureRecord } from '../../domain/figure.ts';
import type { Measure } from '../../domain/measures.ts';
import { regionInfo } from '../../domain/places/regions.ts';
import { t, type Lang, type UiKey } from '../../lib/i18n.ts';
import { countText } from '../../lib/plural.ts';
import type { MeasureSeries } from '../charts/like.ts';
import { placeName, unitName } from '../charts/labels.ts';

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

/** True when every figure is about the whole city (or wider): such a series is kept apart from the counties'. */
function cityWide(series: Pick<MeasureSeries, 'figures'>): boolean {
  return series.figures.every((f) => f.region !== undefined && !['county', 'town'].includes(regionInfo(f.region)?.level ?? ''));
}

/** The label most of a series' figures print (in Chinese): what tells two series of one status, kind and unit apart. */
function commonLabel(series: Pick<MeasureSeries, 'figures'>): string | undefined {
  const counts = new Map<string, number>();
  for (const f of series.figures) if (f.label) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/**
 * The heading of each series of a page: status, kind and unit, and where two series share those (like.ts
 * keeps the city's figures apart from the counties', and labels that differ in a defining word), what
 * tells them apart (by series key): `全市` / `city-wide` or `各县区` / `by county`, else the label they print, in Chinese.
 */
export function seriesHeadings(lang: Lang, all: readonly MeasureSeries[]): Map<string, string> {
  const base = new Map(all.map((s) => [s, seriesHeading(lang, s)]));
  const shared = (s: MeasureSeries) => all.filter((o) => base.get(o) === base.get(s)).length > 1;
  const sep = lang === 'zh' ? '，' : ', ';
  return new Map(
    all.map((s): [string, string] => {
      if (!shared(s)) return [s.key, base.get(s)!];
      const twins = all.filter((o) => base.get(o) === base.get(s));
      const scopes = new Set(twins.map(cityWide));
      if (scopes.size > 1) return [s.key, `${base.get(s)}${sep}${t(lang, cityWide(s) ? 'measure.scope.wide' : 'measure.scope.local')}`];
      const label = commonLabel(s);
      return [s.key, label ? `${base.get(s)}${sep}“${label}”` : base.get(s)!];
    }),
  );
}

/**
 * A place as the figure table names it: a town with its county (`上党区西火镇` / `Xihuo Town, Shangdang
 * District`), where `西火镇` / `Xihuo Town` alone left a reader not knowing where it is; any other place by its name.
 */
export function tablePlace(lang: Lang, region: string): string {
  const name = placeName(lang, region);
  const info = regionInfo(region);
  if (info?.level !== 'town' || !info.parent) return name;
  const county = placeName(lang, info.parent);
  if (name.includes(county)) return name;
  return lang === 'zh' ? `${county}${name}` : `${name}, ${county}`;
}

