// Sorting by date over one index per year (scripts/search/buckets.ts). Pagefind sorts each merged index
// alone and then merges the results by score, which for a sorted search is each result's rank within its
// own index, so the years came out interleaved (2025, 2024, 2025 …). The sort key is the year alone, so a
// sorted search is asked year by year, newest first (each year through the year filter, the undated last
// as none of them), within what the reader's own year filter allows, and the answers are put end to end.
import type { PagefindLike, PagefindSearchOptions } from '../../lib/search/run-search.ts';

/** `pagefind` with its sorted searches done year by year; `years` newest first, `yearFilter` the filter's name. */
export function sortByYear<R extends { id: string }>(pagefind: PagefindLike<R>, yearFilter: string, years: readonly string[]): PagefindLike<R> {
  return {
    async search(term: string | null, options: PagefindSearchOptions = {}) {
      if (!options.sort || years.length === 0) return pagefind.search(term, options);
      const chosen = options.filters?.[yearFilter]?.any;
      const parts = [...years.filter((year) => !chosen || chosen.includes(year)).map((year) => ({ any: [year] })), ...(chosen ? [] : [{ none: [...years] }])];
      const answers = await Promise.all(parts.map((part) => pagefind.search(term, { ...options, filters: { ...options.filters, [yearFilter]: part } })));
      if (answers.some((answer) => answer === null)) return null;
      return { results: answers.flatMap((answer) => answer!.results) };
    },
  };
}
