// English place names are never broken inside a word on a phone (a reader at 390 px found eight of the twelve
// county names hyphenated on the tile maps, `Shang-` / `dang`): in running HTML (cards, filters, headings,
// tables, prose) no county's pinyin name spans two lines, and no name on a tile map ends a line with a
// hyphen. Checked in Chromium on the seeds' site at 320 and 390 px, on the home page, the data page, a
// measure page, the richest article, the regions list and every region page it links to.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COUNTIES } from '../../src/domain/places/regions.ts';
import { browserAvailable } from './support/browser.ts';
import { useServedSite } from './support/served-site.ts';

const available = browserAvailable('tests/e2e/place-names.test.ts');
/** The word that names each county (`Shangdang` of Shangdang District). */
const NAME_WORDS = [...new Set(Object.values(COUNTIES).map((en) => en.split(' ')[0]!))];
const PAGES = ['/en/', '/en/data/', '/en/data/measures/heating-area-m2/', '/en/articles/min-sheng-wei-ben-xing-fu-sheng-huo/', '/en/regions/'];

/** Each county name on the page that is broken inside its word: across two lines of text, or a tile's hyphen. */
const brokenNames = (page: Page) =>
  page.evaluate((words) => {
    const found: string[] = [];
    let seen = 0;
    const pattern = new RegExp(`\\b(?:${words.join('|')})\\b`, 'g');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('svg')) continue;
      for (const match of node.data.matchAll(pattern)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 0) seen++;
        if (lines.size > 1) found.push(`${match[0]} on ${lines.size} lines in <${node.parentElement!.localName}>`);
      }
    }
    for (const text of document.querySelectorAll('svg text.chart-tile-name')) {
      if (text.getClientRects().length === 0) continue;
      seen++;
      for (const line of text.querySelectorAll('tspan')) if (/\p{L}-$/u.test(line.textContent ?? '')) found.push(`tile "${text.textContent}"`);
    }
    return { seen, found };
  }, NAME_WORDS);

describe.skipIf(!available)('English place names on a phone', () => {
  const site = useServedSite();

  it('never breaks a county name inside its word at 320 or 390 px', async () => {
    const first = await site.tabs.open('/en/regions/');
    const regions = await first.locator('main a[href*="/en/regions/"]').evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
    expect(regions.length).toBeGreaterThan(5);
    let seen = 0;
    for (const path of [...PAGES, ...regions]) {
      for (const width of [320, 390]) {
        const names = await brokenNames(await site.tabs.open(path, width));
        seen += names.seen;
        expect(names.found, `${path} at ${width} px`).toEqual([]);
      }
    }
    // The check saw names: the maps' twelve at each width, and the names in the pages' text.
    expect(seen).toBeGreaterThan(100);
  }, 300_000);
});
