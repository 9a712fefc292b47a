import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../domain/article.ts';
import type { FigureRecord } from '../domain/figure.ts';
import { buildCatalog, neighbours, related, type ArticleEntry } from './content/catalog.ts';
import { canteenInvestment, museumEn, museumStudents, museumZh, shangdangZh } from './content/fixtures.ts';
import { cacheKeys, figuresDigest, type CacheKeys } from './cache-keys.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** A made-up report: `n` picks its year (newest first by year) and the topic keeps it apart from the fixtures. */
function report(n: number, topic: string, region: string, body = `\n第${n}段正文。\n`): ArticleEntry {
  return {
    id: `zh/report-${n}`,
    body,
    data: articleSchema.parse({ id: `report-${n}`, title: `报道${n}`, lang: 'zh', kind: 'news', year: 2000 + n, regions: [region], topics: [topic] }),
  };
}

const reports = Array.from({ length: 8 }, (_, n) => report(n, n < 4 ? 'heating' : 'employment', n < 4 ? '壶关县' : '沁县'));
const base = [museumZh, shangdangZh, museumEn('hash-of-the-source'), ...reports];
const figureFiles = new Map<string, FigureRecord[]>([
  ['shi-bo-wu-guan-yao-qing-fan-xiang', [museumStudents]],
  ['ban-hao-min-sheng-shi-shi-shu-xie', [canteenInvestment]],
]);
const site = 'glossary-digest';

function keysOf(entries: ArticleEntry[], figures = figureFiles, siteDigest = site): CacheKeys {
  return cacheKeys(buildCatalog(entries, figures), siteDigest);
}

/** `entries` with the one whose collection id is `id` changed by `edit`. */
function editing(entries: ArticleEntry[], id: string, edit: (e: ArticleEntry) => ArticleEntry): ArticleEntry[] {
  return entries.map((e) => (e.id === id ? edit(e) : e));
}

const retitled = (e: ArticleEntry): ArticleEntry => ({ ...e, data: { ...e.data, title: `${e.data.title}（修订）` } });
const rewritten = (e: ArticleEntry): ArticleEntry => ({ ...e, body: `${e.body}\n补充一段。\n` });

