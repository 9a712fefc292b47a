import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, deployedHeaders, resolveRequest, serveStatic, type StaticServer } from './serve.ts';

const root = mkdtempSync(join(tmpdir(), 'serve-test-'));
mkdirSync(join(root, 'zh', 'data', 'charts'), { recursive: true });
writeFileSync(join(root, 'zh', 'index.html'), '<!doctype html><title>长治</title>');
writeFileSync(join(root, 'zh', 'data', 'charts', 'abc123.csv'), '\uFEFFfigure_id\n');
writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
mkdirSync(join(root, '_astro'));
writeFileSync(join(root, '_astro', 'site.abc123.css'), `body{color:red}${' '.repeat(600)}`);

describe('resolveRequest', () => {
  it('maps paths under the base to files, directories to their index.html', () => {
    expect(resolveRequest(root, '/sub/', '/sub/zh/')).toBe(join(root, 'zh', 'index.html'));
    expect(resolveRequest(root, '/sub/', '/sub/zh/data/charts/abc123.csv?x=1')).toBe(join(root, 'zh', 'data', 'charts', 'abc123.csv'));
  });

  it('serves nothing outside the base or outside the folder', () => {
    expect(resolveRequest(root, '/sub/', '/zh/')).toBeUndefined();
    expect(resolveRequest(root, '/', '/../../etc/passwd')).toBeUndefined();
    expect(resolveRequest(root, '/', '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveRequest(root, '/', '/missing.html')).toBeUndefined();
  });

  it('knows the MIME types a site needs', () => {
    expect(contentType('a.html')).toBe('text/html; charset=utf-8');
    expect(contentType('a.csv')).toBe('text/csv; charset=utf-8');
    expect(contentType('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('a.svg')).toBe('image/svg+xml');
    expect(contentType('a.unknown')).toBe('application/octet-stream');
  });
});

describe('serveStatic', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(root, '/sub/');
  });
  afterAll(() => server.close());

  it('answers on 127.0.0.1 under the base path', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
    const page = await fetch(`${server.url}zh/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('长治');
    const csv = await fetch(`${server.url}zh/data/charts/abc123.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('redirects a directory without its slash and 404s the rest with the site’s page', async () => {
    const redirect = await fetch(`${server.url}zh`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/sub/zh/');
    const missing = await fetch(`${server.url}nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Not found');
  });
});

describe('serving as deployed (deploy/nginx.conf)', () => {
  it('gzips text from 512 bytes for clients that accept it, and keeps hashed assets a year', () => {
    expect(deployedHeaders('/zh/index.html', 600, 'gzip, deflate, br')).toEqual({ cacheControl: 'no-cache', gzip: true });
    expect(deployedHeaders('/zh/index.html', 100, 'gzip')).toEqual({ cacheControl: 'no-cache', gzip: false });
    expect(deployedHeaders('/zh/index.html', 600, undefined).gzip).toBe(false);
    expect(deployedHeaders('/_astro/site.abc123.css', 5000, 'gzip')).toEqual({ cacheControl: 'public, max-age=31536000, immutable', gzip: true });
    expect(deployedHeaders('/pagefind/index/zh_abc.pf_index', 5000, 'gzip')).toEqual({ cacheControl: 'public, max-age=31536000, immutable', gzip: false });
    expect(deployedHeaders('/pagefind/pagefind.js', 5000, 'gzip')).toEqual({ cacheControl: 'no-cache', gzip: true });
  });

  it('sends compressed text with its cache headers', async () => {
    const server = await serveStatic(root, '/', { asDeployed: true });
    try {
      const response = await fetch(`${server.url}_astro/site.abc123.css`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
      // fetch decodes the body itself.
      expect(await response.text()).toMatch(/^body\{color:red\}/);
      const page = await fetch(`${server.url}zh/`);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('content-length')).toBe(String(Buffer.byteLength('<!doctype html><title>长治</title>')));
    } finally {
      await server.close();
    }
  });
});
