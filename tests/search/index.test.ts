// What the Pagefind index of the built site holds, queried in Node with the site's own bundle: one index
// per language of article pages and the measure pages (issue 18, type filter `数据`/`Data`), titles above body text, captions and figures, stemming, page
// furniture left out, filters in the page's language, and sorting by date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { t } from '../../src/lib/i18n.ts';
import { runSearch } from '../../src/lib/search/run-search.ts';
import { buildSite, type BuiltSite } from '../site/build-site.ts';
import { articleIdOfUrl, openSearch, topArticleIds, type NodePagefind } from './pagefind-node.ts';
import { ARTICLE_IDS } from './queries.ts';
import { readdirSync } from 'node:fs';
import type { FigureRecord } from '../../src/domain/figure.ts';
import { measurePages } from '../../src/components/measures/measure-pages.ts';

/** The measure pages the seeds give (src/components/measures/): indexed as `data` pages beside the reports. */
const MEASURE_KEYS = measurePages(
  readdirSync('content/figures').flatMap((name) => JSON.parse(readFileSync(join('content/figures', name), 'utf8')) as FigureRecord[]),
).map((p) => p.key);
const measureUrl = (lang: 'zh' | 'en', key: string) => `/${lang}/data/measures/${key}/`;

let site: BuiltSite;
const search: Record<'zh' | 'en', NodePagefind> = {} as never;
beforeAll(async () => {
  site = await buildSite({ name: 'root' });
  search.zh = await openSearch(site.distDir, 'zh-CN');
  search.en = await openSearch(site.distDir, 'en');
}, 300_000);

const ids = async (lang: 'zh' | 'en', query: string, options = {}, n = 20) =>
  topArticleIds((await runSearch(search[lang], query, options)).results, n);

