import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../domain/figure.ts';
import { sourceHashOf } from '../../domain/translation.ts';
import { articleSchema } from '../../domain/article.ts';
import { allRelated, buildCatalog, CatalogError, neighbours, related, RELATED_REACH, relatedInputs, scoreRelated, seedRelated, type ArticleEntry } from './catalog.ts';
import { canteenInvestment, huguanZh, jobsZh, museumEn, museumStudents, museumZh, shangdangZh } from './fixtures.ts';

/** An editor's English-only report, told from seed 000 (Shangdang's school canteens), with a hand figure. */
const canteensEn: ArticleEntry = {
  id: 'en/shangdang-school-canteens',
  filePath: 'content/articles/en/shangdang-school-canteens.md',
  body: '\nShangdang District spent nearly 2 million yuan renovating 16 school canteens.\n',
  data: articleSchema.parse({
    title: 'Shangdang renovates 16 school canteens',
    lang: 'en',
    year: 2024,
    regions: ['上党区'],
    topics: ['education'],
    figures: [{ paragraph: 1, text: 'nearly 2 million yuan', value: 2000000, unit: '元', qualifier: 'about' }],
  }),
};

const museumHash = sourceHashOf({ title: museumZh.data.title, body: museumZh.body! });
const figures = new Map<string, FigureRecord[]>([
  ['ban-hao-min-sheng-shi-shi-shu-xie', [canteenInvestment]],
  ['shi-bo-wu-guan-yao-qing-fan-xiang', [museumStudents]],
]);

describe('buildCatalog', () => {
  it('lists Chinese articles newest first, undated ones last, ties by id', () => {
    const catalog = buildCatalog([museumZh, shangdangZh, huguanZh, jobsZh], figures);
    expect(catalog.articles.map((a) => a.id)).toEqual([
      'jiu-ye-shi-min-sheng-zhi-ben',
      'min-sheng-wei-ben-xing-fu-sheng-huo',
      'ban-hao-min-sheng-shi-shi-shu-xie',
      'shi-bo-wu-guan-yao-qing-fan-xiang',
    ]);
  });

  it('attaches figure files and frontmatter figures to their article', () => {
    const withHand: ArticleEntry = {
      ...shangdangZh,
      data: articleSchema.parse({ ...shangdangZh.data, figures: [{ paragraph: 6, text: '16个', value: 16, unit: '个' }] }),
    };
    const catalog = buildCatalog([withHand], figures);
    expect(catalog.byId.get('ban-hao-min-sheng-shi-shi-shu-xie')!.figures.map((f) => f.text)).toEqual(['近200万元', '16个']);
  });

  it('tells translated, outdated and missing apart by the source hash', () => {
    const current = buildCatalog([museumZh, museumEn(museumHash), huguanZh], figures);
    expect(current.byId.get('shi-bo-wu-guan-yao-qing-fan-xiang')!.translation).toBe('translated');
    expect(current.byId.get('shi-bo-wu-guan-yao-qing-fan-xiang')!.en?.id).toBe('en/shi-bo-wu-guan-yao-qing-fan-xiang');
    expect(current.byId.get('min-sheng-wei-ben-xing-fu-sheng-huo')!.translation).toBe('missing');

    const edited = { ...museumZh, body: `${museumZh.body}\n编辑补充的一段。\n` };
    const stale = buildCatalog([edited, museumEn(museumHash)], figures);
    expect(stale.byId.get('shi-bo-wu-guan-yao-qing-fan-xiang')!.translation).toBe('outdated');
  });

  it('leaves drafts out, and keeps translations of nothing aside', () => {
    const draft = { ...huguanZh, data: { ...huguanZh.data, draft: true } };
    const catalog = buildCatalog([draft, museumEn(museumHash)], figures);
    expect(catalog.articles).toEqual([]);
    expect(catalog.orphanTranslations.map((e) => e.id)).toEqual(['en/shi-bo-wu-guan-yao-qing-fan-xiang']);
  });

  it('refuses two translations of one article, naming both files', () => {
    const second = { ...museumEn(museumHash), id: 'en/museum-2', filePath: 'content/articles/en/museum-2.mdx' };
    expect(() => buildCatalog([museumZh, museumEn(museumHash), second], figures)).toThrow(CatalogError);
    expect(() => buildCatalog([museumZh, museumEn(museumHash), second], figures)).toThrow(/content\/articles\/en\/museum-2\.mdx/);
  });
});

