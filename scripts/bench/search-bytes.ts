// What a reader's first search downloads: the search page is opened with `?q=`, the first results are
// waited for, and the bodies of every response under /pagefind/ are summed as transferred, compressed
// where the server compresses (the script, its WebAssembly, the language's metadata, filter and index
// chunks, and the fragments of the results shown). A query with few results then asks the other
// language's index how many reports it has (components/search/other-language.ts): that second search
// comes after the results are shown and is counted apart, by the other language's file names. Shared by
// `npm run bench -- search` and tests/e2e/search.test.ts, which keeps it under budget.
import type { Browser } from 'playwright-core';

/** The budget of issue 6: a first search on the seed site transfers under 150 KB. */
export const FIRST_QUERY_BUDGET = 150 * 1024;

export interface FirstQuery {
  lang: 'zh' | 'en';
  query: string;
  /** Bytes per file under /pagefind/, by path below it (`index/zh-cn_1a2b3c4.pf_index`). */
  files: Record<string, number>;
  bytes: number;
  results: number;
  /** The other language's files, fetched after the results to say how many reports it has (if at all). */
  otherLanguageFiles: Record<string, number>;
  otherLanguageBytes: number;
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * Whether a file under /pagefind/ belongs to another language's index than `pageLanguage` (`zh-cn`): Pagefind
 * names a language's metadata, index, filter and fragment files `<language>_<hash>`, and its WebAssembly
 * `wasm.<name>.pagefind` (pagefind-entry.json), which two languages may share.
 */
export function otherLanguageFile(path: string, pageLanguage: string, entry: PagefindEntry): boolean {
  const wasmOf = (language: string) => `wasm.${entry.languages[language]?.wasm ?? 'unknown'}.pagefind`;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return Object.keys(entry.languages)
    .filter((language) => language !== pageLanguage)
    .some((language) => name.startsWith(`${language}_`) || name.startsWith(`pagefind.${language}_`) || (name === wasmOf(language) && name !== wasmOf(pageLanguage)));
}

/** `siteUrl` ends with the base: `http://127.0.0.1:8080/archive/cz/`. */
export async function measureFirstQuery(browser: Browser, siteUrl: string, lang: 'zh' | 'en', query: string): Promise<FirstQuery> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    const at = path.indexOf('/pagefind/');
    if (at < 0) return;
    pending.push(
      response
        .finished()
        .then(() => response.request().sizes())
        .then(
          (sizes) => void (files[path.slice(at + '/pagefind/'.length)] = sizes.responseBodySize),
          () => undefined,
        ),
    );
  });
  try {
    await page.goto(`${siteUrl}${lang}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector<HTMLElement>('[data-search]')?.dataset.status ?? ''));
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const results = await page.locator('.search-results > li').count();
    const pageLanguage = (await page.evaluate(() => document.documentElement.lang)).toLowerCase();
    const entry = (await (await context.request.get(`${siteUrl}pagefind/pagefind-entry.json`)).json()) as PagefindEntry;
    const own: Record<string, number> = {};
    const other: Record<string, number> = {};
    for (const [path, size] of Object.entries(files)) (otherLanguageFile(path, pageLanguage, entry) ? other : own)[path] = size;
    const sum = (sizes: Record<string, number>) => Object.values(sizes).reduce((a, b) => a + b, 0);
    return { lang, query, files: own, bytes: sum(own), results, otherLanguageFiles: other, otherLanguageBytes: sum(other) };
  } finally {
    await context.close();
  }
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
