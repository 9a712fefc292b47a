// Geometry of a horizontal bar chart in two layouts, both drawn at build time and switched by a CSS
// container query: `wide` (labels in a column left of the bars) from about 34rem of width, `narrow`
// (labels above their bar) below it. Each keeps its text at 12 px or more on screen: the viewBox width
// and font size are chosen together, and the chart's CSS caps how far it grows.
// Values more than LOG_RATIO (50) times apart are dots on a log scale instead of bars (frame/scales.ts):
// on one linear scale the small ones would be bars a pixel long.
// Rows are laid out relative to their own top so the client script can re-sort them by moving rows.
import { LOG_RATIO, logScale, round, spread, tickLabel, zeroBasedScale, type ValueScale } from '../frame/scales.ts';
import { BOLD, textWidth, wrapText } from '../frame/text-measure.ts';
import { VARIANTS, type Box, type TextLine, type Variant } from '../frame/variants.ts';
import type { Lang } from '../../../lib/i18n.ts';

export interface BarDatum {
  key: string;
  label: string;
  /** A second, muted line: place and year. */
  detail?: string;
  value: number;
  /** The value as the page prints it, qualifier included: `约200万元`. */
  valueText: string;
}

export interface BarRow {
  key: string;
  /** Offset of the row's top from the top of the chart. */
  y: number;
  height: number;
  label: TextLine[];
  detail?: TextLine;
  /** The bar, on a linear scale; on a log scale a zero-width box at the dot's left edge. */
  bar: Box;
  /** The dot, on a log scale. */
  dot?: { cx: number; cy: number; r: number };
  value: TextLine;
  /** The row's whole area: the link's hit target and focus outline. */
  hit: Box;
}

export interface Tick {
  x: number;
  label: string;
  /** Ticks at the edges are aligned inwards so their labels stay inside the viewBox. */
  anchor: 'start' | 'middle' | 'end';
}

export interface BarLayout {
  variant: Variant;
  width: number;
  height: number;
  fontSize: number;
  smallFontSize: number;
  scale: ValueScale;
  /** Dots on a log scale (frame/scales.ts LOG_RATIO) rather than bars from zero. */
  log: boolean;
  rows: BarRow[];
  ticks: Tick[];
  grid: { top: number; bottom: number };
  /** Baseline of the tick labels. */
  axisY: number;
}

const TOP = 6;
const ROW_GAP = 10;
const AXIS_HEIGHT = 26;
const VALUE_GAP = 6;

