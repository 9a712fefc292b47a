// Recall@5 of the site's search over a fixed list of real queries (tests/search/queries.ts), run in Node
// on the built site's own index and search bundle, with the same query handling as the search page
// (src/lib/search/run-search.ts). Prints recall@5 per language, and Pagefind's alone for comparison.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSearch } from '../../src/lib/search/run-search.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../site/build-site.ts';
import { openSearch, topArticleIds, type NodePagefind } from './pagefind-node.ts';
import { ARTICLE_IDS, EN_QUERIES, ZH_QUERIES, type SearchQuery } from './queries.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite({ name: 'root' });
}, 300_000);

interface Recall {
  found: number;
  expected: number;
  misses: string[];
}

async function recallAt5(pagefind: NodePagefind, queries: readonly SearchQuery[], plain = false): Promise<Recall> {
  const recall: Recall = { found: 0, expected: 0, misses: [] };
  for (const { q, expect: wanted } of queries) {
    const results = plain ? (await pagefind.search(q)).results : (await runSearch(pagefind, q)).results;
    const top = await topArticleIds(results, 5);
    const missing = wanted.filter((id) => !top.includes(id));
    recall.expected += wanted.length;
    recall.found += wanted.length - missing.length;
    if (missing.length) recall.misses.push(`${q}: missing ${missing.join(', ')} (top 5: ${top.join(', ') || 'none'})`);
  }
  return recall;
}

const percent = (r: Recall) => `${((100 * r.found) / r.expected).toFixed(1)}%`;

describe('the query list', () => {
  const zhArticles = readdirSync(join(PROJECT_ROOT, 'content/articles/zh')).map((f) => f.replace(/\.mdx?$/, ''));

  it('has at least 30 queries per language, none repeated', () => {
    for (const list of [ZH_QUERIES, EN_QUERIES]) {
      expect(list.length).toBeGreaterThanOrEqual(30);
      expect(new Set(list.map((q) => q.q)).size).toBe(list.length);
    }
  });

  it('expects only published articles, one to five per query', () => {
    for (const id of ARTICLE_IDS) expect(zhArticles).toContain(id);
    for (const { q, expect: wanted } of [...ZH_QUERIES, ...EN_QUERIES]) {
      expect(wanted.length, q).toBeGreaterThanOrEqual(1);
      expect(wanted.length, q).toBeLessThanOrEqual(5);
      for (const id of wanted) expect(ARTICLE_IDS, q).toContain(id);
    }
  });
});

describe.each([
  { lang: 'zh', htmlLang: 'zh-CN', queries: ZH_QUERIES },
  { lang: 'en', htmlLang: 'en', queries: EN_QUERIES },
])('recall@5, $lang', ({ lang, htmlLang, queries }) => {
  it('is 100%: every expected report is in the first five results of its query', async () => {
    const pagefind = await openSearch(site.distDir, htmlLang);
    const recall = await recallAt5(pagefind, queries);
    const plain = await recallAt5(pagefind, queries, true);
    console.log(
      `recall@5 ${lang}: ${percent(recall)} (${recall.found}/${recall.expected} expected reports, ${queries.length} queries); ` +
        `Pagefind without the phrase step: ${percent(plain)}`,
    );
    expect(recall.misses).toEqual([]);
  });
});
