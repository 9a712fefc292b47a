// The figure downloads, the data dictionary and data/datapackage.json as built the way `npm run build` builds
// by default — without SITE_URL — and under a sub-path: files where the links say, URLs as paths under the
// base, CSV and JSON telling the same story, the descriptor naming exactly the files there are, and no
// made-up host (example.org) anywhere in the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS } from '../../src/lib/downloads/columns.ts';
import { BUNDLED_FOLDERS } from '../../src/lib/downloads/paths.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { attr, findAll, parseHtml, textOf } from './html.ts';
import { describeBrokenLinks, findBrokenLinks, listFiles, pageUrl, resolveUrl, type SiteLocation } from './links.ts';

const BASE = '/archive/cz/';
let built: BuiltSite;
/** Where the tests resolve the build's links: it has no address of its own, so any origin will do. */
let where: SiteLocation;
const read = (path: string) => readFileSync(join(built.distDir, path), 'utf8');
const rowsOf = (csv: string): Record<string, string>[] => parse(csv, { bom: true, columns: true });
const headerOf = (csv: string): string[] => (parse(csv, { bom: true, to_line: 1 }) as string[][])[0]!;

beforeAll(async () => {
  // Vitest puts Vite's BASE_URL=/ into process.env; the child astro build would inherit it and ignore
  // BASE_PATH. (To fix in build-site.ts for every site test; until then, keep it out of this build.)
  const inherited = process.env.BASE_URL;
  delete process.env.BASE_URL;
  try {
    built = await buildSite({ name: 'downloads-sub-path', basePath: BASE, siteUrl: null, search: false });
    where = { ...built, site: 'http://localhost' };
  } finally {
    if (inherited !== undefined) process.env.BASE_URL = inherited;
  }
}, 180_000);

describe('a build without SITE_URL', () => {
  it('names no made-up host anywhere: example.org is in no file', () => {
    const files = listFiles(built.distDir);
    expect(files.length).toBeGreaterThan(100);
    const naming = files.filter((file) => readFileSync(join(built.distDir, file)).includes('example.org'));
    expect(naming).toEqual([]);
  });

  it('links pages by paths under the base, with no broken link, and leaves out what needs a full URL', () => {
    const broken = findBrokenLinks(where);
    expect(broken, describeBrokenLinks(broken)).toEqual([]);
    // canonical, hreflang alternates, og:url and the feeds (and so the feed links) need SITE_URL.
    const head = findAll(parseHtml(read('en/topics/index.html')), (el) => ['link', 'meta'].includes(el.tagName));
    const rels = head.map((el) => `${attr(el, 'rel') ?? attr(el, 'property') ?? ''} ${attr(el, 'type') ?? ''}`);
    expect(rels.filter((r) => /canonical|alternate|og:url/.test(r))).toEqual([]);
    expect(listFiles(built.distDir).filter((f) => /rss\.xml$|^sitemap/.test(f))).toEqual([]);
  });
});

describe('data/figures.csv and data/figures.json', () => {
  it('are UTF-8 CSV with a BOM and CRLF, and JSON with the same rows', () => {
    const csv = read('data/figures.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${FIGURE_COLUMNS.join(',')}`);
    const csvRows = rowsOf(csv);
    const jsonRows = JSON.parse(read('data/figures.json')) as Record<string, unknown>[];
    expect(csvRows.length).toBeGreaterThan(100);
    expect(csvRows).toEqual(jsonRows.map((r) => Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, r[c] === null ? '' : String(r[c])]))));
  });

  it('link every figure to its paragraph on the Chinese article page, as a path under the base', () => {
    for (const row of rowsOf(read('data/figures.csv'))) {
      expect(row.url).toBe(`${BASE}zh/articles/${row.article}/#p${row.paragraph}`);
      const page = read(`zh/articles/${row.article}/index.html`);
      expect(page).toContain(`id="p${row.paragraph}"`);
    }
  });

  it('split into one CSV per article that together hold every figure', () => {
    const all = rowsOf(read('data/figures.csv'));
    const perArticle = listFiles(join(built.distDir, 'data/articles'), '.csv').flatMap((file) => {
      const rows = rowsOf(read(`data/articles/${file}`));
      for (const row of rows) expect(`${row.article}.csv`).toBe(file);
      return rows;
    });
    expect(perArticle).toEqual(all);
  });

  it('give every published article its CSV, and leave nothing but CSVs in the folders written from bundles', () => {
    const articlePages = listFiles(join(built.distDir, 'zh/articles'), 'index.html').filter((file) => file.split('/').length === 2).map((file) => file.split('/')[0]!);
    expect(articlePages.length).toBeGreaterThan(10);
    expect(listFiles(join(built.distDir, 'data/articles')).sort()).toEqual(articlePages.map((id) => `${id}.csv`).sort());
    for (const folder of BUNDLED_FOLDERS) {
      const files = listFiles(join(built.distDir, folder));
      expect(files.length, folder).toBeGreaterThan(0);
      expect(files.filter((file) => !file.endsWith('.csv')), folder).toEqual([]);
    }
  });
});