export function layoutBars(data: readonly BarDatum[], variant: Variant, lang: Lang, unit: string): BarLayout {
  const v = VARIANTS[variant];
  const valueWidth = Math.max(0, ...data.map((d) => textWidth(d.valueText, v.fontSize) * BOLD));
  const labelWidth = variant === 'wide' ? Math.round(v.width * 0.36) : v.width;
  const barStart = variant === 'wide' ? labelWidth + 12 : 0;
  const barEnd = v.width - valueWidth - VALUE_GAP - 2;
  const values = data.map((d) => d.value);
  const end = Math.max(barStart + 40, barEnd);
  const dotR = v.barHeight / 2 - 3;
  const log = spread(values) > LOG_RATIO;
  // A dot is centred on its value: the log scale keeps a radius clear at each end.
  const scale = log ? logScale(values, [barStart + dotR, end - dotR]) : zeroBasedScale(values, [barStart, end]);

  const rows: BarRow[] = [];
  let y = TOP;
  for (const d of data) {
    const lines = wrapText(d.label, labelWidth - (variant === 'wide' ? 0 : 4), v.fontSize, 2);
    const detailText = d.detail ? wrapText(d.detail, labelWidth, v.smallFontSize, 1)[0] : undefined;
    const textLines = lines.length + (detailText ? 1 : 0);
    const textHeight = textLines * v.lineHeight;
    const x0 = log ? scale(d.value) - dotR : scale(Math.min(0, d.value));
    const x1 = log ? scale(d.value) + dotR : scale(Math.max(0, d.value));
    let height: number;
    let barY: number;
    let textTop: number;
    if (variant === 'wide') {
      height = Math.max(textHeight, v.barHeight) + ROW_GAP;
      barY = (height - ROW_GAP - v.barHeight) / 2 + ROW_GAP / 2;
      textTop = (height - textHeight) / 2;
    } else {
      height = textHeight + 4 + v.barHeight + ROW_GAP;
      textTop = ROW_GAP / 2;
      barY = textTop + textHeight + 4;
    }
    // Baselines sit about 0.8 of the line height down from each line's top.
    const baseline = (i: number) => round(textTop + i * v.lineHeight + v.lineHeight * 0.78);
    const labelX = variant === 'wide' ? labelWidth : 0;
    rows.push({
      key: d.key,
      y: round(y),
      height: round(height),
      label: lines.map((text, i) => ({ text, x: labelX, y: baseline(i) })),
      detail: detailText ? { text: detailText, x: labelX, y: baseline(lines.length) } : undefined,
      bar: log
        ? { x: round(x0), y: round(barY), width: 0, height: v.barHeight }
        : { x: round(x0), y: round(barY), width: round(Math.max(x1 - x0, d.value === 0 ? 0 : 1)), height: v.barHeight },
      ...(log && { dot: { cx: round(scale(d.value)), cy: round(barY + v.barHeight / 2), r: dotR } }),
      value: { text: d.valueText, x: round(x1 + VALUE_GAP), y: round(barY + v.barHeight * 0.75) },
      hit: { x: 0, y: 0, width: v.width, height: round(height) },
    });
    y += height;
  }
  const gridBottom = round(y);
  return {
    variant,
    width: v.width,
    height: round(y + AXIS_HEIGHT),
    fontSize: v.fontSize,
    smallFontSize: v.smallFontSize,
    scale,
    log,
    rows,
    ticks: axisTicks(scale, v.width, v.smallFontSize, lang, unit),
    grid: { top: TOP, bottom: gridBottom },
    axisY: round(gridBottom + AXIS_HEIGHT - 8),
  };
}

/**
 * Tick marks with labels that fit. Ticks are thinned evenly until the labels no longer collide, always
 * keeping the first and the last: the axis is labelled to its end, past the top bar (a chart whose axis
 * stopped at 8亿 under a bar of 10亿 misled).
 */
export function axisTicks(scale: ValueScale, width: number, fontSize: number, lang: Lang, unit: string): Tick[] {
  const marks = (values: readonly number[]) => values.map((t) => ({ x: round(scale(t)), label: tickLabel(lang, t, unit) }));
  type Mark = ReturnType<typeof marks>[number];
  const fits = (ticks: Mark[]) =>
    ticks.every((t, i) => i === 0 || t.x - ticks[i - 1]!.x > (textWidth(t.label, fontSize) + textWidth(ticks[i - 1]!.label, fontSize)) / 2 + 8);
  // Round ticks first, sparser round ones next (0, 5亿, 10亿 rather than 0 and 10亿), …
  const sets = [scale.ticks, ...[3, 2].map((count) => scale.sparseTicks?.(count) ?? [])].filter((set) => set.length >= 2);
  let chosen = marks(sets.find((set) => fits(marks(set))) ?? []);
  if (chosen.length === 0) {
    // … else every n-th tick, with steps that land on the last tick from the first; at worst the two ends.
    const all = marks(scale.ticks);
    const last = all.length - 1;
    const steps = Array.from({ length: Math.max(0, last) }, (_, i) => i + 1).filter((step) => last % step === 0);
    chosen = all;
    for (const step of steps) {
      chosen = all.filter((_, i) => i % step === 0);
      if (fits(chosen)) break;
    }
  }
  return chosen.map((t) => {
    const half = textWidth(t.label, fontSize) / 2;
    const anchor = t.x - half < 0 ? 'start' : t.x + half > width ? 'end' : 'middle';
    return { ...t, anchor };
  });
}