describe('buildCatalog: places', () => {
  it('lists an article under the key of each place, whatever form its frontmatter writes', () => {
    const withForms = (id: string, regions: string[]): ArticleEntry => ({
      id: `zh/${id}`,
      body: '\n正文。\n',
      data: articleSchema.parse({ title: id, lang: 'zh', year: 2025, topics: ['agriculture'], regions }),
    });
    const catalog = buildCatalog([withForms('a', ['潞城区', '史回镇', '潞城区史回镇']), withForms('b', ['潞城区史回镇', '长治高新区', '北京'])], new Map());
    expect(catalog.byId.get('a')!.regions).toEqual(['潞城区', '潞城区史回镇']);
    expect(catalog.byId.get('b')!.regions).toEqual(['潞城区史回镇', '长治高新技术产业开发区', '北京']);
    expect(catalog.byRegion.get('潞城区史回镇')?.sort()).toEqual(['a', 'b']);
  });
});

describe('buildCatalog: English-only articles', () => {
  it('lists an English file without translationOf as an article of its own, in date order', () => {
    const catalog = buildCatalog([museumZh, shangdangZh, jobsZh, canteensEn], figures);
    const record = catalog.byId.get('shangdang-school-canteens')!;
    expect(record).toMatchObject({ original: 'en', translation: 'translated', year: 2024, regions: ['上党区'], topics: ['education'] });
    expect(record.en).toBe(canteensEn);
    expect(record.zh).toBe(canteensEn);
    expect(catalog.byId.get('ban-hao-min-sheng-shi-shi-shu-xie')!.original).toBe('zh');
    expect(catalog.articles.map((a) => a.id)).toEqual([
      'jiu-ye-shi-min-sheng-zhi-ben',
      'ban-hao-min-sheng-shi-shi-shu-xie',
      'shangdang-school-canteens',
      'shi-bo-wu-guan-yao-qing-fan-xiang',
    ]);
    expect(catalog.orphanTranslations).toEqual([]);
  });

  it('takes its figures from its frontmatter, and its topics into the indexes', () => {
    const catalog = buildCatalog([shangdangZh, canteensEn], figures);
    expect(catalog.byId.get('shangdang-school-canteens')!.figures).toEqual([
      expect.objectContaining({ id: 'shangdang-school-canteens-frontmatter-1', article: 'shangdang-school-canteens', value: 2000000, origin: 'hand' }),
    ]);
    expect(catalog.byTopic.get('education')).toContain('shangdang-school-canteens');
    expect(related(catalog, 'shangdang-school-canteens').map((a) => a.id)).toEqual(['ban-hao-min-sheng-shi-shi-shu-xie']);
  });

  it('leaves an English-only draft out', () => {
    const draft = { ...canteensEn, data: { ...canteensEn.data, draft: true } };
    expect(buildCatalog([draft], figures).articles).toEqual([]);
  });

  it('refuses an English-only article with the id of a Chinese one, naming both files', () => {
    const clash = { ...canteensEn, id: 'en/ban-hao-min-sheng-shi-shi-shu-xie', filePath: 'content/articles/en/ban-hao-min-sheng-shi-shi-shu-xie.md' };
    const build = () => buildCatalog([shangdangZh, clash], figures);
    expect(build).toThrow(CatalogError);
    expect(build).toThrow(/content\/articles\/zh\/ban-hao-min-sheng-shi-shi-shu-xie\.mdx and content\/articles\/en\/ban-hao-min-sheng-shi-shi-shu-xie\.md/);
    expect(build).toThrow(/translationOf: ban-hao-min-sheng-shi-shi-shu-xie/);
  });

  it('refuses two English-only articles with one id', () => {
    const second = { ...canteensEn, filePath: 'content/articles/en/copy.md', data: { ...canteensEn.data, id: 'shangdang-school-canteens' }, id: 'en/copy' };
    expect(() => buildCatalog([canteensEn, second], figures)).toThrow(/two articles have the id "shangdang-school-canteens"/);
  });
});

