import { describe, expect, it } from 'vitest';
import { chinesePhrases, inAll, queryForms, runSearch, type PagefindLike, type PagefindSearchOptions } from './run-search.ts';

/**
 * A stand-in for Pagefind over a few real sentences: a loose search matches a page having every
 * character of every term anywhere (as Pagefind does once ICU has split an unknown word into
 * characters); an exact search (the query in quotes) needs the term as written. Results come in the
 * order of `pages`, reversed for an exact search, and say which search gave them.
 */
function fakePagefind(pages: Record<string, string>) {
  const calls: { term: string | null; options?: PagefindSearchOptions }[] = [];
  const pagefind: PagefindLike<{ id: string; via?: 'exact' | 'loose' }> = {
    async search(term, options) {
      calls.push({ term, options });
      const ids = Object.keys(pages);
      if (term === null) return { results: ids.map((id) => ({ id, via: 'loose' as const })) };
      const exact = /^".+"$/.test(term);
      const terms = term.replace(/"/g, '').split(/\s+/);
      const hit = (text: string) =>
        exact ? text.includes(terms.join(' ')) : terms.every((t) => [...t].every((ch) => text.includes(ch)));
      const via = exact ? ('exact' as const) : ('loose' as const);
      const found = ids.filter((id) => hit(pages[id]!)).map((id) => ({ id, via }));
      // The two searches rank differently: exact results come in the reverse order here.
      return { results: exact ? found.reverse() : found };
    },
  };
  return { pagefind, calls };
}

// From ba-min-sheng-yuan-jing-hui-cheng, ban-hao-min-sheng-shi-shi-shu-xie and min-sheng-wei-ben-xing-fu-sheng-huo.
const PAGES = {
  education: '始终把教育放在优先发展的战略地位……为民生托底，让民心更暖。', // 托 and 育, never 托育
  childcare: '有备案托育机构77家，200余个普惠性社区(家庭)托育点',
  heating: '壶关县把供热作为头号民生工程，全力推进基础设施升级改造',
};

describe('chinesePhrases', () => {
  it('picks the terms with two Chinese characters or more', () => {
    expect(chinesePhrases('托育')).toEqual(['托育']);
    expect(chinesePhrases('壶关 供热')).toEqual(['壶关', '供热']);
    expect(chinesePhrases('AI视觉 G207')).toEqual(['AI视觉']);
  });

  it('leaves Latin, digits, pinyin and single characters to Pagefind as they are', () => {
    expect(chinesePhrases('heating schools')).toEqual([]);
    expect(chinesePhrases('10+N')).toEqual([]);
    expect(chinesePhrases('huguan')).toEqual([]);
    expect(chinesePhrases('沁')).toEqual([]);
  });

  it('ignores the quotes a reader typed around a phrase', () => {
    expect(chinesePhrases('“托育”')).toEqual(['托育']);
  });
});

describe('inAll', () => {
  it('keeps the order of the first list and only what every set has', () => {
    const ordered = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(inAll(ordered, [new Set(['c', 'a']), new Set(['a', 'b', 'c'])]).map((r) => r.id)).toEqual(['a', 'c']);
    expect(inAll(ordered, [])).toEqual(ordered);
  });
});

describe('runSearch', () => {
  it('finds only the page that says 托育, not the one with 托 and 育 apart', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const outcome = await runSearch(pagefind, '托育');
    expect(outcome).toEqual({ results: [{ id: 'childcare', via: 'exact' }], match: 'phrase' });
  });

  it('ranks in the loose search’s order (it keeps the title weights) but returns the exact results, whose excerpts mark the phrase', async () => {
    const { pagefind } = fakePagefind({ b: '托育服务 托育', a: '托育机构' });
    const outcome = await runSearch(pagefind, '托育');
    expect(outcome.results).toEqual([
      { id: 'b', via: 'exact' },
      { id: 'a', via: 'exact' },
    ]);
  });

  it('needs every Chinese word of a two-word query as written', async () => {
    const { pagefind } = fakePagefind(PAGES);
    expect((await runSearch(pagefind, '壶关 供热')).results.map((r) => r.id)).toEqual(['heating']);
  });

  it('falls back to the loose matches when no page has the words as written', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const outcome = await runSearch(pagefind, '育托');
    expect(outcome.match).toBe('loose');
    expect(outcome.results.map((r) => r.id).sort()).toEqual(['childcare', 'education']);
  });

  it('passes a Latin query to Pagefind once, untouched', async () => {
    const { pagefind, calls } = fakePagefind({ a: 'G207' });
    const outcome = await runSearch(pagefind, '  G207 ');
    expect(outcome.match).toBe('loose');
    expect(calls.map((c) => c.term)).toEqual(['G207']);
  });

  it('gives every search the same filters and sort', async () => {
    const { pagefind, calls } = fakePagefind(PAGES);
    const options = { filters: { 主题: { any: ['托育'] } }, sort: { date: 'desc' as const } };
    await runSearch(pagefind, '托育 机构', options);
    expect(calls.length).toBe(3);
    for (const call of calls) expect(call.options).toEqual(options);
  });

  it('finds a page that prints a synonym of the word typed (供暖 → the page says 供热)', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const outcome = await runSearch(pagefind, '壶关 供暖');
    expect(outcome).toEqual({ results: [{ id: 'heating', via: 'exact' }], match: 'phrase' });
  });

  it('ranks the pages with the word as typed before those with only a synonym', async () => {
    const { pagefind } = fakePagefind({ synonym: '冬季供热', typed: '冬季供暖' });
    expect((await runSearch(pagefind, '供暖')).results.map((r) => r.id)).toEqual(['typed', 'synonym']);
  });

  it('asks for every page when the query is empty (filters alone)', async () => {
    const { pagefind, calls } = fakePagefind(PAGES);
    const outcome = await runSearch(pagefind, ' ');
    expect(calls[0]!.term).toBeNull();
    expect(outcome.results).toHaveLength(3);
  });
});

describe('queryForms', () => {
  it('gives the query as typed, then one term at a time in each of its synonyms', () => {
    expect(queryForms('壶关 供暖')).toEqual(['壶关 供暖', '壶关 供热', '壶关 取暖', '壶关 采暖']);
    expect(queryForms(' 托育  机构 ')).toEqual(['托育 机构']);
  });
});
