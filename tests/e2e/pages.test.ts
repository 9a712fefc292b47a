// Every page type of the site, in both languages, in Debian's Chromium on a build served from 127.0.0.1:
// it loads with no console error, no uncaught exception and no request to another host; axe-core finds
// no serious or critical violation, in light and in dark mode; headings, landmarks and chart text
// alternatives are in place; the language switch leads to the same page in the other language; nothing scrolls sideways at 320 px, and
// no table cuts its text off there (a wide one scrolls in a named region the keyboard can scroll);
// and with JavaScript off every article paragraph, table, chart and listing is still there to read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../site/build-site.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { browserAvailable, COLOUR_RULES, describeViolations, launchBrowser, seriousAxeViolations, unexpectedTrouble } from './support/browser.ts';
import { Tabs } from './support/tabs.ts';
import { LANGS, MISSING_PAGE, pageTypes, twinPath, type PageOfType } from './support/page-types.ts';
import { documentProblems, hiddenWithoutScript, sidewaysOverflow } from './support/page-checks.ts';
import { tabTo } from './support/keyboard.ts';

const available = browserAvailable('tests/e2e/pages.test.ts');
/** The page types every language has (see support/page-types.ts); the splash and 404 pages come on top. */
const TYPES = ['home', 'article', 'parallel view', 'topic index', 'topic listing', 'region index', 'region listing', 'year index', 'year listing', 'about', 'translation status', 'data dashboard', 'data topic', 'data dictionary', 'search'];

/** The tests that open every page type in turn. */
const LOOP_TIMEOUT = 180_000;

