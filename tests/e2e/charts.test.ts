// The charts in a real browser (Debian's Chromium through playwright-core), on a built site served
// from 127.0.0.1: visible and sized at phone and desktop widths, tooltips on keyboard focus, sorting,
// target against reached, dots on a log scale, dashboard filters that reach every figure (not only the
// rows the page lists) and say how many match, no layout shift, little JavaScript, working without it
// (year pages), chart titles as headings, and no serious or critical axe-core violation. Without Chromium the suite is skipped
// with the install command (CI fails instead).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, BROWSER_PATH, browserInstalled, INSTALL_HINT } from './browser.ts';
import { buildChartsSite, MDX_CHART_ARTICLE, TEST_REPORT } from './charts-site.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { Tabs } from './support/tabs.ts';
import { tabTo } from './support/keyboard.ts';

const ARTICLE = 'min-sheng-wei-ben-xing-fu-sheng-huo';
const available = browserInstalled();
if (!available) {
  const message = `Chromium not found at ${BROWSER_PATH}: the chart browser tests need it. Install it with: ${INSTALL_HINT}`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n*** SKIPPING tests/e2e/charts.test.ts ***\n${message}\n`);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.skipIf(!available)('charts in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  const tabs = new Tabs(() => browser, () => server.url);
  /** Every figure the dashboard shows: data/figures.json's, less one person's own (domain/figure.ts isDataFigure). */
  let all: { id: string; year: number | null; region: string | null; topic: string | null; status: string | null }[];

  beforeAll(async () => {
    const site = await buildChartsSite();
    server = await serveStatic(site.distDir, site.base);
    browser = await chromium.launch({ executablePath: BROWSER_PATH, args: CHROMIUM_ARGS });
    all = ((await (await fetch(`${server.url}data/figures.json`)).json()) as typeof all).filter((f) => f.status !== 'anecdote');
  }, 600_000);

  afterAll(async () => {
    await tabs.close();
    await browser?.close();
    await server?.close();
  });

  /** The page at `path` in the suite's reused tab (support/tabs.ts): it is not closed after use. */
  const open = (path: string, width = 1280, javaScriptEnabled = true): Promise<Page> => tabs.open(path, width, { javaScriptEnabled });

  /** The layout each visible chart shows, with its size on screen. */
  async function visibleCharts(page: Page) {
    return page.$$eval('figure.chart .chart-svg', (svgs) =>
      svgs
        .filter((svg) => getComputedStyle(svg).display !== 'none')
        .map((svg) => ({ variant: svg.getAttribute('data-variant'), width: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height })),
    );
  }

  for (const [width, variant] of [
    [390, 'narrow'],
    [1280, 'wide'],
  ] as const) {
    it(`article charts are visible and sized at ${width} px (${variant} layout)`, async () => {
      const page = await open(`en/articles/${TEST_REPORT}/`, width);
      const charts = await visibleCharts(page);
      expect(charts.length).toBeGreaterThanOrEqual(1);
      for (const chart of charts) {
        expect(chart.variant).toBe(variant);
        expect(chart.width).toBeGreaterThan(width === 390 ? 300 : 500);
        expect(chart.width).toBeLessThanOrEqual(width);
        expect(chart.height).toBeGreaterThan(60);
      }
      await page.goto(server.url + `en/articles/${ARTICLE}/`);
      expect(await page.locator('.article-charts .chart-card').count()).toBeGreaterThanOrEqual(3);
    });
  }

  it('shows a tooltip for the mark that has keyboard focus, and hides it on Escape', async () => {
    const page = await open(`en/articles/${ARTICLE}/`);
    let onMark = false;
    for (let i = 0; i < 300 && !onMark; i++) {
      await page.keyboard.press('Tab');
      onMark = await page.evaluate(() => !!document.activeElement?.matches('.chart-mark'));
    }
    expect(onMark).toBe(true);
    const tip = await page.evaluate(() => (document.activeElement as SVGElement).dataset.tip);
    const tooltip = page.locator('.chart-tooltip:not([hidden])');
    await expect.poll(() => tooltip.count()).toBe(1);
    expect(await tooltip.innerText()).toBe(tip);
    const box = await tooltip.boundingBox();
    expect(box!.width).toBeGreaterThan(50);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.chart-tooltip:not([hidden])').count()).toBe(0);
  });

  it('re-sorts a bar chart without changing its size', async () => {
    const page = await open('en/data/');
    const chart = page.locator('figure.chart--bar:has(.chart-tools)').first();
    const svg = chart.locator('.chart-svg--wide');
    const size = async () => {
      const box = (await svg.boundingBox())!;
      return { width: box.width, height: box.height };
    };
    const before = await size();
    const order = () => svg.locator('.chart-mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-text-rank')));
    const byValue = await order();
    await chart.locator('button[data-sort="text"]').click();
    const byText = await order();
    expect(byText).toEqual([...byText].sort((a, b) => Number(a) - Number(b)));
    expect(byText).not.toEqual(byValue);
    expect(await chart.locator('button[data-sort="text"]').getAttribute('aria-pressed')).toBe('true');
    expect(await size()).toEqual(before);
  });

  it('marks an untranslated report’s Chinese title in an English table’s source cell as Chinese', async () => {
    const page = await open('en/data/measures/heating-network-km/');
    const titles = await page.locator(`a[href*="${TEST_REPORT}"] span[lang="zh-CN"]`).allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles)).toEqual(new Set(['各县区供热管网建设进展（图表测试用稿）']));
  });

  it('re-sorts a bar chart with the keyboard alone', async () => {
    const page = await open('zh/data/');
    await tabTo(page, 'figure.chart--bar button[data-sort="text"]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
  });

  it('filters the dashboard to every figure that matches, not only the rows the page lists, and says how many', async () => {
    const page = await open('zh/data/');
    const rows = page.locator('.dashboard-table tbody tr');
    const visible = page.locator('.dashboard-table tbody tr:not([hidden])');
    const status = page.locator('.dashboard-status');
    expect(await rows.count()).toBe(100);
    // 2023 has more figures than the 100 most recent rows hold: filtering used to show 5 of its 35.
    const of2023 = all.filter((f) => f.year === 2023);
    const listed2023 = await page.locator('.dashboard-table tbody tr[data-year="2023"]').count();
    expect(listed2023).toBeLessThan(of2023.length);
    await page.selectOption('select[name="year"]', '2023');
    await expect.poll(() => status.innerText()).toBe(`${of2023.length}个数字符合条件，显示${of2023.length}个。`);
    expect(await visible.count()).toBe(of2023.length);
    expect((await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.year))).every((y) => y === '2023')).toBe(true);
    expect(new Set(await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.key)))).toEqual(new Set(of2023.map((f) => f.id)));
    // A fetched row is the page's own kind of row: a link to the paragraph that prints the figure.
    expect(await visible.first().locator('td a[href*="/articles/"]').count()).toBe(1);
    expect(page.url()).toContain('year=2023');

    // A place across every year: all its figures, from every year's file.
    await page.selectOption('select[name="year"]', '');
    await page.selectOption('select[name="region"]', '壶关县');
    const huguan = all.filter((f) => f.region === '壶关县');
    await expect.poll(() => status.innerText()).toBe(`${huguan.length}个数字符合条件，显示${huguan.length}个。`);
    expect(await visible.count()).toBe(huguan.length);
    const huguan2023 = huguan.filter((f) => f.year === 2023).length;
    await page.selectOption('select[name="year"]', '2023');
    await expect.poll(() => status.innerText()).toBe(`${huguan2023}个数字符合条件，显示${huguan2023}个。`);
    expect(await visible.count()).toBe(huguan2023);

    // No choice: the page's own rows again.
    await page.selectOption('select[name="year"]', '');
    await page.selectOption('select[name="region"]', '');
    await expect.poll(() => rows.count()).toBe(100);
    expect(await status.innerText()).toBe(`显示100个数字，共${all.length}个。`);
  });

  it('keeps a filtered view in its address, and counts in English too', async () => {
    const page = await open('en/data/?topic=heating');
    const heating = all.filter((f) => f.topic === 'heating');
    await expect.poll(() => page.locator('.dashboard-status').innerText()).toBe(`${heating.length} figures match; showing ${Math.min(100, heating.length)}.`);
    expect(await page.locator('.dashboard-table tbody tr:not([hidden])').count()).toBe(Math.min(100, heating.length));
  });

  it('draws target against reached, and values 50 times apart as dots on a log scale', async () => {
    const page = await open('zh/data/');
    const target = page.locator('figure.chart--target');
    expect(await target.count()).toBe(1);
    expect(await target.locator('figcaption').innerText()).toContain('新建改造供热管网');
    const row = target.locator('.chart-svg--wide .chart-mark').first();
    expect(await row.locator('.chart-goal').count()).toBe(1);
    expect(await row.locator('.chart-value-goal').textContent()).toContain('计划50公里（2025）');
    expect(await row.locator('.chart-value-reached').textContent()).toContain('已完成38.1公里（2025）');
    const log = page.locator('figure.chart--bar:has(.chart-dot)');
    expect(await log.count()).toBeGreaterThanOrEqual(1);
    expect(await log.first().locator('figcaption').innerText()).toContain('对数刻度');
    expect(await log.first().locator('.chart-svg--wide .chart-bar').count()).toBe(0);
  });

  it('adds no layout shift and ships little JavaScript on an article page', async () => {
    const page = await open(`zh/articles/${ARTICLE}/`, 390);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    const html = await (await fetch(server.url + `zh/articles/${ARTICLE}/`)).text();
    let bytes = 0;
    for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/(ld\+)?json"/.test(attrs!)) continue;
      const src = attrs!.match(/src="([^"]+)"/)?.[1];
      const code = src ? await (await fetch(new URL(src, server.url))).text() : body!;
      bytes += gzipSync(code).length;
    }
    // The charts' budget is 10 KB gzipped; this counts every script on the page, so it is an upper bound.
    console.log(`article page JavaScript: ${bytes} bytes gzipped`);
    expect(bytes).toBeLessThan(10 * 1024);
  });

  it('keeps a Chinese data table’s names whole on a phone: the table scrolls in its box instead of squeezing a column', async () => {
    const page = await open('zh/data/', 320);
    await page.$$eval('details.chart-data', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const cells = await page.$$eval('.chart-data table :is(th, td):not(.num)', (els) =>
      els.map((el) => ({ width: el.getBoundingClientRect().width, em: parseFloat(getComputedStyle(el).fontSize) })),
    );
    expect(cells.length).toBeGreaterThan(10);
    // Four characters a line at the least (a county's name is two to five): none squeezed to one or two.
    for (const c of cells) expect(c.width).toBeGreaterThanOrEqual(4 * c.em);
    // And the page itself never scrolls sideways: the tables scroll in their boxes.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('works without JavaScript: charts drawn, tables in the page, filter form hidden, topic and year pages linked', async () => {
    const page = await open('en/data/', 390, false);
    expect((await visibleCharts(page)).length).toBeGreaterThanOrEqual(5);
    expect(await page.locator('form[data-filters]').isVisible()).toBe(false);
    expect(await page.locator('.chart-data table').count()).toBeGreaterThanOrEqual(5);
    // Every figure of a year, on pages of its own.
    await page.click('nav.year-links a[href$="/data/years/2023/"]');
    await page.waitForURL(/\/en\/data\/years\/2023\/$/);
    expect(await page.locator('h1').innerText()).toBe('Every figure of 2023');
    const of2023 = all.filter((f) => f.year === 2023).map((f) => f.id);
    const keys = await page.locator('.year-figures tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.key));
    expect(new Set(keys)).toEqual(new Set(of2023));
    await page.goto(server.url + 'en/data/');
    await page.click('nav.dashboard-topics a[href$="/data/heating/"]');
    await page.waitForURL(/\/en\/data\/heating\/$/);
    expect(await page.locator('h1').innerText()).toBe('Data: Heating');
  });

  it('draws a chart an editor put in the MDX (<FigureChart measure="heating-network-km" />): the measure’s latest group of like figures', async () => {
    const page = await open(`zh/articles/${MDX_CHART_ARTICLE}/`);
    const chart = page.locator('.prose figure.chart--bar');
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('figcaption').innerText()).toContain('新建改造供热管网');
    expect(await chart.locator('figcaption').innerText()).toContain('口径：期内新增；时期：2025年。');
    const marks = chart.locator('.chart-svg--wide .chart-mark');
    const hrefs = await marks.evaluateAll((all) => all.map((m) => m.getAttribute('href')));
    // 壶关县's 38.1公里 and the test report's three counties; 上党区's 13.5公里 (a whole project, 2024) stays out.
    expect(hrefs).toHaveLength(4);
    for (const href of hrefs) expect(href).toMatch(/^\/zh\/articles\/[a-z-]+\/#p\d+$/);
    const labels = await marks.locator('.chart-label').allTextContents();
    for (const label of labels) expect(label).toMatch(/ · 2025$/);
  });

  for (const path of ['en/data/', `zh/articles/${MDX_CHART_ARTICLE}/`, 'en/topics/heating/', 'zh/regions/huguan-county/']) {
    it(`serves every chart CSV ${path} links to`, async () => {
      const page = await open(path);
      const links = await page.$$eval('a[href$=".csv"][href*="/data/charts/"]', (as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const response = await fetch(link);
        expect(response.status, link).toBe(200);
        expect(response.headers.get('content-type')).toContain('text/csv');
        // Bytes, not text(): decoding drops the byte-order mark spreadsheets need to read UTF-8.
        const bytes = Buffer.from(await response.arrayBuffer());
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(bytes.subarray(3).toString('utf8')).toMatch(/^(id|region),/);
      }
    });
  }

  for (const path of [`en/articles/${ARTICLE}/`, `zh/articles/${ARTICLE}/`, 'en/data/', 'zh/data/']) {
    it(`gives every chart of ${path} a heading, so a screen reader can jump from chart to chart`, async () => {
      const page = await open(path);
      const charts = await page.$$eval('figure.chart', (figures) =>
        figures.map((f) => {
          const heading = f.querySelector('figcaption h2, figcaption h3, figcaption h4');
          return { heading: heading?.tagName ?? null, text: heading?.textContent?.trim() ?? '' };
        }),
      );
      expect(charts.length, `${path} draws charts`).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.heading, JSON.stringify(chart)).not.toBeNull();
        expect(chart.text.length).toBeGreaterThan(0);
      }
      // The accessibility tree lists them as headings among the page's own.
      const headings = await page.getByRole('heading').allTextContents();
      for (const chart of charts) expect(headings.map((h) => h.trim())).toContain(chart.text);
    });
  }

  for (const path of [`en/articles/${ARTICLE}/`, `zh/articles/${ARTICLE}/`, 'en/data/', 'zh/data/']) {
    it(`axe-core finds no serious or critical violation in the charts of ${path}`, async () => {
      for (const width of [390, 1280]) {
        const page = await open(path, width);
        // Through the DevTools protocol: the page's Content-Security-Policy refuses an injected <script>.
        await page.evaluate(readFileSync(AXE, 'utf8'));
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
          // The charts' own regions: the rest of the page belongs to other components and their tests.
          const include = ['.article-charts', '.dashboard'].filter((s) => document.querySelector(s)).map((s) => [s]);
          const result = await axe.run({ include }, { resultTypes: ['violations'] });
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
        });
        expect(violations, `${path} at ${width} px`).toEqual([]);
      }
    }, 120_000);
  }
});
