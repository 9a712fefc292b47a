// Screenshots of the charts for a person to look at: an article's charts and the dashboard, in both
// languages, at 390 px (a phone) and 1280 px, each chart on its own. Builds the site (cached) first:
//   npx node tests/e2e/screenshots.ts [output folder] [article id]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, BROWSER_PATH } from './browser.ts';
import { buildChartsSite } from './charts-site.ts';
import { serveStatic } from './serve.ts';

const [out = 'screenshots', article = 'min-sheng-wei-ben-xing-fu-sheng-huo'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const site = await buildChartsSite();
const server = await serveStatic(site.distDir, site.base);
const browser = await chromium.launch({ executablePath: BROWSER_PATH, args: CHROMIUM_ARGS });
try {
  for (const lang of ['zh', 'en']) {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      for (const [name, path, selector] of [
        ['article', `${lang}/articles/${article}/`, '.article-charts'],
        ['data', `${lang}/data/`, 'main'],
      ] as const) {
        await page.goto(server.url + path);
        // The top of the page as a reader first sees it, then each chart on its own (whole pages are
        // too tall to look at).
        await page.screenshot({ path: join(out, `${name}-${lang}-${width}-top.png`) });
        const charts = page.locator(`${selector} .chart`);
        const count = await charts.count();
        for (let i = 0; i < count; i++) {
          const file = join(out, `${name}-${lang}-${width}-${String(i).padStart(2, '0')}.png`);
          await charts.nth(i).screenshot({ path: file });
          console.log(file);
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
