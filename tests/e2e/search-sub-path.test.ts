// Search on a site deployed under a sub-path (BASE_PATH=/archive/cz/), in Chromium. The build also
// leaves one report untranslated (its English file removed, an English title in the glossary), so its
// English page, which shows no text, must still be found by that title and by its figures.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { SEARCH_EXCLUDE } from '../../scripts/search/index-site.ts';
import { buildSite } from '../site/build-site.ts';
import { CHROMIUM_ARGS, BROWSER_PATH } from './browser.ts';
import { chromiumOrSkip, resultIds, searchFor } from './search-support.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const BASE = '/archive/cz/';
const UNTRANSLATED = 'chang-zhi-jiao-jing-quan-sheng-gong-an';
/**
 * Runs in the build's private copy of the project (tests/site/build-site.ts), never in the checkout. Its
 * source is part of the build's cache key, so the strings are written out here rather than shared.
 */
function leaveOneUntranslated(projectDir: string): void {
  rmSync(join(projectDir, 'content/articles/en/chang-zhi-jiao-jing-quan-sheng-gong-an.md'));
  const glossaryFile = join(projectDir, 'content/glossary.yaml');
  const glossary = parseDocument(readFileSync(glossaryFile, 'utf8'));
  glossary.setIn(['terms', '长治交警全省公安交警系统 宣讲比武竞赛获佳绩'], 'Changzhi traffic police shine at the provincial public-speaking contest');
  writeFileSync(glossaryFile, String(glossary));
}

const available = chromiumOrSkip('search sub-path browser tests');

describe.skipIf(!available)('search under a sub-path', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const site = await buildSite({ name: 'search-sub-path', basePath: BASE, editProject: leaveOneUntranslated });
    server = await serveStatic(site.distDir, site.base);
    browser = await chromium.launch({ executablePath: BROWSER_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('searches in both languages, with result links under the base that open the right page', async () => {
    for (const [lang, query, id] of [
      ['zh', '壶关', 'min-sheng-wei-ben-xing-fu-sheng-huo'],
      ['en', 'conscription', 'quan-shi-zheng-bing-gong-zuo-dian-shi'],
    ] as const) {
      await page.goto(`${server.url}${lang}/search/`);
      await searchFor(page, query);
      expect(await resultIds(page)).toContain(id);
      const link = page.locator(`.search-results a[href$="/articles/${id}/"]`);
      expect(await link.getAttribute('href')).toBe(`${BASE}${lang}/articles/${id}/`);
      await Promise.all([page.waitForURL(`**${BASE}${lang}/articles/${id}/`), link.click()]);
      expect(await page.locator('article h1').count()).toBe(1);
    }
  });

  it('sends the header box to the search page under the base', async () => {
    await page.goto(`${server.url}zh/`);
    expect(await page.locator('.header-search').getAttribute('action')).toBe(`${BASE}zh/search/`);
    await page.locator('.header-search input').fill('供热');
    await Promise.all([page.waitForURL(`**${BASE}zh/search/?q=*`), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.status === 'done');
    expect(await resultIds(page)).toContain('min-sheng-wei-ben-xing-fu-sheng-huo');
  });

  it('finds an untranslated report’s English page by its English title and by its figures', async () => {
    await page.goto(`${server.url}en/search/`);
    await searchFor(page, 'public-speaking contest');
    expect(await resultIds(page)).toContain(UNTRANSLATED);
    const title = page.locator(`.search-results a[href$="/articles/${UNTRANSLATED}/"]`);
    expect(await title.innerText()).toBe('Changzhi traffic police shine at the provincial public-speaking contest');
    // `17 teams`, `51 contestants`: only in the figure table of the English page, which shows no text.
    for (const query of ['competing teams', 'contestants']) {
      await searchFor(page, query);
      expect(await resultIds(page), query).toContain(UNTRANSLATED);
    }
  });

  it('has, on its article pages, every part the index leaves out (so the selectors are still right)', async () => {
    const pages = [`en/articles/${UNTRANSLATED}/`, 'zh/articles/min-sheng-wei-ben-xing-fu-sheng-huo/'];
    const found = new Set<string>();
    for (const path of pages) {
      await page.goto(server.url + path);
      for (const selector of SEARCH_EXCLUDE) if ((await page.locator(`article ${selector}`).count()) > 0) found.add(selector);
    }
    expect([...SEARCH_EXCLUDE].filter((s) => !found.has(s))).toEqual([]);
  });
});
