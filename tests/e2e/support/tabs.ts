// A browser suite's reused tabs: one watched page for script on and one for script off, navigated from path to
// path with the viewport and colour scheme each visit asks for, in place of a new browser context for every
// page. On CI's loaded 2-core VM a new context and its first page cost 2–3 s; a navigation in a warm tab under
// 1 s (2026-12-05, tests/e2e measured both ways), and the browser suites open some 600 pages.
// What a visit must not inherit from the one before is reset: the trouble record, local and session storage
// and cookies (the language switch stores a reader's choice), an emulated print medium; and every visit starts
// from a blank page, so the last page's faults stay its own and the same address (or one differing by a #fragment)
// loads afresh. A suite that listens to a page's requests or touches it opens its own context still.
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { watchedContext, type PageTrouble } from './browser.ts';

export interface VisitOptions {
  width?: number;
  height?: number;
  javaScriptEnabled?: boolean;
  colorScheme?: 'light' | 'dark';
  waitUntil?: 'load' | 'networkidle';
}

export interface Visit {
  page: Page;
  response: Response | null;
  /** What went wrong on this visit only. */
  trouble: PageTrouble;
}

interface Tab {
  context: BrowserContext;
  trouble: PageTrouble;
  page?: Page;
}

export class Tabs {
  readonly #browser: () => Browser;
  readonly #baseUrl: () => string;
  readonly #initScript: string | undefined;
  readonly #tabs = new Map<boolean, Promise<Tab>>();

  /**
   * `browser` and `baseUrl` are read when needed, so a suite may make its Tabs before its beforeAll starts
   * them; `initScript` runs in every page before the page's own scripts (a listener the suite reads back).
   */
  constructor(browser: () => Browser, baseUrl: () => string, options: { initScript?: string } = {}) {
    this.#browser = browser;
    this.#baseUrl = baseUrl;
    this.#initScript = options.initScript;
  }

  /** Loads `path` (relative to the site's base URL) in the reused tab and returns it with this visit's trouble. */
  async visit(path: string, options: VisitOptions = {}): Promise<Visit> {
    const tab = await this.#tab(options.javaScriptEnabled ?? true);
    if (!tab.page || tab.page.isClosed()) tab.page = await tab.context.newPage();
    const page = tab.page;
    await forget(page, tab.context);
    // Off the last page before anything changes, so a fault it raises on a resize or a theme change is not laid
    // at the next page's door, and a visit that differs by a #fragment alone loads afresh.
    await page.goto('about:blank');
    await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
    await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? 'light' });
    for (const list of Object.values(tab.trouble) as string[][]) list.length = 0;
    const response = await page.goto(this.#baseUrl() + path, { waitUntil: options.waitUntil ?? 'load' });
    return { page, response, trouble: tab.trouble };
  }

  /** The page at `path`, for suites that check no trouble of their own. */
  async open(path: string, width = 1280, options: Omit<VisitOptions, 'width'> = {}): Promise<Page> {
    return (await this.visit(path, { ...options, width })).page;
  }

  async close(): Promise<void> {
    for (const tab of this.#tabs.values()) await (await tab).context.close().catch(() => {});
    this.#tabs.clear();
  }

  #tab(javaScriptEnabled: boolean): Promise<Tab> {
    let tab = this.#tabs.get(javaScriptEnabled);
    if (!tab) {
      tab = watchedContext(this.#browser(), { javaScriptEnabled }).then(async (watched) => {
        if (this.#initScript) await watched.context.addInitScript(this.#initScript);
        return watched;
      });
      this.#tabs.set(javaScriptEnabled, tab);
    }
    return tab;
  }
}

/** Clears what the last page stored: cookies, and local and session storage of the origin it was on. */
async function forget(page: Page, context: BrowserContext): Promise<void> {
  await context.clearCookies();
  if (!/^https?:/.test(page.url())) return;
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  }).catch(() => {});
}