describe('article page keys', () => {
  const before = keysOf(base);
  const museum = 'shi-bo-wu-guan-yao-qing-fan-xiang';

  it('are the same for the same content, and differ by language and page', () => {
    expect(keysOf(base).article('zh', museum)).toBe(before.article('zh', museum));
    expect(before.article('en', museum)).not.toBe(before.article('zh', museum));
    expect(before.parallel('zh', museum)).not.toBe(before.article('zh', museum));
  });

  it('change with the article text, its translation, its figures and the glossary', () => {
    expect(keysOf(editing(base, museumZh.id, rewritten)).article('zh', museum)).not.toBe(before.article('zh', museum));
    expect(keysOf(editing(base, 'en/shi-bo-wu-guan-yao-qing-fan-xiang', rewritten)).article('zh', museum)).not.toBe(before.article('zh', museum));
    expect(keysOf(editing(base, 'en/shi-bo-wu-guan-yao-qing-fan-xiang', rewritten)).parallel('en', museum)).not.toBe(before.parallel('en', museum));
    const moreFigures = new Map(figureFiles).set(museum, [museumStudents, { ...museumStudents, id: `${museumStudents.id}-b`, value: 71 }]);
    expect(keysOf(base, moreFigures).article('zh', museum)).not.toBe(before.article('zh', museum));
    expect(keysOf(base, figureFiles, 'another-glossary').article('zh', museum)).not.toBe(before.article('zh', museum));
  });

  it('render the text with the Markdown processor in the page’s own code, which Astro hashes beside the key', () => {
    // The HTML is rendered by the page from the file (lib/markdown/article-html.ts), not kept in the store: a new
    // processor is a change to the code of every page showing a text, so the key need not carry it.
    const text = readFileSync(join(ROOT, 'src/components/article/ArticleText.astro'), 'utf8');
    expect(text).toMatch(/from '\.\.\/\.\.\/lib\/markdown\/article-html\.ts'/);
    expect(readFileSync(join(ROOT, 'src/lib/markdown/article-html.ts'), 'utf8')).toMatch(/from '\.\/article-processor\.ts'/);
    for (const page of ['src/pages/[lang]/articles/[id].astro', 'src/pages/[lang]/articles/[id]/parallel.astro']) {
      expect(readFileSync(join(ROOT, page), 'utf8')).toMatch(/import ArticleText from '[./]+\/components\/article\/ArticleText\.astro'/);
    }
  });

  it("change with a related or neighbouring article's title, not with its text", () => {
    const catalog = buildCatalog(base, figureFiles);
    const id = 'report-2';
    const shown = [...Object.values(neighbours(catalog, id)), ...related(catalog, id)].map((r) => r!.id);
    expect(shown.length).toBeGreaterThan(0);
    for (const other of shown) {
      expect(keysOf(editing(base, `zh/${other}`, retitled)).article('zh', id), other).not.toBe(before.article('zh', id));
      expect(keysOf(editing(base, `zh/${other}`, rewritten)).article('zh', id), other).toBe(before.article('zh', id));
    }
  });

  it("stay the same when an article it does not show changes", () => {
    const catalog = buildCatalog(base, figureFiles);
    const id = 'report-2';
    const shown = new Set([id, ...[...Object.values(neighbours(catalog, id)), ...related(catalog, id)].map((r) => r!.id)]);
    const unrelated = catalog.articles.filter((a) => !shown.has(a.id));
    expect(unrelated.length).toBeGreaterThan(3);
    for (const other of unrelated) {
      const edited = keysOf(editing(base, other.zh.id, (e) => rewritten(retitled(e))));
      expect(edited.article('zh', id), other.id).toBe(before.article('zh', id));
    }
  });

  it('ignore bookkeeping no page shows of another article (ingestHash)', () => {
    const catalog = buildCatalog(base, figureFiles);
    const newer = neighbours(catalog, 'report-2').newer!;
    const stamped = editing(base, newer.zh.id, (e) => ({ ...e, data: { ...e.data, ingestHash: 'abc123' } }));
    expect(keysOf(stamped).article('zh', 'report-2')).toBe(before.article('zh', 'report-2'));
    expect(keysOf(stamped).article('zh', newer.id)).not.toBe(before.article('zh', newer.id));
  });
});

