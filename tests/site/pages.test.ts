// The built site, page by page: languages, twins, the language switch, the bilingual pages and listings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { buildSite, PROJECT_ROOT, type BuiltSite } from './build-site.ts';
import { fileOf, htmlPages, readPage, readText, urlOf } from './dist.ts';
import { attr, by, findAll, findFirst, hasClass, textOf } from './html.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite({ name: 'root' });
}, 300_000);

const LOCALE = { zh: 'zh-CN', en: 'en' } as const;
const langOfPath = (page: string) => /^(zh|en)\//.exec(page)?.[1] as 'zh' | 'en' | undefined;
const alternates = (page: string) =>
  findAll(readPage(site, page), by.all(by.tag('link'), by.attr('rel', 'alternate'), by.attr('hreflang')));

describe('every page', () => {
  it('declares its language: zh-CN or en, matching its /zh/ or /en/ prefix', () => {
    for (const page of htmlPages(site)) {
      const html = findFirst(readPage(site, page), by.tag('html'))!;
      const lang = langOfPath(page);
      expect([LOCALE.zh, LOCALE.en], page).toContain(attr(html, 'lang'));
      if (lang) expect(attr(html, 'lang'), page).toBe(LOCALE[lang]);
    }
  });

  it('links its twin with hreflang, and the twin exists and links back', () => {
    const pages = htmlPages(site).filter(langOfPath);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const lang = langOfPath(page)!;
      const other = lang === 'zh' ? 'en' : 'zh';
      const self = alternates(page).find((l) => attr(l, 'hreflang') === LOCALE[lang]);
      const twinLink = alternates(page).find((l) => attr(l, 'hreflang') === LOCALE[other]);
      expect(self && attr(self, 'href'), `${page}: hreflang to itself`).toBe(urlOf(site, page));
      const twin = twinLink && fileOf(site, attr(twinLink, 'href')!, page);
      expect(twin, `${page}: hreflang ${LOCALE[other]} names a built page`).toBeDefined();
      expect(langOfPath(twin!), `${page}: twin is in the other language`).toBe(other);
      const back = alternates(twin!).find((l) => attr(l, 'hreflang') === LOCALE[lang]);
      expect(back && attr(back, 'href'), `${twin} links back to ${page}`).toBe(urlOf(site, page));
    }
  });

  it('has a header language switch that goes to the twin', () => {
    for (const page of htmlPages(site).filter(langOfPath)) {
      const doc = readPage(site, page);
      const nav = findFirst(doc, (el) => el.tagName === 'nav' && hasClass(el, 'lang-switch'));
      const link = nav && findFirst(nav, by.tag('a'));
      const other = langOfPath(page) === 'zh' ? 'en' : 'zh';
      const twinLink = alternates(page).find((l) => attr(l, 'hreflang') === LOCALE[other]);
      expect(link, `${page}: language switch`).toBeDefined();
      expect(fileOf(site, attr(link!, 'href')!, page), page).toBe(fileOf(site, attr(twinLink!, 'href')!, page));
    }
  });
});

describe('the bilingual pages', () => {
  it('splash: both languages side by side, plain links to both homes, x-default alternates', () => {
    const doc = readPage(site, 'index.html');
    expect(findAll(doc, (el) => attr(el, 'lang') === 'en').length).toBeGreaterThan(0);
    const doors = findAll(doc, by.attr('data-choose-lang'));
    expect(doors.map((a) => fileOf(site, attr(a, 'href')!))).toEqual(['zh/index.html', 'en/index.html']);
    const alt = alternates('index.html').map((l) => [attr(l, 'hreflang'), fileOf(site, attr(l, 'href')!)]);
    expect(alt).toEqual([
      ['zh-CN', 'zh/index.html'],
      ['en', 'en/index.html'],
      ['x-default', 'index.html'],
    ]);
  });

  it('404: says so in both languages, links both homes root-absolutely, asks not to be indexed', () => {
    const doc = readPage(site, '404.html');
    const text = textOf(doc);
    expect(text).toContain('页面未找到');
    expect(text).toContain('Page not found');
    const links = findAll(doc, by.tag('a')).map((a) => attr(a, 'href')!);
    expect(links.every((h) => h.startsWith(site.base))).toBe(true);
    expect(links.map((h) => fileOf(site, h, '404.html'))).toEqual(expect.arrayContaining(['zh/index.html', 'en/index.html']));
    expect(findFirst(doc, by.all(by.tag('meta'), by.attr('name', 'robots')))).toBeDefined();
  });
});

/** Frontmatter of the published Chinese articles: the independent count the listings must agree with. */
function sourceArticles(): { topics: string[]; regions: string[]; year?: number }[] {
  const dir = join(PROJECT_ROOT, 'content', 'articles', 'zh');
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))![1]!))
    .filter((d) => !d.draft)
    .map((d) => ({ topics: d.topics ?? [], regions: d.regions ?? [], year: d.year }));
}

/** The report links of a listing page: the summaries, not navigation or footer links. */
function listedArticles(page: string): string[] {
  const list = findFirst(readPage(site, page), (el) => el.tagName === 'ol' && hasClass(el, 'summaries'));
  return list ? findAll(list, (el) => el.tagName === 'h2').map((h) => fileOf(site, attr(findFirst(h, by.tag('a'))!, 'href')!, page)!) : [];
}

