// What a reader found on a phone in Chromium (session 12's review, 390 px), checked on the seeds' site as drawn:
//   - a chart's data table in English gave its label column one word a line (`Monthly / basic / pension / of
//     the …`, 80 px) while the values beside it kept their room: a text cell takes its text's width up to
//     10em before it wraps (charts/frame/charts.css), and the table scrolls in its box, not the page (the
//     report map's table, a place and two counts, fits a 320 px screen whole);
//   - the data page's figure table in English set each value at the end of a 238 px column, past the screen's
//     right edge: on a phone a value starts beside its label, and a measure's table has its column names on
//     one line (`Year or period` took three) (dashboard/FigureIndexTable.astro);
//   - a card's long value wrapped its last word alone (`more than 200 charging` / `piles`): its lines come out
//     even, so a value breaks after its hedge (`more than` / `200 charging piles`), on the home page's key
//     figures and on the listings' chart cards;
//   - the search box's hint was cut mid-letter on a phone (`e.g. heating, childcare, H`): it ends with an ellipsis.
// And what that review left (UX6):
//   - the data dictionary's three columns at 320 px gave the column's name 176 px and ran the meaning past the
//     screen; the translation status gave a report's title an 8rem column (English: sixteen lines a title): on
//     a phone both stack a row's cells, and stay tables to a screen reader (Chromium's accessibility tree);
//   - the data page's figure table, in a box as tall as its 7,000 px, was scrolled to its middle when the
//     keyboard reached it: the box is at most about a screen tall, so reaching it shows its head;
//   - the header's search box was moved to a phone's second row by `order`, tabbed to before the links drawn
//     above it: the header's controls are drawn in the order the keyboard meets them, with script and without;
//   - `Huguan County, / 2025` under a home key figure at 390 px, and `Browse by place` alone under `Or browse:`.
// And what UX7 found with a finger (touch emulation, session 14): a swipe over the figure table's box, capped at
//   80% of the screen, scrolled the box through all its rows, not the page; on a touch screen it has no cap.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../site/build-site.ts';
import { browserAvailable } from './support/browser.ts';
import { LANGS } from './support/page-types.ts';
import { useServedSite } from './support/served-site.ts';
import { swipe } from './support/touch.ts';

const available = browserAvailable('tests/e2e/phone-fit.test.ts');
const PHONES = [320, 390];
/** The width an English text cell may take before it wraps, in its own ems (charts.css). */
const CELL_EMS = 10;

