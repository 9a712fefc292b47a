// The over-time chart's geometry (issue 18, a measure's page): one row per place, the years across, a
// dot per figure joined by a line, all rows on one value scale (valueScale: from zero, or a log scale
// when the values are more than 50× apart) so a taller dot is a larger value in every row; the latest
// value written at the row's end. Pure: tested in timeline-layout.test.ts, drawn by TimelineChart.astro.
import { scaleBand } from 'd3';
import { round, valueScale, type ValueScale } from '../frame/scales.ts';
import { ellipsis } from '../frame/text-measure.ts';
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
  name: TextLine;
  dots: DotLayout[];
  /** The polyline through the row's dots, in year order: `x,y x,y …` (empty for one dot). */
  line: string;
  latest?: TextLine;
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
  /** The y of each row's zero line (the plot's bottom), within the row. */
  baseline: number;
}

const ROW_HEIGHT = 64;
const NAME_HEIGHT = 18;
const PLOT_HEIGHT = 34;
const AXIS_HEIGHT = 22;
// Room at each row's end for its latest value as printed (`more than 10 streets`, `约500万平方米`).
const VALUE_COLUMN: Record<Variant, number> = { wide: 150, narrow: 96 };

export function layoutTimeline(input: TimelineInput, variant: Variant): TimelineLayout {
  const { width, fontSize, smallFontSize } = VARIANTS[variant];
  const right = width - VALUE_COLUMN[variant];
  const x = scaleBand<number>().domain([...input.years]).range([8, right]).padding(0.2);
  const centre = (year: number) => round((x(year) ?? 0) + x.bandwidth() / 2);
  // Down the row: the largest value at the plot's top, zero (or the log scale's floor) at its bottom.
  const scale = valueScale(input.points.map((p) => p.value), [PLOT_HEIGHT, 0]);
  const hitWidth = Math.max(16, Math.min(40, x.bandwidth()));
  const rows = input.places.map(({ place, name }, i): TimelineRow => {
    const y = i * ROW_HEIGHT;
    const points = input.points.filter((p) => p.place === place).sort((a, b) => a.year - b.year);
    const dots = points.map((p): DotLayout => {
      const cx = centre(p.year);
      const cy = round(NAME_HEIGHT + 4 + scale(p.value));
      return { key: p.key, cx, cy, hit: { x: round(cx - hitWidth / 2), y: NAME_HEIGHT, width: round(hitWidth), height: PLOT_HEIGHT + 8 } };
    });
    const last = dots.at(-1);
    return {
      place,
      y,
      name: { text: ellipsis(name, width, fontSize), x: 0, y: fontSize },
      dots,
      line: dots.length > 1 ? dots.map((d) => `${d.cx},${d.cy}`).join(' ') : '',
      latest: last && { text: ellipsis(input.latestText(place), VALUE_COLUMN[variant] - 8, smallFontSize), x: right + 8, y: round(last.cy + smallFontSize * 0.35) },
    };
  });
  const axisY = rows.length * ROW_HEIGHT + smallFontSize;
  // Every year is labelled when the labels fit; else every second one, the latest always.
  const step = x.bandwidth() / (1 - 0.2) >= smallFontSize * 2.6 ? 1 : 2;
  const last = input.years.length - 1;
  const years = input.years
    .map((year, i) => ({ year, i }))
    .filter(({ i }) => (last - i) % step === 0)
    .map(({ year }) => ({ text: String(year), x: centre(year), y: axisY }));
  return { variant, width, height: rows.length * ROW_HEIGHT + AXIS_HEIGHT, fontSize, smallFontSize, rows, years, scale, baseline: NAME_HEIGHT + 4 + PLOT_HEIGHT };
}
