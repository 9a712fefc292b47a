import { describe, expect, it } from 'vitest';
import { citeSource, continuation, pageNumber } from './citation.ts';

describe('citeSource', () => {
  const full = { paper: '长治日报', date: '2025-01-27', page: 2 };

  it('cites paper, date and page in each language', () => {
    expect(citeSource('zh', full)).toBe('长治日报 2025年1月27日 第2版');
    expect(citeSource('en', full)).toBe('Changzhi Daily, 27 January 2025, page 2');
  });

  it('cites what is known and says what is not recorded', () => {
    expect(citeSource('zh', { page: 2 })).toBe('第2版（报纸、日期不详）');
    expect(citeSource('en', { page: 2 })).toBe('page 2 (paper and date not recorded)');
    expect(citeSource('zh', { paper: '上党晚报', date: '2024-12-31' })).toBe('上党晚报 2024年12月31日（版次不详）');
    expect(citeSource('en', { paper: '上党晚报', date: '2024-12-31' })).toBe('Shangdang Evening News, 31 December 2024 (page not recorded)');
  });

  it('says so when nothing about the printed page is recorded', () => {
    expect(citeSource('zh', {})).toBe('报纸版面（报纸、日期、版次不详）');
    expect(citeSource('en', {})).toBe('A newspaper page (paper, date, and page not recorded)');
  });
});

describe('pageNumber and continuation', () => {
  it('reads a page as a continuation mark prints it', () => {
    expect(pageNumber('第一版')).toBe(1);
    expect(pageNumber('第十二版')).toBe(12);
    expect(pageNumber('第3版')).toBe(3);
    expect(pageNumber('要闻版')).toBeUndefined();
  });

  it('keeps the Chinese as printed and gives English the page number', () => {
    expect(continuation('zh', 'from', '第一版')).toEqual({ before: '上接', page: '第一版', after: '', pageIsChinese: false });
    expect(continuation('en', 'to', '第三版')).toEqual({ before: 'Continued on ', page: 'page 3', after: '', pageIsChinese: false });
    expect(continuation('en', 'from', '要闻版')).toEqual({ before: 'Continued from ', page: '要闻版', after: '', pageIsChinese: true });
  });
});
