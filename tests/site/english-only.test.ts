// An editor's English-only article (an English .md without translationOf, from no seed) is published like
// any article on the English site, and its Chinese twin page says, never silently, that there is no
// Chinese version: English title marked English, places and topics in Chinese, figures, a link to the
// English original. Built from a private copy of the project with the one file added.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import enUi from '../../src/i18n/en.json' with { type: 'json' };
import zhUi from '../../src/i18n/zh.json' with { type: 'json' };
import { openSearch } from '../search/pagefind-node.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { fileOf, readPage, readText, urlOf } from './dist.ts';
import { attr, by, findAll, findFirst, textOf } from './html.ts';
import { describeBrokenLinks, findBrokenLinks } from './links.ts';

const ID = 'huguan-heating-capillaries';
const TITLE = 'Huguan renews the capillaries of its heating network';
// Told in English from seed 002 (Huguan County's 2025 report), with its figure listed by hand.
const ARTICLE = `---
title: "${TITLE}"
lang: en
byline: "Staff reporter"
year: 2025
regions: [壶关县]
topics: [heating]
figures:
  - paragraph: 1
    text: "38.1 km"
    sentence: "The county built and renovated 38.1 km of heating pipes and 12 heat-exchange stations."
    value: 38.1
    unit: 公里
---

The county built and renovated 38.1 km of heating pipes and 12 heat-exchange stations.

Old residential compounds and back lanes were connected first, so that every household stays warm.
`;

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite({
    name: 'english-only-article',
    editProject: (project) => {
      const folder = join(project, 'content', 'articles', 'en');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${ID}.md`), ARTICLE);
    },
  });
}, 600_000);

const page = (lang: 'zh' | 'en') => `${lang}/articles/${ID}/index.html`;
const alternates = (file: string) => findAll(readPage(site, file), by.all(by.tag('link'), by.attr('rel', 'alternate'), by.attr('hreflang')));

describe('an English-only article', () => {
  it('has its English page with its text, title and figure', () => {
    const doc = readPage(site, page('en'));
    expect(textOf(findFirst(doc, by.tag('h1'))!)).toBe(TITLE);
    const text = textOf(doc);
    expect(text).toContain('Old residential compounds and back lanes were connected first');
    expect(text).toContain('Huguan County');
    expect(findFirst(doc, by.attr('id', 'figures-heading'))).toBeDefined();
    // Nothing to translate: one note saying it is the original, and no side-by-side page.
    const notes = findAll(doc, by.all(by.tag('aside'), by.attr('role', 'note')));
    expect(notes.map((n) => textOf(n).trim())).toEqual([enUi['translation.englishOriginal']]);
    expect(fileOf(site, `${site.base}en/articles/${ID}/parallel/`)).toBeUndefined();
  });

  it('is listed on the English home, topic and place pages, feed and sitemap', () => {
    const link = `${site.base}en/articles/${ID}/`;
    for (const file of ['en/index.html', 'en/topics/heating/index.html', 'en/regions/huguan-county/index.html', 'en/rss.xml']) {
      expect(readText(site, file), file).toContain(link);
    }
    expect(readText(site, 'sitemap-0.xml')).toContain(`${site.site}${link}`);
  });

  it('is found by English search', async () => {
    const search = await openSearch(site.distDir, 'en');
    const urls = await Promise.all((await search.search('capillaries')).results.map(async (r) => (await r.data()).url));
    expect(urls.some((u) => u.includes(`/en/articles/${ID}/`))).toBe(true);
  });

  it('has a Chinese twin that says there is no Chinese version and links to the English original', () => {
    const doc = readPage(site, page('zh'));
    const h1 = findFirst(doc, by.tag('h1'))!;
    expect(textOf(h1)).toBe(TITLE);
    expect(attr(h1, 'lang')).toBe('en');
    const notes = findAll(doc, by.all(by.tag('aside'), by.attr('role', 'note')));
    expect(notes.map(textOf)).toEqual([expect.stringContaining(zhUi['translation.noChinese'])]);
    const toOriginal = findAll(notes[0]!, by.tag('a'))[0]!;
    expect(textOf(toOriginal)).toBe(zhUi['translation.readEnglishOriginal']);
    expect(fileOf(site, attr(toOriginal, 'href')!, page('zh'))).toBe(page('en'));
    // Places and topics in Chinese, the figure table, and no English text passed off as Chinese.
    const text = textOf(doc);
    expect(text).toContain('壶关县');
    expect(text).toContain('供热');
    expect(findFirst(doc, by.attr('id', 'figures-heading'))).toBeDefined();
    expect(text).not.toContain('Old residential compounds and back lanes');
  });

  it('pairs its two pages with hreflang', () => {
    const zhTwin = alternates(page('zh')).find((l) => attr(l, 'hreflang') === 'en');
    const enTwin = alternates(page('en')).find((l) => attr(l, 'hreflang') === 'zh-CN');
    expect(zhTwin && attr(zhTwin, 'href')).toBe(urlOf(site, page('en')));
    expect(enTwin && attr(enTwin, 'href')).toBe(urlOf(site, page('zh')));
  });

  it('is on the translation status page as having no Chinese version, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const rows = findAll(readPage(site, `${lang}/translations/index.html`), by.all(by.tag('tr'), by.attr('data-article', ID)));
      expect(rows.map((r) => attr(r, 'data-state')), lang).toEqual(['englishOnly']);
    }
    const zhRow = findFirst(readPage(site, 'zh/translations/index.html'), by.attr('data-article', ID))!;
    expect(textOf(zhRow)).toContain(zhUi['translations.state.englishOnly']);
  });

  it('leaves no broken link anywhere in the site', () => {
    const broken = findBrokenLinks(site);
    expect(broken, describeBrokenLinks(broken)).toEqual([]);
  });
});
