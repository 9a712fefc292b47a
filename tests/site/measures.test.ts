// The measure pages on the built seed site (issue 18): every measure with two or more comparable figures
// (src/components/measures/measure-pages.ts, over the seeds' figure files) has its page in both languages,
// the index of each language links them all and the data page links the index, each page's CSV is there
// and listed in data/datapackage.json, every figure of a measure page is linked from its report's figure
// table, and a page stays under the article page budget (30 KB gzip).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../src/domain/figure.ts';
import { MEASURE_LIMITS } from '../../src/components/measures/limits.ts';
import { measurePages } from '../../src/components/measures/measure-pages.ts';
import { periodEnglish } from '../../src/components/measures/period.ts';
import { spanOf } from '../../src/components/charts/like-span.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { fileOf, readPage, readText } from './dist.ts';
import { attr, by, findAll, hasClass, textOf } from './html.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite({ name: 'root' });
}, 600_000);

const FIGURES = 'content/figures';
const figures: FigureRecord[] = readdirSync(FIGURES).flatMap((name) => JSON.parse(readFileSync(join(FIGURES, name), 'utf8')) as FigureRecord[]);
const pages = measurePages(figures);
const LANGS = ['zh', 'en'] as const;
const pageFile = (lang: string, key: string) => `${lang}/data/measures/${key}/index.html`;

function linkedFiles(page: string, within?: (el: ReturnType<typeof findAll>[number]) => boolean): Set<string> {
  const doc = readPage(site, page);
  const links = findAll(doc, by.all(by.tag('a'), by.attr('href'))).filter((a) => !within || within(a));
  return new Set(links.map((a) => fileOf(site, attr(a, 'href')!, page)).filter((f): f is string => f !== undefined));
}

describe('measure pages on the seed site', () => {
  it('has a page in both languages for every measure with two or more comparable figures, and the index links them all', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const index = `${lang}/data/measures/index.html`;
      expect(existsSync(join(site.distDir, index))).toBe(true);
      const linked = linkedFiles(index);
      for (const { key } of pages) {
        expect(existsSync(join(site.distDir, pageFile(lang, key))), pageFile(lang, key)).toBe(true);
        expect(linked.has(pageFile(lang, key)), `${index} → ${key}`).toBe(true);
      }
      // No page for a measure without two comparable figures.
      const built = readdirSync(join(site.distDir, lang, 'data', 'measures'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
      expect(built.sort()).toEqual(pages.map((p) => p.key).sort());
      expect(linkedFiles(`${lang}/data/index.html`).has(index)).toBe(true);
      // Under the page's introduction, before the charts, not after the dashboard's long table.
      const html = readText(site, `${lang}/data/index.html`);
      expect(html.indexOf('class="measures-link"')).toBeGreaterThan(html.indexOf('class="dashboard-intro"'));
      expect(html.indexOf('class="measures-link"')).toBeLessThan(html.indexOf('<figure'));
    }
  });

  it('links each page’s complete CSV, listed in data/datapackage.json', () => {
    const descriptor = JSON.parse(readText(site, 'data/datapackage.json')) as { resources: { name: string; path: string }[] };
    for (const { key, figures: mine } of pages) {
      const csv = `data/measures/${key}.csv`;
      expect(linkedFiles(pageFile('zh', key)).has(csv)).toBe(true);
      // A header and one row per figure (no figure's sentence spans lines in the seeds' CSV? count ids instead).
      const text = readText(site, csv);
      for (const f of mine) expect(text).toContain(f.id);
      expect(descriptor.resources.some((r) => r.name === `measure-${key}` && r.path === `measures/${key}.csv`)).toBe(true);
    }
  });

  it('every chart on a page links a CSV that was built', () => {
    for (const lang of LANGS) {
      for (const { key } of pages) {
        const doc = readPage(site, pageFile(lang, key));
        const downloads = findAll(doc, by.all(by.tag('a'), by.attr('download'))).map((a) => attr(a, 'href')!);
        expect(downloads.length).toBeGreaterThan(1);
        for (const href of downloads) expect(fileOf(site, href, pageFile(lang, key)), href).toBeDefined();
      }
    }
  });

  it('links every figure of a measure page from its report’s figure table', () => {
    for (const lang of LANGS) {
      for (const { key, figures: mine } of pages) {
        for (const article of new Set(mine.map((f) => f.article))) {
          const links = linkedFiles(`${lang}/articles/${article}/index.html`, (a) => hasClass(a, 'measure-link'));
          expect(links.has(pageFile(lang, key)), `${lang} ${article} → ${key}`).toBe(true);
        }
      }
    }
  });

  it('keeps every page under 30 KB gzip', () => {
    const sizes = pages.flatMap(({ key }) => LANGS.map((lang) => ({ page: pageFile(lang, key), kb: gzipSync(readText(site, pageFile(lang, key))).length / 1024 })));
    console.log(`measure pages, KB gzip: ${sizes.map((s) => `${s.page} ${s.kb.toFixed(1)}`).join('; ')}`);
    for (const s of sizes) expect(s.kb, s.page).toBeLessThan(30);
  });

  // A table of one page said 'Figures 1–2 of 2 figures' (第1—2个，共2个数字): the range only where there are more pages.
  it('counts the figures of a one-page table without a range', () => {
    for (const { key, figures: all } of pages) {
      if (all.length > MEASURE_LIMITS.tableRows) continue;
      expect(readText(site, pageFile('zh', key))).toContain(`共${all.length}个数字；`);
      expect(readText(site, pageFile('zh', key))).not.toContain('第1—');
      expect(readText(site, pageFile('en', key))).toMatch(new RegExp(`>\\s*${all.length} figures?; one table`));
    }
  });

  // The tables of an English page printed a figure's period in Chinese (2024 · 2024年以来); a period the
  // page cannot put in English stays Chinese only in a cell marked lang="zh" (a screen reader's voice).
  it('gives a figure\'s period in English in every table of an English page, or marks the cell Chinese', () => {
    for (const { key, figures: listed } of pages) {
      const doc = readPage(site, pageFile('en', key));
      const cells = findAll(doc, by.tag('td')).map((td) => {
        const text = textOf(td);
        if (/[\u4e00-\u9fff]/.test(text) && !findAll(td, by.tag('a')).length) expect(attr(td, 'lang'), `${key}: ${text}`).toMatch(/^zh/);
        return text;
      });
      // Each printed period the reports are known to print (2024年以来) is said in English in some cell.
      for (const f of listed) {
        const english = f.period ? periodEnglish(f.period) : undefined;
        if (english) expect(cells.some((text) => text.includes(english)), `${key}: ${f.period}`).toBe(true);
      }
    }
  });

  it('never sets figures counted over different kinds of span in one series (a total since 2024 beside one year)', () => {
    for (const page of pages) for (const s of page.series) expect(new Set(s.figures.map((f) => spanOf(f.period))).size, `${page.key}`).toBe(1);
    // The seeds' 上党区 2800余个 charging piles added since 2024 and 壶关县 200余个 added in 2025: no series of both.
    const piles = pages.find((p) => p.key === 'charging-piles');
    for (const s of piles?.series ?? []) expect(new Set(s.figures.map((f) => f.period ?? `year ${f.year}`)).size).toBe(1);
  });
});

