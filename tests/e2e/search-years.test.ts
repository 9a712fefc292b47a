// Search over one index per year (scripts/search/buckets.ts, issue 17): the search page loads the newest
// year's index from pagefind/ and merges the other years' (pagefind/<year>/) with Pagefind's mergeIndex, so
// one query finds reports of different years, in both languages. The seeds' 15 reports are one group of
// years by default (src/lib/content/shard.ts); this site is indexed with every year alone (CZ_YEAR_GROUP_MIN=1).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../site/build-site.ts';
import { CHROMIUM_ARGS, BROWSER_PATH } from './browser.ts';
import { chromiumOrSkip, resultIds, searchFor } from './search-support.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const available = chromiumOrSkip('search across years browser tests');

/** Each published Chinese article's year as its frontmatter gives it ('undated' without one). */
function yearsOfArticles(): Map<string, string> {
  const dir = join(PROJECT_ROOT, 'content/articles/zh');
  const years = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (/^draft:\s*true\s*$/m.test(text)) continue;
    years.set(file.replace(/\.mdx?$/, ''), /^year:\s*(\d{4})\s*$/m.exec(text)?.[1] ?? 'undated');
  }
  return years;
}

describe.skipIf(!available)('search across the years’ indexes', () => {
  let server: StaticServer;
  let browser: Browser;
  let distDir: string;
  const years = yearsOfArticles();

  beforeAll(async () => {
    // Read by the indexing step of the build: the shared root build's astro output (its pages do not depend on
    // the variable), indexed again with it.
    const site = await buildSite({ name: 'search-years', reindexOf: 'root', env: { CZ_YEAR_GROUP_MIN: '1' } });
    distDir = site.distDir;
    server = await serveStatic(site.distDir, site.base);
    browser = await chromium.launch({ executablePath: BROWSER_PATH, args: CHROMIUM_ARGS });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const manifest = () => JSON.parse(readFileSync(join(distDir, 'pagefind/indexes.json'), 'utf8')) as { languages: Record<string, string[]>; years: string[] };

  it('the site has an index per year, the newest at the root, listed per language', () => {
    const dated = [...new Set(years.values())].filter((year) => year !== 'undated').sort().reverse();
    expect(dated.length).toBeGreaterThan(1);
    expect(manifest().years).toEqual(dated);
    for (const language of ['zh-cn', 'en']) {
      const folders = manifest().languages[language] ?? [];
      expect(folders[0]).toBe('');
      // Every other year's folder, the oldest with the undated reports (the seeds have some).
      for (const year of dated.slice(1, -1)) expect(folders).toContain(`${year}/`);
      expect(folders).toContain(`${dated.at(-1)}+undated/`);
    }
  });

  it.each([
    { lang: 'zh', q: '民生' },
    { lang: 'en', q: 'livelihood' },
  ])('$lang: “$q” finds reports of different years, merged from their indexes', async ({ lang, q }) => {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const folders = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      const at = path.indexOf('/pagefind/');
      if (at >= 0 && path.endsWith('pagefind-entry.json')) folders.add(path.slice(at + '/pagefind/'.length).replace(/pagefind-entry\.json$/, ''));
    });
    await page.goto(`${server.url}${lang}/search/`);
    await searchFor(page, q);
    const found = await resultIds(page);
    const foundYears = new Set(found.map((id) => years.get(id)));
    expect(foundYears.size, `${found.join(' ')} → ${[...foundYears].join(' ')}`).toBeGreaterThan(1);
    // Every year's index was merged: its entry file was fetched, the root's and each folder's.
    expect([...folders].sort()).toEqual([...(manifest().languages[lang === 'zh' ? 'zh-cn' : 'en'] ?? [])].sort());
    await page.close();
  });
});
