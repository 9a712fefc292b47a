// The over-time chart's words in the page's language: its title, notes and text alternative (every value
// of every place and year), and the rows' names. Beside timeline-layout.ts (geometry) and
// TimelineChart.astro (drawing).
import type { FigureRecord } from '../../../domain/figure.ts';
import { formatFigure } from '../../../lib/format.ts';
import { t, type Lang } from '../../../lib/i18n.ts';
import { placeName, unitName } from '../labels.ts';
import type { TimelineInput } from './timeline-layout.ts';

/** The layout's input: the places in order with their names, a point per figure, each place's latest value as printed. */
export function timelineInput(lang: Lang, years: readonly number[], places: readonly string[], figures: readonly FigureRecord[]): TimelineInput {
  const latest = new Map<string, FigureRecord>();
  for (const f of figures) if (!latest.has(f.region!) || latest.get(f.region!)!.year! < f.year!) latest.set(f.region!, f);
  return {
    years,
    places: places.map((place) => ({ place, name: placeName(lang, place) })),
    points: figures.map((f) => ({ key: f.id, place: f.region!, year: f.year!, value: f.value })),
    latestText: (place) => {
      const f = latest.get(place);
      return f ? formatFigure(lang, f) : '';
    },
  };
}

/** Every place's values by year: `壶关县：2024年 10条，2025年 12条` / `Huguan County: 2024, 10 streets; 2025, 12 streets`. */
export function timelineSummary(lang: Lang, what: string, places: readonly string[], figures: readonly FigureRecord[]): string {
  const items = places.map((place) => {
    const values = figures
      .filter((f) => f.region === place)
      .sort((a, b) => a.year! - b.year!)
      .map((f) => t(lang, 'chart.timeline.value', { year: f.year!, value: formatFigure(lang, f) }));
    return t(lang, 'chart.timeline.place', { place: placeName(lang, place), values: values.join(lang === 'zh' ? '，' : '; ') });
  });
  return t(lang, 'chart.timeline.summary', { what, items: items.join(lang === 'zh' ? '；' : '. ') });
}

/** How to read it: rows, years, the unit and the scale. */
export function timelineNotes(lang: Lang, unit: string, measure: string | undefined, log: boolean): string[] {
  return [t(lang, log ? 'chart.timeline.noteLog' : 'chart.timeline.note', { unit: unitName(lang, unit, measure) })];
}
