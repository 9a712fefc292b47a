// What editors add by hand reaches the built site exactly as meant: a Chinese .md article from no seed
// and its English .md translation are published like ingested ones, and a draft is on no page, listing,
// feed, sitemap, data download or search result.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSearch } from '../search/pagefind-node.ts';
import { listFiles } from '../site/links.ts';
import type { BuiltSite } from '../site/build-site.ts';
import { buildEditorSite, DRAFT, HAND_WRITTEN } from '../archive/fixture-site.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await buildEditorSite();
}, 600_000);

const read = (file: string) => readFileSync(join(site.distDir, file), 'utf8');
/** A page's text as a reader reads it: no tags (a number and its unit sit in a span), no-break spaces as spaces. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\u00a0|&nbsp;|&#160;/g, ' ');

describe('a hand-written article (.md, no seed)', () => {
  it('has its Chinese page with its text, and its English page with the translation', () => {
    const zh = textOf(read(`zh/articles/${HAND_WRITTEN.id}/index.html`));
    expect(zh).toContain(HAND_WRITTEN.title.split(' ')[0]);
    expect(zh).toContain('新建改造供热管网38.1公里');
    const en = textOf(read(`en/articles/${HAND_WRITTEN.id}/index.html`));
    expect(en).toContain(HAND_WRITTEN.enTitle);
    expect(en).toContain('38.1 km of heating pipes');
  });

  it('is listed like an ingested article: home, topic, place, feed and sitemap', () => {
    const link = `${site.base}zh/articles/${HAND_WRITTEN.id}/`;
    for (const page of ['zh/index.html', 'zh/topics/heating/index.html', 'zh/regions/huguan-county/index.html']) {
      expect(read(page), page).toContain(link);
    }
    expect(read('zh/rss.xml')).toContain(link);
    expect(read('en/rss.xml')).toContain(`${site.base}en/articles/${HAND_WRITTEN.id}/`);
    expect(read('sitemap-0.xml')).toContain(link);
  });

  it('is found by search, in both languages', async () => {
    const zh = await openSearch(site.distDir, 'zh-CN');
    const zhUrls = await Promise.all((await zh.search('换热站')).results.map(async (r) => (await r.data()).url));
    expect(zhUrls.some((u) => u.includes(`/zh/articles/${HAND_WRITTEN.id}/`))).toBe(true);
    const en = await openSearch(site.distDir, 'en');
    const enUrls = await Promise.all((await en.search('capillaries')).results.map(async (r) => (await r.data()).url));
    expect(enUrls.some((u) => u.includes(`/en/articles/${HAND_WRITTEN.id}/`))).toBe(true);
  });
});

describe('a draft (draft: true)', () => {
  const textFiles = () => listFiles(site.distDir).filter((f) => /\.(html|xml|json|csv|txt)$/.test(f));

  it('has no page in either language', () => {
    expect(existsSync(join(site.distDir, 'zh', 'articles', DRAFT.id))).toBe(false);
    expect(existsSync(join(site.distDir, 'en', 'articles', DRAFT.id))).toBe(false);
  });

  it('is named nowhere: no page, listing, feed, sitemap or data download carries its id or title', () => {
    const files = textFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = read(file);
      expect(text.includes(DRAFT.id), `${file} names the draft's id`).toBe(false);
      expect(text.includes(DRAFT.title), `${file} names the draft's title`).toBe(false);
    }
  });

  it('adds no listing of its own: its year, topic and place (only it has them) get no page', () => {
    expect(existsSync(join(site.distDir, 'zh', 'years', '2026'))).toBe(false);
    expect(existsSync(join(site.distDir, 'zh', 'topics', 'housing'))).toBe(false);
    expect(existsSync(join(site.distDir, 'zh', 'regions', 'longquan-town'))).toBe(false);
  });

  it('is not in the search index', async () => {
    for (const [lang, query] of [
      ['zh-CN', '达标率'],
      ['zh-CN', '草稿'],
      ['en', 'draft'],
    ] as const) {
      const search = await openSearch(site.distDir, lang);
      const urls = await Promise.all((await search.search(query)).results.map(async (r) => (await r.data()).url));
      expect(urls.filter((u) => u.includes(DRAFT.id)), `${lang} "${query}"`).toEqual([]);
    }
  });
});
