// axe-core over the pages a reader without JavaScript gets (the header's search form and the search page's
// message in <noscript>, the charts' script-only controls hidden, a chart's table open to read), in light and
// dark mode (light on a phone, 320 px; dark on a desktop, 1280 px): the home page, an article with a chart and a
// report printed as a sidebar in both languages, the data page, a topic's and a place's page, the search page
// and the data dictionary. pages.test.ts runs axe with script on; with script off axe itself cannot run
// (support/no-script.ts says why and how the page is held still for it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../site/build-site.ts';
import { browserAvailable, describeViolations, seriousAxeViolations } from './support/browser.ts';
import { openWithoutScript } from './support/no-script.ts';
import { LANGS, pageTypes } from './support/page-types.ts';
import { useServedSite } from './support/served-site.ts';

const available = browserAvailable('tests/e2e/no-script-axe.test.ts');
// Each scheme at one width, paired (light on a phone, dark on a desktop): both schemes' colours and both layouts
// are scanned, at half the time of every pair (164 s for 64 scans was too much of CI's 20 minutes).
const VIEWS = [
  { colorScheme: 'light', width: 320 },
  { colorScheme: 'dark', width: 1280 },
] as const;

/** The first article (by name) whose Markdown says `kind: "<kind>"`. */
function articleOfKind(kind: string): string {
  const folder = join(PROJECT_ROOT, 'content', 'articles', 'zh');
  const file = readdirSync(folder)
    .sort()
    .find((f) => readFileSync(join(folder, f), 'utf8').includes(`\nkind: "${kind}"`));
  if (!file) throw new Error(`no ${kind} article in ${folder}`);
  return file.replace(/\.mdx?$/, '');
}

/** The first article (by name) that draws a chart other than a row of cards. */
function articleWithChart(distDir: string): string {
  const folder = join(distDir, 'zh', 'articles');
  const id = readdirSync(folder)
    .sort()
    .find((name) => /class="chart chart--(?!cards)/.test(readFileSync(join(folder, name, 'index.html'), 'utf8')));
  if (!id) throw new Error(`no article with a chart in ${folder}`);
  return id;
}

describe.skipIf(!available)('pages without JavaScript under axe-core', () => {
  const site = useServedSite();
  let distDir = '';
  // The same cached build the served site is (built by then): its folder, to pick the pages from.
  beforeAll(async () => {
    distDir = (await buildSite({ name: 'root' })).distDir;
  }, 600_000);

  // One context per view for the whole suite, a new page in it per scan: a new context cost 2–3 s of a loaded
  // 2-core machine, a page in a warm one a fraction. Script never runs on these pages before axe (no storage,
  // no cookies are written), so one scan cannot colour the next.
  const contexts = new Map<(typeof VIEWS)[number], Promise<BrowserContext>>();
  const contextFor = (view: (typeof VIEWS)[number]) => {
    if (!contexts.has(view)) {
      contexts.set(view, site.browser.newContext({ viewport: { width: view.width, height: 900 }, colorScheme: view.colorScheme }));
    }
    return contexts.get(view)!;
  };
  afterAll(async () => {
    for (const context of contexts.values()) await (await context).close();
  });

  /** Scans `path` in each view; returns what each scan found to hold still. */
  async function scan(path: string) {
    let rewritten = 0;
    for (const view of VIEWS) {
      const opened = await openWithoutScript(await contextFor(view), site.server.url + path);
      try {
        const where = `/${path} ${view.colorScheme} ${view.width}px without script`;
        expect(opened.moved, `${where}: drawn differently once axe could run`).toEqual([]);
        const violations = await seriousAxeViolations(opened.page);
        expect(violations, `axe-core on ${where}:\n${describeViolations(violations)}`).toEqual([]);
        rewritten += opened.rewritten;
      } finally {
        await opened.page.close();
      }
    }
    // Every page has the header's scriptless form, shown by a `(scripting: none)` rule: axe saw that page.
    expect(rewritten, `/${path}: (scripting: none) rules held`).toBeGreaterThanOrEqual(VIEWS.length);
  }

  for (const lang of LANGS) {
    it(`${lang}: the home page, an article with a chart and a sidebar report`, async () => {
      await scan(`${lang}/`);
      await scan(`${lang}/articles/${articleWithChart(distDir)}/`);
      await scan(`${lang}/articles/${articleOfKind('sidebar')}/`);
    }, 240_000);

    it(`${lang}: the data page and the data dictionary`, async () => {
      await scan(`${lang}/data/`);
      await scan(`${lang}/data/dictionary/`);
    }, 240_000);

    it(`${lang}: a topic's page, a place's page and the search page`, async () => {
      const types = pageTypes(distDir);
      const pathOf = (type: string) => types.find((p) => p.type === type && p.lang === lang)!.path;
      await scan(pathOf('topic listing'));
      await scan(pathOf('region listing'));
      await scan(`${lang}/search/`);
    }, 240_000);
  }
});
