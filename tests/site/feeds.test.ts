// The RSS feeds and the sitemap: well-formed XML, every link resolving to a built page (at the root and
// under a sub-path), hreflang pairs in the sitemap, and nothing taken from the clock.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEED_ITEMS } from '../../src/lib/feed.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { fileOf, htmlPages, readText } from './dist.ts';

const ARRAYS = new Set(['item', 'category', 'url', 'sitemap', 'xhtml:link']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ARRAYS.has(name) });

/** The file parsed as XML, after checking it is well-formed (with the parser's own message if not). */
function readXml(site: BuiltSite, file: string) {
  const text = readText(site, file);
  const valid = XMLValidator.validate(text);
  expect(valid, `${file}: ${JSON.stringify(valid)}`).toBe(true);
  return { text, xml: parser.parse(text) };
}

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string };
  description?: string;
  category?: string[];
}

let root: BuiltSite;
let sub: BuiltSite;
beforeAll(async () => {
  root = await buildSite({ name: 'root' });
  sub = await buildSite({ name: 'sub-path', basePath: '/some/sub/path/', siteUrl: 'https://archive.example.net' });
}, 600_000);

describe('RSS feeds', () => {
  const articlesIn = (site: BuiltSite, lang: string) => htmlPages(site).filter((p) => new RegExp(`^${lang}/articles/[^/]+/index\\.html$`).test(p));

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}/rss.xml lists the newest FEED_ITEMS articles of the language (all of the seed site's), each link resolving to its page`, () => {
      for (const site of [root, sub]) {
        const { text, xml } = readXml(site, `${lang}/rss.xml`);
        const channel = xml.rss.channel;
        expect(channel.language).toBe(lang === 'zh' ? 'zh-CN' : 'en');
        expect(fileOf(site, channel.link)).toBe(`${lang}/index.html`);
        const items: RssItem[] = channel.item;
        const pages = items.map((i) => fileOf(site, i.link));
        expect(articlesIn(site, lang).length).toBeLessThanOrEqual(FEED_ITEMS);
        expect(pages.sort()).toEqual(articlesIn(site, lang).sort());
        for (const item of items) {
          expect(item.link.startsWith(`${site.site}${site.base}`), item.link).toBe(true);
          expect(item.guid['#text']).toBe(item.link);
          expect(item.title).toBeTruthy();
        }
        // Reproducible builds: no dates from the clock (the texts give a year at best).
        expect(text).not.toMatch(/<pubDate>|<lastBuildDate>/);
        expect(text).not.toContain(new Date().toISOString().slice(0, 10));
      }
    });
  }

  it('is linked from every page of its language', () => {
    for (const page of ['zh/index.html', 'en/topics/heating/index.html', 'en/about/index.html']) {
      const lang = page.slice(0, 2);
      expect(readText(root, page)).toContain(`type="application/rss+xml"`);
      expect(readText(root, page)).toContain(`href="${root.base}${lang}/rss.xml"`);
    }
  });
});

interface SitemapUrl {
  loc: string;
  'xhtml:link'?: { '@hreflang': string; '@href': string }[];
}

describe('sitemap', () => {
  const sitemapUrls = (site: BuiltSite): SitemapUrl[] => {
    const { xml: index } = readXml(site, 'sitemap-index.xml');
    return index.sitemapindex.sitemap.flatMap((s: { loc: string }) => {
      const file = new URL(s.loc).pathname.slice(site.base.length);
      expect(existsSync(join(site.distDir, file)), s.loc).toBe(true);
      const { text, xml } = readXml(site, file);
      expect(text).not.toContain('<lastmod>');
      expect(text).not.toContain(new Date().toISOString().slice(0, 10));
      return xml.urlset.url as SitemapUrl[];
    });
  };

  it('lists every page but the 404, each URL resolving to its file, at the root and under a sub-path', () => {
    for (const site of [root, sub]) {
      const urls = sitemapUrls(site);
      const files = urls.map((u) => fileOf(site, u.loc));
      expect(files.every(Boolean), urls.filter((u, i) => !files[i]).map((u) => u.loc).join(', ')).toBe(true);
      const pages = htmlPages(site).filter((p) => p !== '404.html');
      expect(new Set(files)).toEqual(new Set(pages));
    }
  });

  it('pairs each page with its twin through hreflang, and the splash is x-default', () => {
    for (const site of [root, sub]) {
      for (const url of sitemapUrls(site)) {
        const links = url['xhtml:link'] ?? [];
        const langs = links.map((l) => l['@hreflang']).sort();
        const file = fileOf(site, url.loc)!;
        if (/^(zh|en)\//.test(file)) {
          expect(langs, url.loc).toEqual(expect.arrayContaining(['en', 'zh-CN']));
          expect(links.map((l) => fileOf(site, l['@href'])).includes(file), url.loc).toBe(true);
        }
        for (const l of links) expect(fileOf(site, l['@href']), `${url.loc} → ${l['@href']}`).toBeDefined();
      }
      const splash = sitemapUrls(site).find((u) => u.loc === `${site.site}${site.base}`)!;
      expect(splash['xhtml:link']!.map((l) => [l['@hreflang'], fileOf(site, l['@href'])])).toEqual([
        ['zh-CN', 'zh/index.html'],
        ['en', 'en/index.html'],
        ['x-default', 'index.html'],
      ]);
    }
  });

  it('is named in robots.txt with SITE_URL and BASE_PATH', () => {
    expect(readText(sub, 'robots.txt')).toContain('Sitemap: https://archive.example.net/some/sub/path/sitemap-index.xml');
  });
});
