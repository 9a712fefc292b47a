// A numeral where the scan of a paragraph finds it (numerals.ts parses its digits): Arabic or Chinese, the multiplier
// and 余/多 after it, an OCR copy's stray space inside it, the qualifier word printed before it (约, 近, 超过 …) and
// its value.

import { multiplierExponent, parseChinese, scaleDecimal } from './numerals.ts';
import { APPROX_INFIX_AT, MULTIPLIER_AT, pastGap, PREFIX_BEFORE, UNIT_AT } from './units.ts';

// One pattern for every numeral, compiled once: `百分之` opens a Chinese percentage, `半数` is a half (`接近半数`).
export const NUMBER = /百分之|半数|(?<![上下前后一多大过])半(?=个?(?:钟头|小时))|[0-9]+(?:,[0-9]{3}(?![0-9])|\u2060[0-9]+)*(?:\.[0-9]+)?|[零〇一二三四五六七八九十两百千万亿]+(?:点[零〇一二三四五六七八九]+)?/g;
// An OCR copy prints a stray space inside a number of full-width digits (`投入资金２ ３００万元`, `为４ ５０户`): one space
// between runs of at most three digits, the number opening after a word (not after a space, as a table's cell does)
// and closing on its unit. The scan reads the space as a joiner (U+2060, one character for one, so offsets hold).
// (Arabic digits are grouped by thousands with a space, thin or not, `受益群众8 600余人`: the run after it is three
// digits and the unit or multiplier follows it at once.)
const OCR_GAP = /(?<=(?:^|[^\s０-９0-9．.,，])[０-９]{1,3})[ \u3000](?=[０-９]{1,3}(?:．[０-９]+)?[^\s０-９．])|(?<=(?:^|[^\s０-９0-9．.,，:：/\-])[0-9]{1,3})[ \u2009\u202f\u00a0](?=[0-9]{3}(?:\.[0-9]+)?[\p{Script=Han}%‰])/gu;
const JOINER = '\u2060';

/** The width-normalised text with each OCR gap of the printed paragraph made a joiner. */
export function joinOcrGaps(printed: string, text: string): string {
  let joined = text;
  for (const m of printed.matchAll(OCR_GAP)) joined = joined.slice(0, m.index) + JOINER + joined.slice(m.index + 1);
  return joined;
}
const NUMBER_AT = new RegExp(NUMBER.source, 'y');
const ARABIC_START = /[0-9]/;
// `约` is a qualifier, but not the second half of 签约 (`签约13个项目`), 节约, 制约 …; `近` not of 最近, 附近.
const NOT_QUALIFIER_BEFORE: Record<string, string> = { 约: '签节制公条合预邀履违特相隐', 近: '最附邻临靠将接' };

/** A numeral read at one position: where it ends and what it is worth. */
export interface Numeral {
  end: number;
  /** Decimal string (Arabic) or value (Chinese) before any multiplier after it. */
  digits: string;
  exponent: number;
  chinese: boolean;
  raw: string;
  over: boolean;
}

/** The numeral the global scan found at `at`, with the multiplier and 余/多 that follow it. */
export function numeral(text: string, at: number, token: string): Numeral | undefined {
  const chinese = !ARABIC_START.test(token);
  // A 千 after a multiplier or another 千 opens the unit (`一百二十万千瓦时`, `一千千瓦`): no numeral writes 万千.
  const raw = chinese && /[万亿千]千$/.test(token) && startsWithUnit(text, at + token.length - 1) ? token.slice(0, -1) : token;
  let end = at + raw.length;
  let digits = raw;
  let exponent = 0;
  // (Half an hour, `半个钟头`, `半小时`: 0.5 of the hour its unit names.)
  if (raw === '半') return { end, digits: '0.5', exponent: 0, chinese: true, raw, over: false };
  if (chinese) {
    const value = parseChinese(raw);
    if (value === undefined) return undefined;
    digits = String(value);
  } else digits = raw.replaceAll(',', '').replaceAll(JOINER, '');
  APPROX_INFIX_AT.lastIndex = end;
  let over = APPROX_INFIX_AT.test(text);
  if (over) end += 1;
  if (!chinese) end = pastGap(text, end);
  // (A Chinese numeral, 余 or 多, then its multiplier: `三十余万元`, `两千多万元`.)
  if (chinese && over && !startsWithUnit(text, end)) {
    MULTIPLIER_AT.lastIndex = end;
    const mult = MULTIPLIER_AT.exec(text);
    if (mult && /^[万亿]/.test(mult[0])) {
      exponent = multiplierExponent(mult[0]) ?? 0;
      end += mult[0].length;
    }
  }
  if (!chinese && !startsWithUnit(text, end)) {
    MULTIPLIER_AT.lastIndex = end;
    const mult = MULTIPLIER_AT.exec(text);
    if (mult) {
      exponent = multiplierExponent(mult[0]) ?? 0;
      end = pastGap(text, end + mult[0].length);
      APPROX_INFIX_AT.lastIndex = end;
      if (APPROX_INFIX_AT.test(text)) {
        over = true;
        end += 1;
      }
    }
  }
  if (!chinese) end = pastGap(text, end);
  return { end, digits, exponent, chinese, raw, over };
}

export function numeralAt(text: string, at: number): Numeral | undefined {
  NUMBER_AT.lastIndex = at;
  const m = NUMBER_AT.exec(text);
  return m && m[0] !== '百分之' ? numeral(text, at, m[0]) : undefined;
}

function startsWithUnit(text: string, at: number): boolean {
  UNIT_AT.lastIndex = at;
  return UNIT_AT.test(text);
}

/** The qualifier word printed right before the numeral at `at` (`约`, `近`, `超过`; `上` before 百/千/万/亿), or ''. */
export function prefixBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 3), at);
  const match = PREFIX_BEFORE.exec(before)?.[0];
  if (match) {
    const guard = NOT_QUALIFIER_BEFORE[match];
    if (guard && guard.includes(text[at - match.length - 1] || '-')) return '';
    return match;
  }
  return text[at - 1] === '上' && /^[百千万亿]/.test(text.slice(at)) ? '上' : '';
}

/** A numeral's value; a range's low end borrows the high end's multiplier (`3至5万元` is 30000 to 50000). */
export function valueOf(n: Numeral, borrowedExponent: number | undefined): number {
  const exponent = n.exponent || (n.chinese ? 0 : (borrowedExponent ?? 0));
  return scaleDecimal(n.digits, exponent);
}
