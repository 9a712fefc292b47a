// What an article page tells a reader about its text, in Chromium, in both languages (issue 16, items 2,
// 3, 4 and 9): the printed page cited by paper, date and page (what is not recorded said so) with the page
// file and blocks kept in a closed <details> for archivists; "continued from" above the first paragraph and
// "continued on" under the last; a made-up title whole and marked beside it; text missing from the page
// marked in words in the Chinese, on the English page and in the parallel view; a translation labelled as
// one, the Chinese authoritative and linked, with its status and the day it was last checked, and an
// English original said to be one; figures with the printed hedge and digits.
// Built once from a private copy of the project in which one seed has a sidecar's paper, date and page and
// a continuation to page 3, one Chinese text has changed since its translation, and one English-only
// report exists: the real seeds record none of these.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { buildSite, PROJECT_ROOT } from '../site/build-site.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { browserAvailable, COLOUR_RULES, describeTrouble, describeViolations, launchBrowser, seriousAxeViolations } from './support/browser.ts';
import { Tabs } from './support/tabs.ts';

const available = browserAvailable('tests/e2e/article-notes.test.ts');

/** Seed 002, the Huguan County report: its page as if its sidecar named paper, date and page. */
const CITED = 'min-sheng-wei-ben-xing-fu-sheng-huo';
/** Its Chinese text changes in the test build; its translation is not touched. */
const OUTDATED = 'shang-dang-qu-ju-jiao-min-sheng';
/** Seed 004, which opens mid-story: `(上接第一版)`. */
const CONTINUED = 'ba-min-sheng-yuan-jing-hui-cheng';
/** A photo item printed without a headline: its title is made up from the caption's first clause. */
const INFERRED = 'lu-zhou-qu-huai-hai-she-qu';
/** Seed 000: two places where the page lost words between paragraphs. */
const GAPS = 'ban-hao-min-sheng-shi-shi-shu-xie';
const ENGLISH_ONLY = 'english-only-heating-note';

function articleFile(lang: 'zh' | 'en', id: string): string {
  return readFileSync(join(PROJECT_ROOT, 'content', 'articles', lang, `${id}.md`), 'utf8');
}

/** The test build's changes, each failing loudly when the text it edits has moved. */
function editProject(project: string): void {
  const edit = (path: string, from: string | RegExp, to: string) => {
    const file = join(project, path);
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`article-notes build: ${String(from)} is no longer in ${path}`);
    writeFileSync(file, edited);
  };
  edit(
    'content/articles/zh/min-sheng-wei-ben-xing-fu-sheng-huo.md',
    /^source:\n/m,
    'continued:\n  to: "第三版"\nsource:\n  paper: "长治日报"\n  date: "2025-01-27"\n  page: 2\n',
  );
  edit('content/articles/zh/shang-dang-qu-ju-jiao-min-sheng.md', '春节临近，', '春节将至，');
  writeFileSync(
    join(project, 'content/articles/en/english-only-heating-note.md'),
    '---\ntitle: "A note on heating in Huguan"\nlang: en\nregions: [壶关县]\ntopics: [heating]\n---\n\nThe county finished its new heating network before winter.\n',
  );
}

/** The day an English file says its translation was last checked, as the page writes it. */
function checkedOn(id: string): { iso: string; en: string; zh: string } {
  const iso = /^checked: "(\d{4}-\d{2}-\d{2})"$/m.exec(articleFile('en', id))?.[1];
  if (!iso) throw new Error(`content/articles/en/${id}.md has no checked: date`);
  const day = new Date(`${iso}T00:00:00Z`);
  return {
    iso,
    en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(day),
    zh: new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }).format(day),
  };
}

