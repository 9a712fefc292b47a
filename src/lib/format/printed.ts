// How a figure was printed, read back from its span (`近200万元`, `2.2万余户`, `75%以上`, `3至5年`): the
// hedge words around the number and the precision of each number as printed. The record's `qualifier`
// only sorts a hedge into about / over / under, and its `value` has lost the printed digits (`500万` and
// `500.0万` are both 5000000), so both languages read the span itself to carry the paper's words and
// precision over: Chinese keeps 近 as 近, English says `nearly` for 近 and `5 million` for 500万.
import type { Qualifier } from '../../domain/figure.ts';

/** Where an English hedge stands: `nearly ¥2 million`, `75% or more`. */
export type HedgePosition = 'before' | 'after';

/** Where a Chinese hedge is printed: `近200万元`, `8000余户` (after the number, before the unit), `75%以上`. */
export type PrintedPosition = 'before' | 'inside' | 'after';

export interface Hedge {
  /** The Chinese word as printed: `近`, `余`, `以上`. */
  zh: string;
  printedAt: PrintedPosition;
  en: string;
  position: HedgePosition;
  /** The record qualifier the word belongs to. */
  qualifier: Exclude<Qualifier, 'exact'>;
}

type Row = [zh: string, en: string, qualifier: Hedge['qualifier'], position?: HedgePosition];
const hedges = (printedAt: PrintedPosition, rows: Row[]): Hedge[] =>
  rows.map(([zh, en, qualifier, position = 'before']) => ({ zh, printedAt, en, qualifier, position }));

/** Words printed before the number, longest first so that 将近 is not read as 近. */
const BEFORE = hedges('before', [
  // A negated comparison says the opposite of the one it holds (`不超过800元` is at most ¥800).
  ['不超过', 'at most', 'under'],
  ['不高于', 'at most', 'under'],
  ['不多于', 'at most', 'under'],
  ['不少于', 'at least', 'over'],
  ['不低于', 'at least', 'over'],
  ['至少', 'at least', 'over'],
  ['将近', 'nearly', 'about'],
  ['接近', 'nearly', 'about'],
  ['近', 'nearly', 'about'],
  ['大约', 'about', 'about'],
  ['约', 'about', 'about'],
  ['超过', 'over', 'over'],
  ['超', 'over', 'over'],
  ['逾', 'over', 'over'],
  ['突破', 'over', 'over'],
  ['不到', 'under', 'under'],
  ['不足', 'less than', 'under'],
]);

/** Words printed right after the number or its 万/亿 (`8000余户`, `440余万元`, `10多年`). */
const INSIDE = hedges('inside', [
  ['余', 'more than', 'over'],
  ['多', 'more than', 'over'],
]);

/** Words printed at the end of the span (`75%以上`, `3000元左右`, `40岁出头`). */
const AFTER = hedges('after', [
  ['以上', 'or more', 'over', 'after'],
  ['左右', 'around', 'about'],
  ['上下', 'around', 'about'],
  ['出头', 'just over', 'over'],
  ['以下', 'or less', 'under', 'after'],
  ['以内', 'within', 'under'],
]);

/** The hedge Chinese writes for a qualifier when the span prints none (a figure an editor corrected). */
export const PLAIN_HEDGES: Readonly<Record<Hedge['qualifier'], Hedge>> = {
  about: BEFORE.find((h) => h.zh === '约')!,
  over: AFTER.find((h) => h.zh === '以上')!,
  under: BEFORE.find((h) => h.zh === '不到')!,
};

/** Powers of ten of the multipliers printed after a number. 成 is a tenth, printed for percentages (`8成`). */
const MULTIPLIERS: Readonly<Record<string, number>> = { 万亿: 12, 千亿: 11, 百亿: 10, 亿: 8, 千万: 7, 百万: 6, 十万: 5, 万: 4, 千: 3, 百: 2, 成: 1 };
const MULTIPLIER = Object.keys(MULTIPLIERS).join('|');
const INSIDE_WORD = INSIDE.map((h) => h.zh).join('|');
// A number as printed, its hedge inside (`余`, `多`) before or after its multiplier (`440余万`, `2.2万余`).
const NUMBER = new RegExp(`(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(${INSIDE_WORD})?(${MULTIPLIER})?(${INSIDE_WORD})?`, 'gu');

export interface PrintedNumber {
  /** The digits as printed, without grouping commas: `200`, `2.2`, `38.10`. */
  digits: string;
  /** The value with its multiplier applied, in the record's unit (`8成` is 80, for %). */
  value: number;
  /**
   * Power of ten of the last significant printed digit: `38.1` → -1, `2737` → 0, `1.32万` → 2, `500万` → 6
   * (a whole number's trailing zeros are not significant: 500万 is "5 million", not "5.00 million").
   */
  exponent: number;
}

export interface Printed {
  /** The Arabic numbers of the span in order (a range has two); none for `八成以上`. */
  numbers: PrintedNumber[];
  hedges: Hedge[];
}

const FULL_WIDTH = /[０-９．，]/gu;
const toAscii = (ch: string) => (ch === '．' ? '.' : ch === '，' ? ',' : String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48));

/** Reads a printed span: `近200万元` → one number (200, ×10⁴, exponent 6) and the hedge 近. */
export function readPrinted(text: string): Printed {
  const span = text.replace(FULL_WIDTH, toAscii).trim();
  const numbers: PrintedNumber[] = [];
  const hedges: Hedge[] = [];
  const before = BEFORE.find((h) => span.startsWith(h.zh));
  if (before) hedges.push(before);
  for (const match of span.matchAll(NUMBER)) {
    const [, raw, insideBefore, multiplier, insideAfter] = match;
    numbers.push(printedNumber(raw!.replaceAll(',', ''), multiplier ? MULTIPLIERS[multiplier]! : 0));
    const inside = INSIDE.find((h) => h.zh === (insideBefore ?? insideAfter));
    if (inside) hedges.push(inside);
  }
  const after = AFTER.find((h) => span.endsWith(h.zh));
  if (after) hedges.push(after);
  return { numbers, hedges };
}

function printedNumber(digits: string, power: number): PrintedNumber {
  const [whole, fraction] = digits.split('.') as [string, string | undefined];
  // Built as a decimal literal and parsed once, so that `1.32万` is exactly 13200.
  const value = Number(`${digits}e${power}`);
  if (fraction !== undefined) return { digits, value, exponent: power - fraction.length };
  const zeros = /^0+$/.test(whole) ? 0 : (/0*$/.exec(whole)?.[0].length ?? 0);
  return { digits, value, exponent: power + zeros };
}

/** Whether `a` and `b` are the same number but for floating-point noise. */
export function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

/**
 * The printed numbers when they are the record's value (both ends of a range), else undefined: a record
 * an editor corrected, or a span in Chinese numerals (`八成`), is formatted from its value instead.
 */
export function numbersOf(printed: Printed, figure: { value: number; range?: { low: number; high: number } }): PrintedNumber[] | undefined {
  const wanted = figure.range ? [figure.range.low, figure.range.high] : [figure.value];
  const { numbers } = printed;
  if (numbers.length !== wanted.length) return undefined;
  return numbers.every((n, i) => sameNumber(n.value, wanted[i]!)) ? numbers : undefined;
}

/**
 * The hedges of the span that agree with the record's qualifier: none for an exact figure, and none when
 * an editor changed the qualifier to one the printed words do not say (the caller then says it plainly).
 */
export function hedgesFor(printed: Printed, qualifier: Qualifier): Hedge[] {
  if (qualifier === 'exact') return [];
  return printed.hedges.filter((h) => h.qualifier === qualifier);
}