describe('the index', () => {
  it('has one index per language, each of every article page and every measure page, and nothing else', async () => {
    const entry = JSON.parse(readFileSync(join(site.distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(MEASURE_KEYS.length).toBeGreaterThan(0);
    for (const lang of ['zh', 'en'] as const) {
      const all = await search[lang].search(null);
      const urls = await Promise.all(all.results.map(async (r) => (await r.data()).url));
      const articles = urls.filter((url) => url.startsWith(`/${lang}/articles/`));
      expect(articles.map((url) => articleIdOfUrl(url)).sort()).toEqual([...ARTICLE_IDS].sort());
      expect(urls.filter((url) => !articles.includes(url)).sort()).toEqual(MEASURE_KEYS.map((key) => measureUrl(lang, key)).sort());
    }
  });

  it('finds a measure page by its name, and its type filter (数据 / Data) narrows to the measure pages', async () => {
    const urls = async (lang: 'zh' | 'en', query: string, options = {}) =>
      Promise.all((await runSearch(search[lang], query, options)).results.map(async (r) => (await r.data()).url));
    expect(await urls('zh', '背街小巷')).toContain(measureUrl('zh', 'back-streets-renovated'));
    expect(await urls('en', 'back streets')).toContain(measureUrl('en', 'back-streets-renovated'));
    for (const [lang, strings] of [['zh', zh], ['en', en]] as const) {
      const data = await urls(lang, '', { filters: { [strings['filter.kind']]: { any: [strings['kind.data']] } } });
      expect(data.sort()).toEqual(MEASURE_KEYS.map((key) => measureUrl(lang, key)).sort());
    }
  });

  it('ranks the report with the word in its title first, above reports that say it more often', async () => {
    // 就业 is printed 10 times in ba-min-sheng-yuan-jing-hui-cheng, 8 in 就业是民生之本 (its title).
    expect((await ids('zh', '就业'))[0]).toBe('jiu-ye-shi-min-sheng-zhi-ben');
    expect((await ids('en', 'employment'))[0]).toBe('jiu-ye-shi-min-sheng-zhi-ben');
  });

  it('finds what the papers print as 供热 when a reader types 供暖 or 取暖', async () => {
    const heat = await ids('zh', '供热');
    expect(heat.length).toBeGreaterThan(0);
    for (const typed of ['供暖', '取暖']) expect(await ids('zh', typed)).toEqual(expect.arrayContaining(heat));
  });

  it('finds photo captions and the figure tables', async () => {
    expect(await ids('zh', '花椒油生产车间')).toEqual(['quan-mian-shen-hua-gai-ge-fen-jin']);
    // `17 teams` / `competing teams` appear only in the figure table of the English page.
    expect(await ids('en', 'competing teams')).toContain('chang-zhi-jiao-jing-quan-sheng-gong-an');
  });

  it('stems English: schools finds school, kindergartens finds kindergarten', async () => {
    expect(await ids('en', 'schools')).toEqual(await ids('en', 'school'));
    expect((await ids('en', 'kindergartens')).sort()).toEqual((await ids('en', 'kindergarten')).sort());
  });

  it('leaves page furniture out: reading links, figure headings, chart notes, source notes', async () => {
    const exactly = async (lang: 'zh' | 'en', phrase: string) => (await search[lang].search(`"${phrase}"`)).results;
    expect(await exactly('zh', zh['parallel.link'])).toEqual([]);
    expect(await exactly('zh', zh['figures.heading'])).toEqual([]);
    expect(await exactly('en', en['parallel.link'])).toEqual([]);
    expect(await exactly('en', en['figures.heading'])).toEqual([]);
    expect(await exactly('en', 'Newspaper page text')).toEqual([]);
    for (const lang of ['zh', 'en'] as const) {
      expect(await exactly(lang, t(lang, 'chart.cards.heading'))).toEqual([]);
      expect(await exactly(lang, t(lang, 'chart.sourceNote').split(/[，;]/)[0]!)).toEqual([]);
    }
    expect(await ids('en', 'blocks')).toEqual([]);
  });
});

describe('filters', () => {
  it('are named and valued in the page’s language', async () => {
    const zhFilters = await search.zh.filters();
    expect(Object.keys(zhFilters).sort()).toEqual([zh['filter.kind'], zh['filter.region'], zh['filter.topic'], zh['filter.year']].sort());
    expect(zhFilters[zh['filter.topic']]).toHaveProperty('养老');
    expect(zhFilters[zh['filter.region']]).toHaveProperty('上党区');
    expect(Object.keys(zhFilters[zh['filter.kind']]!)).toEqual(expect.arrayContaining([zh['kind.article'], zh['kind.photo-news'], zh['kind.commentary']]));
    const enFilters = await search.en.filters();
    expect(Object.keys(enFilters).sort()).toEqual([en['filter.kind'], en['filter.region'], en['filter.topic'], en['filter.year']].sort());
    expect(enFilters[en['filter.topic']]).toHaveProperty('Elderly care');
    expect(enFilters[en['filter.region']]).toHaveProperty('Shangdang District');
    expect(enFilters[en['filter.year']]).toHaveProperty('2025');
  });

  it('narrow a query to the reports with the chosen value', async () => {
    const all = await ids('zh', '养老');
    const inShangdang = await ids('zh', '养老', { filters: { [zh['filter.region']]: { any: ['上党区'] } } });
    expect(inShangdang.length).toBeGreaterThan(0);
    expect(inShangdang.length).toBeLessThan(all.length);
    expect(all).toEqual(expect.arrayContaining(inShangdang));
    const commentary = await ids('en', '', { filters: { [en['filter.kind']]: { any: [en['kind.commentary']] } } });
    expect(commentary).toEqual(['xin-nian-xin-qi-xiang-fen-dou-zheng']);
  });
});

describe('sorting by date', () => {
  it('puts the newest first and the reports without a year last, leaving none out', async () => {
    const results = (await runSearch(search.en, '', { sort: { date: 'desc' } })).results;
    const years = await Promise.all(results.map(async (r) => Number((await r.data()).meta.year ?? 0)));
    expect(years).toHaveLength(ARTICLE_IDS.length + MEASURE_KEYS.length);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years.at(-1)).toBe(0);
  });
});
