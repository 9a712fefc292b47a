// The two layouts every chart is drawn in at build time, switched by a CSS container query (charts.css):
// `wide` (labels in a column left of the marks) from about 34rem of width, `narrow` (labels above their
// mark) below it; the sizes the row charts (bar, change, multiples) share, so their text matches; and the
// geometry types their layouts return (the labelled row the change and target charts share: label-rows.ts).
// Shared here so no chart kind imports another.
export type Variant = 'wide' | 'narrow';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextLine {
  text: string;
  x: number;
  y: number;
}

/** viewBox width, font sizes and row metrics of each layout: text stays 12 px or more on screen. */
export const VARIANTS: Record<Variant, { width: number; fontSize: number; smallFontSize: number; lineHeight: number; barHeight: number }> = {
  wide: { width: 640, fontSize: 14, smallFontSize: 12.5, lineHeight: 18, barHeight: 20 },
  narrow: { width: 360, fontSize: 15, smallFontSize: 13, lineHeight: 19, barHeight: 18 },
};
