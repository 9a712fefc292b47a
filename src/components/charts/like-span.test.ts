import { describe, expect, it } from 'vitest';
import { spanOf } from './like-span.ts';

describe('spanOf', () => {
  it('reads a calendar year, printed or not, as one kind of span', () => {
    for (const p of [undefined, '', '2025年', '2024 年', '2023年全年', '2022年度', '全年']) expect(spanOf(p)).toBe('year');
  });

  it('keeps a running total from a dated start apart from a year, and from another start', () => {
    expect(spanOf('2024年以来')).toBe('from:2024年以来');
    expect(spanOf('2024年以来')).not.toBe(spanOf('2025年'));
    expect(spanOf('2024年以来')).not.toBe(spanOf('2021年以来'));
    expect(spanOf('2021年至今')).toBe('from:2021年至今');
  });

  it('reads the same part of any year as one span, and different parts as different spans', () => {
    expect(spanOf('2024年1至10月')).toBe(spanOf('2025年1至10月'));
    expect(spanOf('2024年上半年')).toBe(spanOf('2025年上半年'));
    expect(spanOf('截至2024年底')).toBe(spanOf('截至2025年底'));
    expect(spanOf('2025年上半年')).not.toBe(spanOf('2025年'));
    expect(spanOf('1至10月')).not.toBe(spanOf('1至6月'));
    // So far this year: a part of a year, not a whole one.
    expect(spanOf('今年以来')).not.toBe('year');
  });
});
