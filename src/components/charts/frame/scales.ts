// Scales shared by every chart: a zero-based linear value scale with "nice" ends and round ticks (d3),
// and tick labels in the page's language (`200万` / `2 million`, `16.3%`).
import { max, scaleLinear } from 'd3';
import { formatAmount, formatQuantity } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n.ts';

export interface ValueScale {
  /** Value → position in user units. */
  (value: number): number;
  /** The domain after rounding out to nice numbers: `[0, 3000]` for a largest value of 2800. */
  domain: readonly [number, number];
  range: readonly [number, number];
  ticks: number[];
}

/**
 * A scale from zero to at least the largest value (bars must start at zero to compare lengths), over
 * `range`. Negative values widen the domain below zero; an empty or all-zero set gets `[0, 1]`.
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
  return Object.assign(scale, { domain: [d0, d1] as const, range: [range[0], range[1]] as const, ticks: d3scale.ticks(tickCount) });
}

/** A tick label: the number as the language writes it, percent signs kept, other units left to the caption. */
export function tickLabel(lang: Lang, value: number, unit: string): string {
  return unit === '%' ? formatQuantity(lang, value, '%') : formatAmount(lang, value);
}

/** Round to 0.1 of a unit: SVG coordinates stay short and the markup deterministic. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
