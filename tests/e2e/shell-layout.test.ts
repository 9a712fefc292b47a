// The browser suites run in Debian's chromium-headless-shell when it is installed (browser.ts BROWSER_PATH): the same
// Chromium's engine without the browser around it, a third less CPU. Readers use Chromium itself, so this suite
// checks the two lay the site out alike: on pages of each kind, at a phone's width and a desktop's, every element
// the reader sees first (header, headline, main column, the first chart, footer) has the same box in both, and the
// page the same size. If a Debian update made the shell lay out apart from Chromium, this fails and says where.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build-site.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, HEADLESS_SHELL_PATH } from './browser.ts';

const both = existsSync(CHROMIUM_PATH) && existsSync(HEADLESS_SHELL_PATH);
if (!both) {
  const message = `tests/e2e/shell-layout.test.ts needs both ${CHROMIUM_PATH} and ${HEADLESS_SHELL_PATH} (apt-get install -y chromium chromium-headless-shell)`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n*** SKIPPING ${message} ***\n`);
}

const PAGES = ['/', '/zh/', '/en/', '/zh/data/', '/en/data/', '/zh/regions/', '/en/articles/min-sheng-wei-ben-xing-fu-sheng-huo/', '/zh/articles/min-sheng-wei-ben-xing-fu-sheng-huo/'];
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const PARTS = ['header', 'h1', 'main', 'main svg', 'footer'];

describe.skipIf(!both)('the headless shell lays the site out as Chromium does', () => {
  let server: StaticServer;
  let shell: Browser;
  let full: Browser;
  beforeAll(async () => {
    const site = await buildSite({ name: 'root' });
    server = await serveStatic(site.distDir, site.base);
    [shell, full] = await Promise.all([HEADLESS_SHELL_PATH, CHROMIUM_PATH].map((executablePath) => chromium.launch({ executablePath, args: CHROMIUM_ARGS })));
  }, 600_000);
  afterAll(async () => {
    await Promise.all([shell?.close(), full?.close()]);
    await server?.close();
  });

  /** The page's size and the first box of each part, rounded to the pixel, as `browser` lays them out. */
  async function layout(browser: Browser, path: string, viewport: { width: number; height: number }): Promise<Record<string, string>> {
    const page = await browser.newPage({ viewport });
    const response = await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
    expect(response?.status(), `${path} is served`).toBe(200);
    await page.evaluate(() => document.fonts.ready);
    const boxes = await page.evaluate((parts) => {
      const out: Record<string, string> = { page: `${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}` };
      for (const part of parts) {
        const r = document.querySelector(part)?.getBoundingClientRect();
        out[part] = r ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : 'none';
      }
      return out;
    }, PARTS);
    await page.close();
    return boxes;
  }

  it('gives every part the same box on each page, at a phone’s width and a desktop’s', async () => {
    const apart: string[] = [];
    for (const path of PAGES) {
      for (const viewport of VIEWPORTS) {
        const [a, b] = await Promise.all([layout(shell, path, viewport), layout(full, path, viewport)]);
        expect(a.h1, `${path} has a headline`).not.toBe('none');
        for (const key of Object.keys(a)) if (a[key] !== b[key]) apart.push(`${path} at ${viewport.width}px: ${key} shell ${a[key]}, Chromium ${b[key]}`);
      }
    }
    expect(apart).toEqual([]);
  }, 300_000);
});
