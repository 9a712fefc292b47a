// A bar chart's rows in the page's language: what each bar is called (only what tells the bars apart),
// its value as printed, its order, and the chart's title and text alternative.
import { measureByKey } from '../../../domain/measures.ts';
import type { FigureRecord } from '../../../domain/figure.ts';
import { formatFigure } from '../../../lib/format.ts';
import { t, type Lang } from '../../../lib/i18n.ts';
import type { BarDatum } from './bar-layout.ts';
import { figureSubject } from '../../../lib/figure-label.ts';
import { topicLabel } from '../../../lib/taxonomy.ts';
import { asLabel, placeName, seriesName, unitName, unitPhrase, type LocalText } from '../labels.ts';
import { textOrder, valueOrder } from '../order.ts';
import type { BarSpec } from '../spec.ts';

export interface BarRowData extends BarDatum {
  figure: FigureRecord;
  labelLang: LocalText['lang'];
  /** Position in reading order, for the client script's "order in the text" sort. */
  textRank: number;
}

/** The bars of a chart, largest first. */
export function barRows(lang: Lang, figures: readonly FigureRecord[]): BarRowData[] {
  const whats = figures.map((f) => asLabel(figureSubject(lang, f)));
  const places = figures.map((f) => (f.region ? placeName(lang, f.region) : ''));
  const years = figures.map((f) => (f.year ? String(f.year) : ''));
  const varies = (xs: string[]) => new Set(xs).size > 1;
  const whatVaries = varies(whats.map((w) => w.text));
  const detailParts = (i: number) => [varies(places) ? places[i] : '', varies(years) ? years[i] : ''].filter(Boolean);
  const byText = [...figures].sort(textOrder);

  const rows = figures.map((figure, i): BarRowData => {
    const parts = detailParts(i);
    // When every bar counts the same thing, the place and year are what tell them apart.
    const useWhat = whatVaries || parts.length === 0;
    const label: LocalText = useWhat ? whats[i]! : { text: parts.join(' · '), lang };
    return {
      key: figure.id,
      figure,
      label: label.text,
      labelLang: label.lang,
      detail: useWhat && parts.length > 0 ? parts.join(' · ') : undefined,
      value: figure.value,
      valueText: formatFigure(lang, figure),
      textRank: byText.indexOf(figure),
    };
  });
  // Two bars still named alike (the same subject in two paragraphs) are told apart by paragraph.
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.label + (r.detail ?? ''), (seen.get(r.label + (r.detail ?? '')) ?? 0) + 1);
  for (const r of rows) {
    if (seen.get(r.label + (r.detail ?? ''))! < 2) continue;
    const para = t(lang, 'chart.paragraph', { n: r.figure.paragraph });
    r.detail = r.detail ? `${r.detail} · ${para}` : para;
  }
  return rows.sort((a, b) => valueOrder(a.figure, b.figure));
}

/** A measure whose unit label all the bars share (`villages` for model and upgraded villages), if any. */
function sharedUnitMeasure(spec: BarSpec): string | undefined {
  if (spec.measure) return spec.measure;
  const labels = new Set(spec.figures.map((f) => (f.measure ? measureByKey(f.measure)?.unitLabel : undefined)));
  return labels.size === 1 && !labels.has(undefined) ? spec.figures[0]!.measure : undefined;
}

export function barTitle(lang: Lang, spec: BarSpec): LocalText {
  if (spec.measure) return seriesName(lang, spec.measure, spec.figures);
  const shared = sharedUnitMeasure(spec);
  const unit = lang === 'zh' ? unitName(lang, spec.unit) : shared ? unitName(lang, spec.unit, shared) : unitPhrase(spec.unit);
  const topic = spec.topic ? topicLabel(lang, spec.topic) : '';
  return { text: t(lang, 'chart.bar.unitTopic', { topic, unit }).replace(/^：|^: /, ''), lang };
}

/** The unit line of the caption: `单位：公里` / `Unit: km`. */
export function barUnit(lang: Lang, spec: BarSpec): string {
  return t(lang, 'chart.unit.caption', { unit: unitName(lang, spec.unit, sharedUnitMeasure(spec)) });
}

/** The text alternative: how many bars, the largest and the smallest with their values. */
export function barSummary(lang: Lang, rows: readonly BarRowData[]): string {
  if (rows.length === 0) return '';
  const named = (r: BarRowData) => (r.detail ? `${r.label} (${r.detail})` : r.label);
  const first = rows[0]!;
  const last = rows.at(-1)!;
  if (rows.length === 1) return t(lang, 'chart.bar.summaryOne', { maxLabel: named(first), max: first.valueText });
  return t(lang, 'chart.bar.summary', {
    n: rows.length,
    maxLabel: named(first),
    max: first.valueText,
    minLabel: named(last),
    min: last.valueText,
  });
}
