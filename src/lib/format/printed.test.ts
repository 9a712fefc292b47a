import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../content/english-fixture.ts';
import { formatFigure } from '../format.ts';
import { hedgesFor, numbersOf, readPrinted } from './printed.ts';

const words = (text: string) => readPrinted(text).hedges.map((h) => h.zh);

describe('readPrinted', () => {
  it('finds the hedge words before, inside and after the number', () => {
    expect(words('近200万元')).toEqual(['近']);
    expect(words('将近200万元')).toEqual(['将近']);
    expect(words('超过4万人')).toEqual(['超过']);
    expect(words('2.2万余户')).toEqual(['余']);
    expect(words('440余万元')).toEqual(['余']);
    expect(words('4000多块')).toEqual(['多']);
    expect(words('75%以上')).toEqual(['以上']);
    expect(words('3000元左右')).toEqual(['左右']);
    expect(words('40岁出头')).toEqual(['出头']);
    expect(words('2737个')).toEqual([]);
  });

  it('reads each number with its multiplier and the power of ten of its last significant digit', () => {
    expect(readPrinted('近200万元').numbers).toEqual([{ digits: '200', value: 2_000_000, exponent: 6 }]);
    expect(readPrinted('1.32万家').numbers).toEqual([{ digits: '1.32', value: 13_200, exponent: 2 }]);
    expect(readPrinted('38.1公里').numbers).toEqual([{ digits: '38.1', value: 38.1, exponent: -1 }]);
    expect(readPrinted('440余万元').numbers).toEqual([{ digits: '440', value: 4_400_000, exponent: 5 }]);
    expect(readPrinted('8成').numbers).toEqual([{ digits: '8', value: 80, exponent: 1 }]);
    expect(readPrinted('１２．５％').numbers).toEqual([{ digits: '12.5', value: 12.5, exponent: -1 }]);
    expect(readPrinted('3至5年').numbers.map((n) => n.value)).toEqual([3, 5]);
    expect(readPrinted('八成以上').numbers).toEqual([]);
  });

  it('gives the numbers only when they are the record’s value, both ends of a range', () => {
    expect(numbersOf(readPrinted('近200万元'), { value: 2_000_000 })).toHaveLength(1);
    expect(numbersOf(readPrinted('近200万元'), { value: 2_100_000 })).toBeUndefined();
    expect(numbersOf(readPrinted('3至5年'), { value: 3, range: { low: 3, high: 5 } })).toHaveLength(2);
    expect(numbersOf(readPrinted('3至5年'), { value: 3 })).toBeUndefined();
  });

  it('keeps only the hedges of the record’s qualifier', () => {
    expect(hedgesFor(readPrinted('近200万元'), 'about').map((h) => h.en)).toEqual(['nearly']);
    expect(hedgesFor(readPrinted('近200万元'), 'over')).toEqual([]);
    expect(hedgesFor(readPrinted('近200万元'), 'exact')).toEqual([]);
  });
});

// What a number printed in the paper is: digits (no leading zero), perhaps a fraction, perhaps a multiplier.
const MULTIPLIERS = { '': 0, 千: 3, 万: 4, 百万: 6, 千万: 7, 亿: 8 } as const;
const printedNumber = fc.record({
  whole: fc.integer({ min: 1, max: 99_999 }),
  fraction: fc.stringMatching(/^[0-9]{0,3}$/),
  multiplier: fc.constantFrom(...(Object.keys(MULTIPLIERS) as (keyof typeof MULTIPLIERS)[])),
});
const digitsOf = ({ whole, fraction }: { whole: number; fraction: string }) => (fraction ? `${whole}.${fraction}` : `${whole}`);

const SCALE_WORDS: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12 };

/** The number in an English figure (`¥5.124 million` → 5.124 × 10⁶ with 3 decimals shown). */
function shown(text: string): { decimals: number; value: number } {
  const match = /([\d,]+(?:\.(\d+))?)(?: (million|billion|trillion))?/.exec(text)!;
  const scale = SCALE_WORDS[match[3] ?? ''] ?? 1;
  return { decimals: match[2]?.length ?? 0, value: Number(`${match[1]!.replaceAll(',', '')}e${Math.log10(scale)}`) };
}

describe('English keeps the precision printed', () => {
  it('shows exactly the decimals printed for a number printed without multiplier', () => {
    fc.assert(
      fc.property(printedNumber, ({ whole, fraction }) => {
        const digits = digitsOf({ whole, fraction });
        const text = `${digits}元`;
        const out = shown(formatFigure('en', { value: Number(digits), unit: '元', qualifier: 'exact', text }, english));
        expect(out.decimals).toBe(fraction.length);
        expect(out.value).toBe(Number(digits));
      }),
    );
  });

  it('with a multiplier, shows the same value with the fewest decimals that hold every printed digit', () => {
    // The printed fraction ends in a non-zero digit, so each printed digit is significant and none of its
    // zeros is: the English must neither lose a digit (its value is the printed value) nor add one (one
    // decimal fewer would lose a digit).
    const tight = printedNumber.filter(({ fraction }) => !fraction.endsWith('0'));
    fc.assert(
      fc.property(tight, fc.constantFrom('近', '约', ''), (printed, hedge) => {
        const digits = digitsOf(printed);
        const value = Number(`${digits}e${MULTIPLIERS[printed.multiplier]}`);
        const text = `${hedge}${digits}${printed.multiplier}元`;
        const figure = { value, unit: '元', qualifier: hedge ? ('about' as const) : ('exact' as const), text };
        const out = shown(formatFigure('en', figure, english));
        expect(out.value).toBe(value);
        if (out.decimals > 0) {
          const scale = [1e12, 1e9, 1e6].find((s) => value >= s) ?? 1;
          const fewer = Number((value / scale).toFixed(out.decimals - 1));
          expect(fewer * scale).not.toBe(value);
        }
      }),
    );
  });

  it('never shows a padded decimal: 500万 is 5 million, 1.32万 is 13,200', () => {
    const money = { unit: '元', qualifier: 'exact' as const };
    expect(formatFigure('en', { ...money, value: 5e6, text: '500万元' }, english)).toBe('¥5 million');
    expect(formatFigure('en', { ...money, value: 13_200, text: '1.32万元' }, english)).toBe('¥13,200');
    expect(formatFigure('en', { ...money, value: 1.8e8, text: '1.8亿元' }, english)).toBe('¥180 million');
  });
});

describe('Chinese keeps the span as printed', () => {
  it('shows any printed hedge and number as printed, for random printed figures', () => {
    const hedged = fc.constantFrom(['近', '', 'about'], ['约', '', 'about'], ['', '余', 'over'], ['', '以上', 'over'], ['不足', '', 'under']);
    fc.assert(
      fc.property(printedNumber, hedged, (printed, [before, after, qualifier]) => {
        const digits = digitsOf(printed);
        const value = Number(`${digits}e${MULTIPLIERS[printed.multiplier]}`);
        const text = after === '余' ? `${before}${digits}${printed.multiplier}余元` : `${before}${digits}${printed.multiplier}元${after}`;
        expect(formatFigure('zh', { value, unit: '元', qualifier: qualifier as 'about' | 'over' | 'under', text })).toBe(text);
      }),
    );
  });
});
