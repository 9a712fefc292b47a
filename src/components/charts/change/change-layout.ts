// Geometry of a before/after (dumbbell) chart: per row a hollow dot at the earlier value, a filled dot
// at the later one, and an arrow between them, each value printed above its dot. Rows share one scale
// when they share a unit (and series); otherwise each row gets its own, still from zero, and the caption
// says so. Same two layouts as the bar chart (../frame/variants.ts): labels left (`wide`) or above (`narrow`).
import { VARIANTS, type Box, type TextLine, type Variant } from '../frame/variants.ts';
import { round, zeroBasedScale, type ValueScale } from '../frame/scales.ts';
import { labelledRow, labelWidthOf, ROWS_TOP } from '../frame/label-rows.ts';
import { BOLD, textWidth } from '../frame/text-measure.ts';

export interface ChangeDatum {
  key: string;
  label: string;
  detail?: string;
  from: number;
  to: number;
  fromText: string;
  toText: string;
  /** Rows with equal `scaleKey`s can share a scale: unit plus measure. */
  scaleKey: string;
}

export interface ValueMark extends TextLine {
  anchor: 'start' | 'end';
}

export interface ChangeRow {
  key: string;
  y: number;
  height: number;
  label: TextLine[];
  detail?: TextLine;
  trackY: number;
  fromX: number;
  toX: number;
  fromValue: ValueMark;
  toValue: ValueMark;
  /** The arrowhead at the later value, as polygon points. */
  arrow: string;
  /** Where the arrow's shaft ends: the back of the arrowhead. */
  arrowBack: number;
  hit: Box;
  scale: ValueScale;
}

export interface ChangeLayout {
  variant: Variant;
  width: number;
  height: number;
  fontSize: number;
  smallFontSize: number;
  sharedScale: boolean;
  rows: ChangeRow[];
  /** Where each row's value axis starts (zero) and ends, for a faint baseline per row. */
  trackStart: number;
  trackEnd: number;
}

const DOT = 6;

export function layoutChanges(data: readonly ChangeDatum[], variant: Variant): ChangeLayout {
  const v = VARIANTS[variant];
  const sharedScale = new Set(data.map((d) => d.scaleKey)).size <= 1;
  const trackStart = variant === 'wide' ? labelWidthOf(variant) + 16 : DOT + 2;
  const highTextWidth = Math.max(0, ...data.map((d) => textWidth(d.to >= d.from ? d.toText : d.fromText, v.fontSize) * BOLD));
  const trackEnd = Math.max(trackStart + 60, v.width - highTextWidth + DOT);
  const shared = zeroBasedScale(data.flatMap((d) => [d.from, d.to]), [trackStart, trackEnd]);

  const rows: ChangeRow[] = [];
  let y = ROWS_TOP;
  for (const d of data) {
    const scale = sharedScale ? shared : zeroBasedScale([d.from, d.to], [trackStart, trackEnd]);
    // The values line above the track, the track, and room for its zero under it.
    const { height, markTop, label, detail } = labelledRow(variant, d.label, d.detail, v.lineHeight + 4 + DOT * 2 + 12);
    const trackY = round(markTop + v.lineHeight + 4 + DOT);
    const fromX = round(scale(d.from));
    const toX = round(scale(d.to));
    const valueY = round(markTop + v.lineHeight * 0.78);
    const up = d.to >= d.from;
    // The lower value's text ends at its dot, the higher one's starts at its dot: they never overlap.
    const mid = (fromX + toX) / 2;
    const lowEnd = round(Math.min(Math.min(fromX, toX) + DOT, mid - 3));
    const highStart = round(Math.max(Math.max(fromX, toX) - DOT, mid + 3));
    const fromValue: ValueMark = { text: d.fromText, x: up ? lowEnd : highStart, y: valueY, anchor: up ? 'end' : 'start' };
    const toValue: ValueMark = { text: d.toText, x: up ? highStart : lowEnd, y: valueY, anchor: up ? 'start' : 'end' };
    const tip = up ? toX - DOT : toX + DOT;
    const back = up ? tip - 7 : tip + 7;
    rows.push({
      key: d.key,
      y: round(y),
      height: round(height),
      label,
      detail,
      trackY,
      fromX,
      toX,
      fromValue,
      toValue,
      arrow: `${round(tip)},${trackY} ${round(back)},${round(trackY - 4.5)} ${round(back)},${round(trackY + 4.5)}`,
      arrowBack: round(back),
      hit: { x: 0, y: 0, width: v.width, height: round(height) },
      scale,
    });
    y += height;
  }
  return { variant, width: v.width, height: round(y + ROWS_TOP), fontSize: v.fontSize, smallFontSize: v.smallFontSize, sharedScale, rows, trackStart, trackEnd: round(trackEnd) };
}
