// A browser suite's site and browser: the site built (cached, tests/site/build-site.ts) and served from
// 127.0.0.1, and Chromium started, before the suite's tests; both closed after. Called inside a
// `describe`, in place of the beforeAll/afterAll pair every browser suite used to write for itself; its tabs
// are reused from page to page (support/tabs.ts).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildSite, type SiteBuildOptions } from '../../site/build-site.ts';
import { serveStatic, type StaticServer } from '../serve.ts';
import { launchBrowser } from './browser.ts';
import { Tabs } from './tabs.ts';

export interface ServedSite {
  server: StaticServer;
  browser: Browser;
  /** The suite's reused tabs on this site (support/tabs.ts). */
  tabs: Tabs;
}

/** The suite's served site and browser, ready once its beforeAll has run. */
export function useServedSite(options: SiteBuildOptions = { name: 'root' }, timeout = 600_000): ServedSite {
  const served = {} as ServedSite;
  served.tabs = new Tabs(() => served.browser, () => served.server.url);
  beforeAll(async () => {
    const site = await buildSite(options);
    served.server = await serveStatic(site.distDir, site.base);
    served.browser = await launchBrowser();
  }, timeout);
  afterAll(async () => {
    await served.tabs.close();
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
