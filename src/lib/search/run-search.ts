// How the site asks Pagefind, shared by the search page and the recall test so both measure the same
// thing. Chinese needs one step more than Pagefind takes: words missing from ICU's dictionary (托育,
// 就医, 高新区, most place names) are split into single characters on both the index and the query side,
// and single characters match all over (育 in 教育 and 体育), so the page that really says 托育 ranks
// below long pages that merely have both characters somewhere. Each Chinese word of the query is
// therefore also searched as an exact phrase, and the pages containing every such phrase are the
// results; only when no page has them all do the loose matches stand. A word with synonyms (供暖 for
// the papers' 供热, synonyms.ts) is searched in each of its forms, and a page with any form answers.

import { termForms } from './synonyms.ts';

/** The part of Pagefind's JS API (pagefind.js `search`) used here. */
export interface PagefindLike<R extends { id: string } = { id: string }> {
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: R[] } | null>;
}

export interface PagefindSearchOptions {
  // `none`: pages with none of the values (components/search/sort-by-year.ts asks for the undated so).
  filters?: Record<string, { any?: string[]; none?: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface SearchOutcome<R> {
  results: R[];
  /** `phrase`: every Chinese word was found as written; `loose`: Pagefind's own matches. */
  match: 'phrase' | 'loose';
}

const HAN = /\p{Script=Han}/gu;

/** The terms of a query that are Chinese words of two characters or more, which Pagefind may split. */
export function chinesePhrases(query: string): string[] {
  return query
    .split(/\s+/)
    .map((term) => term.replace(/["“”]/g, ''))
    .filter((term) => (term.match(HAN) ?? []).length >= 2);
}

/** The pages of `ordered`, in its order, that are in every one of `sets`. */
export function inAll<R extends { id: string }>(ordered: readonly R[], sets: readonly ReadonlySet<string>[]): R[] {
  return ordered.filter((r) => sets.every((set) => set.has(r.id)));
}

/**
 * The query as typed, then the query with one term at a time given as each of its synonyms
 * (synonyms.ts): `冬季 供暖` → `冬季 供暖`, `冬季 供热`, `冬季 取暖` ….
 */
export function queryForms(query: string): string[] {
  const terms = query.split(/\s+/).filter((t) => t !== '');
  const forms = [terms.join(' ')];
  terms.forEach((term, i) => {
    for (const other of termForms(term).slice(1)) forms.push([...terms.slice(0, i), other, ...terms.slice(i + 1)].join(' '));
  });
  return forms;
}

/** Searches `query` (empty: every page the filters let through) the way the site's search page does. */
export async function runSearch<R extends { id: string }>(
  pagefind: PagefindLike<R>,
  query: string,
  options: PagefindSearchOptions = {},
): Promise<SearchOutcome<R>> {
  const term = query.trim();
  const phrases = chinesePhrases(term);
  const looseLists = await Promise.all(
    (term === '' ? [null] : queryForms(term)).map(async (q) => (await pagefind.search(q, options))?.results ?? []),
  );
  // A page found by the query as typed keeps its rank; pages only a synonym finds come after.
  const loose = uniqueById(looseLists.flat());
  if (phrases.length === 0) return { results: loose, match: 'loose' };

  // A phrase is found where any of its forms is (供暖: a page saying 供热 answers too).
  const exact = await Promise.all(
    phrases.map(async (p) =>
      uniqueById((await Promise.all(termForms(p).map(async (f) => (await pagefind.search(`"${f}"`, options))?.results ?? []))).flat()),
    ),
  );
  // In the loose search's order, since Pagefind's exact search leaves out the weights (a word in the
  // title counts ten times); but the exact search's result objects, whose excerpts mark the phrase
  // where it stands rather than its characters wherever they are.
  const phraseResult = new Map(exact[0]!.map((r) => [r.id, r]));
  const results = inAll(loose, exact.map((list) => new Set(list.map((r) => r.id)))).map((r) => phraseResult.get(r.id) ?? r);
  return results.length > 0 ? { results, match: 'phrase' } : { results: loose, match: 'loose' };
}

function uniqueById<R extends { id: string }>(results: readonly R[]): R[] {
  const seen = new Set<string>();
  return results.filter((r) => !seen.has(r.id) && seen.add(r.id) !== undefined);
}
