import type { IntegrationResolvedRoute } from 'astro';
import { describe, expect, it } from 'vitest';
import { pageAddresses, sitemapFiles } from './sitemap-integration.ts';
import { sitemapOptions } from './sitemap.ts';

const SITE = 'https://civic.example.org';
const CONFIG = { site: SITE, base: '/archive/cz/', trailingSlash: 'always', build: { format: 'directory' } } as const;
const route = (pathname: string | undefined, type = 'page'): IntegrationResolvedRoute =>
  ({ pathname, type, fallbackRoutes: [], generate: () => pathname ?? '' }) as unknown as IntegrationResolvedRoute;

describe('pageAddresses', () => {
  it('puts each built page and each route without parameters under the site and base, once, and no status page', () => {
    const pages = [{ pathname: 'zh/articles/a/' }, { pathname: '/en/about/' }, { pathname: '404/' }, { pathname: '' }];
    const routes = [route('/'), route('/404'), route('/search'), route(undefined), route('/rss.xml', 'endpoint')];
    expect(pageAddresses(CONFIG as never, pages, routes)).toEqual([
      `${SITE}/archive/cz/zh/articles/a/`,
      `${SITE}/archive/cz/en/about/`,
      `${SITE}/archive/cz/`,
      `${SITE}/archive/cz/search/`,
    ]);
  });
});

describe('sitemapFiles', () => {
  const root = new URL('/archive/cz/', SITE);
  const urls = (paths: string[]) => paths.map((p) => `${root.href}${p}`);

  it('lists the addresses by their bytes, the order of a merged sharded build (a page 10 before a page 2)', () => {
    const addresses = urls(['zh/years/2024/2/', 'zh/years/2024/10/', 'en/about/', 'zh/about/', 'zh/years/2024/']);
    const xml = sitemapFiles(addresses, sitemapOptions(SITE, '/archive/cz/'), root, '/archive/cz/').get('sitemap-0.xml')!;
    const order = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(order).toEqual(urls(['en/about/', 'zh/about/', 'zh/years/2024/', 'zh/years/2024/10/', 'zh/years/2024/2/']));
  });

  it('cuts the entries into files of `limit` and names each in the index under the base', () => {
    const files = sitemapFiles(urls(['a/', 'b/', 'c/']), { filter: () => true, serialize: (e) => e }, root, '/archive/cz/', 2);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-1.xml')).toContain(`<url><loc>${root.href}c/</loc></url></urlset>`);
    expect(files.get('sitemap-index.xml')).toContain(`<loc>${root.href}sitemap-0.xml</loc></sitemap><sitemap><loc>${root.href}sitemap-1.xml</loc>`);
  });

  it('writes no file when the filter keeps no address', () => {
    expect(sitemapFiles(urls(['zh/404/']), sitemapOptions(SITE, '/archive/cz/'), root, '/archive/cz/').size).toBe(0);
  });
});
