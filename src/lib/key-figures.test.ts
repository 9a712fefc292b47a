import { describe, expect, it } from 'vitest';
import { canteenInvestment, heatedArea, museumStudents, pension } from './content/fixtures.ts';
import { keyFigures } from './key-figures.ts';

const huguan = { id: 'min-sheng-wei-ben-xing-fu-sheng-huo', year: 2025, topics: ['heating' as const], figures: [heatedArea, pension] };
const shangdang = { id: 'ban-hao-min-sheng-shi-shi-shu-xie', year: 2024, topics: ['education' as const], figures: [canteenInvestment] };
const museum = { id: 'shi-bo-wu-guan-yao-qing-fan-xiang', topics: ['culture-sports' as const], figures: [museumStudents] };

describe('keyFigures', () => {
  it('takes figures in a named series from the latest year, one per topic in vocabulary order', () => {
    const result = keyFigures([museum, shangdang, huguan]);
    expect(result?.year).toBe(2025);
    expect(result?.figures.map((k) => [k.figure.text, k.article])).toEqual([
      ['191元', 'min-sheng-wei-ben-xing-fu-sheng-huo'], // elderly-care comes before heating in TOPICS
      ['约500万平方米', 'min-sheng-wei-ben-xing-fu-sheng-huo'],
    ]);
  });

  it('keeps the largest value of a series', () => {
    const smaller = { ...heatedArea, id: 'x', text: '75万平方米', value: 750_000 };
    const result = keyFigures([{ ...huguan, figures: [smaller, heatedArea] }]);
    expect(result?.figures.map((k) => k.figure.value)).toEqual([5_000_000]);
  });

  it('gives nothing when no figure belongs to a series', () => {
    expect(keyFigures([museum])).toBeUndefined();
  });

  it('stops at the limit', () => {
    expect(keyFigures([huguan], 1)?.figures).toHaveLength(1);
  });
});
