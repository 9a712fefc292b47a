// The plain-web-server deployment of the README: Debian's nginx with deploy/nginx.conf serving a build
// made for the sub-path /civic-report/. Pages, assets, feeds, data, Pagefind's files, the 404 page and
// an old article address all load from it with the right types, cache and security headers, text is
// compressed, and search works in a browser there, with no Content-Security-Policy violation. Without nginx the test is skipped, loudly; in CI (CI=true) a
// missing nginx is a failure.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, BROWSER_PATH, browserInstalled, INSTALL_HINT } from '../e2e/browser.ts';
import type { BuiltSite } from '../site/build-site.ts';
import { attr, by, findAll } from '../site/html.ts';
import { parseHtml } from '../site/html.ts';
import { buildEditorSite, BASE_PATH, HAND_WRITTEN, MOVED } from './fixture-site.ts';
import { NGINX_BASE, nginxPath, startNginx, type NginxServer } from './nginx.ts';

const inCi = process.env.CI === 'true';
const haveNginx = nginxPath() !== undefined;
if (!haveNginx && !inCi) console.warn('SKIPPED tests/archive/nginx.test.ts: nginx is not installed (apt-get install -y nginx).');

describe.skipIf(!haveNginx && !inCi)('the site under a sub-path on nginx (deploy/nginx.conf)', () => {
  let site: BuiltSite;
  let nginx: NginxServer;
  beforeAll(async () => {
    expect(nginxPath(), 'nginx must be installed in CI: apt-get install -y nginx').toBeDefined();
    expect(BASE_PATH).toBe(NGINX_BASE);
    site = await buildEditorSite();
    nginx = await startNginx(site.distDir);
  }, 600_000);
  afterAll(async () => {
    await nginx?.close();
  });

  const get = (path: string, init: RequestInit = {}) => fetch(`${nginx.origin}${path}`, { redirect: 'manual', ...init });
  const under = (path: string) => `${NGINX_BASE}${path}`;

  it('serves the pages as UTF-8 HTML, revalidated on every visit and compressed', async () => {
    for (const path of ['', 'zh/', 'en/', `zh/articles/${HAND_WRITTEN.id}/`, `en/articles/${HAND_WRITTEN.id}/`, 'zh/topics/heating/', 'en/search/']) {
      const response = await get(under(path), { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(await response.text(), path).toContain('<html');
    }
  });

  it('sends a folder asked for without its slash to the folder, on the same host', async () => {
    const response = await get(under('zh'));
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(under('zh/'));
  });

  it('loads every stylesheet, script, image and link a page names under the sub-path', async () => {
    for (const path of ['zh/', `en/articles/${HAND_WRITTEN.id}/`, 'zh/search/']) {
      const doc = parseHtml(await (await get(under(path))).text());
      const refs = findAll(doc, (el) => !!(attr(el, 'href') ?? attr(el, 'src')))
        .map((el) => (attr(el, 'href') ?? attr(el, 'src'))!)
        .filter((ref) => ref.startsWith('/'));
      expect(refs.length, path).toBeGreaterThan(5);
      for (const ref of new Set(refs)) {
        expect(ref.startsWith(NGINX_BASE), `${path}: ${ref} is outside the sub-path`).toBe(true);
        const response = await get(ref.split('#')[0]!);
        expect(response.status, `${path}: ${ref}`).toBe(200);
      }
    }
  });

  it('keeps hashed assets a year, with their types', async () => {
    const assets = readdirSync(join(site.distDir, '_astro'));
    const css = assets.find((f) => f.endsWith('.css'))!;
    const response = await get(under(`_astro/${css}`), { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves feeds, the sitemap and the data downloads with their types', async () => {
    const expected: [string, string][] = [
      ['zh/rss.xml', 'application/xml; charset=utf-8'],
      ['sitemap-index.xml', 'application/xml; charset=utf-8'],
      ['data/figures.json', 'application/json; charset=utf-8'],
      ['data/figures.csv', 'text/csv; charset=utf-8'],
      ['robots.txt', 'text/plain; charset=utf-8'],
    ];
    for (const [path, type] of expected) {
      const response = await get(under(path));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
    }
  });

  it("serves Pagefind's files: entry points revalidated, hashed chunks kept, none compressed twice", async () => {
    const bundle = join(site.distDir, 'pagefind');
    const pick = (dir: string, ending: string) => readdirSync(join(bundle, dir)).find((f) => f.endsWith(ending))!;
    const files: [string, string, string][] = [
      ['pagefind/pagefind.js', 'text/javascript; charset=utf-8', 'no-cache'],
      ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8', 'no-cache'],
      [`pagefind/${pick('.', '.pf_meta')}`, 'application/octet-stream', 'public, max-age=31536000, immutable'],
      [`pagefind/fragment/${pick('fragment', '.pf_fragment')}`, 'application/octet-stream', 'public, max-age=31536000, immutable'],
      [`pagefind/index/${pick('index', '.pf_index')}`, 'application/octet-stream', 'public, max-age=31536000, immutable'],
      [`pagefind/${pick('.', '.pagefind')}`, 'application/octet-stream', 'no-cache'],
    ];
    for (const [path, type, cache] of files) {
      const response = await get(under(path), { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('cache-control'), path).toBe(cache);
      if (type === 'application/octet-stream') expect(response.headers.get('content-encoding'), path).toBeNull();
    }
  });

  it('sends the security headers with every response: no sniffing, no referrer to other sites, no powerful features, no framing', async () => {
    const assets = readdirSync(join(site.distDir, '_astro'));
    const paths = ['', 'zh/', `en/articles/${HAND_WRITTEN.id}/`, 'en/search/', `_astro/${assets[0]}`, 'pagefind/pagefind.js', `pagefind/index/${readdirSync(join(site.distDir, 'pagefind', 'index'))[0]}`, 'data/figures.csv', 'no-such-page/'];
    for (const path of paths) {
      const response = await get(under(path));
      expect([200, 404], path).toContain(response.status);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
      const permissions = response.headers.get('permissions-policy') ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) expect(permissions, path).toContain(`${feature}=()`);
      // The header carries what a <meta> policy cannot; the page's <meta> carries the rest (src/lib/csp.ts).
      const csp = (response.headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim());
      expect(csp, path).toEqual(expect.arrayContaining(["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]));
      expect(csp.some((d) => /^(default|script|style)-src\b/.test(d)), `${path}: the header must not narrow what the page's own policy allows`).toBe(false);
    }
    const page = await (await get(under('zh/'))).text();
    expect(page).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';/);
  });

  it("answers an unknown address with the site's 404 page in both languages", async () => {
    for (const path of [under('no-such-page/'), under('zh/articles/no-such-article/'), under('_astro/missing.css')]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      const text = await response.text();
      expect(text, path).toContain('页面未找到');
      expect(text, path).toContain('Page not found');
    }
  });

  it('keeps an old article address working (content/redirects.yaml)', async () => {
    for (const lang of ['zh', 'en']) {
      const response = await get(under(`${lang}/articles/${MOVED.from}/`));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`url=${NGINX_BASE}${lang}/articles/${MOVED.to}/`);
    }
  });

  describe.skipIf(!browserInstalled() && !inCi)('in a browser', () => {
    it('finds an article with the search page and opens it, all under the sub-path', async () => {
      expect(browserInstalled(), `Chromium must be installed in CI: ${INSTALL_HINT}`).toBe(true);
      const browser = await chromium.launch({ executablePath: BROWSER_PATH, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        const failed: string[] = [];
        page.on('response', (r) => {
          if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
        });
        // Chromium reports a Content-Security-Policy violation (of the header's or the page's policy) as a console error.
        page.on('console', (m) => {
          if (m.type() === 'error') failed.push(`console: ${m.text()}`);
        });
        await page.goto(`${nginx.origin}${under('zh/search/')}?q=${encodeURIComponent('换热站')}`);
        const result = page.locator(`#search-results a[href*="/zh/articles/${HAND_WRITTEN.id}/"]`).first();
        await result.waitFor({ timeout: 20_000 });
        expect(await result.getAttribute('href')).toMatch(new RegExp(`^${NGINX_BASE}zh/articles/${HAND_WRITTEN.id}/`));
        await result.click();
        await page.waitForURL(new RegExp(`${NGINX_BASE}zh/articles/${HAND_WRITTEN.id}/`));
        expect(await page.locator('h1').first().textContent()).toContain('集中供热连民心');
        expect(failed).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 60_000);
  });
});
