// formatIsoDate: a calendar date in each locale, the same when asked again, read in UTC.
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './intl-cache.ts';

describe('formatIsoDate', () => {
  it('writes a calendar date in each locale, the same when asked again', () => {
    expect(formatIsoDate('zh-CN', '2025-03-09')).toBe('2025年3月9日');
    expect(formatIsoDate('en', '2025-03-09')).toBe('9 March 2025');
    expect(formatIsoDate('zh-CN', '2025-03-09')).toBe('2025年3月9日');
    expect(formatIsoDate('en', '2025-03-10')).toBe('10 March 2025');
  });

  it('reads the date in UTC: the last day of a year stays in that year', () => {
    expect(formatIsoDate('en', '2024-12-31')).toBe('31 December 2024');
  });
});
