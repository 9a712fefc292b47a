// The search page in the browser: loads this language's Pagefind bundle (at once for a search in the
// address, else as soon as the form gets focus), keeps the form, the address and the results in step, and
// tells screen readers what it found through the status line ("Searching…" while it waits). A query with
// few results is tried again with its place and topic names in this language's words (`heating` → 供热),
// and the other language's index is asked how many reports it has, with a link to its search page.
import { runSearch } from '../../lib/search/run-search.ts';
import {
  emptyState,
  FILTER_KEYS,
  hasFilters,
  pagefindOptions,
  readState,
  writeState,
  type FilterNames,
  type SearchState,
} from '../../lib/search/url-state.ts';
import type { VocabularyEntry } from '../../lib/search/vocabulary.ts';
import { mapQuery } from '../../lib/search/vocabulary.ts';
import { FEW_RESULTS, otherLanguageCount, otherSearchHref, type OtherLanguage } from './other-language.ts';
import { indexYears, loadPagefind, type BundleLocation, type PagefindInstance, type PagefindResult } from './pagefind-load.ts';
import { sortByYear } from './sort-by-year.ts';
import { filterChoices, format, orderValues, resultItem, type ResultData, type Strings } from './search-render.ts';

type BrowserResult = PagefindResult<ResultData>;

// Each result shown downloads its page's fragment (the whole text, 1–12 KB), so results come five at a time.
const PAGE_SIZE = 5;
const TYPING_PAUSE_MS = 250;
/** A search that takes longer than this says "Searching…" (at once while the bundle is still loading). */
const SLOW_SEARCH_MS = 300;

