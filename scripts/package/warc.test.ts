import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCParser } from 'warcio';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addressOf, contentTypeOf, siteUrlOf, writeWarc } from './warc.ts';

let dir: string;
const FILES = ['index.html', 'pagefind/pagefind.zh-cn_34dd8bd44aaf5.pf_meta', 'zh/articles/jiu-ye-shi-min-sheng-zhi-ben/index.html'];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cz-warc-'));
  mkdirSync(join(dir, 'site/zh/articles/jiu-ye-shi-min-sheng-zhi-ben'), { recursive: true });
  mkdirSync(join(dir, 'site/pagefind'));
  writeFileSync(join(dir, 'site', FILES[0]!), '<!doctype html><title>长治民生报告</title>\n');
  writeFileSync(join(dir, 'site', FILES[1]!), new Uint8Array([31, 139, 8, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'site', FILES[2]!), '<p>就业是民生之本。</p>\n');
  writeFileSync(join(dir, 'site/sitemap-index.xml'), '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://civic.example.org/civic-report/sitemap-0.xml</loc></sitemap></sitemapindex>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const input = () => ({ sourceDir: join(dir, 'site'), files: FILES, siteUrl: 'https://civic.example.org/civic-report/', date: new Date('2026-01-01T00:00:00Z'), release: 'r-1', filename: 'r-1.warc.gz' });

describe('writeWarc', () => {
  it('writes a warcinfo record and one response per file, at the address the site serves it from', async () => {
    await writeWarc(input(), join(dir, 'a.warc.gz'));
    const parser = new WARCParser([new Uint8Array(readFileSync(join(dir, 'a.warc.gz')))]);
    const records: { type: string; url?: string; date?: string; type2?: string; body: string }[] = [];
    for await (const record of parser) {
      const body = new TextDecoder().decode(await record.readFully());
      records.push({ type: record.warcType!, url: record.warcTargetURI ?? undefined, date: record.warcDate ?? undefined, type2: record.httpHeaders?.headers.get('Content-Type') ?? undefined, body });
    }
    expect(records.map((r) => [r.type, r.url])).toEqual([
      ['warcinfo', undefined],
      ['response', 'https://civic.example.org/civic-report/'],
      ['response', 'https://civic.example.org/civic-report/pagefind/pagefind.zh-cn_34dd8bd44aaf5.pf_meta'],
      ['response', 'https://civic.example.org/civic-report/zh/articles/jiu-ye-shi-min-sheng-zhi-ben/'],
    ]);
    expect(records[3]).toMatchObject({ date: '2026-01-01T00:00:00Z', type2: 'text/html; charset=utf-8', body: '<p>就业是民生之本。</p>\n' });
    expect(records[2]!.type2).toBe('application/octet-stream');
  });

  it('gives the same bytes twice', async () => {
    await writeWarc(input(), join(dir, 'a.warc.gz'));
    await writeWarc(input(), join(dir, 'b.warc.gz'));
    expect(readFileSync(join(dir, 'a.warc.gz')).equals(readFileSync(join(dir, 'b.warc.gz')))).toBe(true);
  });
});

describe('addresses and types', () => {
  it('serves a folder index at the folder, and knows the site address from the sitemap index', async () => {
    expect(addressOf('https://x.org/b/', '404.html')).toBe('https://x.org/b/404.html');
    expect(addressOf('https://x.org/b/', 'en/index.html')).toBe('https://x.org/b/en/');
    expect(contentTypeOf('data/figures.csv')).toBe('text/csv; charset=utf-8');
    await expect(siteUrlOf(join(dir, 'site'))).resolves.toBe('https://civic.example.org/civic-report/');
    await expect(siteUrlOf(dir)).rejects.toThrow(/sitemap-index\.xml not found/);
  });
});
