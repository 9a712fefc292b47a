// The reused tab keeps one visit's state from the next (support/tabs.ts): on three tiny pages in Chromium, a fault
// the last page raises when it is resized is not the next page's, storage set on one visit is gone on the next,
// print media and dark mode do not carry over, a request to another host is recorded and goes nowhere, and a visit
// that differs by a #fragment alone loads afresh.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../serve.ts';
import { browserAvailable, describeTrouble, launchBrowser } from './browser.ts';
import { Tabs } from './tabs.ts';

const available = browserAvailable('tests/e2e/support/tabs.test.ts');

/** /a/ throws just after every resize (as a layout script's deferred work would) and keeps a note in local storage; /b/ is quiet. */
const PAGES: Record<string, string> = {
  a: `<!doctype html><title>a</title><p id="p3">a</p><script>
    localStorage.setItem('seen', 'a');
    addEventListener('resize', () => setTimeout(() => { throw new Error('a broke on resize'); }, 30));
  </script>`,
  b: `<!doctype html><title>b</title><p>b</p>`,
  /** An image from another host: recorded as a request to it, and never loaded. */
  c: `<!doctype html><title>c</title><p>c</p><img alt="" src="https://cdn.example.com/c.png">`,
};

describe.skipIf(!available)('a reused tab', () => {
  let root: string;
  let server: StaticServer;
  let browser: Browser;
  const tabs = new Tabs(() => browser, () => server.url);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'tabs-'));
    for (const [name, html] of Object.entries(PAGES)) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, 'index.html'), html);
    }
    server = await serveStatic(root);
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await tabs.close();
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('does not lay the last page’s fault on a resize at the next page’s door', async () => {
    expect(describeTrouble((await tabs.visit('a/', { width: 800 })).trouble)).toEqual([]);
    const next = await tabs.visit('b/', { width: 400 });
    await next.page.waitForTimeout(100);
    expect(describeTrouble(next.trouble)).toEqual([]);
  });

  it('clears what a page stored, and the print medium and colour scheme asked for before', async () => {
    const first = await tabs.visit('a/', { colorScheme: 'dark' });
    await first.page.emulateMedia({ media: 'print' });
    const { page } = await tabs.visit('b/');
    expect(await page.evaluate(() => localStorage.getItem('seen'))).toBeNull();
    expect(await page.evaluate(() => matchMedia('print').matches)).toBe(false);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
  });

  it('records a request to another host, which fails without leaving the machine', async () => {
    const { page, trouble } = await tabs.visit('c/');
    expect(trouble.offSiteRequests).toEqual(['https://cdn.example.com/c.png']);
    expect(await page.evaluate(() => document.querySelector('img')!.naturalWidth)).toBe(0);
    expect((await tabs.visit('b/')).trouble.offSiteRequests).toEqual([]);
  });

  it('loads the same address, or one differing by a #fragment, afresh', async () => {
    const first = await tabs.visit('b/');
    await first.page.evaluate(() => document.body.setAttribute('data-touched', 'yes'));
    const again = await tabs.visit('b/#p3');
    expect(again.response?.status()).toBe(200);
    expect(await again.page.evaluate(() => document.body.hasAttribute('data-touched'))).toBe(false);
  });
});