describe('data/datapackage.json', () => {
  interface Resource {
    name: string;
    path: string;
    schema: string | { fields: { name: string }[] };
  }
  const descriptor = () => JSON.parse(read('data/datapackage.json')) as { profile: string; homepage?: string; resources: Resource[] };

  it('is served, a tabular Data Package with relative paths only (no address without SITE_URL)', () => {
    const pkg = descriptor();
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.homepage).toBeUndefined();
    expect(read('data/datapackage.json')).not.toMatch(/https?:\/\//);
  });

  it('names exactly the files there are — figures.csv, every chart’s file and every measure’s — each with its columns in order', () => {
    const { resources } = descriptor();
    const charts = listFiles(join(built.distDir, 'data/charts'), '.csv').map((file) => `charts/${file}`);
    const measures = listFiles(join(built.distDir, 'data/measures'), '.csv').map((file) => `measures/${file}`);
    expect(charts.length).toBeGreaterThan(10);
    expect(measures.length).toBeGreaterThan(0);
    expect(resources.map((r) => r.path).sort()).toEqual(['figures.csv', ...charts, ...measures].sort());
    for (const resource of resources) {
      const schema = typeof resource.schema === 'string' ? (JSON.parse(read(`data/${resource.schema}`)) as { fields: { name: string }[] }) : resource.schema;
      expect(schema.fields.map((f) => f.name), resource.path).toEqual(headerOf(read(`data/${resource.path}`)));
    }
  });

  it('lists every chart file a page links', () => {
    const described = new Set(descriptor().resources.map((r) => `${BASE}data/${r.path}`));
    const linked = new Set<string>();
    for (const page of ['zh/data/index.html', 'en/data/index.html', 'en/topics/heating/index.html']) {
      for (const a of findAll(parseHtml(read(page)), (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').includes('/data/charts/'))) linked.add(attr(a, 'href')!);
    }
    expect(linked.size).toBeGreaterThan(0);
    for (const href of linked) expect(described).toContain(href);
  });
});

describe('the data dictionary', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`explains every column and links working downloads, the descriptor too (${lang})`, () => {
      const page = `${lang}/data/dictionary/index.html`;
      const doc = parseHtml(read(page));
      const rowIds = findAll(doc, (el) => el.tagName === 'tr' && attr(el, 'id')?.startsWith('col-') === true).map((el) => attr(el, 'id'));
      expect(rowIds).toEqual(FIGURE_COLUMNS.map((c) => `col-${c}`));
      const downloads = findAll(doc, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined).map((el) => attr(el, 'href')!);
      expect(downloads).toContain(`${BASE}data/figures.csv`);
      expect(downloads).toContain(`${BASE}data/figures.json`);
      expect(downloads).toContain(`${BASE}data/datapackage.json`);
      for (const href of downloads) expect(resolveUrl(href, pageUrl(page, where), where)).toMatchObject({ kind: 'file' });
      if (lang === 'en') {
        // The English meanings' Chinese examples are marked as Chinese, the floor and ceiling words included.
        const qualifierRow = findAll(doc, (el) => el.tagName === 'tr' && attr(el, 'id') === 'col-qualifier')[0]!;
        const chinese = findAll(qualifierRow, (el) => el.tagName === 'span' && attr(el, 'lang') === 'zh-CN');
        expect(chinese.length).toBeGreaterThanOrEqual(10);
        expect(chinese.map((el) => textOf(el))).toEqual(expect.arrayContaining(['约', '不少于', '不超过']));
      }
    });
  }
});
