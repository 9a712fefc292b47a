// What every linked mark carries, whatever the chart: an accessible name that says the figure and where
// it is printed, the tooltip text, the data the dashboard filters on, and the figure's data-table row.
import type { FigureRecord } from '../../../domain/figure.ts';
import { t, type Lang } from '../../../lib/i18n.ts';
import type { TableCell, TableRow } from './table.ts';
import { figureSubject } from '../../../lib/figure-label.ts';
import { asLabel, placeName, statusWord } from '../labels.ts';
import { figureHref, linksToOtherLanguage, sourceTitle, type ChartContext } from '../sources.ts';

/**
 * A mark's accessible name: the text the mark shows, in the order it shows it (so what a sighted
 * speech-input user reads out names the link, WCAG 2.5.3), then the full label where the shown one is
 * cut short, then where the figure is printed: `School canteens 2024 16. “Delivering…”, paragraph 6`.
 */
export function markName(ctx: ChartContext, figure: FigureRecord, visible: string, fullLabel?: string): string {
  const zh = ctx.lang === 'zh';
  const full = fullLabel ? (zh ? `（${fullLabel}）` : ` (${fullLabel})`) : '';
  return `${visible}${full}${zh ? '。' : '. '}${whereText(ctx, figure)}`;
}

/** The separator between pieces of visible text: a space in English, none in Chinese. */
export function textSeparator(lang: Lang): string {
  return lang === 'zh' ? '' : ' ';
}

/**
 * Label lines as they go into the SVG: in English each line but the first carries the space that
 * separates it from the one before, at the end where it is invisible (the end of a start-anchored
 * line, the start of an end-anchored one), so the accessible text reads `in the counties`, not `thecounties`.
 */
export function lineTexts(lang: Lang, lines: readonly string[], anchor: 'start' | 'end'): string[] {
  if (lang === 'zh') return [...lines];
  return lines.map((line, i) => (anchor === 'end' ? (i > 0 ? ` ${line}` : line) : i < lines.length - 1 ? `${line} ` : line));
}

/** Tooltip lines: what, the value (and the printed span when it reads differently), where. */
export function markTip(ctx: ChartContext, figure: FigureRecord, label: string, valueText: string, detail?: string): string {
  const lines = [detail ? `${label} · ${detail}` : label, valueText];
  if (ctx.lang === 'en' && figure.text !== valueText) lines[1] += ` (${figure.text})`;
  lines.push(whereText(ctx, figure));
  return lines.join('\n');
}

function whereText(ctx: ChartContext, figure: FigureRecord): string {
  return t(ctx.lang, 'chart.paragraphOf', { title: sourceTitle(ctx, figure.article).text, n: figure.paragraph });
}

/** data-* attributes the dashboard's filters read (space-free values: region names and years). */
export function markData(figure: FigureRecord): Record<string, string> {
  return { region: figure.region ?? '', year: figure.year ? String(figure.year) : '', topic: figure.topic ?? '' };
}

export function filterData(figures: readonly FigureRecord[]): { topics: string[]; regions: string[]; years: string[] } {
  const distinct = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();
  return {
    topics: distinct(figures.map((f) => f.topic)),
    regions: distinct(figures.map((f) => f.region)),
    years: distinct(figures.map((f) => (f.year ? String(f.year) : undefined))),
  };
}

export function figureTableHeaders(lang: Lang): string[] {
  return (['chart.col.what', 'chart.col.value', 'chart.col.region', 'chart.col.year', 'chart.col.source'] as const).map((k) => t(lang, k));
}

/** One table row per figure: what, value, place, year (with the status of a figure not done: plan, target …), link to the paragraph. */
export function figureTableRow(
  ctx: ChartContext,
  row: { figure: FigureRecord; label?: string; labelLang?: Lang; valueText: string },
): TableRow {
  const f = row.figure;
  const what = row.label !== undefined ? { text: row.label, lang: row.labelLang ?? ctx.lang } : asLabel(figureSubject(ctx.lang, f));
  const cells: TableCell[] = [
    { text: what.text, lang: what.lang },
    { text: row.valueText, numeric: true },
    { text: f.region ? placeName(ctx.lang, f.region) : '—' },
    { text: yearStatus(ctx.lang, f) },
    paragraphCell(ctx, f),
  ];
  return { key: f.id, cells, data: markData(f) };
}

/** The year cell: the year, and what the figure is where it is not something done, `2025 · 目标` / `2025 · Target`. */
function yearStatus(lang: Lang, f: FigureRecord): string {
  return [f.year ? String(f.year) : '—', statusWord(lang, f)].filter(Boolean).join(' · ');
}

export function paragraphCell(ctx: ChartContext, f: FigureRecord): TableCell {
  const other = linksToOtherLanguage(ctx, f.article);
  const title = sourceTitle(ctx, f.article);
  return {
    text: t(ctx.lang, 'chart.paragraphOf', { title: title.text, n: f.paragraph }),
    ...(title.lang !== ctx.lang && { foreign: { text: title.text, lang: title.lang } }),
    href: figureHref(ctx, f),
    hreflang: other ? (ctx.lang === 'zh' ? 'en' : 'zh') : undefined,
  };
}

/** A page-unique id for a chart: its kind and the name of its CSV (which hashes its data). */
export function chartId(kind: string, csvName: string): string {
  return `chart-${kind}-${csvName}`;
}
