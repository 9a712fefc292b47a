import { afterEach, describe, expect, it, vi } from 'vitest';
import { LISTING_PAGE_SIZE, pageCount, pageParam, pagePath, pagedTitle, pageWindow, paginate } from './pagination.ts';

describe('pageCount', () => {
  it('fills pages of `size`, the last one partly, and gives an empty list one page', () => {
    expect(pageCount(0, 30)).toBe(1);
    expect(pageCount(1, 30)).toBe(1);
    expect(pageCount(30, 30)).toBe(1);
    expect(pageCount(31, 30)).toBe(2);
    expect(pageCount(70, 30)).toBe(3);
    expect(pageCount(10_000, LISTING_PAGE_SIZE)).toBe(334);
  });

  it('refuses a page size that is not a whole number ≥ 1', () => {
    expect(() => pageCount(5, 0)).toThrow(RangeError);
    expect(() => pageCount(5, 2.5)).toThrow(/whole number/);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 70 }, (_, i) => `a${i + 1}`);
  const pages = paginate(items, 30);

  it('cuts the list in order, every item on exactly one page', () => {
    expect(pages.map((p) => p.items.length)).toEqual([30, 30, 10]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('tells each page where it stands: current, last, total and the positions it holds', () => {
    expect(pages.map((p) => p.page)).toEqual([
      { current: 1, last: 3, total: 70, from: 1, to: 30 },
      { current: 2, last: 3, total: 70, from: 31, to: 60 },
      { current: 3, last: 3, total: 70, from: 61, to: 70 },
    ]);
  });

  it('keeps a page for an empty list', () => {
    expect(paginate([], 30)).toEqual([{ items: [], page: { current: 1, last: 1, total: 0, from: 0, to: 0 } }]);
  });
});

describe('pageParam and pagePath', () => {
  it('keeps page 1 at the list’s own address and puts page k at <address>k/', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
    expect(pagePath('zh/topics/heating/', 1)).toBe('zh/topics/heating/');
    expect(pagePath('zh/topics/heating/', 2)).toBe('zh/topics/heating/2/');
    expect(pagePath('en/translations', 12)).toBe('en/translations/12/');
  });
});

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(pageWindow(6, 12)).toEqual([1, null, 5, 6, 7, null, 12]);
    expect(pageWindow(1, 12)).toEqual([1, 2, null, 12]);
    expect(pageWindow(12, 12)).toEqual([1, null, 11, 12]);
    expect(pageWindow(6, 12, 2)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
  });

  it('shows a single left-out page rather than a gap', () => {
    expect(pageWindow(4, 12)).toEqual([1, 2, 3, 4, 5, null, 12]);
    expect(pageWindow(9, 12)).toEqual([1, null, 8, 9, 10, 11, 12]);
  });

  it('stays short however long the list: at most 2·radius + 5 entries', () => {
    for (let last = 1; last <= 400; last += 7) {
      for (const current of [1, 2, Math.ceil(last / 2), last - 1, last]) {
        if (current < 1 || current > last) continue;
        const window = pageWindow(current, last);
        expect(window.length).toBeLessThanOrEqual(7);
        expect(window).toContain(current);
        expect(window[0]).toBe(1);
        expect(window.at(-1)).toBe(last);
      }
    }
  });
});

describe('page URLs under BASE_PATH (src/lib/urls.ts)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('puts the base in front of every page of a listing', async () => {
    vi.stubEnv('BASE_URL', '/civic-report/');
    vi.resetModules();
    const { href, paths } = await import('./urls.ts');
    expect(href(pagePath(paths.topic('zh', 'heating'), 1))).toBe('/civic-report/zh/topics/heating/');
    expect(href(pagePath(paths.region('en', 'huguan-county'), 3))).toBe('/civic-report/en/regions/huguan-county/3/');
    expect(href(pagePath(paths.year('en', 2025), 2))).toBe('/civic-report/en/years/2025/2/');
  });

  it('and none at the root', async () => {
    const { href, paths } = await import('./urls.ts');
    expect(href(pagePath(paths.translations('en'), 2))).toBe('/en/translations/2/');
  });
});

describe('pagedTitle', () => {
  it('keeps the first page’s title and says which page the others are', () => {
    expect(pagedTitle('en', 'Topic: Heating', { current: 1, last: 7 })).toBe('Topic: Heating');
    expect(pagedTitle('en', 'Topic: Heating', { current: 2, last: 7 })).toBe('Topic: Heating (page 2 of 7)');
    expect(pagedTitle('zh', '话题：供暖', { current: 2, last: 7 })).toBe('话题：供暖（第2页，共7页）');
  });
});
