// Search across the two languages and on a slow link (issue 16, items 7 and 11), in Chromium on the built
// site: a query that finds little in the page's language, or is typed in the other language's words, says
// how many reports the other language has and links to its search page with the query; place and topic names typed in the other language's words are
// understood; excerpts do not repeat the figures table's cells; focusing a search box starts loading
// Pagefind before anything is typed, and the page says "Searching…" while it waits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../site/build-site.ts';
import { chromiumOrSkip, resultIds, searchFor, statusText, waitForResults } from './search-support.ts';
import { useServedSite } from './support/served-site.ts';

const available = chromiumOrSkip('search across languages browser tests');

/** The ids of the published Chinese articles whose frontmatter files them under `topic`. */
function articlesOnTopic(topic: string): string[] {
  const dir = join(PROJECT_ROOT, 'content/articles/zh');
  return readdirSync(dir)
    .filter((file) => /\.mdx?$/.test(file))
    .filter((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const topics = JSON.parse(/^topics:\s*(\[.*\])\s*$/m.exec(text)?.[1] ?? '[]') as string[];
      return topics.includes(topic) && !/^draft:\s*true\s*$/m.test(text);
    })
    .map((file) => file.replace(/\.mdx?$/, ''));
}

describe.skipIf(!available)('search across languages and on a slow link', () => {
  const served = useServedSite();

  /** The page at `path` in the suite's reused tab (support/tabs.ts): it is not closed after use. */
  const open = (path: string): Promise<Page> => served.tabs.open(path);

  it('English search for 壶关 says how many Chinese reports match and leads to them in one step', async () => {
    const zh = await open('zh/search/');
    await searchFor(zh, '壶关');
    const chinese = await resultIds(zh);
    const count = Number(/找到(\d+)条/.exec(await statusText(zh))?.[1]);
    expect(count).toBeGreaterThan(0);

    const page = await open('en/search/');
    await searchFor(page, '壶关');
    const pointer = page.locator('.search-other');
    await expect.poll(() => pointer.isVisible()).toBe(true);
    const text = await pointer.innerText();
    expect(text).toContain('壶关');
    expect(text).toMatch(new RegExp(`\\b${count} results? on the Chinese pages match`));
    const link = pointer.getByRole('link');
    const target = new URL((await link.getAttribute('href'))!, page.url());
    expect(target.pathname).toBe(`${new URL(served.server.url).pathname}zh/search/`);
    expect(target.searchParams.get('q')).toBe('壶关');
    await Promise.all([page.waitForURL('**/zh/search/?q=*'), link.click()]);
    await waitForResults(page, '壶关');
    expect(await resultIds(page)).toEqual(chinese);
  });

  it('English search for 壶关 also finds the English reports on Huguan, through the place names of both languages', async () => {
    const page = await open('en/search/');
    await searchFor(page, 'Huguan');
    const huguan = await resultIds(page);
    expect(huguan.length).toBeGreaterThan(0);
    await searchFor(page, '壶关');
    expect(await resultIds(page)).toEqual(expect.arrayContaining(huguan));
  });

  it('Chinese search for “heating” finds the 供热 reports', async () => {
    const heating = articlesOnTopic('heating');
    expect(heating.length).toBeGreaterThan(0);
    const page = await open('zh/search/');
    await searchFor(page, 'heating');
    const shown = await resultIds(page);
    for (const id of heating) expect(shown, id).toContain(id);
  });

  it('a query found widely in the page’s language does not ask the other language', async () => {
    // A page of its own: the request listener must not outlive the test.
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(served.server.url + 'zh/search/');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await searchFor(page, '养老');
    expect((await resultIds(page)).length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.search-other').isVisible()).toBe(false);
    // The English index's metadata was never fetched.
    expect(requested.filter((url) => /pagefind\.en_[^/]*\.pf_meta$/.test(url))).toEqual([]);
    await page.close();
  });

  it('excerpts do not repeat a word the way the figures table’s cells run together (“477,000 jobs jobs offered”)', async () => {
    const repeats: string[] = [];
    for (const [lang, query] of [['en', 'jobs'], ['en', 'heating'], ['en', 'elderly care'], ['zh', '就业']] as const) {
      const page = await open(`${lang}/search/`);
      await searchFor(page, query);
      for (const excerpt of await page.locator('.result-excerpt').allInnerTexts()) {
        const repeated = /(?<![\p{L}\p{N}])([\p{L}]{3,})\s+\1(?![\p{L}\p{N}])/iu.exec(excerpt);
        if (repeated) repeats.push(`${lang} “${query}”: “${repeated[0]}” in “${excerpt}”`);
      }
    }
    expect(repeats).toEqual([]);
  });

  describe('on a slow link', () => {
    /** Opens `path` with every Pagefind request recorded (and held back `delayMs`, as a slow link would). */
    async function watched(path: string, delayMs = 0) {
      const context = await served.browser.newContext();
      const requested: string[] = [];
      await context.route('**/pagefind/**', async (route) => {
        requested.push(new URL(route.request().url()).pathname);
        if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
        await route.continue();
      });
      const page = await context.newPage();
      await page.goto(served.server.url + path);
      await page.waitForLoadState('networkidle');
      return { page, requested, close: () => context.close() };
    }

    it.each([
      { where: 'the header box of an article page', path: 'en/articles/ban-hao-min-sheng-shi-shi-shu-xie/', box: '#header-search-q' },
      { where: 'the search page’s box', path: 'zh/search/', box: '#search-q' },
    ])('focusing $where requests pagefind.js before anything is typed', async ({ path, box }) => {
      const { page, requested, close } = await watched(path);
      expect(requested, 'nothing loaded before focus').toEqual([]);
      await page.focus(box);
      await expect.poll(() => requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
      // Its WebAssembly and the language's metadata follow, still before any typing.
      await expect.poll(() => requested.some((p) => /\.pf_meta$/.test(p))).toBe(true);
      expect(await page.inputValue(box)).toBe('');
      await close();
    });

    it('says “Searching…” in its status line while Pagefind is on its way, then the results', async () => {
      const { page, close } = await watched('en/search/', 1500);
      await page.fill('#search-q', 'heating');
      await page.press('#search-q', 'Enter');
      await expect.poll(() => statusText(page)).toBe('Searching…');
      expect(await page.locator('.search-status').getAttribute('aria-live')).toBe('polite');
      await waitForResults(page, 'heating');
      expect(await statusText(page)).toMatch(/\d+ results? for “heating”/);
      await close();
    });

    it('the header box says “Searching…” while the search page loads', async () => {
      const { page, close } = await watched('zh/');
      await page.fill('#header-search-q', '供热');
      // The status is set as the form submits, before the next page replaces this one.
      const said = page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const status = document.querySelector('.header-search [role="status"]')!;
            new MutationObserver(() => resolve(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
          }),
      );
      await page.press('#header-search-q', 'Enter');
      expect(await said).toBe('正在搜索……');
      await close();
    });
  });
});