describe.skipIf(!available)('article notes in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  const tabs = new Tabs(() => browser, () => server.url);

  beforeAll(async () => {
    const site = await buildSite({ name: 'article-notes', search: false, editProject });
    server = await serveStatic(site.distDir, site.base);
    browser = await launchBrowser();
  }, 900_000);

  afterAll(async () => {
    await tabs.close();
    await browser?.close();
    await server?.close();
  });

  /** Opens a page, runs `check`, and fails on any console error, exception or off-site request. */
  async function onPage(path: string, check: (page: Page) => Promise<void>, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
    const { page, response, trouble } = await tabs.visit(path, { colorScheme });
    expect(response?.status(), path).toBe(200);
    await check(page);
    expect(describeTrouble(trouble), `trouble on ${path}`).toEqual([]);
  }

  const article = (lang: 'zh' | 'en', id: string) => `${lang}/articles/${id}/`;

  describe('sources', () => {
    const cited = { zh: '长治日报 2025年1月27日 第2版', en: 'Changzhi Daily, 27 January 2025, page 2' };
    const unknown = { zh: '报纸版面（报纸、日期、版次不详）', en: 'A newspaper page (paper, date, and page not recorded)' };

    for (const lang of ['zh', 'en'] as const) {
      it(`${lang}: cites paper, date and page, and keeps the file and blocks in a closed detail for archivists`, async () => {
        await onPage(article(lang, CITED), async (page) => {
          const source = page.getByRole('region', { name: lang === 'zh' ? zh['article.source'] : en['article.source'] });
          await expect.poll(() => source.locator('.citation').innerText()).toBe(cited[lang]);
          const details = source.locator('details');
          expect(await details.getAttribute('open')).toBeNull();
          const seedLine = details.locator('p');
          expect(await seedLine.isVisible()).toBe(false);
          expect(await source.innerText()).not.toContain('.txt');
          await details.locator('summary').click();
          expect(await seedLine.isVisible()).toBe(true);
          expect(await seedLine.innerText()).toMatch(/002_1ea187ce3151e9b8\.txt.*0–40/);
        });
      });

      it(`${lang}: says which of paper, date and page are not recorded`, async () => {
        await onPage(article(lang, GAPS), async (page) => {
          expect(await page.locator('.source .citation').innerText()).toBe(unknown[lang]);
        });
      });
    }
  });

  describe('continued reports', () => {
    const from = { zh: '上接第一版', en: 'Continued from page 1' };
    const to = { zh: '下转第三版', en: 'Continued on page 3' };

    for (const lang of ['zh', 'en'] as const) {
      it(`${lang}: "continued from" stands above the first paragraph, not at the bottom`, async () => {
        await onPage(article(lang, CONTINUED), async (page) => {
          const note = page.locator('.continued-from');
          expect(await note.innerText()).toBe(from[lang]);
          const first = page.locator('.prose > p').first();
          expect(await note.evaluate((n, p) => !!(n.compareDocumentPosition(p!) & Node.DOCUMENT_POSITION_FOLLOWING), await first.elementHandle())).toBe(true);
          expect((await note.boundingBox())!.y).toBeLessThan((await first.boundingBox())!.y);
          expect(await page.locator('.source').innerText()).not.toContain(from[lang]);
        });
      });

      it(`${lang}: "continued on" stands under the last paragraph`, async () => {
        await onPage(article(lang, CITED), async (page) => {
          const note = page.locator('.continued-to');
          expect(await note.innerText()).toBe(to[lang]);
          const last = page.locator('.prose > p').last();
          expect((await note.boundingBox())!.y).toBeGreaterThan((await last.boundingBox())!.y);
          expect(await page.locator('.continued-from').count()).toBe(0);
        });
      });
    }
  });

  describe('titles the site made up', () => {
    const zhTitle = /^title: "(.*)"$/m.exec(articleFile('zh', INFERRED))![1]!;
    const enTitle = /^title: "(.*)"$/m.exec(articleFile('en', INFERRED))![1]!;

    for (const lang of ['zh', 'en'] as const) {
      it(`${lang}: shows the whole title, never cut with …, and says beside it that the site supplied it`, async () => {
        await onPage(article(lang, INFERRED), async (page) => {
          const h1 = page.locator('h1');
          expect(await h1.innerText()).toBe(lang === 'zh' ? zhTitle : enTitle);
          expect(await h1.innerText()).not.toMatch(/…$/);
          const note = page.locator('h1 + .title-inferred');
          expect(await note.isVisible()).toBe(true);
          expect(await note.innerText()).toBe((lang === 'zh' ? zh : en)['article.titleInferred']);
        });
        await onPage(article(lang, CITED), async (page) => {
          expect(await page.locator('.title-inferred').count()).toBe(0);
        });
      });

      it(`${lang}: the about page names the mark in the same words`, async () => {
        await onPage(`${lang}/about/`, async (page) => {
          expect(await page.locator('main').innerText()).toContain((lang === 'zh' ? zh : en)['article.titleInferred']);
        });
      });
    }
  });

  describe('missing text', () => {
    const marks = (page: Page) => page.locator('.text-gap').allInnerTexts();

    it('zh: the Chinese text says in words where the page lost text, at both ends of each gap', async () => {
      await onPage(article('zh', GAPS), async (page) => {
        expect(await marks(page)).toEqual([zh['article.gap.end'], zh['article.gap.start'], zh['article.gap.end'], zh['article.gap.start']]);
        expect(await page.locator('#p4').innerText()).toMatch(new RegExp(`开工建设，${zh['article.gap.end']}$`));
        expect(await page.locator('#p5').innerText()).toMatch(new RegExp(`^${zh['article.gap.start']}措施`));
        // Words, not a symbol: the accessibility tree reads them out.
        const spoken = await page.locator('#p4').ariaSnapshot();
        expect(spoken).toContain('此后原文缺失');
      });
    });

    it('en: the English translation marks the same gaps, paragraph for paragraph, in its own words', async () => {
      await onPage(article('en', GAPS), async (page) => {
        for (const p of ['#p4', '#p10']) expect(await page.locator(p).innerText()).toMatch(/\[the rest of this \w+ is missing in the printed source\]$/);
      });
    });

    for (const lang of ['zh', 'en'] as const) {
      it(`${lang}: the parallel view marks the gaps in the Chinese column too`, async () => {
        await onPage(`${article(lang, GAPS)}parallel/`, async (page) => {
          const chinese = page.locator('.row .zh');
          expect(await chinese.locator('.text-gap').allInnerTexts()).toEqual([
            zh['article.gap.end'],
            zh['article.gap.start'],
            zh['article.gap.end'],
            zh['article.gap.start'],
          ]);
          expect(await page.locator('#zh-p4').innerText()).toContain(zh['article.gap.end']);
          expect(await page.locator('#en-p4').innerText()).toContain('missing in the printed source');
        });
      });
    }
  });

  describe('translations', () => {
    it('en: a translation says it is one, that the Chinese is authoritative, links to it, and is up to date as of its last check', async () => {
      const checked = checkedOn(CITED);
      await onPage(article('en', CITED), async (page) => {
        const label = page.locator('aside.translation-label');
        expect(await label.getAttribute('data-state')).toBe('translated');
        const text = await label.innerText();
        expect(text).toContain(en['translation.isTranslation']);
        expect(text).toContain(en['translation.upToDate']);
        expect(text).toContain(`Last checked against the Chinese on ${checked.en}.`);
        expect(await label.locator('time').getAttribute('datetime')).toBe(checked.iso);
        const link = label.getByRole('link', { name: en['translation.readChinese'] });
        expect(await link.getAttribute('hreflang')).toBe('zh-CN');
        await Promise.all([page.waitForURL(`**/zh/articles/${CITED}/`), link.click()]);
        expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      });
    });

    it('en: a translation whose Chinese changed says it is out of date, with the day it was last checked', async () => {
      const checked = checkedOn(OUTDATED);
      await onPage(article('en', OUTDATED), async (page) => {
        const label = page.locator('aside.translation-label');
        expect(await label.getAttribute('data-state')).toBe('outdated');
        const text = await label.innerText();
        expect(text).toContain(en['translation.outdated']);
        expect(text).not.toContain(en['translation.upToDate']);
        expect(text).toContain(`Last checked against the Chinese on ${checked.en}.`);
      });
    });

    it('zh: the parallel view labels the translation in Chinese, with its status and day', async () => {
      const checked = checkedOn(OUTDATED);
      await onPage(`${article('zh', OUTDATED)}parallel/`, async (page) => {
        const text = await page.locator('aside.translation-label').innerText();
        expect(text).toContain(zh['translation.isTranslation']);
        expect(text).toContain(zh['translation.outdated']);
        expect(text).toContain(`最后核对日期：${checked.zh}。`);
      });
      await onPage(article('zh', CITED), async (page) => {
        // The Chinese page is the original: nothing to label.
        expect(await page.locator('aside.translation-label').count()).toBe(0);
      });
    });

    it('en and zh: an English original says it is the original; its Chinese page points to it', async () => {
      await onPage(article('en', ENGLISH_ONLY), async (page) => {
        expect(await page.locator('aside.english-original').innerText()).toBe(en['translation.englishOriginal']);
        expect(await page.locator('aside.translation-label').count()).toBe(0);
      });
      await onPage(article('zh', ENGLISH_ONLY), async (page) => {
        expect(await page.locator('aside.no-chinese').innerText()).toContain(zh['translation.noChinese']);
      });
    });
  });

  it('axe-core finds no serious or critical violation on these pages, in light and dark mode', async () => {
    const paths = [CITED, OUTDATED, CONTINUED, INFERRED, GAPS, ENGLISH_ONLY].flatMap((id) => [article('zh', id), article('en', id)]);
    paths.push(`${article('zh', GAPS)}parallel/`, `${article('en', OUTDATED)}parallel/`);
    for (const path of paths) {
      for (const scheme of ['light', 'dark'] as const) {
        await onPage(
          path,
          async (page) => {
            // The archivist's detail open, so its text is checked too (an English original has no seed).
            const summary = page.locator('.source details summary');
            if ((await summary.count()) > 0) await summary.click();
            // In dark mode the colour rules: the rest of axe's checks read the same document in either scheme.
            const violations = await seriousAxeViolations(page, scheme === 'dark' ? COLOUR_RULES : undefined);
            expect(violations, `axe-core on ${path} (${scheme}):\n${describeViolations(violations)}`).toEqual([]);
          },
          scheme,
        );
      }
    }
  }, 240_000);

  describe('hedges and printed digits', () => {
    // A value's spaces are no-break spaces (FigureValue.astro keeps a number with its unit): a reader sees spaces.
    const values = async (page: Page) => (await page.locator('.figures th.value').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '));

    it('zh: the figure table shows each figure as printed, 近 as 近, and no card or chart says otherwise', async () => {
      await onPage(article('zh', GAPS), async (page) => {
        const shown = await values(page);
        expect(shown).toContain('近200万元');
        expect(await page.locator('main').innerText()).not.toContain('约200万元');
      });
      await onPage(article('zh', CITED), async (page) => {
        expect(await values(page)).toContain('约500万平方米');
      });
    });

    it('en: each Chinese hedge in its own English word, and no digit the paper did not print', async () => {
      await onPage(article('en', GAPS), async (page) => {
        const shown = await values(page);
        expect(shown).toContain('nearly ¥2 million');
        expect(await page.locator('main').innerText()).not.toMatch(/\d\.0 million/);
      });
      await onPage(article('en', CITED), async (page) => {
        const shown = await values(page);
        expect(shown).toContain('about 5 million m²');
        expect(shown).toContain('80% or more');
      });
    });
  });
});
