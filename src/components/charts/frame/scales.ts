// Scales shared by every chart: a zero-based linear value scale with "nice" ends and round ticks (d3),
// a logarithmic one for values too far apart for bars (the log rule below), and tick labels in the
// page's language (`200万` / `2 million`, `16.3%`).
import { max, scaleLinear, scaleLog } from 'd3';
import { formatAmount, formatQuantity } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n.ts';

export interface ValueScale {
  /** Value → position in user units. */
  (value: number): number;
  /** The domain after rounding out to nice numbers: `[0, 3000]` for a largest value of 2800. */
  domain: readonly [number, number];
  range: readonly [number, number];
  ticks: number[];
  /** Sparser round ticks, for an axis too narrow for `ticks`' labels: about `count` of them, ending at the domain's top. */
  sparseTicks?: (count: number) => number[];
  /** Set on a logarithmic scale: its marks are dots, never bars (a bar on a log scale has no zero to start from). */
  log?: boolean;
}

/**
 * When the largest positive value of a chart is more than this many times the smallest, bars on one
 * linear scale would draw the small ones a pixel or two long: the chart draws dots on a log scale.
 */
export const LOG_RATIO = 50;

/** Largest over smallest positive value (1 when there are fewer than two). */
export function spread(values: readonly number[]): number {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length < 2) return 1;
  return Math.max(...positive) / Math.min(...positive);
}

/**
 * A scale from zero to at least the largest value (bars must start at zero to compare lengths), over
 * `range`. Negative values widen the domain below zero; an empty or all-zero set gets `[0, 1]`. The
 * domain's top is always the last tick (d3's `nice()`), so the axis is labelled up to past the top bar.
 */
export function zeroBasedScale(values: readonly number[], range: readonly [number, number], tickCount = 4): ValueScale {
  const finite = values.filter((v) => Number.isFinite(v));
  const hi = Math.max(0, max(finite) ?? 0);
  const lo = Math.min(0, ...finite);
  const d3scale = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([range[0], range[1]])
    .nice(tickCount);
  const [d0, d1] = d3scale.domain() as [number, number];
  const scale = ((value: number) => d3scale(value)) as ValueScale;
  const ticks = d3scale.ticks(tickCount);
  // nice() makes the domain end on a tick; should a tick count not land there, the end is labelled too.
  const withEnd = (list: number[]) => (list.at(-1) === d1 ? list : [...list, d1]);
  const sparseTicks = (count: number) => withEnd(d3scale.ticks(count));
  return Object.assign(scale, { domain: [d0, d1] as const, range: [range[0], range[1]] as const, ticks: withEnd(ticks), sparseTicks });
}

/**
 * A logarithmic scale over the positive values, from the power of ten at or below the smallest to the
 * one at or above the largest, with a tick at each power of ten. Values of zero or less, which a log
 * scale cannot place, sit at its start.
 */
export function logScale(values: readonly number[], range: readonly [number, number]): ValueScale {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  if (hi <= lo) hi = lo * 10;
  const d3scale = scaleLog().domain([lo, hi]).range([range[0], range[1]]).clamp(true);
  const scale = ((value: number) => (value > 0 ? d3scale(value) : range[0])) as ValueScale;
  const ticks: number[] = [];
  for (let t = lo; t <= hi * 1.000001; t *= 10) ticks.push(Number(t.toPrecision(12)));
  return Object.assign(scale, { domain: [lo, hi] as const, range: [range[0], range[1]] as const, ticks, log: true });
}

/** The scale a chart of these values draws on: linear from zero, or logarithmic when they are too far apart (LOG_RATIO). */
export function valueScale(values: readonly number[], range: readonly [number, number], tickCount = 4): ValueScale {
  return spread(values) > LOG_RATIO ? logScale(values, range) : zeroBasedScale(values, range, tickCount);
}

/** A tick label: the number as the language writes it, percent signs kept, other units left to the caption. */
export function tickLabel(lang: Lang, value: number, unit: string): string {
  return unit === '%' ? formatQuantity(lang, value, '%') : formatAmount(lang, value);
}

/** Round to 0.1 of a unit: SVG coordinates stay short and the markup deterministic. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
