// The over-time chart's geometry (issue 18, a measure's page): one row per place, the years across, a
// dot per figure joined by a line, all rows on one value scale (valueScale: from zero, or a log scale
// when the values are more than 50× apart) so a taller dot is a larger value in every row; the latest
// value as printed written whole on the row's name line, right-aligned, or under the name when the two do
// not fit side by side (a value cut to `约500万平方…` told the reader nothing). Pure: tested in
// timeline-layout.test.ts, drawn by TimelineChart.astro.
import { scaleBand } from 'd3';
import { round, valueScale, type ValueScale } from '../frame/scales.ts';
import { BOLD, ellipsis, textWidth } from '../frame/text-measure.ts';
import { VARIANTS, type TextLine, type Variant } from '../frame/variants.ts';

export interface TimelinePoint {
  key: string;
  place: string;
  year: number;
  value: number;
}

export interface TimelineInput {
  years: readonly number[];
  /** Places in row order, with the name each row shows. */
  places: readonly { place: string; name: string }[];
  points: readonly TimelinePoint[];
  /** The text of each place's latest value, written at its row's end. */
  latestText: (place: string) => string;
}

export interface DotLayout {
  key: string;
  cx: number;
  cy: number;
  /** The link's target area around the dot. */
  hit: { x: number; y: number; width: number; height: number };
}

export interface TimelineRow {
  place: string;
  y: number;
  /** The row's height: taller when its latest value needs a line of its own under the name. */
  height: number;
  name: TextLine;
  dots: DotLayout[];
  /** The polyline through the row's dots, in year order: `x,y x,y …` (empty for one dot). */
  line: string;
  /** The latest value as printed: right-aligned on the name's line (`end`), or on the next line (`start`). */
  latest?: TextLine & { anchor: 'start' | 'end' };
  /** The y of the row's zero line (the plot's bottom), within the row. */
  baseline: number;
}

export interface TimelineLayout {
  variant: Variant;
  width: number;
  height: number;
  fontSize: number;
  smallFontSize: number;
  rows: TimelineRow[];
  years: TextLine[];
  scale: ValueScale;
}

const NAME_HEIGHT = 18;
const PLOT_HEIGHT = 34;
// Space between a row's zero line and the next row's name. At 8 px a small value's dot, which sits on the
// zero line, touched the next row's name and read as that row's (Huguan's 200 charging piles under 2,800).
export const ROW_GAP = 20;
const AXIS_HEIGHT = 22;
// Space between a row's name and its latest value on one line.
const NAME_GAP = 12;

export function layoutTimeline(input: TimelineInput, variant: Variant): TimelineLayout {
  const { width, fontSize, smallFontSize, lineHeight } = VARIANTS[variant];
  const x = scaleBand<number>().domain([...input.years]).range([8, width - 8]).padding(0.2);
  const centre = (year: number) => round((x(year) ?? 0) + x.bandwidth() / 2);
  // Down the row: the largest value at the plot's top, zero (or the log scale's floor) at its bottom.
  const scale = valueScale(input.points.map((p) => p.value), [PLOT_HEIGHT, 0]);
  const hitWidth = Math.max(16, Math.min(40, x.bandwidth()));
  let y = 0;
  const rows = input.places.map(({ place, name }): TimelineRow => {
    const points = input.points.filter((p) => p.place === place).sort((a, b) => a.year - b.year);
    const nameText = ellipsis(name, width, fontSize * BOLD);
    const value = points.length ? input.latestText(place) : '';
    const sideBySide = textWidth(nameText, fontSize) * BOLD + NAME_GAP + textWidth(value, smallFontSize) <= width;
    const head = NAME_HEIGHT + (value && !sideBySide ? lineHeight : 0);
    const dots = points.map((p): DotLayout => {
      const cx = centre(p.year);
      const cy = round(head + 4 + scale(p.value));
      return { key: p.key, cx, cy, hit: { x: round(cx - hitWidth / 2), y: head, width: round(hitWidth), height: PLOT_HEIGHT + 8 } };
    });
    const row: TimelineRow = {
      place,
      y,
      height: head + 4 + PLOT_HEIGHT + ROW_GAP,
      name: { text: nameText, x: 0, y: fontSize },
      dots,
      line: dots.length > 1 ? dots.map((d) => `${d.cx},${d.cy}`).join(' ') : '',
      latest: value
        ? sideBySide
          ? { text: value, x: width, y: fontSize, anchor: 'end' }
          : { text: ellipsis(value, width, smallFontSize), x: 0, y: round(fontSize + lineHeight), anchor: 'start' }
        : undefined,
      baseline: head + 4 + PLOT_HEIGHT,
    };
    y += row.height;
    return row;
  });
  const axisY = y + smallFontSize;
  // Every year is labelled when the labels fit; else every second one, the latest always.
  const step = x.bandwidth() / (1 - 0.2) >= smallFontSize * 2.6 ? 1 : 2;
  const last = input.years.length - 1;
  const years = input.years
    .map((year, i) => ({ year, i }))
    .filter(({ i }) => (last - i) % step === 0)
    .map(({ year }) => ({ text: String(year), x: centre(year), y: axisY }));
  return { variant, width, height: y + AXIS_HEIGHT, fontSize, smallFontSize, rows, years, scale };
}
