// The search pages in Chromium, on the built site served from a local static server: real queries in
// both languages, filters, sorting, result links, the header box, the keyboard, screen-reader
// announcements, 320 px screens, no JavaScript, and what the first search downloads.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_QUERY_BUDGET, kilobytes, measureFirstQuery } from '../../scripts/bench/search-bytes.ts';
import { EN_QUERIES, ZH_QUERIES } from '../search/queries.ts';
import { articleRegions, chromiumOrSkip, resultIds, searchFor, statusText, waitForResults, waitForSearch } from './search-support.ts';
import { useServedSite } from './support/served-site.ts';

const available = chromiumOrSkip('search browser tests');

describe.skipIf(!available)('search in the browser', () => {
  const served = useServedSite();
  let page: Page;

  /** The page at `path` in the suite's reused tab (support/tabs.ts): it is not closed after use. */
  const open = async (path: string, width = 1280) => {
    page = await served.tabs.open(path, width);
    return page;
  };

  it.each([
    ...['供热', '托育', '养老', '壶关', '上党区', '零工市场', '食堂', 'AI', 'huguan'].map((q) => ({ lang: 'zh', q })),
    ...['heating', 'childcare', 'elderly care', 'Huguan', 'schools', 'jobs fair', 'conscription'].map((q) => ({ lang: 'en', q })),
  ])('$lang: “$q” brings up the reports it should', async ({ lang, q }) => {
    const expected = (lang === 'zh' ? ZH_QUERIES : EN_QUERIES).find((query) => query.q === q)!.expect;
    await open(`${lang}/search/`);
    await searchFor(page, q);
    const shown = await resultIds(page);
    for (const id of expected) expect(shown, `${q}: ${id}`).toContain(id);
  });

  it('announces the result count to screen readers and marks the matched words', async () => {
    await open('zh/search/');
    const status = page.locator('.search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await searchFor(page, '托育');
    expect(await statusText(page)).toBe('找到4条与“托育”有关的结果。');
    expect(await page.locator('.search-results li').first().locator('mark').first().innerText()).toBe('托育');
    await searchFor(page, '鳄鱼');
    expect(await statusText(page)).toContain('没有找到与“鳄鱼”有关的内容');
    expect(await page.locator('.search-results li').count()).toBe(0);
  });

  it.each([
    { lang: 'zh', q: '供热' },
    { lang: 'en', q: 'heating' },
  ])('$lang: “$q”: a mark holds the word without its punctuation, and `…` shows where an excerpt cuts a sentence', async ({ lang, q }) => {
    await open(`${lang}/search/`);
    await searchFor(page, q);
    const excerpts = await page.locator('.result-excerpt').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent ?? '', marks: [...el.querySelectorAll('mark')].map((m) => m.textContent ?? '') })),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    const marks = excerpts.flatMap((e) => e.marks);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => /^[\p{P}]|(?![%‰])[\p{P}]$/u.test(m))).toEqual([]);
    // Excerpts of a page's middle: some start or end inside a sentence and say so; none stops at a bare comma.
    expect(excerpts.some((e) => e.text.startsWith('…') || e.text.endsWith('…')), JSON.stringify(excerpts)).toBe(true);
    expect(excerpts.filter((e) => /[,，、]$/.test(e.text))).toEqual([]);
  });

  it.each([
    { lang: 'zh', q: '供暖', count: (n: number) => `找到${n}条与“供暖”有关的结果` },
    { lang: 'en', q: 'heating', count: (n: number) => `${n} results for “heating”` },
  ])('$lang: the count a reader hears is of every result shown, a measure’s page among them, not of reports only', async ({ lang, q, count }) => {
    await open(`${lang}/search/`);
    await searchFor(page, q);
    const ids = await resultIds(page);
    expect(ids.some((id) => id.includes('/data/measures/')), ids.join(' ')).toBe(true);
    expect(await statusText(page)).toContain(count(ids.length));
  });

  it.each(['zh', 'en'])('%s: the filter counts the page carries are the index’s own', async (lang) => {
    await open(`${lang}/search/`);
    // A string, so that Vitest leaves the page's own dynamic import alone.
    // Every year's index (pagefind/indexes.json) merged, as the page's own search does.
    const [carried, indexed] = await page.evaluate<[Record<string, unknown>, Record<string, unknown>]>(`(async () => {
      const root = document.querySelector('[data-search]');
      const bundle = root.dataset.bundle;
      const pagefind = await import(bundle + 'pagefind.js');
      const folders = (await (await fetch(bundle + 'indexes.json')).json()).languages[document.documentElement.lang.toLowerCase()];
      const instance = pagefind.createInstance({ basePath: bundle + folders[0], noWorker: true });
      for (const folder of folders.slice(1)) await instance.mergeIndex(bundle + folder);
      return [JSON.parse(root.dataset.filterCounts), await instance.filters()];
    })()`);
    expect(Object.keys(carried).length).toBe(4);
    expect(carried).toEqual(indexed);
  });

  it('narrows results with a filter in the page’s language, and widens them again', async () => {
    await open('zh/search/?q=养老');
    await waitForResults(page, '养老');
    const all = await resultIds(page);
    await page.locator('.search-filters summary').click();
    await page.getByRole('group', { name: '地区' }).getByLabel('上党区', { exact: true }).check();
    await waitForSearch(page, 'region', '上党区');
    const narrowed = await resultIds(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    for (const id of narrowed) expect(articleRegions(id), id).toContain('上党区');
    await page.getByRole('button', { name: '清除全部筛选' }).click();
    await waitForSearch(page, 'region', null);
    expect(await resultIds(page)).toEqual(all);
  });

  it('sorts by date, newest first, and keeps the choice in the address', async () => {
    await open('en/search/');
    await searchFor(page, 'Shangdang');
    await page.getByLabel('Order').selectOption('date');
    await waitForSearch(page, 'sort', 'date');
    const years = (await page.locator('.result-meta').allInnerTexts()).map((meta) => Number(/\d{4}/.exec(meta)?.[0] ?? 0));
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('takes the query along when the reader switches language, and only the query', async () => {
    await open('en/search/');
    const other = page.locator('.lang-switch a[data-choose-lang]');
    const before = new URL((await other.getAttribute('href'))!, page.url());
    expect(before.search).toBe('');
    await searchFor(page, 'heating');
    const after = new URL((await other.getAttribute('href'))!, page.url());
    expect(after.pathname).toBe(before.pathname);
    expect([...after.searchParams]).toEqual([['q', 'heating']]);
  });

  it('opens the right report from a result, with the keyboard', async () => {
    await open('zh/search/');
    await page.focus('#search-q');
    await page.keyboard.type('征兵');
    await page.keyboard.press('Enter');
    await waitForResults(page, '征兵');
    const title = await page.locator('.search-results h2 a').first().innerText();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('.search-results'))) break;
    }
    await Promise.all([page.waitForURL('**/zh/articles/quan-shi-zheng-bing-gong-zuo-dian-shi/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe(title);
  });

  it('searches from the header box of any page', async () => {
    await open('en/articles/ban-hao-min-sheng-shi-shi-shu-xie/');
    await page.getByRole('search').getByLabel('Search the reports').fill('heating');
    await Promise.all([page.waitForURL('**/en/search/?q=heating'), page.keyboard.press('Enter')]);
    await waitForResults(page, 'heating');
    expect(await resultIds(page)).toContain('min-sheng-wei-ben-xing-fu-sheng-huo');
    expect(await page.inputValue('#search-q')).toBe('heating');
  });

  it('fits a 320 px screen: no sideways scrolling, the box and its button in view', async () => {
    for (const path of ['zh/search/?q=养老', 'en/search/?q=heating', 'zh/articles/min-sheng-wei-ben-xing-fu-sheng-huo/', 'en/']) {
      await open(path, 320);
      if (path.includes('?q=')) await waitForResults(page, new URL(served.server.url + path).searchParams.get('q')!);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      // The search page's own box stands in the header's place there (components/search/HeaderSearch.astro).
      const box = path.includes('/search/') ? '.search-row' : '.header-search';
      for (const selector of [`${box} input`, `${box} button`]) {
        const box = (await page.locator(selector).boundingBox())!;
        expect(box.x + box.width, `${path} ${selector}`).toBeLessThanOrEqual(320);
      }
    }
  });

  /** The search boxes a reader sees on the page, each with its accessible name. */
  const visibleSearchBoxes = (p: Page) =>
    p.locator('input[type="search"]').evaluateAll((inputs) =>
      inputs
        .filter((input) => input.getClientRects().length > 0 && getComputedStyle(input).visibility !== 'hidden')
        .map((input) => ({ id: input.id, label: (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '' })),
    );

  it('shows one search box on the search page, with its label, with JavaScript and without', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    for (const lang of ['zh', 'en'] as const) {
      await open(`${lang}/search/`);
      await page.locator('.search-form:not([hidden])').waitFor();
      const withJs = await visibleSearchBoxes(page);
      expect(withJs.map((b) => b.id), `${lang} with JavaScript`).toEqual(['search-q']);
      expect(withJs[0]!.label).not.toBe('');
      // The header's <noscript> box is raw text with script on: none of it shows (it once showed as markup).
      expect(await page.locator('header').first().innerText(), `${lang} with JavaScript`).not.toContain('<');
      await noJs.goto(`${served.server.url}${lang}/search/`);
      const without = await visibleSearchBoxes(noJs);
      expect(without.map((b) => b.id), `${lang} without JavaScript`).toEqual(['header-search-q']);
      expect(without[0]!.label).toBe(withJs[0]!.label);
      // Any other page keeps its header box.
      await open(`${lang}/`);
      expect((await visibleSearchBoxes(page)).map((b) => b.id), `${lang} home`).toEqual(['header-search-q']);
    }
    await context.close();
  });

  it('says so without JavaScript, and links to the topic and place listings, which exist', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    for (const lang of ['zh', 'en'] as const) {
      await noJs.goto(`${served.server.url}${lang}/search/`);
      expect(await noJs.locator('.search-form').isVisible()).toBe(false);
      expect(await noJs.locator('main').innerText()).toContain('JavaScript');
      for (const listing of ['topics', 'regions']) {
        const link = noJs.locator(`.search-browse a[href$="/${lang}/${listing}/"]`);
        expect(await link.count(), `${lang} ${listing}`).toBe(1);
        const response = await noJs.request.get(new URL((await link.getAttribute('href'))!, served.server.url).href);
        expect(response.status()).toBe(200);
      }
    }
    await context.close();
  });

  it.each([
    { lang: 'zh' as const, query: '供热' },
    { lang: 'en' as const, query: 'heating' },
  ])('first search ($lang “$query”) downloads under the budget', async ({ lang, query }) => {
    const first = await measureFirstQuery(served.browser, served.server.url, lang, query);
    const other = first.otherLanguageBytes > 0 ? `; then ${kilobytes(first.otherLanguageBytes)} to count the other language's reports (few results)` : '';
    console.log(`first search ${lang} “${query}”: ${kilobytes(first.bytes)} in ${Object.keys(first.files).length} files under /pagefind/${other}`);
    expect(first.results).toBeGreaterThan(0);
    expect(first.bytes).toBeLessThan(FIRST_QUERY_BUDGET);
  });
});
