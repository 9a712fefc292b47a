// The dates a page line prints (page-dates.ts): read in their Chinese and English forms, and checked against the calendar.
import { describe, expect, it } from 'vitest';
import { isCalendarDate, readDate, readEnglishDate } from './page-dates.ts';

describe('readDate', () => {
  it('reads a date in its printed forms, not yet checked against the calendar', () => {
    expect(readDate('2025年11月18日')).toBe('2025-11-18');
    expect(readDate('2025.11.8')).toBe('2025-11-08');
    expect(readDate('2025/11/18')).toBe('2025-11-18');
    expect(readDate('二〇二五年十一月十八日')).toBe('2025-11-18');
    expect(readDate('2025年2月30日')).toBe('2025-02-30');
    expect(readDate('11月18日')).toBeUndefined();
  });
});

describe('readEnglishDate', () => {
  it("reads an English page's date line", () => {
    expect(readEnglishDate('Tuesday, November 18, 2025')).toBe('2025-11-18');
    expect(readEnglishDate('18 November 2025')).toBe('2025-11-18');
    expect(readEnglishDate('Nov. 8, 2025')).toBe('2025-11-08');
    expect(readEnglishDate('November 2025')).toBeUndefined();
  });
});

describe('isCalendarDate', () => {
  it('knows the days of the calendar', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-1-27')).toBe(false);
  });
});