describe('listings', () => {
  it('topic pages list exactly the articles with that topic, and the index counts them', () => {
    const articles = sourceArticles();
    const index = readPage(site, 'en/topics/index.html');
    const entries = findAll(index, (el) => el.tagName === 'li' && findFirst(el, by.tag('a')) !== undefined && findFirst(el, (c) => hasClass(c, 'count')) !== undefined);
    expect(entries.length).toBeGreaterThan(3);
    for (const li of entries) {
      const page = fileOf(site, attr(findFirst(li, by.tag('a'))!, 'href')!, 'en/topics/index.html')!;
      const topic = /^en\/topics\/([^/]+)\//.exec(page)![1]!;
      const expected = articles.filter((a) => a.topics.includes(topic)).length;
      expect(textOf(findFirst(li, (c) => hasClass(c, 'count'))!), topic).toBe(`${expected} report${expected === 1 ? '' : 's'}`);
      expect(listedArticles(page), topic).toHaveLength(expected);
      expect(listedArticles(page.replace(/^en/, 'zh')), topic).toHaveLength(expected);
    }
  });

  it('region pages use the English-name slug and list the articles naming the place', () => {
    const articles = sourceArticles();
    for (const [slug, name] of [['huguan-county', '壶关县'], ['changzhi', '长治市'], ['shangdang-district', '上党区']] as const) {
      const expected = articles.filter((a) => a.regions.includes(name)).length;
      expect(expected, name).toBeGreaterThan(0);
      expect(listedArticles(`zh/regions/${slug}/index.html`), slug).toHaveLength(expected);
      expect(listedArticles(`en/regions/${slug}/index.html`), slug).toHaveLength(expected);
    }
  });

  it('year pages list the articles about that year, newest year first on the index', () => {
    const articles = sourceArticles();
    const years = [...new Set(articles.flatMap((a) => (a.year ? [a.year] : [])))].sort((a, b) => b - a);
    const index = readPage(site, 'zh/years/index.html');
    const linked = findAll(index, by.tag('a'))
      .map((a) => /^zh\/years\/(\d{4})\//.exec(fileOf(site, attr(a, 'href')!, 'zh/years/index.html') ?? '')?.[1])
      .filter(Boolean)
      .map(Number);
    expect(linked).toEqual(years);
    for (const year of years) {
      expect(listedArticles(`zh/years/${year}/index.html`)).toHaveLength(articles.filter((a) => a.year === year).length);
    }
  });

  it('the reports whose text gives no year have their own page, linked from the years index and the home page in both languages', () => {
    const undated = sourceArticles().filter((a) => !a.year);
    expect(undated.length).toBeGreaterThan(0);
    for (const lang of ['zh', 'en'] as const) {
      for (const from of [`${lang}/years/index.html`, `${lang}/index.html`]) {
        const targets = findAll(readPage(site, from), by.tag('a')).map((a) => fileOf(site, attr(a, 'href')!, from));
        expect(targets, from).toContain(`${lang}/years/undated/index.html`);
      }
    }
    expect(listedArticles('zh/years/undated/index.html')).toHaveLength(undated.length);
  });

  it('render summaries, not article bodies', () => {
    // The opening sentence of the Huguan County report (seed 002), which is no deck.
    const body = '时值寒冬，壶关县处处涌动着暖意';
    expect(readText(site, 'zh/articles/min-sheng-wei-ben-xing-fu-sheng-huo/index.html')).toContain(body);
    expect(readText(site, 'zh/regions/huguan-county/index.html')).not.toContain(body);
    expect(readText(site, 'zh/topics/heating/index.html')).not.toContain(body);
  });
});

describe('about and translation status', () => {
  it('about says where the texts come from, in both languages', () => {
    const zh = textOf(readPage(site, 'zh/about/index.html'));
    const english = textOf(readPage(site, 'en/about/index.html'));
    for (const fact of ['人民日报', '壶关县', '上党区', '长治两会']) expect(zh).toContain(fact);
    for (const fact of ["People's Daily", 'Huguan County', 'Shangdang District', 'two sessions', 'check', 'missing']) {
      expect(english.toLowerCase()).toContain(fact.toLowerCase());
    }
    for (const seed of readdirSync(join(PROJECT_ROOT, 'seeds'))) expect(zh).toContain(seed);
  });

  it('translation status has one row per article with links to both versions', () => {
    const page = 'en/translations/index.html';
    const rows = findAll(readPage(site, page), by.all(by.tag('tr'), by.attr('data-article')));
    expect(rows).toHaveLength(sourceArticles().length);
    for (const row of rows) {
      expect(['translated', 'outdated', 'missing']).toContain(attr(row, 'data-state'));
      const targets = findAll(row, by.tag('a')).map((a) => fileOf(site, attr(a, 'href')!, page));
      const id = attr(row, 'data-article');
      expect(targets).toEqual(expect.arrayContaining([`zh/articles/${id}/index.html`, `en/articles/${id}/index.html`]));
    }
    expect(en['translations.state.outdated']).toBeTruthy();
  });
});
