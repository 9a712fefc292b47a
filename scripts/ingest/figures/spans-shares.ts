// A share printed in words or as a fraction (`半数`, `一半`, `三分之一`, `2/3以上`), recorded as a percentage of the whole.

import { parseChinese } from './numerals.ts';
import type { LabelRanges } from './reject.ts';
import { prefixBefore, type Numeral } from './spans-numeral.ts';
import type { FigureSpan } from './spans-record.ts';
import { PREFIX_QUALIFIER, SUFFIX_AT, SUFFIX_QUALIFIER } from './units.ts';

/** `半数` (`接近半数`, `半数以上`): half of the whole, a share like `一半`; the words around it qualify it. */
export function half(text: string, at: number, labels: LabelRanges): Omit<FigureSpan, 'text'> | undefined {
  return shareAt(text, at, at + 2, 50, labels);
}

/** A share printed from `at` to `unitEnd`, with the qualifier words around it (`接近半数`, `2/3以上`). */
function shareAt(text: string, at: number, unitEnd: number, value: number, labels: LabelRanges): Omit<FigureSpan, 'text'> | undefined {
  const prefix = prefixBefore(text, at);
  SUFFIX_AT.lastIndex = unitEnd;
  const suffix = SUFFIX_AT.exec(text)?.[0] ?? '';
  const start = at - prefix.length;
  const end = unitEnd + suffix.length;
  if (labels.covers(start, end)) return undefined;
  const qualifier = (prefix && PREFIX_QUALIFIER.get(prefix)) || (suffix && SUFFIX_QUALIFIER.get(suffix)) || 'exact';
  return { start, end, value, unit: '%', unitKind: 'percent', qualifier, numberStart: at, unitEnd };
}

// A share printed as a fraction of one-digit numbers (`1/3的村`, `2/3以上`): its numerator below its denominator, standing
// alone (no digit, slash or point beside it: not `1/12版`, `11/25`) before 的, a qualifier word or the clause's end.
const SLASH_FRACTION_AT = /(?<![0-9./])([1-9])\/([2-9])(?![0-9./])(?=的|以上|以下|左右|[，。；、,;）)]|$)/y;

/** `1/3` → 33.33 (% of the whole), read where it stands as a share. */
export function slashFraction(text: string, at: number, labels: LabelRanges): Omit<FigureSpan, 'text'> | undefined {
  SLASH_FRACTION_AT.lastIndex = at;
  const m = SLASH_FRACTION_AT.exec(text);
  if (!m || Number(m[1]) >= Number(m[2])) return undefined;
  // A fraction alone in brackets numbers a part of a series (`系列报道之（2/5）`), no share.
  if (/[（(]/.test(text[at - 1] ?? '') && /[）)]/.test(text[at + m[0].length] ?? '')) return undefined;
  return shareAt(text, at, at + m[0].length, Math.round((Number(m[1]) / Number(m[2])) * 10000) / 100, labels);
}

const FRACTION_AT = /分之([一二三四五六七八九十]+)/y;

/** `三分之一` → 33.33 (% of the whole), `一半` → 50: where the numeral opens a fraction or a half. */
export function fractionAt(text: string, n: Numeral): { digits: string; end: number } | undefined {
  if (!n.chinese || n.over) return undefined;
  if (n.raw === '一' && text[n.end] === '半') return { digits: '50', end: n.end + 1 };
  FRACTION_AT.lastIndex = n.end;
  const m = FRACTION_AT.exec(text);
  // X分之Y is Y parts of X.
  const denominator = Number(n.digits);
  const numerator = m ? parseChinese(m[1]!) : undefined;
  if (!m || !numerator || !denominator || numerator >= denominator) return undefined;
  return { digits: String(Math.round((numerator / denominator) * 10000) / 100), end: n.end + m[0].length };
}
