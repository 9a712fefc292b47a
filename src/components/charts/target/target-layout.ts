// Geometry of a target chart: per row a bar from zero to what was reached and a line across the row at
// the target or plan, both values written beside them. Rows share one scale when they count one thing in
// one unit; otherwise each row has its own, still from zero, and the caption says so. The scale always
// reaches past both the bar and the goal (d3's nice()). Same two layouts as the bar chart
// (../frame/variants.ts): labels left (`wide`) or above (`narrow`).
import { VARIANTS, type Box, type TextLine, type Variant } from '../frame/variants.ts';
import { round, zeroBasedScale, type ValueScale } from '../frame/scales.ts';
import { labelledRow, labelWidthOf, ROWS_TOP } from '../frame/label-rows.ts';
import { wrapText } from '../frame/text-measure.ts';

export interface TargetDatum {
  key: string;
  label: string;
  /** Place and year of what was reached. */
  detail?: string;
  reached: number;
  goal: number;
  /** Rows with equal keys share a scale: unit plus what is counted. */
  scaleKey: string;
  /** The lines printed beside the marks: what was reached, and the goal, each with its year. */
  reachedLine: string;
  goalLine: string;
}

export interface TargetRow {
  key: string;
  y: number;
  height: number;
  label: TextLine[];
  detail?: TextLine;
  bar: Box;
  /** The whole scale behind the bar, from zero to its nice end, so the goal's line stands on it. */
  track: Box;
  /** The goal's line across the bar's row. */
  goal: { x: number; y1: number; y2: number };
  reachedValue: TextLine;
  goalValue: TextLine;
  hit: Box;
  scale: ValueScale;
}

export interface TargetLayout {
  variant: Variant;
  width: number;
  height: number;
  fontSize: number;
  smallFontSize: number;
  sharedScale: boolean;
  rows: TargetRow[];
  /** Where each row's scale starts (zero) and ends. */
  trackStart: number;
  trackEnd: number;
}

const OVERHANG = 5;

export function layoutTargets(data: readonly TargetDatum[], variant: Variant): TargetLayout {
  const v = VARIANTS[variant];
  const sharedScale = new Set(data.map((d) => d.scaleKey)).size <= 1;
  const labelWidth = labelWidthOf(variant);
  const trackStart = variant === 'wide' ? labelWidth + 16 : 2;
  const trackEnd = v.width - 4;
  const shared = zeroBasedScale(data.flatMap((d) => [d.reached, d.goal]), [trackStart, trackEnd]);

  const rows: TargetRow[] = [];
  let y = ROWS_TOP;
  for (const d of data) {
    const scale = sharedScale ? shared : zeroBasedScale([d.reached, d.goal], [trackStart, trackEnd]);
    // Two value lines (reached, goal) under the bar, which has the goal's line across it.
    const { height, markTop, label, detail } = labelledRow(variant, d.label, d.detail, OVERHANG + v.barHeight + OVERHANG + 2 * v.lineHeight);
    const barY = markTop + OVERHANG;
    const x0 = scale(0);
    const valuesTop = barY + v.barHeight + OVERHANG;
    // The value lines are clipped to the chart's width by wrapping them left of its edge.
    const line = (text: string, i: number): TextLine => ({
      text: wrapText(text, trackEnd - trackStart, v.smallFontSize, 1)[0] ?? text,
      x: round(trackStart),
      y: round(valuesTop + i * v.lineHeight + v.lineHeight * 0.78),
    });
    rows.push({
      key: d.key,
      y: round(y),
      height: round(height),
      label,
      detail,
      bar: { x: round(x0), y: round(barY), width: round(Math.max(scale(d.reached) - x0, d.reached === 0 ? 0 : 1)), height: v.barHeight },
      track: { x: round(x0), y: round(barY), width: round(scale(scale.domain[1]) - x0), height: v.barHeight },
      goal: { x: round(scale(d.goal)), y1: round(barY - OVERHANG), y2: round(barY + v.barHeight + OVERHANG) },
      reachedValue: line(d.reachedLine, 0),
      goalValue: line(d.goalLine, 1),
      hit: { x: 0, y: 0, width: v.width, height: round(height) },
      scale,
    });
    y += height;
  }
  return { variant, width: v.width, height: round(y + ROWS_TOP), fontSize: v.fontSize, smallFontSize: v.smallFontSize, sharedScale, rows, trackStart, trackEnd };
}
