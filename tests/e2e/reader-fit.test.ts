// What a reader found in Chromium, checked on the seeds' site as drawn (session 11's reader review):
//   - the tile maps' county names (the data page's report map, a measure's value map) fit their tiles, at
//     the tile's own type, at every width and in both languages (`Shangdang` was shrunk and `Pingshun`
//     touched its tile's edge at 390 px), and a name broken into lines stays part of its link's name;
//   - a figure's number never breaks from its unit (`约500万平方米` wrapped `米` alone at 1280 px) on the
//     home page, the data page and an article, at a phone's, a tablet's and a desktop's width;
//   - nor in an article's prose: no line of any article starts with the unit of a number the line before
//     ends with (`2025 / 年`, `4.4 / million yuan` at 390 px; lib/markdown/figure-values.ts);
//   - and a reader who copies `4.4 million yuan` pastes ordinary spaces: a kept value holds no no-break
//     space (global.css sets it as one inline box instead);
//   - without script, the search page's header box stands where every other page's does (its own row on a
//     phone), not beside the Data link (HeaderSearch.astro);
//   - no line of a Chinese article is spread out character by character where a kept number moved on
//     (构 不 断 优 化 ； at 390 px, when the prose was justified; ArticleBody.astro);
//   - the data page's and the year pages' tables list no one person's own figure (status anecdote), which
//     the charts and the home page leave out too (domain/figure.ts isDataFigure);
//   - the data page's table reads across a row without blank bands: in Chinese every cell of a row stands on
//     as many lines (28 of 100 rows had a two-line label beside one-line cells at 390 px), and in both
//     languages a place and a year with its status stay on one line (FigureIndexTable.astro);
//   - the home page's key figures stand one a row at 320 px (two were ~140 px wide), two at 390 px.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../src/domain/figure.ts';
import { figureRuns } from '../../src/lib/format/unbreakable.ts';
import { PROJECT_ROOT } from '../site/build-site.ts';
import { browserAvailable, describeViolations, seriousAxeViolations } from './support/browser.ts';
import { LANGS } from './support/page-types.ts';
import { useServedSite } from './support/served-site.ts';

const available = browserAvailable('tests/e2e/reader-fit.test.ts');
const WIDTHS = [320, 390, 700, 1024, 1280];
/** Clear room a tile keeps between its text and its edge, in the SVG's units. */
const TILE_MARGIN = 2;

const seedFigures = (): FigureRecord[] =>
  readdirSync(join(PROJECT_ROOT, 'content', 'figures')).flatMap((file) => {
    const data = JSON.parse(readFileSync(join(PROJECT_ROOT, 'content', 'figures', file), 'utf8')) as FigureRecord[] | { figures: FigureRecord[] };
    return Array.isArray(data) ? data : data.figures;
  });

