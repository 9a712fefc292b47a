// Numbers as English copy writes them: thousands grouped below a million (`13,200`, `46.7`), and in
// millions and billions above (`2.0 million`, `579 million`, `1.8 billion`), keeping the precision the
// paper printed but never more than two decimals.

const MILLION = 1_000_000;
const SCALES = [1e12, 1e9, 1e6] as const;

import { numberFormat, plural } from '../intl-cache.ts';

const grouped = numberFormat('en', { maximumFractionDigits: 2 });

/** `13200` → `13,200`; `2000000` → `2.0 million`; `579000000` → `579 million`; `1.8e9` → `1.8 billion`. */
export function englishNumber(value: number): string {
  if (Math.abs(value) < MILLION) return grouped.format(value);
  const scale = SCALES.find((s) => Math.abs(value) >= s)!;
  const scaled = Math.abs(value) / scale;
  // `2.0 million` rather than `2 million`: a single digit reads as a rounded figure otherwise.
  const minimum = scaled < 10 ? 1 : 0;
  const maximum = Math.max(minimum, Math.min(2, decimals(scaled)));
  return numberFormat('en', {
    notation: 'compact',
    compactDisplay: 'long',
    minimumFractionDigits: minimum,
    maximumFractionDigits: maximum,
  }).format(value);
}

/** Whether English takes the singular for this count (`1 person`, but `1.5 people`, `0 people`). */
export function isSingular(value: number): boolean {
  return plural('en', value) === 'one';
}

/** Decimal places of a number as printed, ignoring float noise (`5.124` → 3, `0.1 + 0.2` → 1). */
function decimals(value: number): number {
  const text = String(Number(value.toFixed(6)));
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}
