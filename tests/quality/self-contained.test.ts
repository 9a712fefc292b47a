// The built site loads nothing from another host: no web fonts, CDN scripts, remote images or frames,
// found by reading every page and style sheet in dist/ (the browser tests in tests/e2e/pages.test.ts
// check the same at run time by intercepting requests).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../site/build-site.ts';
import { cssUrls, describeOffSite, findOffSiteReferences, offSiteInHtml } from './self-contained.ts';

const SITE = 'https://civic.example.org';

describe('offSiteInHtml', () => {
  it('flags scripts, style sheets, fonts, images, frames and CSS urls from other hosts', () => {
    const html = `<html><head>
      <script src="https://cdn.example.com/d3.js"></script>
      <link rel="stylesheet" href="//fonts.example.com/css?family=Noto">
      <link rel="preload" as="font" href="${SITE}/font.woff2">
      <style>@import "https://fonts.example.com/a.css"; body { background: url(http://img.example.com/bg.png) }</style>
      </head><body>
      <img src="/local.png" srcset="/a.png 1x, https://img.example.com/b.png 2x" alt="">
      <iframe src="https://maps.example.com/embed"></iframe>
      <div style="background-image: url('https://img.example.com/c.png')"></div>
      </body></html>`;
    const found = offSiteInHtml(html, 'zh/index.html', SITE).map((f) => f.url);
    expect(found).toEqual([
      'https://cdn.example.com/d3.js',
      '//fonts.example.com/css?family=Noto',
      `${SITE}/font.woff2`,
      'http://img.example.com/bg.png',
      'https://fonts.example.com/a.css',
      'https://img.example.com/b.png',
      'https://maps.example.com/embed',
      'https://img.example.com/c.png',
    ]);
  });

  it('allows links a reader follows, and canonical and alternate links to the site itself', () => {
    const html = `<html><head>
      <link rel="canonical" href="${SITE}/zh/"><link rel="alternate" hreflang="en" href="${SITE}/en/">
      <meta property="og:url" content="${SITE}/zh/">
      <script type="application/ld+json">{"url":"${SITE}/zh/"}</script>
      <script src="/_astro/page.js"></script><link rel="stylesheet" href="/_astro/site.css">
      </head><body><a href="https://www.changzhi.gov.cn/">source</a><svg><use href="#icon"></use></svg></body></html>`;
    expect(offSiteInHtml(html, 'zh/index.html', SITE)).toEqual([]);
  });

  it('does not let a canonical link point at another host', () => {
    const found = offSiteInHtml(`<link rel="canonical" href="https://mirror.example.net/zh/">`, 'zh/index.html', SITE);
    expect(found.map((f) => f.where)).toEqual(['<link rel="canonical">']);
  });

  it('reads quoted and unquoted url() and @import', () => {
    expect(cssUrls(`@import 'a.css'; x { src: url("b.woff2") format("woff2"), url(c.woff) }`)).toEqual(['b.woff2', 'c.woff', 'a.css']);
  });
});

describe('the built site', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({ name: 'root' });
  }, 600_000);

  it('loads nothing from another host on any page or in any style sheet', () => {
    const found = findOffSiteReferences(site.distDir, site.site);
    expect(found, describeOffSite(found)).toEqual([]);
  });
});
