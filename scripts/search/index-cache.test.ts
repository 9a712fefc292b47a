import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepIndex, restoreIndex, siteFingerprint } from './index-cache.ts';
import { indexSite } from './index-site.ts';

const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(site: string, file: string, text: string): void {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
}

const page = (title: string, text: string) => `<!doctype html><html lang="zh"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

describe('siteFingerprint', () => {
  const site = join(root, 'fp');
  write(site, 'zh/a/index.html', page('供热', '集中供热覆盖全县。'));
  write(site, 'zh/b/index.html', page('就业', '新增就业岗位。'));
  const settings = { args: ['--site', '.'] };
  const before = siteFingerprint(site, settings);

  it('follows the pages and settings, not other files or the index itself', () => {
    write(site, 'data/figures.csv', 'a,b\n');
    write(site, 'pagefind/pagefind.js', 'old index');
    expect(siteFingerprint(site, settings)).toBe(before);
    expect(siteFingerprint(site, { args: ['--site', '.', '--exclude-selectors', '.x'] })).not.toBe(before);
    write(site, 'zh/b/index.html', page('就业', '新增就业岗位3000个。'));
    const edited = siteFingerprint(site, settings);
    expect(edited).not.toBe(before);
    write(site, 'zh/c/index.html', page('养老', '养老服务。'));
    expect(siteFingerprint(site, settings)).not.toBe(edited);
  });

  it('restores a kept index only for the fingerprint it was made from', () => {
    const cache = join(root, 'cache');
    write(site, 'out/pagefind.js', 'bundle');
    keepIndex(cache, 'f1', join(site, 'out'), 2);
    expect(restoreIndex(cache, 'f2', join(site, 'restored'))).toBeUndefined();
    expect(restoreIndex(cache, 'f1', join(site, 'restored'))).toBe(2);
    expect(readdirSync(join(site, 'restored'))).toEqual(['pagefind.js']);
  });
});

describe('indexSite with a kept index', () => {
  it('runs Pagefind when the pages changed and reuses the index when they did not', async () => {
    const site = join(root, 'site');
    const cacheDir = join(root, 'site-cache');
    write(site, 'zh/a/index.html', page('供热', '集中供热覆盖全县。'));
    const first = await indexSite(site, { cacheDir });
    expect(first).toEqual({ pages: 1, reused: false });
    const files = readdirSync(join(site, 'pagefind'), { recursive: true }).sort();

    rmSync(join(site, 'pagefind'), { recursive: true }); // as astro build empties dist/
    expect(await indexSite(site, { cacheDir })).toEqual({ pages: 1, reused: true });
    expect(readdirSync(join(site, 'pagefind'), { recursive: true }).sort()).toEqual(files);

    write(site, 'zh/b/index.html', page('就业', '新增就业岗位。'));
    expect(await indexSite(site, { cacheDir })).toEqual({ pages: 2, reused: false });
    expect(await indexSite(site, { cacheDir: null })).toEqual({ pages: 2, reused: false });
  });
});
