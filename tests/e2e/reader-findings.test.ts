// Findings of UX7's reader pass (session 14), checked on the seeds' site as drawn, in both languages:
//   - the data page's two report counts: the introduction said "129 figures from 9 reports" over a map whose
//     tiles add up to 14 "reports on this page"; they count different things (reports printing figures;
//     reports naming each county, one naming several on each tile), and the words now say which, with the
//     one total both draw from (components/charts/dashboard/counts.ts);
//   - a run of photos not reproduced (two captions printed side by side) is one box, and its label says
//     photos, one caption each: under "Photo (not reproduced)" two captions read as one picture's; a photo
//     alone keeps the singular label (ArticleBody.astro, article.photos).
import { parse } from 'csv-parse/sync';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { PROJECT_ROOT } from '../site/build-site.ts';
import { browserAvailable } from './support/browser.ts';
import { LANGS } from './support/page-types.ts';
import { useServedSite } from './support/served-site.ts';

const available = browserAvailable('tests/e2e/reader-findings.test.ts');
const UI = { en, zh } as const;

/**
 * The introduction's numbers: en `129 figures from 9 of the 15 reports`, zh `15篇报道中9篇的129个数字`; where
 * every report prints figures it names no total (chart.dash.intro: `129 figures from 9 reports`).
 */
function introCounts(lang: 'zh' | 'en', n: number[]): { figures?: number; withFigures?: number; total?: number } {
  const [figures, withFigures, total] = lang === 'en' ? n : n.length === 3 ? [n[2], n[1], n[0]] : [n[1], n[0]];
  return { figures, withFigures, total: n.length === 2 ? withFigures : total };
}

describe.skipIf(!available)('what UX7\'s reader pass found, in the browser', () => {
  const site = useServedSite();

  /** The page at `path` in the suite's reused tab (support/tabs.ts): it is not closed after use. */
  const open = async (path: string): Promise<Page> => (await site.tabs.visit(path, { width: 390, height: 844 })).page;

  it('says on the data page which reports each count counts, with one total the map\'s tiles agree with', async () => {
    for (const lang of LANGS) {
      const page = await open(`/${lang}/data/`);
      const found = await page.evaluate(() => {
        const numbers = (s: string | null | undefined) => (s ?? '').match(/\d+/g)?.map(Number) ?? [];
        const intro = document.querySelector('.dashboard-intro')?.textContent ?? '';
        const note = [...document.querySelectorAll('.dashboard-charts > .note')].map((p) => p.textContent ?? '')[0] ?? '';
        // The map's table: county, reports, figures.
        const table = [...document.querySelectorAll('.dashboard-charts table')].find((t) => t.querySelectorAll('tbody tr').length === 12);
        const tiles = [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => Number(tr.querySelectorAll('td')[0]?.textContent ?? 'NaN'));
        return { intro: numbers(intro), note: numbers(note), tiles };
      });
      expect(found.tiles, lang).toHaveLength(12);
      const { figures, withFigures, total } = introCounts(lang, found.intro);
      const [onMap, noteTotal] = lang === 'zh' ? [found.note[1], found.note[0]] : found.note;
      const tileSum = found.tiles.reduce((a, b) => a + b, 0);
      expect({ figures, withFigures, total, onMap, noteTotal }, lang).toEqual({ figures: expect.any(Number), withFigures: expect.any(Number), total, onMap: expect.any(Number), noteTotal: total });
      expect(withFigures!, lang).toBeLessThanOrEqual(total!);
      expect(onMap!, lang).toBeLessThanOrEqual(total!);
      // Each report on the map is on one tile at least, and on no more tiles than the 12.
      expect(tileSum, lang).toBeGreaterThanOrEqual(onMap!);
      expect(tileSum, lang).toBeLessThanOrEqual(onMap! * 12);
      // Its count is the download's, less the figures of one person's account, which the introduction says it leaves
      // out (session 25's reader found 129 on the page and 138 rows in figures.csv, with no word why).
      const csv = await page.evaluate(async () => (await fetch(new URL('../../data/figures.csv', location.href))).text());
      const [header, ...rows] = parse(csv, { bom: true }) as string[][];
      const status = header!.indexOf('status');
      expect(figures, lang).toBe(rows.filter((row) => row.length > status && row[status] !== 'anecdote').length);
      expect(rows.some((row) => row[status] === 'anecdote'), lang).toBe(true);
    }
  }, 120_000);

  it('labels a run of photos as photos, one caption each, and a photo alone as a photo', async () => {
    const articles = readdirSync(join(PROJECT_ROOT, 'content', 'articles', 'zh')).map((f) => f.replace(/\.mdx?$/, ''));
    let runs = 0;
    let alone = 0;
    for (const lang of LANGS) {
      for (const id of articles) {
        const page = await open(`/${lang}/articles/${id}/`);
        // Each box: its label (the first photo's ::before) and how many captions stand under it.
        const boxes = await page.evaluate(() => {
          const result: { label: string; captions: number }[] = [];
          for (const figure of document.querySelectorAll('.prose figure.photo-placeholder')) {
            const label = getComputedStyle(figure, '::before').content;
            if (label === 'none' || label === 'normal') {
              if (result.length) result[result.length - 1]!.captions++;
            } else result.push({ label: JSON.parse(label) as string, captions: 1 });
          }
          return result;
        });
        for (const box of boxes) {
          expect(box.label, `/${lang}/articles/${id}/`).toBe(box.captions > 1 ? UI[lang]['article.photos'] : UI[lang]['article.photo']);
          if (box.captions > 1) runs++;
          else alone++;
        }
      }
    }
    // The Huguan report prints two pairs; the seeds have photos alone too.
    expect(runs).toBeGreaterThan(0);
    expect(alone).toBeGreaterThan(0);
  }, 300_000);
});
