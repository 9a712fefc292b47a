// No broken internal link or asset anywhere in the built site, at the root and under a sub-path; and the
// checker itself, on a small hand-made site with one of each kind of breakage.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './build-site.ts';
import { readPage } from './dist.ts';
import { attr, by, findAll, findFirst } from './html.ts';
import { describeBrokenLinks, findBrokenLinks, urlsInPage } from './links.ts';

describe('findBrokenLinks on a hand-made site', () => {
  let dir: string;
  const site = 'https://civic.example.org';
  const write = (file: string, html: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), html);
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'links-'));
    write('_astro/site.css', 'body{}');
    write('zh/index.html', '<h1 id="top">首页</h1><p id="p1">壶关县</p>');
    write(
      'zh/about/index.html',
      `<link rel="stylesheet" href="/sub/_astro/site.css">
       <link rel="alternate" hreflang="en" href="${site}/sub/en/about/">
       <a href="/sub/zh/">ok</a> <a href="../#p1">ok, relative with fragment</a> <a href="#here">ok, same page</a>
       <a id="here" href="https://elsewhere.example/x">external</a> <a href="mailto:x@example.org">mail</a>
       <a href="/sub/zh/regions/">missing page</a> <a href="/zh/">outside the base</a> <a href="/sub/zh">no slash</a>
       <a href="/sub/zh/#p9">missing fragment</a> <img srcset="/sub/_astro/site.css 1x, /sub/_astro/a.png 2x" alt="">`,
    );
    write('404.html', '<a href="/sub/zh/">ok</a> <a href="zh/">relative</a>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports exactly the broken ones, each with its reason', () => {
    const broken = findBrokenLinks({ distDir: dir, base: '/sub/', site });
    expect(broken.map((b) => [b.page, b.url])).toEqual([
      ['404.html', 'zh/'],
      ['zh/about/index.html', `${site}/sub/en/about/`],
      ['zh/about/index.html', '/sub/zh/regions/'],
      ['zh/about/index.html', '/zh/'],
      ['zh/about/index.html', '/sub/zh'],
      ['zh/about/index.html', '/sub/zh/#p9'],
      ['zh/about/index.html', '/sub/_astro/a.png'],
    ]);
    const reasons = describeBrokenLinks(broken);
    expect(reasons).toContain('/zh/ — points outside the base path /sub/');
    expect(reasons).toContain('/sub/zh — the page exists but the link lacks its trailing slash');
    expect(reasons).toContain('no element with id "p9" in zh/index.html');
    expect(reasons).toContain('relative link on an error page');
  });

  it('reads every URL-bearing attribute, srcset and og:url included', () => {
    const urls = urlsInPage(
      '<meta property="og:url" content="https://x/a/"><script src="/s.js"></script><img src="/i.png" srcset="/i2.png 2x, /i3.png 3x"><use href="#icon"></use>',
    ).map((u) => u.url);
    expect(urls).toEqual(['https://x/a/', '/s.js', '/i.png', '/i2.png', '/i3.png', '#icon']);
  });
});

describe('the built site', () => {
  let root: BuiltSite;
  let sub: BuiltSite;
  beforeAll(async () => {
    root = await buildSite({ name: 'root' });
    // Issue 7 deploys under a sub-path: the same check must hold there.
    sub = await buildSite({ name: 'sub-path', basePath: '/some/sub/path/', siteUrl: 'https://archive.example.net' });
  }, 600_000);

  it('has no broken internal link, asset or fragment at the root', () => {
    const broken = findBrokenLinks(root);
    expect(broken, describeBrokenLinks(broken)).toEqual([]);
  });

  it('has none under BASE_PATH=/some/sub/path/ either', () => {
    const broken = findBrokenLinks(sub);
    expect(broken, describeBrokenLinks(broken)).toEqual([]);
  });

  it('puts SITE_URL and BASE_PATH in canonical URLs under a sub-path', () => {
    const doc = readPage(sub, 'en/topics/index.html');
    const canonical = findFirst(doc, by.all(by.tag('link'), by.attr('rel', 'canonical')))!;
    expect(attr(canonical, 'href')).toBe('https://archive.example.net/some/sub/path/en/topics/');
    const stylesheets = findAll(doc, by.all(by.tag('link'), by.attr('rel', 'stylesheet'))).map((l) => attr(l, 'href')!);
    expect(stylesheets.every((h) => h.startsWith('/some/sub/path/'))).toBe(true);
  });
});