describe.skipIf(!available)('what a reader trips on, in the browser', () => {
  const site = useServedSite();

  /** The page at `path` in the suite's reused tab (support/tabs.ts): it is not closed after use. */
  const open = (path: string, width: number, options: { height?: number; javaScriptEnabled?: boolean } = {}): Promise<Page> => site.tabs.open(path, width, options);

  /** Problems of the tile maps on the page: a text outside its tile, a name set smaller than the others. */
  const tileProblems = (page: Page) =>
    page.evaluate((margin) => {
      const problems: string[] = [];
      const maps = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg--map')].filter((s) => s.getBoundingClientRect().width > 0);
      for (const svg of maps) {
        const sizes = new Set<string>();
        for (const rect of svg.querySelectorAll<SVGRectElement>('rect.chart-tile')) {
          const tile = rect.getBBox();
          for (const text of rect.parentElement!.querySelectorAll<SVGTextElement>('text.chart-tile-text')) {
            const box = text.getBBox();
            if (box.x < tile.x + margin || box.x + box.width > tile.x + tile.width - margin || box.y < tile.y || box.y + box.height > tile.y + tile.height) {
              problems.push(`"${text.textContent}" (${box.x.toFixed(1)}–${(box.x + box.width).toFixed(1)}) outside its tile (${tile.x}–${tile.x + tile.width})`);
            }
            if (text.classList.contains('chart-tile-name')) sizes.add(text.getAttribute('font-size') ?? '');
          }
        }
        if (sizes.size > 1) problems.push(`names in ${sizes.size} sizes: ${[...sizes].join(', ')}`);
      }
      return { maps: maps.length, problems };
    }, TILE_MARGIN);

  it('fits every county name in its tile, none shrunk, at every width, in both languages', async () => {
    // The report map of the data page, and a measure's value map (a figure and its year under the name).
    for (const lang of LANGS) {
      for (const path of [`/${lang}/data/`, `/${lang}/data/measures/heating-area-m2/`]) {
        for (const width of WIDTHS) {
          const page = await open(path, width);
          const { maps, problems } = await tileProblems(page);
          // A name broken into lines stays part of its link's accessible name (WCAG 2.5.3).
          const unnamed = width === 390 ? await seriousAxeViolations(page, { rules: ['label-content-name-mismatch'] }) : [];
          expect(maps, `${path} ${width}px`).toBeGreaterThan(0);
          expect(problems, `${path} ${width}px`).toEqual([]);
          expect(describeViolations(unnamed), `${path} ${width}px`).toBe('');
        }
      }
    }
  }, 180_000);

  /** Each printed value's number-with-unit that spans more than one line, with the element's text. */
  async function brokenValues(page: Page): Promise<{ checked: number; broken: string[] }> {
    const selector = '.key-figure .value, .chart-card-value, section.figures th.value, td.num';
    const texts = await page.locator(selector).evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    // Where each number with its unit lies in its element's text.
    const spans = texts.map((text) => {
      let at = 0;
      return figureRuns(text).flatMap((run) => {
        const start = at;
        at += run.text.length;
        return run.whole ? [[start, at] as const] : [];
      });
    });
    const broken = await page.locator(selector).evaluateAll((els, spans) => {
      const out: string[] = [];
      els.forEach((el, i) => {
        if (el.getClientRects().length === 0) return; // not shown at this width
        for (const [start, end] of spans[i]!) {
          // The range of characters start..end across the element's text nodes.
          const range = document.createRange();
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent!.length;
            if (start >= seen && start < seen + length) range.setStart(node, start - seen);
            if (end > seen && end <= seen + length) range.setEnd(node, end - seen);
            seen += length;
          }
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(`${el.textContent} (${range.toString()} on ${lines.size} lines)`);
        }
      });
      return out;
    }, spans);
    return { checked: spans.flat().length, broken };
  }

  it('never breaks a figure\'s number from its unit where figures are printed', async () => {
    const article = 'min-sheng-wei-ben-xing-fu-sheng-huo';
    for (const lang of LANGS) {
      for (const path of [`/${lang}/`, `/${lang}/data/`, `/${lang}/articles/${article}/`]) {
        for (const width of [390, 1024, 1280]) {
          const page = await open(path, width);
          const { checked, broken } = await brokenValues(page);
          expect(checked, `${path} ${width}px`).toBeGreaterThan(0);
          expect(broken, `${path} ${width}px`).toEqual([]);
        }
      }
    }
  }, 180_000);

  it('keeps a figure\'s value whole with ordinary spaces: copied text holds no no-break space', async () => {
    for (const lang of LANGS) {
      for (const path of [`/${lang}/`, `/${lang}/articles/min-sheng-wei-ben-xing-fu-sheng-huo/`]) {
        const page = await open(path, 390);
        const copied = await page.evaluate(() => {
          const values = [...document.querySelectorAll('.figure-value-whole')].map((el) => el.textContent ?? '');
          // What a reader copies: the whole main text selected.
          getSelection()!.selectAllChildren(document.querySelector('main')!);
          return { values, selected: getSelection()!.toString() };
        });
        expect(copied.values.length, path).toBeGreaterThan(0);
        if (lang === 'en') expect(copied.values.filter((v) => v.includes(' ')).length, path).toBeGreaterThan(0);
        expect(copied.values.filter((v) => v.includes('\u00a0')), path).toEqual([]);
        expect(copied.selected.includes('\u00a0'), path).toBe(false);
      }
    }
  }, 60_000);

  /** Lines of the article's text that start with the unit of a number ending the line before. */
  const unitsStartingLines = (page: Page) =>
    page.evaluate(() => {
      // What may follow a number on the next line: a joining word in English (`12 schools, or / 370 yuan`),
      // anything not a letter or a unit sign.
      const JOINING = /^(?:a|an|or|per|to|and|from|of)$/i;
      const UNIT_START = /^[\p{L}%‰°℃²³]/u;
      const found: string[] = [];
      let pairs = 0;
      for (const block of document.querySelectorAll('.prose :is(p, h2, h3, h4, li, figcaption)')) {
        // Each visible character with the top of the line it stands on.
        const chars: { ch: string; top: number; bottom: number; spaced: boolean }[] = [];
        let spaced = false;
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const text = node.data;
          for (let i = 0; i < text.length; i++) {
            const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + width);
            const rect = [...range.getClientRects()].find((r) => r.width > 0);
            const ch = text.slice(i, i + width);
            if (/\s/.test(ch)) spaced = true;
            else if (rect) {
              chars.push({ ch, top: rect.top, bottom: rect.bottom, spaced });
              spaced = false;
            }
            i += width - 1;
          }
        }
        for (let i = 1; i < chars.length; i++) {
          const before = chars[i - 1]!;
          const here = chars[i]!;
          if (!/\d/.test(before.ch) || !UNIT_START.test(here.ch)) continue;
          pairs++;
          if (here.top < before.bottom) continue; // the same line
          const next = chars.slice(i + 1).findIndex((c) => c.spaced);
          const word = chars.slice(i, next < 0 ? undefined : i + 1 + next).map((c) => c.ch).join('');
          if (JOINING.test(word)) continue;
          const context = chars.slice(Math.max(0, i - 8), i + 6).map((c) => c.ch).join('');
          found.push(`${context} (${before.ch} / ${here.ch})`);
        }
      }
      return { pairs, found };
    });

  it('starts no line of an article with the unit of a number on the line before at 390 px, and fits 320 px', async () => {
    for (const lang of LANGS) {
      const articles = readdirSync(join(PROJECT_ROOT, 'content', 'articles', lang)).map((f) => f.replace(/\.mdx?$/, ''));
      expect(articles.length).toBeGreaterThan(0);
      let pairs = 0;
      for (const id of articles) {
        const page = await open(`/${lang}/articles/${id}/`, 390);
        const lines = await unitsStartingLines(page);
        pairs += lines.pairs;
        expect(lines.found, `/${lang}/articles/${id}/`).toEqual([]);
        // A kept run longer than the line breaks rather than stick out (overflow-wrap), even at 320 px.
        const narrow = await open(`/${lang}/articles/${id}/`, 320);
        const wide = await narrow.evaluate(() => document.documentElement.scrollWidth);
        expect(wide, `/${lang}/articles/${id}/ at 320 px`).toBeLessThanOrEqual(320);
      }
      // A number with its unit on the same line counts too: the check saw the text's numbers.
      expect(pairs, lang).toBeGreaterThan(20);
    }
  }, 300_000);

  /** Per shown row of the page's figure table: how many lines each cell's text takes. */
  const rowLines = (page: Page) =>
    page.locator('.figure-index table tbody tr').evaluateAll((rows) =>
      rows
        .filter((row) => row.getClientRects().length > 0)
        .map((row) =>
          [...(row as HTMLTableRowElement).cells].map((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
          }),
        ),
    );

  it('lets the data page\'s table read across a row: no blank bands in Chinese, places and years on one line', async () => {
    for (const lang of LANGS) {
      for (const width of [320, 390, 768]) {
        const page = await open(`/${lang}/data/`, width);
        const rows = await rowLines(page);
        expect(rows.length, `${lang} ${width}px`).toBeGreaterThan(20);
        // Columns: what, value, place, year (with its status), source.
        const wrapped = rows.filter((cells) => cells[2] !== 1 || cells[3] !== 1 || cells[1] !== 1);
        expect(wrapped, `${lang} ${width}px: a value, place or year on more than one line`).toEqual([]);
        if (lang === 'zh') expect(rows.filter((cells) => new Set(cells).size > 1), `zh ${width}px: rows of uneven cells`).toEqual([]);
      }
    }
  }, 120_000);

  it('spreads out no line of a Chinese article at 390 px', async () => {
    const articles = readdirSync(join(PROJECT_ROOT, 'content', 'articles', 'zh')).map((f) => f.replace(/\.mdx?$/, ''));
    let lines = 0;
    for (const id of articles) {
      const page = await open(`/zh/articles/${id}/`, 390);
      const found = await page.evaluate(() => {
        // Per line of a paragraph (its last line aside): how much wider than an em its Chinese characters
        // stand on average (a justified line takes its slack into each character's box).
        const spread: string[] = [];
        let lines = 0;
        for (const p of document.querySelectorAll('.prose p')) {
          const em = parseFloat(getComputedStyle(p).fontSize);
          const byLine = new Map<number, { ch: string; width: number }[]>();
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            for (let i = 0; i < node.data.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (!rect) continue;
              const top = Math.round(rect.top);
              if (!byLine.has(top)) byLine.set(top, []);
              byLine.get(top)!.push({ ch: node.data[i]!, width: rect.width });
            }
          }
          for (const top of [...byLine.keys()].sort((a, b) => a - b).slice(0, -1)) {
            const han = byLine.get(top)!.filter((c) => /\p{Script=Han}/u.test(c.ch));
            if (han.length < 4) continue;
            lines++;
            const extra = han.reduce((sum, c) => sum + c.width - em, 0) / han.length / em;
            if (extra > 0.1) spread.push(`${byLine.get(top)!.map((c) => c.ch).join('')} (+${extra.toFixed(2)} em a character)`);
          }
        }
        return { lines, spread };
      });
      lines += found.lines;
      expect(found.spread, `/zh/articles/${id}/`).toEqual([]);
    }
    expect(lines).toBeGreaterThan(200);
  }, 180_000);

  it('sets the header\'s search box without script on the search page as on every other page', async () => {
    for (const lang of LANGS) {
      for (const width of [320, 390, 1280]) {
        const boxes: string[] = [];
        for (const path of [`/${lang}/`, `/${lang}/search/`]) {
          // The suite's reused tab without script, 900 px high (a new context for each took ~1.4 s).
          const page = await open(path, width, { javaScriptEnabled: false, height: 900 });
          const box = await page.locator('header form.header-search').boundingBox();
          const header = await page.locator('header.site-header').boundingBox();
          expect(box, path).not.toBeNull();
          boxes.push(`${Math.round(box!.x)},${Math.round(box!.y)} ${Math.round(box!.width)}x${Math.round(box!.height)} in a header ${Math.round(header!.height)} tall`);
        }
        expect(boxes[1], `${lang} ${width}px`).toBe(boxes[0]);
      }
    }
  }, 60_000);

  it('lists no one person\'s own figure in the data page\'s table, as the charts and the home page do not', async () => {
    const anecdotes = seedFigures().filter((f) => f.status === 'anecdote');
    expect(anecdotes.length).toBeGreaterThan(0);
    const years = [...new Set(anecdotes.map((f) => f.year))];
    for (const lang of LANGS) {
      for (const path of [`/${lang}/data/`, ...years.map((y) => `/${lang}/data/years/${y}/`)]) {
        const page = await open(path, 1280);
        const keys = await page.locator('table tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
        expect(keys.length, path).toBeGreaterThan(0);
        expect(keys.filter((k) => anecdotes.some((f) => f.id === k)), path).toEqual([]);
      }
    }
  }, 60_000);

  it('sets the home page\'s key figures one a row at 320 px and two at 390 px, in both languages, with the page inside the screen', async () => {
    for (const lang of LANGS) {
      for (const [width, perRow] of [[320, 1], [390, 2]] as const) {
        const page = await open(`/${lang}/`, width);
        const { lefts, cards, scrollWidth } = await page.evaluate(() => {
          const boxes = [...document.querySelectorAll('.glance .key-figure')].map((el) => el.getBoundingClientRect());
          return { lefts: new Set(boxes.map((b) => Math.round(b.left))).size, cards: boxes.length, scrollWidth: document.documentElement.scrollWidth };
        });
        expect(cards, `/${lang}/ ${width}px`).toBeGreaterThan(perRow);
        expect(lefts, `/${lang}/ ${width}px`).toBe(perRow);
        expect(scrollWidth, `/${lang}/ ${width}px`).toBeLessThanOrEqual(width);
      }
    }
  }, 60_000);
});
