// A site whose listings do not fit on one page: 70 articles made by the benchmark's corpus generator and
// ingested into a private copy of the project (the seed site has no listing over LISTING_PAGE_SIZE).
// Page 2 of a listing exists in both languages and lists the same reports, its twin is the other
// language's page 2, prev/next link the pages, every link resolves, the sitemap has the pages, and no
// listing page grows past a fixed size.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../scripts/bench/corpus.ts';
import { FEED_ITEMS } from '../../src/lib/feed.ts';
import { LISTING_PAGE_SIZE } from '../../src/lib/pagination.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { fileOf, htmlPages, readPage, readText, urlOf } from './dist.ts';
import { attr, by, findAll, findFirst, hasClass, textOf } from './html.ts';
import { describeBrokenLinks, findBrokenLinks } from './links.ts';

/** The most a listing page may weigh: 30 summaries and the first page's bounded charts. */
const MAX_LISTING_BYTES = 300 * 1024;

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite({
    name: 'paginated',
    search: false,
    editProject: (project) => {
      // The seed content makes way for 70 generated articles, ingested as `npm run ingest` would.
      for (const dir of ['content/articles', 'content/figures', 'content/redirects.yaml']) rmSync(join(project, dir), { recursive: true, force: true });
      mkdirSync(join(project, 'seeds'), { recursive: true });
      makeCorpus(join(project, 'seeds'), { articles: 70 });
      execFileSync(process.execPath, ['scripts/ingest/cli.ts', '--seeds', 'seeds', '--out', 'content', '--quiet'], { cwd: project, stdio: 'pipe' });
    },
  });
}, 600_000);

const LISTING = /^(zh|en)\/(topics|regions|years)\/[^/]+\/(\d+\/)?index\.html$/;
const listingPages = () => htmlPages(site).filter((p) => LISTING.test(p));
/** The second pages of listings: `zh/topics/health/2/index.html`. */
const secondPages = (lang: 'zh' | 'en') => listingPages().filter((p) => p.startsWith(`${lang}/`) && /\/2\/index\.html$/.test(p));

/** The article pages a listing page links in its summaries, in order. */
function listed(page: string): string[] {
  const list = findFirst(readPage(site, page), (el) => el.tagName === 'ol' && hasClass(el, 'summaries'));
  return list ? findAll(list, by.tag('h2')).map((h) => fileOf(site, attr(findFirst(h, by.tag('a'))!, 'href')!, page)!) : [];
}

const pagination = (page: string) => findFirst(readPage(site, page), (el) => el.tagName === 'nav' && hasClass(el, 'pagination'));
const relLink = (page: string, rel: string) => {
  const nav = pagination(page);
  const link = nav && findFirst(nav, by.all(by.tag('a'), by.attr('rel', rel)));
  return link && fileOf(site, attr(link, 'href')!, page);
};

