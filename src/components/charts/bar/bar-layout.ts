// Geometry of a horizontal bar chart in two layouts, both drawn at build time and switched by a CSS
// container query: `wide` (labels in a column left of the bars) from about 34rem of width, `narrow`
// (labels above their bar) below it. Each keeps its text at 12 px or more on screen: the viewBox width
// and font size are chosen together, and the chart's CSS caps how far it grows.
// Rows are laid out relative to their own top so the client script can re-sort them by moving rows.
import { round, tickLabel, zeroBasedScale, type ValueScale } from '../frame/scales.ts';
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
  bar: Box;
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
  const scale = zeroBasedScale(
    data.map((d) => d.value),
    [barStart, Math.max(barStart + 40, barEnd)],
  );

  const rows: BarRow[] = [];
  let y = TOP;
  for (const d of data) {
    const lines = wrapText(d.label, labelWidth - (variant === 'wide' ? 0 : 4), v.fontSize, 2);
    const detailText = d.detail ? wrapText(d.detail, labelWidth, v.smallFontSize, 1)[0] : undefined;
    const textLines = lines.length + (detailText ? 1 : 0);
    const textHeight = textLines * v.lineHeight;
    const x0 = scale(Math.min(0, d.value));
    const x1 = scale(Math.max(0, d.value));
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
      bar: { x: round(x0), y: round(barY), width: round(Math.max(x1 - x0, d.value === 0 ? 0 : 1)), height: v.barHeight },
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
    rows,
    ticks: axisTicks(scale, v.width, v.smallFontSize, lang, unit),
    grid: { top: TOP, bottom: gridBottom },
    axisY: round(gridBottom + AXIS_HEIGHT - 8),
  };
}

/** Tick marks with labels that fit: every other tick is dropped until labels no longer collide. */
export function axisTicks(scale: ValueScale, width: number, fontSize: number, lang: Lang, unit: string): Tick[] {
  const all = scale.ticks.map((t) => ({ x: round(scale(t)), label: tickLabel(lang, t, unit) }));
  let step = 1;
  const fits = (ticks: typeof all) =>
    ticks.every((t, i) => i === 0 || t.x - ticks[i - 1]!.x > (textWidth(t.label, fontSize) + textWidth(ticks[i - 1]!.label, fontSize)) / 2 + 8);
  let chosen = all;
  while (chosen.length > 2 && !fits(chosen)) {
    step++;
    chosen = all.filter((_, i) => i % step === 0);
  }
  return chosen.map((t) => {
    const half = textWidth(t.label, fontSize) / 2;
    const anchor = t.x - half < 0 ? 'start' : t.x + half > width ? 'end' : 'middle';
    return { ...t, anchor };
  });
}