describe('neighbours and related', () => {
  const catalog = buildCatalog([museumZh, shangdangZh, huguanZh, jobsZh], figures);

  it('gives the newer and older article around one', () => {
    const { newer, older } = neighbours(catalog, 'min-sheng-wei-ben-xing-fu-sheng-huo');
    expect(newer?.id).toBe('jiu-ye-shi-min-sheng-zhi-ben');
    expect(older?.id).toBe('ban-hao-min-sheng-shi-shi-shu-xie');
    expect(neighbours(catalog, 'jiu-ye-shi-min-sheng-zhi-ben').newer).toBeUndefined();
  });

  it('ranks by shared topics and regions, the district report first for the district sidebar', () => {
    const ids = related(catalog, 'jiu-ye-shi-min-sheng-zhi-ben').map((a) => a.id);
    // Both reports share four topics; only the 2024 one also shares 上党区.
    expect(ids).toEqual(['ban-hao-min-sheng-shi-shi-shu-xie', 'min-sheng-wei-ben-xing-fu-sheng-huo', 'shi-bo-wu-guan-yao-qing-fan-xiang']);
  });

  it('works each answer out once per catalog and per limit, and hands out copies', () => {
    const first = related(catalog, 'jiu-ye-shi-min-sheng-zhi-ben');
    first.pop(); // a caller's change to its list is its own
    const again = related(catalog, 'jiu-ye-shi-min-sheng-zhi-ben');
    expect(again.map((a) => a.id)).toEqual(['ban-hao-min-sheng-shi-shi-shu-xie', 'min-sheng-wei-ben-xing-fu-sheng-huo', 'shi-bo-wu-guan-yao-qing-fan-xiang']);
    expect(again[0]).toBe(first[0]);
    expect(related(catalog, 'jiu-ye-shi-min-sheng-zhi-ben', 1).map((a) => a.id)).toEqual(['ban-hao-min-sheng-shi-shi-shu-xie']);
    // Another catalog (an edited archive) is answered afresh.
    const other = buildCatalog([museumZh], figures);
    expect(related(other, 'shi-bo-wu-guan-yao-qing-fan-xiang')).toEqual([]);
  });

  it('never relates an article to itself, and gives at most the limit', () => {
    expect(related(catalog, 'shi-bo-wu-guan-yao-qing-fan-xiang').map((a) => a.id)).not.toContain('shi-bo-wu-guan-yao-qing-fan-xiang');
    expect(related(catalog, 'min-sheng-wei-ben-xing-fu-sheng-huo', 1)).toHaveLength(1);
    expect(() => buildCatalog([museumZh, museumZh], figures)).toThrow(/two Chinese articles have the id/);
  });
});

