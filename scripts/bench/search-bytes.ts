// What a reader's first search downloads: the search page is opened with `?q=`, the first results are
// waited for, and the bodies of every response under /pagefind/ are summed as transferred, compressed
// where the server compresses (the script, its WebAssembly, the language's metadata, filter and index
// chunks, and the fragments of the results shown). Shared by
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
    return { lang, query, files, bytes: Object.values(files).reduce((a, b) => a + b, 0), results };
  } finally {
    await context.close();
  }
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
