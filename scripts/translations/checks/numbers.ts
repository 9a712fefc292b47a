// The numbers an English text states, in the forms the portal's English uses: digits with thousands
// commas (3,500), decimals with a scale word (3.5 thousand, 35 million, 1.2 billion, ¥30 million),
// percentages (10%, 10 percent), and numbers in words (three, twenty-five, a hundred, a third). Each is
// read to its exact value with the ingest's numeral helpers (scripts/ingest/figures/numerals.ts:
// `1.7 million` is 1700000 exactly, as `170万` is), so a figure's value can be looked for in a
// translation whatever form the translator chose.
import { parseArabic, scaleDecimal } from '../../ingest/figures/numerals.ts';

const SCALES: Record<string, number> = { hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12 };
const SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Fractions as the figures record them: shares in percent (三分之一 → 33.33…, 一半 → 50). */
const FRACTIONS: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25, 'two thirds': 200 / 3, 'three quarters': 75 };

const SCALE = `(?:\\s+|-)(hundred|thousand|million|billion|trillion)\\b`;
const DIGITS = new RegExp(`(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:${SCALE})?`, 'gi');
const WORD = `(${TENS.filter(Boolean).join('|')})(?:-(${SMALL.slice(1, 10).join('|')}))?|(${SMALL.join('|')})|(a|an)(?=\\s+(?:hundred|thousand|million|billion)\\b)`;
const WORDS = new RegExp(`\\b(?:${WORD})(?:${SCALE})?`, 'gi');
const FRACTION = new RegExp(`\\b(?:a|one|two|three)\\s+(half|third|quarter|thirds|quarters)\\b|\\b(half)\\b`, 'gi');

/** Every value the text states, in reading order within each form. */
export function englishValues(text: string): number[] {
  const values: number[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const whole = parseArabic(m[1]!);
    if (whole === undefined) continue;
    const decimal = m[2] === undefined ? String(whole) : `${whole}.${m[2]}`;
    values.push(scaleDecimal(decimal, m[3] ? SCALES[m[3].toLowerCase()]! : 0));
  }
  for (const m of text.matchAll(WORDS)) {
    const [tens, unit, small, article, scale] = [m[1], m[2], m[3], m[4], m[5]].map((s) => s?.toLowerCase());
    const base = tens ? TENS.indexOf(tens) * 10 + (unit ? SMALL.indexOf(unit) : 0) : small ? SMALL.indexOf(small) : article ? 1 : 0;
    values.push(scaleDecimal(base, scale ? SCALES[scale]! : 0));
  }
  for (const m of text.matchAll(FRACTION)) {
    const phrase = m[0].toLowerCase().replace(/^(a|one)\s+/, '');
    const value = FRACTIONS[phrase] ?? FRACTIONS[phrase.replace(/s$/, '')];
    if (value !== undefined) values.push(value);
  }
  return values;
}

/** Whether the text states `value` (to within rounding of a recurring fraction). */
export function statesValue(text: string, value: number): boolean {
  return englishValues(text).some((v) => Math.abs(v - value) <= Math.abs(value) * 1e-9 || (value % 1 !== 0 && Math.abs(v - value) < 0.01));
}
