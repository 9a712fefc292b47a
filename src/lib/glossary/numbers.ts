// Numbers as English copy writes them: thousands grouped below a million (`13,200`, `46.7`), and in
// millions and billions above (`5 million`, `579 million`, `1.8 billion`). Precision is the paper's: a
// number read from its printed span keeps exactly the digits printed (`500万` → `5 million`, `512.4万` →
// `5.124 million`, `38.10` → `38.10`: src/lib/format/printed.ts reads them); a number without one (a
// chart's axis, a change) shows its own digits, never more than two decimals and never a padded `.0`.

import { numberFormat, plural } from '../intl-cache.ts';

const SCALES = [
  { size: 1e12, word: 'trillion' },
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
] as const;

/**
 * `13200` → `13,200`; `2000000` → `2 million`; `579000000` → `579 million`; `1.8e9` → `1.8 billion`.
 * `exponent` is the power of ten of the last digit printed (`5.124万` → 1, `38.1` → -1): the number
 * shows as many decimals as that digit needs at its scale, and no more.
 */
export function englishNumber(value: number, exponent?: number): string {
  const scale = SCALES.find((s) => Math.abs(value) >= s.size);
  const size = scale?.size ?? 1;
  const scaled = value / size;
  const digits = exponent === undefined ? Math.min(2, decimals(scaled)) : Math.max(0, Math.round(Math.log10(size)) - exponent);
  const text = numberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(scaled);
  return scale ? `${text} ${scale.word}` : text;
}

/** Whether English takes the singular for this count (`1 person`, but `1.5 people`, `0 people`). */
export function isSingular(value: number): boolean {
  return plural('en', value) === 'one';
}

/** Decimal places of a number, ignoring float noise (`5.124` → 3, `0.1 + 0.2` → 1). */
function decimals(value: number): number {
  const text = String(Number(value.toFixed(6)));
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}
