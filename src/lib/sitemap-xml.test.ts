import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise } from 'sitemap';
import { describe, expect, it } from 'vitest';
import { sitemapIndexXml, urlsetXml, xmlAttribute, xmlText, type SitemapEntry } from './sitemap-xml.ts';

const ENTRIES: SitemapEntry[] = [
  { url: 'https://civic.example.org/' },
  {
    url: 'https://civic.example.org/en/about/',
    links: [
      { url: 'https://civic.example.org/en/about/', lang: 'en' },
      { url: 'https://civic.example.org/zh/about/', lang: 'zh-CN' },
    ],
  },
  // Characters the writers escape or drop, in an address and in a link.
  { url: "https://civic.example.org/zh/a&b<c>'d\"e\u0001/", links: [{ url: "https://civic.example.org/en/a&b<c>'d\"/", lang: "x'\"" }] },
];

/** What the `sitemap` package (which @astrojs/sitemap wrote through) gives for the same entries. */
async function packageXml(entries: readonly SitemapEntry[]): Promise<string> {
  const stream = new SitemapStream({ hostname: 'https://civic.example.org/' });
  return (await streamToPromise(Readable.from(entries.map((e) => ({ ...e, links: e.links?.map((l) => ({ ...l })) }))).pipe(stream))).toString();
}

describe('urlsetXml', () => {
  it('writes the bytes the sitemap package wrote for the same entries', async () => {
    expect(urlsetXml(ENTRIES)).toBe(await packageXml(ENTRIES));
  });

  it('keeps the entries in the order given', () => {
    const xml = urlsetXml([{ url: 'https://x.org/b/' }, { url: 'https://x.org/a/' }]);
    expect(xml.indexOf('https://x.org/b/')).toBeLessThan(xml.indexOf('https://x.org/a/'));
  });
});

describe('sitemapIndexXml', () => {
  it('names each sitemap file, as the index @astrojs/sitemap wrote', () => {
    expect(sitemapIndexXml(['https://x.org/sitemap-0.xml', 'https://x.org/sitemap-1.xml'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.org/sitemap-0.xml</loc></sitemap><sitemap><loc>https://x.org/sitemap-1.xml</loc></sitemap></sitemapindex>',
    );
  });
});

describe('escaping', () => {
  it('escapes &, < and > in text, quotes too in attributes, and drops what XML cannot carry', () => {
    expect(xmlText('a&b<c>"d\'\u0000')).toBe('a&amp;b&lt;c&gt;"d\'');
    expect(xmlAttribute('a&b<c>"d\'\uFFFE')).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });
});
