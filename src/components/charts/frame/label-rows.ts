// The row frame the charts with a labelled row per item share (change: before → after; target: reached
// against goal): the label column's width, and for one row its label and detail lines, its height and
// where its marks start — beside the label (`wide`) or under it (`narrow`). Each kind draws its own marks
// inside `markTop … markTop + markHeight`.
import { round } from './scales.ts';
import { wrapText } from './text-measure.ts';
import { VARIANTS, type TextLine, type Variant } from './variants.ts';

/** Space above the first row and below the last. */
export const ROWS_TOP = 4;
const ROW_GAP = 14;

/** Width of the label column (`wide`) or of the label above the marks (`narrow`). */
export function labelWidthOf(variant: Variant): number {
  const v = VARIANTS[variant];
  return variant === 'wide' ? Math.round(v.width * 0.36) : v.width;
}

export interface LabelledRow {
  height: number;
  /** Where the row's marks start, from the row's top. */
  markTop: number;
  label: TextLine[];
  detail?: TextLine;
}

/** A row's label (two lines at most) and detail (one line), placed with `markHeight` of marks. */
export function labelledRow(variant: Variant, label: string, detail: string | undefined, markHeight: number): LabelledRow {
  const v = VARIANTS[variant];
  const labelWidth = labelWidthOf(variant);
  const lines = wrapText(label, labelWidth, v.fontSize, 2);
  const detailText = detail ? wrapText(detail, labelWidth, v.smallFontSize, 1)[0] : undefined;
  const textHeight = (lines.length + (detailText ? 1 : 0)) * v.lineHeight;
  let height: number;
  let textTop: number;
  let markTop: number;
  if (variant === 'wide') {
    height = Math.max(textHeight, markHeight) + ROW_GAP;
    textTop = (height - textHeight) / 2;
    markTop = (height - markHeight) / 2;
  } else {
    height = textHeight + 2 + markHeight + ROW_GAP;
    textTop = ROW_GAP / 2;
    markTop = textTop + textHeight + 2;
  }
  const baseline = (i: number) => round(textTop + i * v.lineHeight + v.lineHeight * 0.78);
  const labelX = variant === 'wide' ? labelWidth : 0;
  return {
    height,
    markTop,
    label: lines.map((text, i) => ({ text, x: labelX, y: baseline(i) })),
    detail: detailText ? { text: detailText, x: labelX, y: baseline(lines.length) } : undefined,
  };
}