describe('related at archive scale', () => {
  const topics = ['education', 'health', 'employment', 'heating'] as const;
  const places = ['上党区', '潞州区', '壶关县', '长治市'];
  const entry = (i: number, t: readonly string[], r: string[], year: number): ArticleEntry => ({
    id: `zh/a-${i}`,
    filePath: `content/articles/zh/a-${i}.mdx`,
    body: '\n正文。\n',
    data: articleSchema.parse({ title: `报道${i}`, lang: 'zh', year, topics: [...t], regions: r }),
  });

  it('keeps the same top three as sorting every candidate', () => {
    const article = fc.record({
      topics: fc.subarray([...topics], { minLength: 1 }),
      regions: fc.subarray(places),
      year: fc.integer({ min: 2018, max: 2026 }),
    });
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 40 }), fc.nat(), fc.integer({ min: 1, max: 5 }), (list, pick, limit) => {
        const catalog = buildCatalog(list.map((a, i) => entry(i, a.topics, a.regions, a.year)), new Map());
        const id = catalog.articles[pick % catalog.articles.length]!.id;
        const me = catalog.byId.get(id)!;
        const score = (o: (typeof catalog.articles)[number]) =>
          2 * o.topics.filter((t) => me.topics.includes(t)).length + o.regions.filter((r) => r !== '长治市' && me.regions.includes(r)).length;
        const expected = catalog.articles
          .filter((o) => o.id !== id && score(o) > 0)
          .sort((a, b) => score(b) - score(a) || catalog.position.get(a.id)! - catalog.position.get(b.id)!)
          .slice(0, limit)
          .map((o) => o.id);
        expect(related(catalog, id, limit).map((o) => o.id)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('looks only within its reach either side, in slices that stop once no later report can take a place', () => {
    const article = fc.record({
      topics: fc.subarray([...topics], { minLength: 1 }),
      regions: fc.subarray(places),
      year: fc.integer({ min: 2018, max: 2026 }),
    });
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 1, max: 7 }),
        (list, pick, limit, reach, slice) => {
          const catalog = buildCatalog(list.map((a, i) => entry(i, a.topics, a.regions, a.year)), new Map());
          const own = pick % catalog.articles.length;
          const me = catalog.articles[own]!;
          const score = (o: (typeof catalog.articles)[number]) =>
            2 * o.topics.filter((t) => me.topics.includes(t)).length + o.regions.filter((r) => r !== '长治市' && me.regions.includes(r)).length;
          const expected = catalog.articles
            .map((o, at) => ({ o, at }))
            .filter(({ o, at }) => o.id !== me.id && Math.abs(at - own) <= reach && score(o) > 0)
            .sort((a, b) => score(b.o) - score(a.o) || a.at - b.at)
            .slice(0, limit)
            .map(({ o }) => o.id);
          expect(scoreRelated(catalog, me.id, limit, reach, slice).map((o) => o.id)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds an old report reports of its own time, not the newest of its topic', () => {
    const count = 2 * RELATED_REACH + 200;
    const catalog = buildCatalog(Array.from({ length: count }, (_, i) => entry(i, ['heating'], ['上党区'], 2010 + Math.floor((16 * i) / count))), new Map());
    const oldest = catalog.articles.at(-1)!;
    const found = related(catalog, oldest.id);
    expect(found).toHaveLength(3);
    for (const o of found) expect(catalog.position.get(o.id)!).toBeGreaterThanOrEqual(count - 1 - RELATED_REACH);
    expect(related(catalog, catalog.articles[0]!.id).map((o) => o.id)).toEqual(catalog.articles.slice(1, 4).map((o) => o.id));
  });

  it('gives back answers kept from a catalog with the same inputs, as a fresh catalog works them out', () => {
    const article = fc.record({ topics: fc.subarray([...topics], { minLength: 1 }), regions: fc.subarray(places), year: fc.integer({ min: 2018, max: 2026 }) });
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 30 }), (list) => {
        const make = () => buildCatalog(list.map((a, i) => entry(i, a.topics, a.regions, a.year)), new Map());
        const first = make();
        const kept = JSON.parse(JSON.stringify(allRelated(first))) as string[][];
        const fresh = make();
        const seeded = make();
        expect(relatedInputs(seeded)).toBe(relatedInputs(first));
        seedRelated(seeded, kept);
        for (const a of fresh.articles) expect(related(seeded, a.id).map((o) => o.id)).toEqual(related(fresh, a.id).map((o) => o.id));
      }),
      { numRuns: 50 },
    );
  });
});
