import { describe, expect, it } from 'vitest';
import { ellipsis, textWidth, wrapText } from './text-measure.ts';

describe('textWidth', () => {
  it('counts a Chinese character as one em and Latin letters as less', () => {
    expect(textWidth('供热管网', 10)).toBe(40);
    expect(textWidth('Shangdang', 100)).toBeGreaterThan(560); // DejaVu Sans measures 567
    expect(textWidth('Shangdang', 100)).toBeLessThan(9 * 100);
  });

  it('adds up each character by its class, the same on every call (the widths are kept per code unit)', () => {
    // 2 wide (1 em) + I, l, space (0.36) + W (0.95) + 3, 0 (0.7) + a (0.63), at 10 units an em.
    const text = '长治Il W30a';
    const once = textWidth(text, 10);
    expect(once).toBeCloseTo((2 * 1 + 3 * 0.36 + 0.95 + 2 * 0.7 + 0.63) * 10, 10);
    expect(textWidth(text, 10)).toBe(once);
    expect(textWidth(text + text, 10)).toBeCloseTo(2 * once, 10);
    expect(textWidth('', 10)).toBe(0);
  });

  it('counts a character of two code units (outside the BMP) once, as a character of no class', () => {
    expect(textWidth('\u{1F600}', 10)).toBeCloseTo(6.3, 10);
    expect(textWidth('a\u{20000}b', 10)).toBeCloseTo(3 * 6.3, 10);
    expect(textWidth('\ud800', 10)).toBeCloseTo(6.3, 10);
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