interface Page {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  sortNote: HTMLElement;
  filters: HTMLDetailsElement;
  filterCount: HTMLElement;
  status: HTMLElement;
  other: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

function find<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: no ${selector}`);
  return found;
}

export async function startSearchPage(root: HTMLElement | null): Promise<void> {
  if (!root) return;
  const page: Page = {
    root,
    form: find(root, '.search-form'),
    input: find(root, '#search-q'),
    sort: find(root, '#search-sort'),
    sortNote: find(root, '#search-sort-note'),
    filters: find(root, '.search-filters'),
    filterCount: find(root, '.filter-count'),
    status: find(root, '.search-status'),
    other: find(root, '.search-other'),
    list: find(root, '.search-results'),
    more: find(root, '.search-more'),
  };
  const lang = root.dataset.lang ?? 'en';
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const names = JSON.parse(root.dataset.filterNames ?? '{}') as FilterNames;
  const vocabulary = JSON.parse(root.dataset.vocabulary ?? '[]') as VocabularyEntry[];
  const other = JSON.parse(root.dataset.other ?? 'null') as OtherLanguage | null;
  const where: BundleLocation = { bundle: root.dataset.bundle ?? '/pagefind/', base: root.dataset.base ?? '/' };
  const say = (key: string, vars?: { n?: number; q?: string; term?: string }) => {
    page.status.textContent = format(strings, lang, key, vars);
  };

  let state = readState(new URLSearchParams(location.search));
  page.form.hidden = false;
  page.input.value = state.q;
  page.sort.value = state.sort;
  page.sortNote.hidden = state.sort !== 'date';
  if (state.q || hasFilters(state)) say('search.loading');

  // Counts from the page, not pagefind.filters(), which would fetch every filter chunk of the index.
  const counts = JSON.parse(root.dataset.filterCounts ?? '{}') as Record<string, Record<string, number>>;
  showFilters(page, counts, names, state, lang);
  // A value the index does not have (a link from the other language, a typo) has no checkbox: drop it.
  state = { ...state, filters: chosenFilters(page) };

  // The events are wired before the bundle has loaded: a search typed meanwhile waits for it, rather
  // than the form submitting and reloading the page. The bundle loads once, at the first of: a search in
  // the address, the form getting focus, a search.
  let loading: Promise<PagefindInstance<BrowserResult>> | undefined;
  const ready = () => {
    // A search sorted by date is asked year by year over the years' indexes (sort-by-year.ts).
    loading ??= Promise.all([loadPagefind<BrowserResult>(where), indexYears(where)])
      .then(([pagefind, years]) => ({ ...pagefind, search: sortByYear(pagefind, names.year, years).search }))
      .catch((error: unknown) => {
        console.error('search: could not load the Pagefind bundle', error);
        loading = undefined;
        throw error;
      });
    return loading;
  };
  page.form.addEventListener('focusin', () => void ready().catch(() => undefined));
  let bundleLoaded = false;

  let shown: BrowserResult[] = [];
  let latest = 0;
  const search = async () => {
    const ticket = ++latest;
    const query = writeState(state);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    keepQueryAcrossLanguages(other, state.q);
    page.other.hidden = true;
    if (!state.q && !hasFilters(state)) {
      page.list.replaceChildren();
      page.more.hidden = true;
      say('search.idle');
      root.dataset.status = 'idle';
      return;
    }
    // Tests and assistive technology alike can tell a finished search from one under way.
    root.dataset.status = 'searching';
    page.list.setAttribute('aria-busy', 'true');
    // "Searching…" at once while the bundle loads, else only if the search is slow to answer.
    const slow = setTimeout(() => ticket === latest && say('search.loading'), bundleLoaded ? SLOW_SEARCH_MS : 0);
    let results: BrowserResult[];
    let searchedAs: string | undefined;
    let mapped: string | undefined;
    try {
      const pagefind = await ready();
      bundleLoaded = true;
      const options = pagefindOptions(state, names);
      ({ results } = await runSearch(pagefind, state.q, options));
      // Few results: the query again with its place and topic names in this language (`heating` → 供热).
      mapped = state.q ? mapQuery(state.q, vocabulary, lang === 'zh' ? 'zh' : 'en') : undefined;
      if (mapped && results.length < FEW_RESULTS) {
        const more = (await runSearch(pagefind, mapped, options)).results.filter((r) => !results.some((s) => s.id === r.id));
        if (more.length > 0) [results, searchedAs] = [[...results, ...more], mapped];
      }
      const first = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (ticket !== latest) return;
      shown = results;
      page.list.replaceChildren(...first.map((data) => resultItem(data, strings)));
      page.more.hidden = results.length <= PAGE_SIZE;
    } catch (error) {
      console.error('search: the search failed', error);
      if (ticket === latest) {
        say('search.error');
        root.dataset.status = 'error';
      }
      return;
    } finally {
      clearTimeout(slow);
      if (ticket === latest) page.list.removeAttribute('aria-busy');
    }
    if (ticket !== latest) return;
    if (results.length === 0) say('search.none', { q: state.q });
    else if (searchedAs) say('search.foundAs', { n: results.length, q: state.q, term: searchedAs });
    else if (state.q) say('search.found', { n: results.length, q: state.q });
    else say('search.filtered', { n: results.length });
    // The other language, for a query (not filters, whose values are this language's) that found little
    // or was typed in the other language's words.
    if (other && state.q && !hasFilters(state) && (results.length < FEW_RESULTS || mapped)) {
      root.dataset.status = 'other';
      await showOtherLanguage(page, where, other, state.q, vocabulary, strings, lang, () => ticket === latest);
      if (ticket !== latest) return;
    }
    root.dataset.status = 'done';
  };

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  page.input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      state = { ...state, q: page.input.value.trim() };
      void search();
    }, TYPING_PAUSE_MS);
  });
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    state = { ...state, q: page.input.value.trim() };
    void search();
  });
  page.sort.addEventListener('change', () => {
    state = { ...state, sort: page.sort.value === 'date' ? 'date' : 'relevance' };
    page.sortNote.hidden = state.sort !== 'date';
    void search();
  });
  page.filters.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    state = { ...state, filters: chosenFilters(page) };
    page.filterCount.textContent = countLabel(state);
    void search();
  });
  find<HTMLButtonElement>(page.filters, '.clear-filters').addEventListener('click', () => {
    for (const box of page.filters.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
    state = { ...state, filters: emptyState().filters };
    page.filterCount.textContent = '';
    void search();
  });
  page.more.addEventListener('click', async () => {
    const first = await showMore(page, shown, strings);
    // Keyboard users land on the first new result rather than back at the top of the list.
    first?.querySelector('a')?.focus();
  });

  await search();
}

/**
 * The header's language switch takes the query along to the other language's search page (its filters are this
 * language's values, so only the words go); without script it opens that page empty, as it did.
 */
function keepQueryAcrossLanguages(other: OtherLanguage | null, query: string | undefined): void {
  const link = document.querySelector<HTMLAnchorElement>('.lang-switch a[data-choose-lang]');
  if (!other || !link) return;
  link.href = query ? otherSearchHref(other, query) : other.searchPage;
}

/** Says how many reports the other language has for the query, with a link to them; nothing when none. */
async function showOtherLanguage(
  page: Page,
  where: BundleLocation,
  other: OtherLanguage,
  query: string,
  vocabulary: readonly VocabularyEntry[],
  strings: Strings,
  lang: string,
  current: () => boolean,
): Promise<void> {
  let n: number;
  try {
    n = await otherLanguageCount(where, other, query, vocabulary);
  } catch (error) {
    // The page's own results stand; only the pointer to the other language is missing.
    console.warn('search: could not search the other language', error);
    return;
  }
  if (!current() || n === 0) return;
  find(page.other, '.search-other-text').textContent = format(strings, lang, 'search.other', { n, q: query });
  find<HTMLAnchorElement>(page.other, 'a').href = otherSearchHref(other, query);
  page.other.hidden = false;
}

/** Appends the next page of results; returns the first item added. */
async function showMore(page: Page, results: readonly BrowserResult[], strings: Strings): Promise<HTMLLIElement | undefined> {
  const from = page.list.children.length;
  const next = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
  const items = next.map((data) => resultItem(data, strings));
  page.list.append(...items);
  page.more.hidden = page.list.children.length >= results.length;
  return items[0];
}

function showFilters(page: Page, available: Record<string, Record<string, number>>, names: FilterNames, state: SearchState, lang: string): void {
  let any = false;
  for (const key of FILTER_KEYS) {
    const counts = available[names[key]] ?? {};
    const values = orderValues(key, counts, lang);
    const fieldset = find<HTMLFieldSetElement>(page.filters, `fieldset[data-filter="${key}"]`);
    fieldset.hidden = values.length === 0;
    find(fieldset, '.filter-values').replaceChildren(...filterChoices(key, values, state.filters[key]));
    any ||= values.length > 0;
  }
  page.filters.hidden = !any;
  page.filters.open = hasFilters(state);
  page.filterCount.textContent = countLabel(state);
}

function chosenFilters(page: Page): SearchState['filters'] {
  const filters = emptyState().filters;
  for (const box of page.filters.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    if ((FILTER_KEYS as readonly string[]).includes(box.name)) filters[box.name as keyof typeof filters].push(box.value);
  }
  return filters;
}

function countLabel(state: SearchState): string {
  const n = FILTER_KEYS.reduce((sum, key) => sum + state.filters[key].length, 0);
  return n > 0 ? `(${n})` : '';
}