describe('listing, archive and data page keys', () => {
  const before = keysOf(base);
  const heating = ['report-3', 'report-2'];

  it('change with what a listing page lists and with its extra inputs, not with other articles', () => {
    expect(keysOf(editing(base, 'zh/report-3', retitled)).listing('zh', 'topic:heating:1', heating)).not.toBe(before.listing('zh', 'topic:heating:1', heating));
    expect(keysOf(editing(base, 'zh/report-6', retitled)).listing('zh', 'topic:heating:1', heating)).toBe(before.listing('zh', 'topic:heating:1', heating));
    expect(before.listing('zh', 'topic:heating:1', heating, { total: 3 })).not.toBe(before.listing('zh', 'topic:heating:1', heating, { total: 4 }));
  });

  it('archive pages change with any summary, not with a text alone; feeds change with the texts they quote', () => {
    expect(keysOf(editing(base, 'zh/report-6', retitled)).archive('home:zh')).not.toBe(before.archive('home:zh'));
    expect(keysOf(editing(base, 'zh/report-6', rewritten)).archive('home:zh')).toBe(before.archive('home:zh'));
    expect(keysOf(editing(base, 'zh/report-6', rewritten)).texts('zh', 'feed', ['report-7', 'report-6'])).not.toBe(before.texts('zh', 'feed', ['report-7', 'report-6']));
  });

  it("an article's figure CSV follows its figures; a given text keys on itself", () => {
    const museum = 'shi-bo-wu-guan-yao-qing-fan-xiang';
    const fewer = new Map(figureFiles).set(museum, []);
    expect(keysOf(base, fewer).articleData(museum)).not.toBe(before.articleData(museum));
    expect(keysOf(base, fewer).articleData('ban-hao-min-sheng-shi-shi-shu-xie')).toBe(before.articleData('ban-hao-min-sheng-shi-shi-shu-xie'));
    expect(before.text('chart', 'a,b\n1,2\n')).not.toBe(before.text('chart', 'a,b\n1,3\n'));
  });

  it("a table of figures follows the figures and their articles' titles, not other articles", () => {
    const museum = 'shi-bo-wu-guan-yao-qing-fan-xiang';
    const table = (keys: CacheKeys) => keys.figureTable('zh', 'year:2024:1', [museumStudents], { years: 2 });
    expect(table(keysOf(editing(base, museumZh.id, retitled)))).not.toBe(table(before));
    expect(table(keysOf(editing(base, museumZh.id, rewritten)))).toBe(table(before));
    expect(table(keysOf(editing(base, 'zh/report-6', retitled)))).toBe(table(before));
    expect(before.figureTable('zh', 'year:2024:1', [museumStudents], { years: 3 })).not.toBe(table(before));
    expect(keysOf(base, new Map(figureFiles).set(museum, [])).figureTable('zh', 'year:2024:1', [{ ...museumStudents, value: 71 }], { years: 2 })).not.toBe(table(before));
  });

  it('the downloads of every figure follow any figure, a draft and the glossary, not an article text or title', () => {
    const museum = 'shi-bo-wu-guan-yao-qing-fan-xiang';
    const all = before.allFigures('data/figures.csv');
    expect(keysOf(base).allFigures('data/figures.csv')).toBe(all);
    expect(before.allFigures('data/figures.json')).not.toBe(all);
    expect(keysOf(base, new Map(figureFiles).set(museum, [{ ...museumStudents, value: museumStudents.value + 1 }])).allFigures('data/figures.csv')).not.toBe(all);
    expect(keysOf(base, new Map(figureFiles).set(museum, [museumStudents, { ...museumStudents, id: `${museumStudents.id}-b` }])).allFigures('data/figures.csv')).not.toBe(all);
    expect(keysOf(editing(base, museumZh.id, (e) => ({ ...e, data: { ...e.data, draft: true } }))).allFigures('data/figures.csv')).not.toBe(all);
    expect(keysOf(base, figureFiles, 'another-glossary').allFigures('data/figures.csv')).not.toBe(all);
    expect(keysOf(editing(base, museumZh.id, rewritten)).allFigures('data/figures.csv')).toBe(all);
    expect(keysOf(editing(base, museumZh.id, retitled)).allFigures('data/figures.csv')).toBe(all);
  });

  it('an MDX article placing charts of any figure keys on the whole archive', () => {
    const charted = editing(base, 'zh/report-2', (e) => ({ ...e, body: `${e.body}\n<FigureChart measure="heating-network-km" />\n` }));
    const withChart = keysOf(charted);
    const elsewhere = keysOf(editing(charted, 'zh/report-6', retitled));
    expect(elsewhere.article('zh', 'report-2')).not.toBe(withChart.article('zh', 'report-2'));
  });

  it('refuse an article the catalog does not have', () => {
    expect(() => before.article('zh', 'no-such-article')).toThrow(/no-such-article/);
  });
});

describe('figuresDigest', () => {
  it('follows every figure’s content and the order, not which objects hold it', () => {
    const one = figuresDigest([canteenInvestment, museumStudents]);
    expect(figuresDigest([structuredClone(canteenInvestment), structuredClone(museumStudents)])).toBe(one);
    expect(figuresDigest([museumStudents, canteenInvestment])).not.toBe(one);
    expect(figuresDigest([canteenInvestment, { ...museumStudents, value: museumStudents.value + 1 }])).not.toBe(one);
    expect(figuresDigest([canteenInvestment])).not.toBe(one);
  });
});
