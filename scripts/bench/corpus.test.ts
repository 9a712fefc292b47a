import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest/pipeline.ts';
import { generateCorpus, readSeedPages } from './corpus.ts';
import { buildPool } from './corpus/pool.ts';
import { seededRandom } from './corpus/random.ts';

const pool = buildPool(readSeedPages());
const asSeeds = (pages: { name: string; text: string }[]) => pages.map((p) => ({ name: p.name, bytes: new TextEncoder().encode(p.text) }));

describe('synthetic corpus', () => {
  it('is byte-identical for the same seed and different for another', () => {
    const a = generateCorpus(pool, { articles: 30, seed: 7 });
    const b = generateCorpus(pool, { articles: 30, seed: 7 });
    const c = generateCorpus(pool, { articles: 30, seed: 8 });
    expect(b.map((p) => [p.name, p.text])).toEqual(a.map((p) => [p.name, p.text]));
    expect(c.map((p) => p.text)).not.toEqual(a.map((p) => p.text));
  });

  it('ingests into exactly the requested number of articles, page by page', () => {
    const pages = generateCorpus(pool, { articles: 20, articlesPerPage: 6 });
    expect(pages.map((p) => p.articles)).toEqual([6, 6, 6, 2]);
    const result = ingest(asSeeds(pages), []);
    expect(result.articles).toHaveLength(20);
    for (const page of pages) expect(result.reports.find((r) => r.seed === page.name)?.articles).toHaveLength(page.articles);
    expect(new Set(result.articles.map((a) => a.article.id)).size).toBe(20);
  });

  it('varies places, years and topics and gives the figure extractor numbers to read', () => {
    const { articles } = ingest(asSeeds(generateCorpus(pool, { articles: 40 })), []);
    expect(new Set(articles.flatMap((a) => a.article.regions)).size).toBeGreaterThan(5);
    expect(new Set(articles.map((a) => a.article.year)).size).toBeGreaterThan(3);
    expect(new Set(articles.flatMap((a) => a.article.topics)).size).toBeGreaterThan(3);
    expect(articles.reduce((n, a) => n + a.figures.length, 0)).toBeGreaterThan(40);
  });

  it('reads like a seed page: year furniture, headline, then a 本报讯 lead', () => {
    const [page] = generateCorpus(pool, { articles: 1 });
    const blocks = page!.text.trim().split(/\n\n+/u);
    expect(blocks[0]).toMatch(/^20[12]\d$/u);
    expect(blocks[2]).toMatch(/^本报讯 记者\p{Script=Han}{2,3}报道：/u);
    expect(page!.name).toMatch(/^00000_[0-9a-f]{8}\.txt$/u);
  });

  it('rejects a size that is not a whole number of articles, by name', () => {
    expect(() => generateCorpus(pool, { articles: 0 })).toThrow(/size must be a whole number/);
    expect(() => generateCorpus(pool, { articles: 5, articlesPerPage: 1.5 })).toThrow(/articles per page/);
  });
});

describe('seeded random', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 100 }, () => a.int(3, 9));
    expect(Array.from({ length: 100 }, () => b.int(3, 9))).toEqual(xs);
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(9);
  });
});
