// A bar chart's rows in the page's language: what each bar is called (its place and year, and what it
// counts where that differs between bars), its value as printed, its order, and the chart's title, notes
// and text alternative. The bars are one like-with-like group (../like.ts), so the title names the
// measure (and says so when the figures are plans, targets or forecasts) and the notes say how they count
// and for which period.
import type { FigureRecord } from '../../../domain/figure.ts';
import { formatFigure } from '../../../lib/format.ts';
import { t, type Lang } from '../../../lib/i18n.ts';
import type { BarDatum } from './bar-layout.ts';
import { figureSubject } from '../../../lib/figure-label.ts';
import { asLabel, likeName, likeNote, placeYear, unitName, type LocalText } from '../labels.ts';
import { isIntended } from '../like.ts';
import { LOG_RATIO } from '../frame/scales.ts';
import { textOrder, valueOrder } from '../order.ts';
import type { BarSpec } from '../spec.ts';

export interface BarRowData extends BarDatum {
  figure: FigureRecord;
  labelLang: LocalText['lang'];
  /** The language of the detail line, when it is what the figure counts (a Chinese label on an English page). */
  detailLang?: LocalText['lang'];
  /** Position in reading order, for the client script's "order in the text" sort. */
  textRank: number;
}

/**
 * The bars of a chart, largest first. Each bar is named by its place and year (`壶关县 · 2025` /
 * `Huguan County, 2025`); where the figures' own labels differ (one measure, worded two ways), the
 * label is the second line.
 */
export function barRows(lang: Lang, figures: readonly FigureRecord[]): BarRowData[] {
  const whats = figures.map((f) => asLabel(figureSubject(lang, f)));
  // The second line shows where the figures' own labels differ, in the source and as the page words them:
  // an English phrase found for one of two equal labels and not the other would make alike bars look
  // different, and two labels with one English name would say the same twice.
  const whatVaries = new Set(figures.map((f) => f.label ?? f.subject ?? f.text)).size > 1 && new Set(whats.map((w) => w.text)).size > 1;
  const byText = [...figures].sort(textOrder);

  const rows = figures.map((figure, i): BarRowData => {
    const what = whats[i]!;
    return {
      key: figure.id,
      figure,
      label: placeYear(lang, figure),
      labelLang: lang,
      detail: whatVaries ? what.text : undefined,
      detailLang: whatVaries ? what.lang : undefined,
      value: figure.value,
      valueText: formatFigure(lang, figure),
      textRank: byText.indexOf(figure),
    };
  });
  // Two bars still named alike (one place and year printed twice) are told apart by paragraph.
  const seen = new Map<string, number>();
  const name = (r: BarRowData) => r.label + (r.detail ?? '');
  for (const r of rows) seen.set(name(r), (seen.get(name(r)) ?? 0) + 1);
  for (const r of rows) {
    if (seen.get(name(r))! < 2) continue;
    const para = t(lang, 'chart.paragraph', { n: r.figure.paragraph });
    if (r.detail && r.detailLang === lang) r.detail = `${r.detail} · ${para}`;
    else if (!r.detail) {
      r.detail = para;
      r.detailLang = lang;
    } else r.label = `${r.label} · ${para}`;
  }
  return rows.sort((a, b) => valueOrder(a.figure, b.figure));
}

/** The chart's title: what the bars count (`新建改造供热管网` / `Heating network built or upgraded`), `计划：…` / `Plans: …` for plans. */
export function barTitle(lang: Lang, spec: BarSpec): LocalText {
  const what = likeName(lang, spec.like, spec.figures);
  if (!isIntended(spec.like.status)) return what;
  return { text: t(lang, `chart.bar.${spec.like.status as 'plan' | 'target' | 'forecast'}`, { what: what.text }), lang: what.lang };
}

/** The unit line of the caption: `单位：公里` / `Unit: km`. */
export function barUnit(lang: Lang, spec: BarSpec): string {
  return t(lang, 'chart.unit.caption', { unit: unitName(lang, spec.unit, spec.like.measure) });
}

/** The caption's notes: unit and how to read the axis, then how the figures count and for which period. */
export function barNotes(lang: Lang, spec: BarSpec, log: boolean): string[] {
  const stop = lang === 'zh' ? '。' : '. ';
  const axis = log ? t(lang, 'chart.bar.logNote', { ratio: LOG_RATIO }) : t(lang, 'chart.bar.axisNote');
  return [`${barUnit(lang, spec)}${stop}${axis}`, likeNote(lang, spec.like)];
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