describe.skipIf(!available)('every page type in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let pages: PageOfType[];
  const tabs = new Tabs(() => browser, () => server.url);

  beforeAll(async () => {
    // E2E_DIST checks a site built elsewhere (served at the root) instead of the shared test build.
    const site = process.env.E2E_DIST ? { distDir: process.env.E2E_DIST, base: '/' } : await buildSite({ name: 'root' });
    pages = pageTypes(site.distDir);
    server = await serveStatic(site.distDir, site.base);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await tabs.close();
    await browser?.close();
    await server?.close();
  });

  const pathOf = (type: string, lang: string | undefined) => {
    const page = pages.find((p) => p.type === type && p.lang === lang);
    if (!page) throw new Error(`no ${type} page in ${lang}`);
    return page.path;
  };

  /** Loads a page in the reused watched tab, runs `check` on it, and fails on any trouble the page caused. */
  async function visit(
    path: string,
    check: (page: Page) => Promise<void>,
    options: { expectStatus?: number; width?: number; javaScriptEnabled?: boolean; waitUntil?: 'load' | 'networkidle'; colorScheme?: 'light' | 'dark' } = {},
  ) {
    const { page, response, trouble } = await tabs.visit(path, options);
    expect(response?.status(), `HTTP status of ${path}`).toBe(options.expectStatus ?? 200);
    await check(page);
    expect(unexpectedTrouble(trouble, server.url + path, options.expectStatus ?? 200), `trouble on ${path}`).toEqual([]);
  }

  async function loadsCleanAndAccessible(path: string, expectStatus = 200) {
    await visit(
      path,
      async (page) => {
        const violations = await seriousAxeViolations(page);
        expect(violations, `axe-core on ${path}:\n${describeViolations(violations)}`).toEqual([]);
        const problems = await documentProblems(page);
        expect(problems, `structure of ${path}`).toEqual([]);
      },
      // Network idle: a script that fetches something after load is caught too.
      { expectStatus, waitUntil: 'networkidle' },
    );
  }

  /** axe-core's colour rules again with the reader's system in dark mode (prefers-color-scheme: dark). */
  async function accessibleInDarkMode(path: string, expectStatus = 200) {
    await visit(
      path,
      async (page) => {
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark mode is on').toBe(true);
        // The colour rules: the rest of axe's checks read the same document in either scheme (the light pass).
        const violations = await seriousAxeViolations(page, COLOUR_RULES);
        expect(violations, `axe-core on ${path} in dark mode:\n${describeViolations(violations)}`).toEqual([]);
      },
      { expectStatus, colorScheme: 'dark' },
    );
  }

  it('the splash page loads cleanly and passes axe-core', () => loadsCleanAndAccessible(''));
  it('the 404 page loads cleanly and passes axe-core', () => loadsCleanAndAccessible(MISSING_PAGE, 404));
  it('the splash page passes axe-core in dark mode', () => accessibleInDarkMode(''));
  it('the 404 page passes axe-core in dark mode', () => accessibleInDarkMode(MISSING_PAGE, 404));

  for (const lang of LANGS) {
    describe(`in ${lang}`, () => {
      for (const type of TYPES) {
        it(`${type}: loads with no console error or off-site request, and axe-core finds nothing serious`, () => loadsCleanAndAccessible(pathOf(type, lang)));
        it(`${type}: axe-core finds nothing serious in dark mode`, () => accessibleInDarkMode(pathOf(type, lang)));
      }

      it('the language switch, used with the keyboard, leads to the same page in the other language', async () => {
        for (const type of TYPES) {
          const path = pathOf(type, lang);
          await visit(path, async (page) => {
            await page.focus('.lang-switch a');
            await Promise.all([page.waitForURL(server.url + twinPath(path)), page.keyboard.press('Enter')]);
          });
        }
      }, LOOP_TIMEOUT);

      it('the splash page follows a language chosen with the header switch', async () => {
        const other = lang === 'zh' ? 'en' : 'zh';
        // The browser prefers the page's language, so only the stored choice can take the reader elsewhere.
        const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
        try {
          const page = await context.newPage();
          await page.goto(`${server.url}${pathOf('article', lang)}`);
          await Promise.all([page.waitForURL(server.url + twinPath(pathOf('article', lang))), page.click('.lang-switch a')]);
          // Arriving at / from elsewhere (no referrer from this site): straight to the chosen language.
          const fresh = await context.newPage();
          await fresh.goto(server.url);
          await fresh.waitForURL(`${server.url}${other}/`, { timeout: 10_000 });
        } finally {
          await context.close();
        }
      });

      it('every table reads from the top left of its cells, as the text does (numbers may sit right)', async () => {
        const centred: string[] = [];
        for (const type of TYPES) {
          const path = pathOf(type, lang);
          await visit(path, async (page) => {
            const found = await page.evaluate(() => {
              document.querySelectorAll('details').forEach((d) => (d.open = true));
              return [...document.querySelectorAll('table th, table td')]
                .filter((cell) => (cell.textContent ?? '').trim() !== '')
                .map((cell) => ({ cell, style: getComputedStyle(cell) }))
                .filter(({ style }) => style.textAlign === 'center' || style.verticalAlign === 'middle')
                .map(({ cell, style }) => `${cell.tagName.toLowerCase()} “${(cell.textContent ?? '').trim().slice(0, 20)}” ${style.textAlign}/${style.verticalAlign}`);
            });
            if (found.length) centred.push(`${path}: ${found.length} cells, e.g. ${found[0]}`);
          }, { width: 390 });
        }
        expect(centred).toEqual([]);
      }, LOOP_TIMEOUT);

      // One load of each page at 320 px for both checks (they were two tests loading the same pages).
      it('at 320 px no page type scrolls sideways, and no table cuts text off: a wide one scrolls in a named, focusable region that says so and the keyboard scrolls', async () => {
        const wide: string[] = [];
        const problems: string[] = [];
        let wideTables = 0;
        for (const type of TYPES) {
          const path = pathOf(type, lang);
          await visit(path, async (page) => {
            // The page as loaded, before the table checks below focus and scroll anything.
            const overflow = await sidewaysOverflow(page);
            if (overflow) wide.push(`${path}: ${overflow}`);
            // Scroll-state container queries (the hint) are resolved at a snapshot after layout, and a font
            // that loads late can widen a table: wait for the fonts, then let two frames pass, so a box's hint
            // is read as a reader sees it (a CI run once read a wide table's hint in the frame before).
            await page.evaluate(async () => {
              await document.fonts.ready;
              await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
            });
            const tables = await page.evaluate(() =>
              [...document.querySelectorAll('main table')]
                .filter((table) => table.checkVisibility())
                .map((table, i) => {
                  const clipped = [...table.querySelectorAll('th, td')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => (cell.textContent ?? '').trim().slice(0, 30));
                  let box = table.parentElement;
                  while (box && box !== document.body && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
                  const scroller = box && box !== document.body ? box : undefined;
                  const room = scroller ? scroller.clientWidth : document.documentElement.clientWidth;
                  const name = (el: Element) =>
                    (el.getAttribute('aria-label') ?? '').trim() ||
                    (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
                  scroller?.setAttribute('data-test-scroller', String(i));
                  return {
                    what: `table ${i + 1} (${(table.querySelector('th')?.textContent ?? '').trim().slice(0, 20)})`,
                    clipped,
                    wide: table.getBoundingClientRect().width > room + 1,
                    scroller: scroller && {
                      index: i,
                      // A named <section> is a region landmark without saying so.
                      role: scroller.getAttribute('role') ?? (scroller.tagName === 'SECTION' ? 'region' : null),
                      name: name(scroller),
                      tabIndex: scroller.tabIndex,
                      hint: !!scroller.querySelector('.scroll-hint')?.checkVisibility(),
                    },
                  };
                }),
            );
            for (const table of tables) {
              const where = `${path} ${table.what}`;
              for (const cell of table.clipped) problems.push(`${where}: cell clipped: "${cell}"`);
              if (!table.wide) continue;
              wideTables++;
              const box = table.scroller;
              if (!box) {
                problems.push(`${where}: wider than the screen with no box to scroll it in`);
                continue;
              }
              if (box.role !== 'region' || !box.name) problems.push(`${where}: its scrolling box is not a named region (role ${box.role}, name "${box.name}")`);
              if (box.tabIndex !== 0) problems.push(`${where}: its scrolling box cannot be focused (tabindex ${box.tabIndex})`);
              if (!box.hint) problems.push(`${where}: nothing shows that it scrolls`);
              const scroller = page.locator(`[data-test-scroller="${box.index}"]`);
              await scroller.focus();
              await page.keyboard.press('ArrowRight');
              // Keyboard scrolling is animated: wait for it to move.
              const scrolled = await scroller
                .evaluate((el) => new Promise<boolean>((done) => {
                  const start = performance.now();
                  const check = () => (el.scrollLeft > 0 ? done(true) : performance.now() - start > 2000 ? done(false) : requestAnimationFrame(check));
                  check();
                }));
              if (!scrolled) problems.push(`${where}: the arrow keys do not scroll it`);
            }
          }, { width: 320 });
        }
        expect(wide, 'pages that scroll sideways at 320 px').toEqual([]);
        expect(problems).toEqual([]);
        // The dictionary's and the dashboard's tables are wider than 320 px: the check above was exercised.
        expect(wideTables).toBeGreaterThan(0);
      }, LOOP_TIMEOUT);

      it('with JavaScript off, every page type still shows all its text, tables, charts and listings', async () => {
        const hidden: string[] = [];
        for (const type of TYPES) {
          const path = pathOf(type, lang);
          await visit(path, async (page) => {
            for (const what of await hiddenWithoutScript(page)) hidden.push(`${path}: ${what}`);
          }, { javaScriptEnabled: false });
        }
        expect(hidden).toEqual([]);
      }, LOOP_TIMEOUT);
    });
  }

  it('the keyboard reaches the skip link first, and it moves focus to the main content', async () => {
    await visit(pathOf('article', 'en'), async (page) => {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    });
  });

  // A chart's sort buttons with the keyboard: tests/e2e/charts.test.ts (the seeds alone give no bar chart that sorts).
  it('the dashboard filters work with the keyboard alone', async () => {
    await visit(pathOf('data dashboard', 'zh'), async (page) => {
      const shown = () => page.locator('.dashboard-table tbody tr:not([hidden])').count();
      const total = await shown();
      await tabTo(page, 'select[name="region"]');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => new URL(location.href).searchParams.has('region'));
      expect(await shown()).toBeLessThan(total);
    });
  });

  it('the search box and its filters work with the keyboard alone', async () => {
    await visit(pathOf('search', 'zh'), async (page) => {
      await tabTo(page, '#search-q');
      await page.keyboard.type('养老');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '养老');
      await tabTo(page, '.search-filters summary');
      await page.keyboard.press('Enter');
      await tabTo(page, '.search-filters input[type="checkbox"]');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => [...new URL(location.href).searchParams.keys()].some((key) => key !== 'q'));
    });
  });
});
