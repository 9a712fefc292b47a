import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizeWidth,
  parseArabic,
  parseChinese,
  parseNumeral,
  scaleDecimal,
  toFullWidth,
  writeArabicGrouped,
  writeChinese,
} from './numerals.ts';

describe('parseChinese', () => {
  it.each([
    ['两万', 20_000], // 两万余人次 (issue example)
    ['千', 1000], // 近千户
    ['八', 8], // 八成
    ['十五', 15],
    ['一百零五', 105],
    ['二十三万四千五百六十七', 234_567],
    ['三点一四', 3.14],
    ['一点五万', 15_000],
    ['一万二', 12_000], // colloquial: nzh alone reads 10002
    ['三百五', 350],
    ['十万零三', 100_003],
    ['二〇二四', 2024],
    ['一亿零三百', 100_000_300],
    ['零', 0],
  ])('%s → %d', (zh, n) => expect(parseChinese(zh)).toBe(n));

  it('answers undefined for text that is not a numeral', () => {
    expect(parseChinese('几十')).toBeUndefined();
    expect(parseChinese('百姓')).toBeUndefined();
    expect(parseChinese('')).toBeUndefined();
  });
});

describe('parseArabic and parseNumeral', () => {
  it.each([
    ['1,234', 1234],
    ['1,234,567.5', 1_234_567.5],
    ['１２３', 123],
    ['３．５', 3.5],
    ['60.87', 60.87],
  ])('%s → %d', (s, n) => expect(parseArabic(s)).toBe(n));

  it('rejects malformed separators', () => {
    expect(parseArabic('1,23')).toBeUndefined();
    expect(parseArabic('12a')).toBeUndefined();
  });

  it.each([
    ['200万', 2_000_000],
    ['1.32万', 13_200], // 1.32 * 10000 is 13200.000000000002 in floating point
    ['1.8亿', 180_000_000],
    ['5.79亿', 579_000_000],
    ['3千万', 30_000_000],
    ['１．４万', 14_000],
    ['两万', 20_000],
  ])('%s → %d (multiplier applied exactly)', (s, n) => expect(parseNumeral(s)).toBe(n));
});

describe('normalizeWidth', () => {
  it('maps full-width digits and signs one for one, so offsets stay valid', () => {
    const text = '增长１２．５％，共３００个';
    const out = normalizeWidth(text);
    expect(out).toBe('增长12.5%，共300个');
    expect(out.length).toBe(text.length);
  });
});

describe('writers', () => {
  it('writes Chinese as the paper does and Arabic with separators', () => {
    expect(writeChinese(20_000)).toBe('二万');
    expect(writeChinese(105)).toBe('一百零五');
    expect(writeArabicGrouped(1_234_567.25)).toBe('1,234,567.25');
    expect(writeArabicGrouped(999)).toBe('999');
    expect(toFullWidth('12.5')).toBe('１２．５');
  });
});

// Round trips: every number written in any of the paper's ways reads back as itself.
const integers = fc.integer({ min: 0, max: 999_999_999_999 });
const decimals = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 99 })).map(([i, f]) => Number(`${i}.${String(f).padStart(2, '0')}`));

describe('round trips (property)', () => {
  it('Chinese numerals', () => {
    fc.assert(fc.property(fc.oneof(integers, decimals), (n) => parseChinese(writeChinese(n)) === n));
  });

  it('reads 十 after 零 as 一十 (a counterexample the property test found)', () => {
    expect(parseChinese('一千一百零二亿零十万')).toBe(110200100000);
    expect(parseChinese('三万零十')).toBe(30010);
  });

  it('Chinese numerals with 两 for 二 before a unit (两万, 两千)', () => {
    fc.assert(
      fc.property(integers, (n) => {
        const written = writeChinese(n).replace(/二(?=[百千万亿])/g, '两');
        return parseChinese(written) === n;
      }),
    );
  });

  it('Arabic, plain, grouped and full-width', () => {
    fc.assert(
      fc.property(fc.oneof(integers, decimals), (n) =>
        [String(n), writeArabicGrouped(n), toFullWidth(String(n)), toFullWidth(writeArabicGrouped(n))].every((s) => parseArabic(s) === n),
      ),
    );
  });

  it('Arabic with a multiplier (`1.32万`, `5.79亿`)', () => {
    fc.assert(
      fc.property(decimals, fc.constantFrom(['万', 4], ['亿', 8], ['千万', 7]), (n, [word, exponent]) => {
        return parseNumeral(`${n}${word}`) === scaleDecimal(String(n), exponent as number) && scaleDecimal(String(n), exponent as number) === Number(`${n}e${exponent}`);
      }),
    );
  });
});
