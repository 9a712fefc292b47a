import { describe, expect, it } from 'vitest';
import { MOVED_FROM } from './moved-from.ts';

describe('MOVED_FROM', () => {
  it('matches a level moved from what it was, not a level reached alone', () => {
    const re = new RegExp(`${MOVED_FROM}$`);
    expect(re.test('由5个工作日压缩至')).toBe(true);
    expect(re.test('从88%提高到')).toBe(true);
    expect(re.test('由原来的5天缩短为')).toBe(true);
    expect(re.test('提高到')).toBe(false);
    expect(re.test('由村委会负责')).toBe(false);
  });
});
