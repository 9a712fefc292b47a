// When a query finds little in the page's language, how much the other language's index holds for it: the
// English page's search for 壶关 finds nothing in English but several Chinese reports, and the search page
// says so with a link to the Chinese search page (search-client.ts). The other index is loaded only then.
import { mapQuery, type VocabularyEntry } from '../../lib/search/vocabulary.ts';
import { runSearch } from '../../lib/search/run-search.ts';
import { loadPagefind, type BundleLocation } from './pagefind-load.ts';

/** Fewer results than this in the page's language and the search looks in the other language too. */
export const FEW_RESULTS = 3;

export interface OtherLanguage {
  /** The other language's site language (`zh` or `en`), for mapping names. */
  lang: 'zh' | 'en';
  /** Its `<html lang>` (`zh-CN`, `en`): the index Pagefind keeps for its pages. */
  htmlLang: string;
  /** Its search page, `/zh/search/`. */
  searchPage: string;
}

/** The other language's search page with the query: `/zh/search/?q=壶关`. */
export function otherSearchHref(other: OtherLanguage, query: string): string {
  return `${other.searchPage}?${new URLSearchParams({ q: query })}`;
}

/**
 * How many of the other language's reports match the query, as typed or with its place and topic names
 * put in that language's words (`托育` → `Childcare` for the English index).
 */
export async function otherLanguageCount(where: BundleLocation, other: OtherLanguage, query: string, vocabulary: readonly VocabularyEntry[]): Promise<number> {
  const pagefind = await loadPagefind(where, other.htmlLang);
  const queries = [query, mapQuery(query, vocabulary, other.lang)].filter((q): q is string => !!q);
  const found = new Set<string>();
  for (const q of queries) for (const result of (await runSearch(pagefind, q)).results) found.add(result.id);
  return found.size;
}
