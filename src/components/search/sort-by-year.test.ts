import { describe, expect, it } from 'vitest';
import type { PagefindSearchOptions } from '../../lib/search/run-search.ts';
import { sortByYear } from './sort-by-year.ts';

// A merged index as Pagefind answers a sorted search: every year's pages, in an interleaved order.
const pages = [
  { id: 'a', year: '2025' },
  { id: 'b', year: '2023' },
  { id: 'c', year: undefined },
  { id: 'd', year: '2024' },
  { id: 'e', year: '2025' },
];
const asked: PagefindSearchOptions[] = [];
const merged = {
  async search(_term: string | null, options: PagefindSearchOptions = {}) {
    asked.push(options);
    const year = options.filters?.Year as { any?: string[]; none?: string[] } | undefined;
    const keep = pages.filter((p) => !year || (year.any ? year.any.includes(p.year ?? '') : !year.none!.includes(p.year ?? '')));
    return { results: keep.map(({ id }) => ({ id })) };
  },
};
const years = ['2025', '2024', '2023'];

describe('sortByYear', () => {
  it('puts a sorted search’s results year by year, newest first, the undated last', async () => {
    const sorted = await sortByYear(merged, 'Year', years).search('x', { sort: { date: 'desc' } });
    expect(sorted?.results.map((r) => r.id)).toEqual(['a', 'e', 'd', 'b', 'c']);
  });

  it('keeps the reader’s year filter and other filters', async () => {
    asked.length = 0;
    const sorted = await sortByYear(merged, 'Year', years).search('x', { sort: { date: 'desc' }, filters: { Year: { any: ['2023', '2025'] }, Topic: { any: ['heating'] } } });
    expect(sorted?.results.map((r) => r.id)).toEqual(['a', 'e', 'b']);
    expect(asked.every((o) => o.filters?.Topic?.any?.[0] === 'heating')).toBe(true);
    expect(asked).toHaveLength(2);
  });

  it('leaves a search by relevance to the merged index', async () => {
    asked.length = 0;
    const plain = await sortByYear(merged, 'Year', years).search('x', {});
    expect(plain?.results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(asked).toEqual([{}]);
  });
});
