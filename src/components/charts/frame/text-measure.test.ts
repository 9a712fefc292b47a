import { describe, expect, it } from 'vitest';
import { ellipsis, textWidth, wrapText } from './text-measure.ts';

describe('textWidth', () => {
  it('counts a Chinese character as one em and Latin letters as less', () => {
    expect(textWidth('供热管网', 10)).toBe(40);
    expect(textWidth('Shangdang', 100)).toBeGreaterThan(560); // DejaVu Sans measures 567
    expect(textWidth('Shangdang', 100)).toBeLessThan(9 * 100);
  });
});

describe('wrapText', () => {
  it('breaks English between words', () => {
    const lines = wrapText('Public childcare centres in the counties and districts', 230, 14);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe('Public childcare centres in the counties and districts');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(230);
  });

  it('breaks Chinese between any two characters', () => {
    expect(wrapText('城乡居民养老保险基础养老金', 70, 14)).toEqual(['城乡居民养', '老保险基…']);
  });

  it('ends the last line in an ellipsis when the text does not fit', () => {
    const lines = wrapText('Investment in the green coal industry chain of Shangdang District', 120, 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('keeps short text on one line', () => {
    expect(wrapText('学校食堂', 200, 14)).toEqual(['学校食堂']);
  });
});

describe('ellipsis', () => {
  it('cuts to fit and marks the cut', () => {
    const cut = ellipsis('Heating network built or upgraded', 100, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(100);
    expect(ellipsis('km', 100, 12)).toBe('km');
  });
});