describe.skipIf(!available)('tables and cards on a phone', () => {
  const site = useServedSite();

  /** The page at `path` in the suite's reused tab (support/tabs.ts): it is not closed after use. */
  const open = (path: string, width: number, options: { height?: number; javaScriptEnabled?: boolean } = {}): Promise<Page> => site.tabs.open(path, width, options);

  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  /** Text cells of the page's chart data tables (all opened) that wrap though their text is narrower than `ems`. */
  const squeezedCells = (page: Page, ems: number) =>
    page.evaluate((ems) => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>('details.chart-data')) details.open = true;
      const squeezed: string[] = [];
      let labels = 0;
      let long = 0;
      for (const cell of document.querySelectorAll<HTMLElement>('.chart-data table tbody :is(th, td):not(.num)')) {
        if (cell.closest(':lang(zh-CN)')) continue; // Chinese breaks anywhere: its floor is charts.test.ts's
        // The boxes of its text (a range over the cell would count its inline boxes' too).
        const rects: DOMRect[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
        }
        const lines = new Set(rects.map((r) => Math.round(r.top))).size;
        const textWidth = rects.reduce((sum, r) => sum + r.width, 0);
        const em = parseFloat(getComputedStyle(cell).fontSize);
        const width = cell.getBoundingClientRect().width;
        if (cell.tagName === 'TH') labels++;
        // A text that fits the width on one line stands on one line (the width of its text on several lines
        // leaves out the spaces at their ends: half an em of slack); a longer one has that width to wrap in,
        // less an em (a line may end short by a word's last letters).
        if (lines > 1 && textWidth <= (ems - 0.5) * em) squeezed.push(`"${cell.textContent!.trim()}" on ${lines} lines, ${Math.round(width)} px`);
        if (textWidth > ems * em) long++;
        if (textWidth > ems * em && width < (ems - 1) * em) squeezed.push(`"${cell.textContent!.trim().slice(0, 40)}…" in ${Math.round(width)} px`);
      }
      return { labels, long, squeezed };
    }, ems);

  it('gives an English chart table\'s text columns room for their words on a phone, and scrolls the table, not the page', async () => {
    const articles = readdirSync(join(PROJECT_ROOT, 'content', 'articles', 'en')).map((f) => `en/articles/${f.replace(/\.mdx?$/, '')}/`);
    let labels = 0;
    let long = 0;
    let maps = 0;
    for (const path of ['en/data/', ...articles]) {
      for (const width of PHONES) {
        const page = await open(path, width);
        const found = await squeezedCells(page, CELL_EMS);
        const wide = await pageWidth(page);
        // A table of a place and two counts (the report map's) fits the screen whole: it does not scroll.
        const mapScrolls = await page.locator('.chart--map .chart-data .scroll-table').evaluateAll((boxes) => boxes.map((b) => b.scrollWidth - b.clientWidth));
        labels += found.labels;
        long += found.long;
        expect(found.squeezed, `/${path} ${width}px`).toEqual([]);
        expect(wide, `/${path} ${width}px`).toBeLessThanOrEqual(width);
        expect(mapScrolls.filter((by) => by > 0), `/${path} ${width}px: the map's table scrolls by`).toEqual([]);
        maps += mapScrolls.length;
      }
    }
    expect(maps).toBeGreaterThan(0);
    // The check saw the tables (the data page and the articles draw charts with tables), and texts that wrap.
    expect(labels).toBeGreaterThan(20);
    expect(long).toBeGreaterThan(5);
  }, 180_000);

  it('starts every value of the data page\'s and a measure\'s figure table inside the screen on a phone, under heads on one line, in both languages', async () => {
    for (const lang of LANGS) {
      for (const [path, width] of PHONES.flatMap((w) => [`${lang}/data/`, `${lang}/data/measures/heating-area-m2/`].map((p) => [p, w] as const))) {
        const page = await open(path, width);
        const { rows, outside, heads } = await page.evaluate(() => {
          const box = document.querySelector('.figure-index .scroll-table')!.getBoundingClientRect();
          const em = parseFloat(getComputedStyle(document.querySelector('.figure-index table')!).fontSize);
          const outside: string[] = [];
          const cells = [...document.querySelectorAll<HTMLElement>('.figure-index tbody td.num')].filter((c) => c.getClientRects().length > 0);
          for (const cell of cells) {
            const range = document.createRange();
            range.selectNodeContents(cell);
            const start = range.getBoundingClientRect().left;
            // At least three characters of the value show before the box's edge.
            if (start > box.right - 3 * em) outside.push(`${cell.textContent} starts at ${Math.round(start)} px, the box ends at ${Math.round(box.right)}`);
          }
          // The columns' names, each with the number of lines it takes.
          const heads = [...document.querySelectorAll('.figure-index thead th')].map((th) => {
            const range = document.createRange();
            range.selectNodeContents(th);
            return { text: th.textContent!.trim(), lines: new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size };
          });
          return { rows: cells.length, outside, heads };
        });
        const wide = await pageWidth(page);
        expect(rows, `/${path} ${width}px`).toBeGreaterThan(path.includes('measures') ? 0 : 20);
        expect(outside, `/${path} ${width}px`).toEqual([]);
        expect(heads.length, `/${path} ${width}px`).toBeGreaterThan(3);
        expect(heads.filter((h) => h.lines > 1), `/${path} ${width}px: heads on several lines`).toEqual([]);
        expect(wide, `/${path} ${width}px`).toBeLessThanOrEqual(width);
      }
    }
  }, 60_000);

  it('wraps no card\'s value with its last word alone, on the home page and every topic\'s page, at a phone\'s widths', async () => {
    let wrapped = 0;
    for (const lang of LANGS) {
      // Every topic's page, as the topics' index links them (a place's page draws the same cards).
      const listings: string[] = [];
      for (const folder of ['topics']) {
        const index = await open(`${lang}/${folder}/`, 1280);
        const links = await index.locator(`main a[href*="/${lang}/${folder}/"]`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        listings.push(...new Set(links.map((p) => p.replace(/^\//, '')).filter((p) => p !== `${lang}/${folder}/`)));
      }
      expect(listings.length, lang).toBeGreaterThan(5);
      for (const path of [`${lang}/`, ...listings]) {
        for (const width of PHONES) {
          const page = await open(path, width);
          const values = await page.locator('.key-figure .value, .chart-card-value').evaluateAll((els) =>
            els.map((el) => {
              // The width of each line the value takes.
              const lines = new Map<number, number>();
              const range = document.createRange();
              range.selectNodeContents(el);
              for (const r of range.getClientRects()) if (r.width > 0) lines.set(Math.round(r.top), (lines.get(Math.round(r.top)) ?? 0) + r.width);
              return { text: el.textContent ?? '', widths: [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, w]) => w) };
            }),
          );
          const wide = await pageWidth(page);
          const multi = values.filter((v) => v.widths.length > 1);
          wrapped += multi.length;
          // A last line under a third of the longest is a stub: a word left over.
          const stubs = multi.filter((v) => v.widths.at(-1)! < Math.max(...v.widths) / 3).map((v) => `${v.text} (${v.widths.map(Math.round).join(' / ')} px)`);
          expect(stubs, `/${path} ${width}px`).toEqual([]);
          expect(wide, `/${path} ${width}px`).toBeLessThanOrEqual(width);
        }
      }
    }
    // The seeds' cards do wrap at these widths (`about 5 million m²` on the home page at 390 px).
    expect(wrapped).toBeGreaterThan(2);
  }, 240_000);

  it('stacks the data dictionary\'s columns and the translation status\'s rows on a phone, still tables to a screen reader', async () => {
    for (const lang of LANGS) {
      for (const path of [`${lang}/data/dictionary/`, `${lang}/translations/`]) {
        for (const width of PHONES) {
          const page = await open(path, width);
          const found = await page.evaluate(() => {
            const box = document.querySelector<HTMLElement>('main .scroll-table')!;
            const room = box.clientWidth;
            // Each row's header (the column's name, the report's title) takes the row's full width.
            const narrow = [...box.querySelectorAll<HTMLElement>('tbody th')].filter((th) => th.getBoundingClientRect().width < room - 1).map((th) => `${th.textContent!.trim().slice(0, 30)}: ${Math.round(th.getBoundingClientRect().width)} px`);
            return { sideways: box.scrollWidth - box.clientWidth, rows: box.querySelectorAll('tbody tr').length, narrow };
          });
          const cdp = await page.context().newCDPSession(page);
          const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string } }[] };
          const roles = (role: string) => nodes.filter((n) => n.role?.value === role).length;
          const wide = await pageWidth(page);
          expect(found.rows, `/${path} ${width}px`).toBeGreaterThan(5);
          expect(found.sideways, `/${path} ${width}px: the table scrolls sideways by`).toBeLessThanOrEqual(0);
          expect(found.narrow, `/${path} ${width}px: row headers narrower than the table`).toEqual([]);
          expect(wide, `/${path} ${width}px`).toBeLessThanOrEqual(width);
          // A table of rows, each with its header and cells, the column heads still naming them.
          expect(roles('table'), `/${path} ${width}px`).toBe(1);
          expect(roles('rowheader'), `/${path} ${width}px`).toBe(found.rows);
          expect(roles('columnheader'), `/${path} ${width}px`).toBeGreaterThanOrEqual(3);
          expect(roles('cell'), `/${path} ${width}px`).toBeGreaterThanOrEqual(2 * found.rows);
        }
      }
    }
  }, 60_000);

  it('shows the data page\'s figure table from its head when the keyboard reaches its box, on a phone and a desktop', async () => {
    for (const lang of LANGS) {
      for (const width of [...PHONES, 1280]) {
        const page = await open(`${lang}/data/`, width);
        // From the control before the box, with the page at its top, as a reader tabbing down the page.
        await page.evaluate(() => {
          const box = document.querySelector<HTMLElement>('.figure-index .scroll-table')!;
          const before = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex]')].filter(
            (el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && box.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING,
          );
          before.at(-1)!.focus();
          window.scrollTo(0, 0);
        });
        await page.keyboard.press('Tab');
        await page.waitForTimeout(300); // a smooth scroll settles
        const seen = await page.evaluate(() => {
          const box = document.querySelector<HTMLElement>('.figure-index .scroll-table')!;
          const head = box.querySelector('thead')!.getBoundingClientRect();
          return { focused: document.activeElement === box, boxHeight: box.getBoundingClientRect().height, rows: box.scrollHeight, headTop: head.top, headBottom: head.bottom, screen: innerHeight };
        });
        const where = `/${lang}/data/ ${width}px`;
        expect(seen.focused, where).toBe(true);
        // The table is taller than the screen; its box is not.
        expect(seen.rows, where).toBeGreaterThan(seen.screen);
        expect(seen.boxHeight, where).toBeLessThanOrEqual(seen.screen);
        expect(seen.headTop, `${where}: the table's head is above the screen`).toBeGreaterThanOrEqual(0);
        expect(seen.headBottom, `${where}: the table's head is below the screen`).toBeLessThanOrEqual(seen.screen);
      }
    }
  }, 60_000);

  it('moves the page, not the figure table\'s box, under a finger swiping over the table, and brings its last row on screen by keyboard', async () => {
    const box = '.figure-index .scroll-table';
    for (const lang of LANGS) {
      for (const [width, height] of [[320, 640], [390, 844]] as const) {
        for (const touch of [true, false]) {
          // A touch screen is a context's (hasTouch, isMobile); without one the suite's reused tab at that size.
          const context = touch ? await site.browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true }) : undefined;
          const page = context ? await context.newPage() : await open(`${lang}/data/`, width, { height });
          if (context) await page.goto(`${site.server.url}${lang}/data/`, { waitUntil: 'load' });
          const where = `/${lang}/data/ ${width}x${height}${touch ? ' touch' : ''}`;
          const state = () =>
            page.evaluate((box) => {
              const el = document.querySelector<HTMLElement>(box)!;
              const last = el.querySelector('tbody tr:last-child')!.getBoundingClientRect();
              const seen = el.getBoundingClientRect();
              return { pageY: scrollY, pageEnd: document.documentElement.scrollHeight - innerHeight, boxY: el.scrollTop, table: el.scrollHeight, lastSeen: last.top >= Math.max(0, seen.top) && last.bottom <= Math.min(innerHeight, seen.bottom) };
            }, box);
          if (touch) {
            // The table's head at the screen's top; swipes over its middle, up (reading on) then down.
            await page.evaluate((box) => document.querySelector(box)!.scrollIntoView(), box);
            const start = await state();
            expect(start.table, `${where}: the table is taller than the screen`).toBeGreaterThan(2 * height);
            for (const [from, to] of [[0.7, 0.3], [0.7, 0.3], [0.3, 0.7]] as const) {
              const before = await state();
              await swipe(page, width / 2, from * height, to * height);
              const after = await state();
              expect(after.boxY, `${where}: the box scrolled`).toBe(before.boxY);
              // The page followed the finger (less the touch slop; a fling may take it further), or went to its end.
              const moved = (after.pageY - before.pageY) * Math.sign(from - to);
              expect(moved, `${where}: the page moved by`).toBeGreaterThanOrEqual(Math.min(0.2 * height, before.pageEnd - before.pageY));
            }
          }
          // From the control before the box, Tab reaches it, and Page Down brings its last row on screen.
          await page.evaluate((box) => {
            const el = document.querySelector<HTMLElement>(box)!;
            const before = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select')].filter((c) => c.getClientRects().length > 0 && el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_PRECEDING);
            before.at(-1)!.focus();
          }, box);
          await page.keyboard.press('Tab');
          expect(await page.evaluate((box) => document.activeElement === document.querySelector(box), box), `${where}: Tab reached the box`).toBe(true);
          let presses = 0;
          for (; presses < 60 && !(await state()).lastSeen; presses++) {
            await page.keyboard.press('PageDown');
            await page.waitForTimeout(100);
          }
          await context?.close();
          expect(presses, `${where}: Page Down presses to the table's last row`).toBeLessThan(60);
        }
      }
    }
  }, 180_000);

  it('draws the header\'s controls in the order the keyboard meets them, with script and without', async () => {
    for (const lang of LANGS) {
      for (const javaScriptEnabled of [true, false]) {
        for (const width of [...PHONES, 1280]) {
          // The suite's reused tab with script or without, at this width and 900 px high (a context each took ~1.4 s).
          const page = await open(`${lang}/`, width, { javaScriptEnabled, height: 900 });
          const { controls, backwards } = await page.evaluate(() => {
            const controls = [...document.querySelectorAll<HTMLElement>('.site-header :is(a[href], input, button)')].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
            const backwards: string[] = [];
            const name = (el: HTMLElement) => (el.textContent || (el as HTMLInputElement).placeholder || el.tagName).trim().slice(0, 12);
            for (let i = 1; i < controls.length; i++) {
              const a = controls[i - 1]!.getBoundingClientRect();
              const b = controls[i]!.getBoundingClientRect();
              const sameRow = b.top < a.bottom && a.top < b.bottom;
              // The next control is drawn on a row above, or to the left on the same row.
              if (b.bottom <= a.top || (sameRow && b.left < a.left)) backwards.push(`${name(controls[i - 1]!)} → ${name(controls[i]!)}`);
            }
            return { controls: controls.length, backwards };
          });
          const where = `/${lang}/ ${width}px${javaScriptEnabled ? '' : ' without script'}`;
          // The site's name, the search box and its button, the data section, the language switch.
          expect(controls, where).toBe(5);
          expect(backwards, `${where}: drawn before the control tabbed to before it`).toEqual([]);
        }
      }
    }
  }, 60_000);

  it('keeps a key figure\'s place with its year and the search page\'s browse links together on a phone', async () => {
    let places = 0;
    for (const lang of LANGS) {
      for (const width of PHONES) {
        const home = await open(`${lang}/`, width);
        const wrapped = await home.locator('.key-figure .region').evaluateAll((els) =>
          els
            .map((el) => {
              const range = document.createRange();
              range.selectNodeContents(el);
              return { text: el.textContent!.trim(), lines: new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size };
            })
            .filter((line) => line.lines > 1),
        );
        places += await home.locator('.key-figure .region').count();
        expect(wrapped, `/${lang}/ ${width}px`).toEqual([]);
        const search = await open(`${lang}/search/`, width);
        const rows = await search.locator('.search-browse a').evaluateAll((links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size);
        // Both links fit a phone's line: they stand on one, beside `Or browse:` or under it.
        expect(rows, `/${lang}/search/ ${width}px: rows of browse links`).toBe(1);
      }
    }
    expect(places).toBeGreaterThan(0);
  }, 60_000);

  it('ends a search box\'s hint with an ellipsis where the box is narrower than it, on a phone', async () => {
    let narrow = 0;
    for (const lang of LANGS) {
      for (const width of PHONES) {
        for (const path of [`${lang}/`, `${lang}/search/`]) {
          const page = await open(path, width);
          const boxes = await page.locator('input[type=search]').evaluateAll((inputs) =>
            inputs
              .filter((input) => input.getClientRects().length > 0)
              .map((input) => {
                const style = getComputedStyle(input);
                const context = document.createElement('canvas').getContext('2d')!;
                context.font = style.font;
                const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                return { hint: (input as HTMLInputElement).placeholder, cut: context.measureText((input as HTMLInputElement).placeholder).width > room, overflow: style.textOverflow };
              }),
          );
          expect(boxes.length, `/${path} ${width}px`).toBeGreaterThan(0);
          for (const box of boxes.filter((b) => b.cut)) expect(box.overflow, `/${path} ${width}px: ${box.hint}`).toBe('ellipsis');
          narrow += boxes.filter((b) => b.cut).length;
        }
      }
    }
    // The English hint is wider than the header's box at these widths.
    expect(narrow).toBeGreaterThan(0);
  }, 60_000);
});
