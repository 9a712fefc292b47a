import { describe, expect, it } from 'vitest';
import { periodCell, periodEnglish } from './period.ts';

describe('a figure table\'s year or period', () => {
  it('reads the periods the reports print into English', () => {
    expect(periodEnglish('2024年以来')).toBe('since 2024');
    expect(periodEnglish('2023年11月以来')).toBe('since November 2023');
    expect(periodEnglish('8月以来')).toBe('since August');
    expect(periodEnglish('截至2024年底')).toBe('to the end of 2024');
    expect(periodEnglish('近年来')).toBe('in recent years');
    expect(periodEnglish('2021—2025年')).toBe('2021–2025');
    expect(periodEnglish('1至10月')).toBe('January–October');
    expect(periodEnglish('2025年冬季')).toBe('winter 2025');
    expect(periodEnglish('13月以来')).toBeUndefined();
    expect(periodEnglish('产业园建成以来')).toBeUndefined();
  });

  it('says the year once, and keeps an unknown form in Chinese, marked as Chinese, on an English page', () => {
    expect(periodCell('zh', 2024, '2024年以来', '—')).toEqual({ text: '2024年以来' });
    expect(periodCell('en', 2024, '2024年以来', '—')).toEqual({ text: 'since 2024' });
    expect(periodCell('zh', 2024, '8月以来', '—')).toEqual({ text: '2024 · 8月以来' });
    expect(periodCell('en', 2024, '8月以来', '—')).toEqual({ text: '2024 · since August' });
    expect(periodCell('en', 2024, '产业园建成以来', '—')).toEqual({ text: '2024 · 产业园建成以来', lang: 'zh' });
    expect(periodCell('en', 2025, undefined, 'year not given')).toEqual({ text: '2025' });
    expect(periodCell('en', undefined, '近年来', 'year not given')).toEqual({ text: 'year not given · in recent years' });
  });
});
