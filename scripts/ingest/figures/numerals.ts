// Numerals as the paper prints them → numbers. Chinese positional numerals go through nzh (the positional
// grammar, 零 gaps, 万万/亿 nesting and decimals with 点); what it does not know is handled here first:
// 两, 〇, colloquial tails (`一万二` is 12000, nzh reads 10002), digit-by-digit strings (`二〇二四`), and a
// multiplier after a Chinese decimal (`一点五万`, nzh reads 1.5).
// Values are built as decimal literal strings and parsed once by Number(), so `1.32万` is exactly 13200
// (1.32 * 10000 in floating point is 13200.000000000002).

import Nzh from 'nzh';

/** Characters that make up a Chinese numeral (without 点, which only joins a decimal part). */
export const CHINESE_NUMERAL_CHARS = '零〇一二三四五六七八九十两百千万亿';
export const CHINESE_DIGITS = '零〇一二三四五六七八九两';
/** Chinese characters that scale a number: a token made only of these (`千`, `万`) has no digit of its own. */
export const MULTIPLIER_CHARS = '十百千万亿';

const MULTIPLIERS: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8, 千万: 7, 百万: 6, 十万: 5, 万亿: 12 };

const FULL_WIDTH_DIGIT_0 = 0xff10;
const WIDTH_MAP: Record<string, string> = { '．': '.', '％': '%', '＋': '+', '－': '-', '～': '~', '＜': '<', '＞': '>' };
const FULL_WIDTH = /[０-９．％＋－～＜＞]/g;
const toAscii = (ch: string) => WIDTH_MAP[ch] ?? String.fromCharCode(48 + ch.charCodeAt(0) - FULL_WIDTH_DIGIT_0);

/**
 * Full-width digits and signs → ASCII, one character for one, so offsets in the result are offsets in the
 * input (the figure's `text` is cut from the original, the scan runs on this).
 */
export function normalizeWidth(text: string): string {
  return text.replace(FULL_WIDTH, toAscii);
}

const ARABIC = /^[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?$/;

/** `1,234.5`, `１２３` → number; undefined when the text is not one Arabic number. */
export function parseArabic(text: string): number | undefined {
  if (!ARABIC.test(text)) return undefined;
  return Number(normalizeWidth(text).replaceAll(',', ''));
}

/** Power of ten of a multiplier written after a number (`万` → 4, `千万` → 7); undefined if it is none. */
export function multiplierExponent(text: string): number | undefined {
  return MULTIPLIERS[text];
}

/** `1.32` scaled by 10^4 → 13200, exactly: the decimal string is shifted, not multiplied. */
export function scaleDecimal(decimal: string | number, exponent: number): number {
  return exponent === 0 ? Number(decimal) : Number(`${decimal}e${exponent}`);
}

// The next lower unit, for colloquial tails: 一万二 = 一万二千, 三百五 = 三百五十.
const NEXT_LOWER: Record<string, string> = { 亿: '千万', 万: '千', 千: '百', 百: '十' };
const COLLOQUIAL_TAIL = /([亿万千百])([一二三四五六七八九])$/;
const DIGIT_STRING = /^[零〇一二三四五六七八九]{2,}$/;
const DIGIT_VALUE: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
const CHINESE_NUMBER = /^[零〇一二三四五六七八九十两百千万亿]+(?:点[零〇一二三四五六七八九]+[万亿]?)?$/;

/**
 * A Chinese numeral → number: `两万` 20000, `一百零五` 105, `三点一四` 3.14, `一点五万` 15000, `一万二`
 * 12000, `二〇二四` 2024 (read digit by digit). Undefined when the text is not a Chinese numeral.
 */
export function parseChinese(text: string): number | undefined {
  if (!CHINESE_NUMBER.test(text)) return undefined;
  // `零十万` (…and a hundred thousand) drops its 一 after 零 as `十万` does at the start; nzh needs it back.
  let zh = text.replaceAll('两', '二').replaceAll('〇', '零').replace(/(?<=零)十/g, '一十');
  if (DIGIT_STRING.test(zh)) return Number([...zh].map((d) => DIGIT_VALUE[d]).join(''));
  // A multiplier after the decimal part scales the whole decimal.
  let exponent = 0;
  const scaled = /^(.+点[零一二三四五六七八九]+)([万亿])$/.exec(zh);
  if (scaled) {
    zh = scaled[1]!;
    exponent = MULTIPLIERS[scaled[2]!]!;
  }
  const tail = COLLOQUIAL_TAIL.exec(zh);
  if (tail && !zh.includes('点') && !/零[一二三四五六七八九]$/.test(zh)) zh += NEXT_LOWER[tail[1]!]!;
  // nzh reads a bare multiplier as itself (万 → 10000) but answers "0" for what it cannot read.
  const decoded = Nzh.cn.decodeS(zh);
  if (decoded === '0' && !/^零+(?:点零+)?$/.test(zh)) return undefined;
  return scaleDecimal(decoded, exponent);
}

/**
 * Any numeral the paper prints: Arabic (with separators, full-width), Chinese, or Arabic with a Chinese
 * multiplier (`1.32万`, `3千万`, `5.79亿`).
 */
export function parseNumeral(text: string): number | undefined {
  const arabic = parseArabic(text);
  if (arabic !== undefined) return arabic;
  const mixed = /^([0-9０-９][0-9０-９,.．]*)(千万|百万|十万|万亿|[十百千万亿])$/.exec(text);
  if (mixed) {
    const head = parseArabic(mixed[1]!);
    if (head === undefined) return undefined;
    return scaleDecimal(normalizeWidth(mixed[1]!).replaceAll(',', ''), MULTIPLIERS[mixed[2]!]!);
  }
  return parseChinese(text);
}

/** A number → Chinese numeral as the paper writes it (`20000` → `二万`, `10` → `十`). */
export function writeChinese(value: number): string {
  return Nzh.cn.encodeS(value);
}

/** A number → Arabic with thousands separators: `1234567.5` → `1,234,567.5`. */
export function writeArabicGrouped(value: number): string {
  const [int, frac] = String(value).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+$)/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** ASCII digits → full-width (`12.5` → `１２．５`), as some typesetting prints them. */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9.]/g, (ch) => (ch === '.' ? '．' : String.fromCharCode(FULL_WIDTH_DIGIT_0 + Number(ch))));
}