describe('a listing longer than one page', () => {
  it('is cut into pages of LISTING_PAGE_SIZE, page 1 at the listing’s own address', () => {
    const seconds = secondPages('zh');
    expect(seconds.length, 'the generated archive has a listing over 30 reports').toBeGreaterThan(0);
    for (const second of seconds) {
      const first = second.replace(/2\/index\.html$/, 'index.html');
      expect(listed(first)).toHaveLength(LISTING_PAGE_SIZE);
      expect(listed(second).length).toBeGreaterThan(0);
      expect(new Set([...listed(first), ...listed(second)]).size, 'no report on two pages').toBe(listed(first).length + listed(second).length);
    }
  });

  it('has page 2 in both languages, listing the same reports in the same order', () => {
    const zh = secondPages('zh');
    expect(secondPages('en')).toEqual(zh.map((p) => p.replace(/^zh/, 'en')));
    for (const page of zh) {
      const ids = (p: string) => listed(p).map((file) => file.replace(/^(zh|en)\//, ''));
      expect(ids(page.replace(/^zh/, 'en')), page).toEqual(ids(page));
    }
  });

  it('links each page to the next and previous with rel, and marks the current page', () => {
    for (const second of [...secondPages('zh'), ...secondPages('en')]) {
      const first = second.replace(/2\/index\.html$/, 'index.html');
      expect(relLink(first, 'next'), first).toBe(second);
      expect(relLink(first, 'prev'), first).toBeUndefined();
      expect(relLink(second, 'prev'), second).toBe(first);
      const current = findFirst(pagination(second)!, by.attr('aria-current', 'page'))!;
      expect(fileOf(site, attr(current, 'href')!, second)).toBe(second);
      expect(attr(pagination(second)!, 'aria-label')).toBe(second.startsWith('zh') ? '分页' : 'Pages');
    }
  });

  it('says which page it is in the title and heading, and the total in the count line', () => {
    const [zh] = secondPages('zh');
    const en = zh!.replace(/^zh/, 'en');
    const last = (page: string) => Math.max(...findAll(pagination(page)!, by.tag('a')).map((a) => Number(textOf(a))).filter(Number.isFinite));
    expect(textOf(findFirst(readPage(site, zh!), by.tag('h1'))!)).toContain(`（第2页，共${last(zh!)}页）`);
    expect(textOf(findFirst(readPage(site, en), by.tag('h1'))!)).toContain(`(page 2 of ${last(en)})`);
    expect(textOf(findFirst(readPage(site, en), by.tag('title'))!)).toContain(`(page 2 of ${last(en)})`);
    expect(textOf(findFirst(readPage(site, en), (el) => hasClass(el, 'listing-count'))!)).toMatch(/^\d+ reports; this page lists 31–\d+$/);
  });

  it('draws the listing’s charts on page 1 only', () => {
    for (const second of secondPages('en')) expect(readText(site, second), second).not.toContain('figure-charts');
  });

  it('has its twin on the other language’s page of the same number, in hreflang and in the language switch', () => {
    for (const page of listingPages()) {
      const other = page.startsWith('zh/') ? 'en' : 'zh';
      const twin = page.replace(/^(zh|en)/, other);
      const doc = readPage(site, page);
      const alternate = findFirst(doc, by.all(by.tag('link'), by.attr('rel', 'alternate'), by.attr('hreflang', other === 'zh' ? 'zh-CN' : 'en')))!;
      expect(fileOf(site, attr(alternate, 'href')!, page), page).toBe(twin);
      const canonical = findFirst(doc, by.all(by.tag('link'), by.attr('rel', 'canonical')))!;
      expect(attr(canonical, 'href')).toBe(urlOf(site, page));
      const switcher = findFirst(findFirst(doc, (el) => el.tagName === 'nav' && hasClass(el, 'lang-switch'))!, by.tag('a'))!;
      expect(fileOf(site, attr(switcher, 'href')!, page), page).toBe(twin);
    }
  });

  it('is in the sitemap, page 2 paired with its twin', () => {
    const sitemap = readText(site, 'sitemap-0.xml');
    for (const page of secondPages('zh')) {
      expect(sitemap).toContain(`<loc>${urlOf(site, page)}</loc>`);
      expect(sitemap).toContain(`hreflang="en" href="${urlOf(site, page.replace(/^zh/, 'en'))}"`);
    }
  });
});

describe('other lists that grow with the archive', () => {
  it('the feeds hold the newest FEED_ITEMS reports', () => {
    for (const lang of ['zh', 'en']) {
      const links = [...readText(site, `${lang}/rss.xml`).matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      expect(links).toHaveLength(FEED_ITEMS);
      for (const link of links) expect(fileOf(site, link), link).toMatch(new RegExp(`^${lang}/articles/`));
    }
  });

  it('the data dictionary links the per-article CSV of the newest reports only, and says where the rest are', () => {
    const doc = readPage(site, 'en/data/dictionary/index.html');
    const perArticle = findAll(doc, (el) => el.tagName === 'a' && /\/data\/articles\//.test(attr(el, 'href') ?? ''));
    expect(perArticle.length).toBeGreaterThan(0);
    expect(perArticle.length).toBeLessThanOrEqual(20);
    expect(textOf(doc)).toContain('Each report’s page links its own CSV');
  });
});

describe('the generated site', () => {
  it('has no broken internal link, asset or fragment', () => {
    const broken = findBrokenLinks(site);
    expect(broken, describeBrokenLinks(broken)).toEqual([]);
  });

  it(`has no listing page over ${MAX_LISTING_BYTES / 1024} KB`, () => {
    const sizes = listingPages().map((p) => ({ page: p, bytes: statSync(join(site.distDir, p)).size }));
    const over = sizes.filter((s) => s.bytes > MAX_LISTING_BYTES);
    expect(over, over.map((s) => `${s.page}: ${s.bytes} bytes`).join('\n')).toEqual([]);
  });
});
