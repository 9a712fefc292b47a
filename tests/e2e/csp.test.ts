// The Content-Security-Policy in Chromium (issue 16, item 12): every page type in both languages, the
// splash and 404 pages, loads and is used as a reader would — the header search box, a search that asks
// the other language too, the dashboard's filters, a chart's sort buttons, the language switch — with a
// `securitypolicyviolation` listener in the page and the console watched: no violation, no error.
// (tests/site/csp.test.ts checks the policy's directives and hashes in the built HTML.)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build-site.ts';
import { waitForResults } from './search-support.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { browserAvailable, launchBrowser, unexpectedTrouble } from './support/browser.ts';
import { LANGS, MISSING_PAGE, pageTypes, twinPath, type PageOfType } from './support/page-types.ts';
import { Tabs } from './support/tabs.ts';

const available = browserAvailable('tests/e2e/csp.test.ts');

/** Collects the page's CSP violations from before its first script runs. */
const LISTEN = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));
});`;

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe.skipIf(!available)('no page breaks its Content-Security-Policy', () => {
  let server: StaticServer;
  let browser: Browser;
  let pages: PageOfType[];
  const tabs = new Tabs(() => browser, () => server.url, { initScript: LISTEN });

  beforeAll(async () => {
    const site = await buildSite({ name: 'root' });
    pages = pageTypes(site.distDir);
    server = await serveStatic(site.distDir, site.base);
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await tabs.close();
    await browser?.close();
    await server?.close();
  });

  /** Opens `path` in the reused tab with the listener in place, lets `use` act on it, and fails on any violation or error. */
  async function check(path: string, use: (page: Page) => Promise<void> = async () => {}, expectStatus = 200) {
    const { page, response, trouble } = await tabs.visit(path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(expectStatus);
    expect(await page.evaluate(() => !!document.querySelector('meta[http-equiv="content-security-policy"]')), `${path} has a policy`).toBe(true);
    // The header box warms up the search on focus: its dynamic import and WebAssembly run under the policy too.
    if (await page.locator('#header-search-q').count()) {
      await page.focus('#header-search-q');
      await page.waitForLoadState('networkidle');
    }
    await use(page);
    await page.waitForLoadState('networkidle');
    expect(await violations(page), `CSP violations on ${path}`).toEqual([]);
    expect(unexpectedTrouble(trouble, server.url + path, expectStatus), `trouble on ${path}`).toEqual([]);
  }

  const pathOf = (type: string, lang?: string) => pages.find((p) => p.type === type && p.lang === lang)!.path;

  it('the splash page and the 404 page', async () => {
    await check('');
    await check(MISSING_PAGE, async () => {}, 404);
  });

  for (const lang of LANGS) {
    it(`every page type in ${lang}`, async () => {
      for (const page of pages.filter((p) => p.lang === lang)) await check(page.path);
    }, 240_000);

    it(`${lang}: a search that finds little asks the other language's index, all within the policy`, async () => {
      const query = lang === 'en' ? '壶关' : 'heating';
      await check(pathOf('search', lang), async (page) => {
        await page.fill('#search-q', query);
        await page.press('#search-q', 'Enter');
        await waitForResults(page, query);
        await page.locator('.search-other').waitFor({ state: 'visible' });
        expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
      });
    });

    it(`${lang}: the dashboard's filters and a chart's sort buttons`, async () => {
      await check(pathOf('data dashboard', lang), async (page) => {
        const region = page.locator('select[name="region"]');
        const first = await region.locator('option').nth(1).getAttribute('value');
        await region.selectOption(first!);
        await page.waitForFunction(() => new URL(location.href).searchParams.has('region'));
        const sort = page.locator('button[data-sort]').first();
        if (await sort.count()) await sort.click();
      });
    });

    it(`${lang}: the language switch, to the other language's page`, async () => {
      const path = pathOf('article', lang);
      await check(path, async (page) => {
        await Promise.all([page.waitForURL(server.url + twinPath(path)), page.click('.lang-switch a')]);
        await page.waitForLoadState('networkidle');
        expect(await violations(page), `CSP violations on ${twinPath(path)}`).toEqual([]);
      });
    });
  }
});
