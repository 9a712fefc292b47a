// The one place the browser tests decide whether they can run, start Chromium, and watch a page for
// trouble. Debian's Chromium, or its headless shell when installed (../browser.ts BROWSER_PATH), is used (CI installs
// both with apt-get); playwright-core downloads no browser.
// Without Chromium a local run skips the browser suites with a loud message naming the install command;
// with CI=true it fails instead, so a CI machine that lost its browser cannot pass by skipping.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, BROWSER_PATH, browserInstalled, INSTALL_HINT } from '../browser.ts';

export { BROWSER_PATH, INSTALL_HINT };

/**
 * Whether the browser suite named `suite` can run. Throws when Chromium is missing and CI is set;
 * otherwise prints a loud warning and returns false, for `describe.skipIf(!browserAvailable(...))`.
 */
export function browserAvailable(suite: string, env: NodeJS.ProcessEnv = process.env, found = browserInstalled()): boolean {
  if (found) return true;
  const message = `${suite}: Chromium not found at ${BROWSER_PATH}. Install it with: ${INSTALL_HINT}`;
  if (env.CI && env.CI !== 'false' && env.CI !== '0') {
    throw new Error(`${message} (CI is set, so the browser tests may not be skipped)`);
  }
  console.warn(`\n*** SKIPPING ${message} ***\n`);
  return false;
}

/**
 * Chromium resolves no host name but the local server's: a request to another host fails in the browser's own
 * resolver (net::ERR_NAME_NOT_RESOLVED), with nothing sent, and watchedContext records it.
 */
export const LOCAL_HOSTS_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: BROWSER_PATH, args: [...CHROMIUM_ARGS, LOCAL_HOSTS_ONLY] });
}

/** What went wrong while a page was open: console errors, uncaught exceptions, requests to other hosts. */
export interface PageTrouble {
  consoleErrors: string[];
  pageErrors: string[];
  offSiteRequests: string[];
}

/** Hosts a page may load from: the local test server only. */
export function isLocalUrl(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

/**
 * A browser context whose every request is watched: one to any host other than the local server is recorded,
 * so a page that would load a font, script or image from elsewhere is caught even when the request fails (there
 * is no network here, and launchBrowser's Chromium resolves no other host). Watched, not intercepted: Playwright's
 * route('**') paused every request of every page for the test process to let it go on, and turned the browser's
 * cache off (2026-12-07, CPU of a run: pages.test.ts 168 -> 161 s, csp.test.ts 43 -> 39 s).
 */
export async function watchedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; trouble: PageTrouble }> {
  const context = await browser.newContext(options);
  const trouble: PageTrouble = { consoleErrors: [], pageErrors: [], offSiteRequests: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (!isLocalUrl(url)) trouble.offSiteRequests.push(url);
  });
  context.on('page', (page) => watchPage(page, trouble));
  return { context, trouble };
}

function watchPage(page: Page, trouble: PageTrouble): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    trouble.consoleErrors.push(where ? `${message.text()} (at ${where})` : message.text());
  });
  page.on('pageerror', (error) => trouble.pageErrors.push(error.stack ?? error.message));
}

/** One line per problem, for a failure message; empty when the page was clean. */
export function describeTrouble(trouble: PageTrouble): string[] {
  return [
    ...trouble.consoleErrors.map((e) => `console error: ${e}`),
    ...trouble.pageErrors.map((e) => `uncaught exception: ${e}`),
    ...trouble.offSiteRequests.map((u) => `request to another host: ${u}`),
  ];
}

/**
 * describeTrouble, less the one console error that is expected: Chromium logs the 404 status of a page asked for
 * at `url` when that page is the site's 404 page (`status` 404).
 */
export function unexpectedTrouble(trouble: PageTrouble, url: string, status: number): string[] {
  return describeTrouble(trouble).filter((e) => !(status === 404 && e.includes('404') && e.includes(url)));
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Which of axe-core's checks to run: all of them unless a list of rule ids or of tags is given. */
export type AxeOnly = { rules: string[] } | { tags: string[] };

/** The rules a page's colour scheme can change the outcome of (axe's `cat.color` rules at WCAG AA). */
export const COLOUR_RULES: AxeOnly = { rules: ['color-contrast', 'link-in-text-block'] };

/**
 * axe-core's serious and critical violations on the page as it is now (WCAG 2.x A/AA and best practice), of
 * every rule or only of those `only` names: a second pass in dark mode needs the colour rules alone, and a
 * check of one rule need not pay for all the others (the full run takes seconds on a long page).
 */
export async function seriousAxeViolations(page: Page, only?: AxeOnly): Promise<AxeViolation[]> {
  // Run from the installed package through the DevTools protocol: no request leaves the machine, and the
  // page's Content-Security-Policy (which refuses an injected <script>, as it should) does not apply.
  await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const runOnly = only && ('rules' in only ? { type: 'rule', values: only.rules } : { type: 'tag', values: only.tags });
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], ...(runOnly ? { runOnly } : {}) });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, runOnly);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(', ')}`).join('\n');
}
