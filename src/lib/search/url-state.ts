// The search page's state lives in its address (`?q=供热&topic=养老&sort=date`), so a search can be
// bookmarked, shared, reloaded, and reached from the header box on every page. Filter values are the
// labels of the page's language, as Pagefind indexed them; the parameter names are the same in both.
import type { PagefindSearchOptions } from './run-search.ts';

export const FILTER_KEYS = ['topic', 'region', 'year', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORT_ORDERS = ['relevance', 'date'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchState {
  q: string;
  sort: SortOrder;
  filters: Record<FilterKey, string[]>;
}

/** The filter names Pagefind indexed on this language's pages: `{ topic: '主题', … }`. */
export type FilterNames = Record<FilterKey, string>;

/** The longest query kept: a pasted paragraph is cut rather than sent whole to the index. */
export const MAX_QUERY_LENGTH = 200;

export function emptyState(): SearchState {
  return { q: '', sort: 'relevance', filters: { topic: [], region: [], year: [], kind: [] } };
}

/** Reads the state from a query string; anything unknown or malformed is ignored, never an error. */
export function readState(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const sort = params.get('sort');
  if ((SORT_ORDERS as readonly string[]).includes(sort ?? '')) state.sort = sort as SortOrder;
  for (const key of FILTER_KEYS) {
    state.filters[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
  }
  return state;
}

/** The query string for a state, defaults left out: `q=供热&topic=养老`. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** Pagefind options for a state: any of the chosen values within a filter, all filters together. */
export function pagefindOptions(state: SearchState, names: FilterNames): PagefindSearchOptions {
  const options: PagefindSearchOptions = {};
  const chosen = FILTER_KEYS.filter((key) => state.filters[key].length > 0);
  if (chosen.length > 0) options.filters = Object.fromEntries(chosen.map((key) => [names[key], { any: state.filters[key] }]));
  if (state.sort === 'date') options.sort = { date: 'desc' };
  return options;
}
