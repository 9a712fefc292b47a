import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeSitemaps } from './sitemap-merge.ts';

const root = mkdtempSync(join(tmpdir(), 'sitemap-merge-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HEAD = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const entry = (loc: string) => `<url><loc>https://x.org/${loc}</loc><xhtml:link rel="alternate" hreflang="en" href="https://x.org/${loc}"/></url>`;
const INDEX = '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.org/sitemap-0.xml</loc></sitemap></sitemapindex>';

function site(name: string, locs: string[]): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sitemap-0.xml'), `${HEAD}${locs.map(entry).join('')}</urlset>`);
  writeFileSync(join(dir, 'sitemap-index.xml'), INDEX);
  return dir;
}

describe('mergeSitemaps', () => {
  it('lists every shard’s pages once, sorted by address, as one sitemap would', () => {
    const hub = site('hub', ['', 'zh/', 'zh/topics/']);
    const y2024 = site('2024', ['', 'zh/', 'zh/articles/b/', 'zh/topics/']);
    const y2023 = site('2023', ['', 'zh/', 'zh/articles/a/', 'zh/topics/']);
    const whole = site('whole', ['', 'zh/', 'zh/articles/a/', 'zh/articles/b/', 'zh/topics/']);
    expect(mergeSitemaps(hub, [hub, y2024, y2023])).toBe(5);
    expect(readFileSync(join(hub, 'sitemap-0.xml'), 'utf8')).toBe(readFileSync(join(whole, 'sitemap-0.xml'), 'utf8'));
    expect(readFileSync(join(hub, 'sitemap-index.xml'), 'utf8')).toBe(INDEX);
  });

  it('orders addresses as @astrojs/sitemap does, numbers by value (page -2/ before -10/), not by bytes', () => {
    const locs = ['zh/articles/x-10/', 'zh/articles/x-2/', 'zh/topics/heating/page/10/', 'zh/topics/heating/page/9/', 'en/', 'zh/'];
    const hub = site('hub3', locs.slice(0, 3));
    const year = site('year3', locs.slice(3));
    expect(mergeSitemaps(hub, [hub, year])).toBe(6);
    const merged = [...readFileSync(join(hub, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>https:\/\/x\.org\/([^<]*)<\/loc>/g)].map((m) => m[1]);
    const integration = locs.map((loc) => `https://x.org/${loc}`).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(merged.map((loc) => `https://x.org/${loc}`)).toEqual(integration);
    expect(merged.indexOf('zh/articles/x-2/')).toBeLessThan(merged.indexOf('zh/articles/x-10/'));
    expect(merged.indexOf('zh/topics/heating/page/9/')).toBeLessThan(merged.indexOf('zh/topics/heating/page/10/'));
  });

  it('stops when two shards describe one page differently', () => {
    const hub = site('hub2', ['zh/']);
    const other = join(root, 'other');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'sitemap-0.xml'), `${HEAD}<url><loc>https://x.org/zh/</loc></url></urlset>`);
    expect(() => mergeSitemaps(hub, [hub, other])).toThrow(/differs between shards/);
  });

  it('does nothing for a site built without SITE_URL', () => {
    const dir = join(root, 'plain');
    mkdirSync(dir, { recursive: true });
    expect(mergeSitemaps(dir, [dir])).toBe(0);
  });
});
