import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishValues, statesValue } from './numbers.ts';

describe('englishValues', () => {
  it('reads digits, thousands commas, decimals and scale words exactly', () => {
    expect(englishValues('3,500 people, 3.5 thousand mu, 35 million yuan, ¥1.2 billion and 45,000 cubic metres')).toEqual([
      3500, 3500, 35_000_000, 1_200_000_000, 45_000,
    ]);
    expect(englishValues('1.7 million')).toEqual([1_700_000]);
    expect(englishValues('a 31.4 km road')).toEqual([31.4]);
  });

  it('reads percentages and numbers in words', () => {
    expect(englishValues('up 10% or 12.5 percent')).toEqual([10, 12.5]);
    expect(englishValues('three schools, twenty-five beds, a hundred visits, two million trees')).toEqual([3, 25, 100, 2_000_000]);
    expect(englishValues('nearly a third and more than half')).toEqual([100 / 3, 50]);
  });

  it('does not read a number out of a word or an id', () => {
    expect(englishValues('someone, Nonetheless, often, B2B2')).toEqual([]);
  });

  it('reads back any whole number written with thousands commas', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        expect(englishValues(`about ${n.toLocaleString('en-GB')} people`)).toEqual([n]);
      }),
    );
  });
});

describe('statesValue', () => {
  it('finds a value in any form and not a different one', () => {
    expect(statesValue('more than 1.7 million yuan', 1_700_000)).toBe(true);
    expect(statesValue('more than 1,700,000 yuan', 1_700_000)).toBe(true);
    expect(statesValue('more than 1.6 million yuan', 1_700_000)).toBe(false);
    expect(statesValue('close to a third', 33.33)).toBe(true);
  });
});
