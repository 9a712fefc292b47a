// Shared by the search browser tests: whether Chromium is there (skip loudly without it, fail on CI),
// and how a reader uses the search page: type, press Enter, wait for the announcement, read the results.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../site/build-site.ts';
import { BROWSER_PATH, browserInstalled, INSTALL_HINT } from './browser.ts';

/** False (after a loud warning) when Chromium is missing; throws instead when CI is set. */
export function chromiumOrSkip(suite: string): boolean {
  if (browserInstalled()) return true;
  const message = `${suite}: Chromium not found at ${BROWSER_PATH}. Install it with: ${INSTALL_HINT}`;
  if (process.env.CI) throw new Error(`${message} (CI is set, so the browser tests may not be skipped)`);
  console.warn(`\n*** SKIPPING ${message} ***\n`);
  return false;
}

/** Types `query` into the search page's box, presses Enter, and waits until the results are shown. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await waitForResults(page, query);
}

/** Waits until the page has searched `query` (as its address says) and shown what it found. */
export async function waitForResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) =>
      (new URL(location.href).searchParams.get('q') ?? '') === q &&
      ['done', 'idle', 'error'].includes(document.querySelector<HTMLElement>('[data-search]')?.dataset.status ?? ''),
    query,
  );
}

/** The article ids of the results shown, in order. */
export async function resultIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => /\/articles\/([^/]+)\/$/.exec(href)?.[1] ?? href);
}

/** The status line that screen readers announce. */
export function statusText(page: Page): Promise<string> {
  return page.locator('.search-status').innerText();
}

/** An article's places as its Chinese frontmatter lists them. */
export function articleRegions(id: string): string[] {
  const text = readFileSync(join(PROJECT_ROOT, 'content/articles/zh', `${id}.md`), 'utf8');
  const line = /^regions:\s*(\[.*\])\s*$/m.exec(text)?.[1] ?? '[]';
  return JSON.parse(line) as string[];
}

/** Waits until the search that the address now describes has finished. */
export async function waitForSearch(page: Page, param: string, value: string | null): Promise<void> {
  await page.waitForFunction(
    ([name, wanted]) =>
      new URL(location.href).searchParams.get(name!) === wanted &&
      ['done', 'idle', 'error'].includes(document.querySelector<HTMLElement>('[data-search]')?.dataset.status ?? ''),
    [param, value] as const,
  );
}
