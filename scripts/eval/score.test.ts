// Scoring on a made-up page: one headline article, one untitled photo item, furniture, a sidebar line printed
// twice, a question and its answer; produced articles written by hand to hit and miss each expectation.
import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.ts';
import type { ProducedArticle } from './produced.ts';
import { labelKeeps, sameUnit, scaled, scoreFigures, scorePage, type Expectation } from './score.ts';

const GOLD = parseGold(
  `
date: 2025-11-18
furniture: [责任编辑：王五, "03"]
once: [● 新建站点 12个]
articles:
  - title: 沁源县：一条山路串起九个村
    lang: zh
    kind: article
    byline: 本报记者 张三 通讯员 李四
    year: 2025
    regions: [沁源县, 沁源县王和镇]
    captions: []
    starts: 初冬时节，沿着新修的公路
    contains: [全长26.4公里]
    excludes: [本报记者 王五 摄]
    adjacent: [[问：路修好了吗？, 答：修好了。]]
    figures:
      - {text: 26.4公里, value: 26.4, unit: 公里, status: actual, year: 2025, region: 沁源县王和镇, topic: transport, label: 公路全长, keys: [公路, 全长|长度], kind: total}
      - {text: 80公里, value: 80, unit: 公里, status: plan, year: 2026, region: 沁源县, topic: transport, label: 计划新建农村公路, kind: new}
  - untitled: true
    lang: zh
    kind: photo-news
    byline: 本报记者 王五 摄
    year: 2025
    regions: [潞州区]
    captions: []
    starts: 11月17日，市民在公园里
`,
  'made-up.gold.yaml',
);

function article(over: Partial<ProducedArticle>): ProducedArticle {
  return { title: '', titleFrom: 'headline', lang: 'zh', kind: 'article', regions: [], topics: [], captions: [], body: [], figures: [], ...over };
}

const GOOD_FEATURE = article({
  title: '沁源县：一条山路串起九个村',
  byline: '本报记者 张三　通讯员 李四',
  year: 2025,
  regions: ['沁源县', '王和镇'],
  body: [
    { kind: 'paragraph', text: '初冬时节，沿着新修的公路驱车而行，这条路全长26.4公里。' },
    { kind: 'paragraph', text: '问：路修好了吗？' },
    { kind: 'paragraph', text: '答：修好了。' },
    { kind: 'paragraph', text: '● 新建站点 12个' },
  ],
  figures: [
    { text: '26.4公里', value: 26.4, unit: '公里', status: 'actual', year: 2025, region: '王和镇', topic: 'transport', label: '新修公路长度', kind: 'total' },
  ],
});
const GOOD_PHOTO = article({
  title: '11月17日，市民在公园里…',
  titleFrom: 'inferred',
  kind: 'photo-news',
  byline: '本报记者 王五 摄',
  year: 2025,
  regions: ['潞州区'],
  body: [{ kind: 'paragraph', text: '11月17日，市民在公园里散步。' }],
});

const failed = (list: Expectation[]) => list.filter((e) => !e.ok).map((e) => `${e.type} ${e.gold}`);

describe('scorePage', () => {
  it('holds every expectation but the figure not produced when ingest reads the page right', () => {
    const result = scorePage(GOLD, [GOOD_FEATURE, GOOD_PHOTO]);
    const misses = result.filter((e) => !e.ok);
    expect(misses.map((e) => e.type)).toEqual(['figure', 'figure-status', 'figure-year', 'figure-region', 'figure-topic', 'figure-label', 'figure-kind']);
    expect(misses.every((e) => e.gold?.startsWith('80公里') && e.got === '(figure not found)')).toBe(true);
    expect(result.filter((e) => e.type === 'furniture')).toHaveLength(2);
    expect(result.filter((e) => e.type === 'once')[0]!.ok).toBe(true);
  });

  it('fails a missing article on every field it sets, so the total does not shrink', () => {
    const full = scorePage(GOLD, [GOOD_FEATURE, GOOD_PHOTO]);
    const lost = scorePage(GOLD, [GOOD_FEATURE]);
    expect(lost).toHaveLength(full.length);
    const photo = lost.filter((e) => e.article?.startsWith('(untitled)'));
    expect(photo.length).toBeGreaterThan(10);
    expect(photo.every((e) => !e.ok && e.got === '(article not found)')).toBe(true);
    expect(lost.find((e) => e.type === 'count')).toMatchObject({ ok: false, gold: '2', got: '1' });
  });

  it('counts junk, furniture in a caption, a byline as title and a line printed twice', () => {
    const bylineTitle = { ...GOOD_FEATURE, title: '本报记者 张三 通讯员 李四', captions: ['沁源县：一条山路串起九个村', '责任编辑：王五'] };
    const junk = article({ title: '03', body: [{ kind: 'paragraph', text: '● 新建站点 12个' }] });
    const result = scorePage(GOLD, [bylineTitle, GOOD_PHOTO, junk]);
    expect(failed(result)).toEqual(
      expect.arrayContaining(['title 沁源县：一条山路串起九个村', 'captions (none)', 'junk (no such article)', 'once ● 新建站点 12个 once', 'furniture not 责任编辑：王五', 'furniture not 03']),
    );
    // Found by its opening words although its title is wrong: the other fields are still scored.
    expect(result.find((e) => e.type === 'byline' && e.article === '沁源县：一条山路串起九个村')?.ok).toBe(true);
  });

  it('fails a question moved away from its answer, and a credit left in the body', () => {
    const moved = {
      ...GOOD_FEATURE,
      body: [GOOD_FEATURE.body[0]!, GOOD_FEATURE.body[2]!, { kind: 'paragraph', text: '本报记者 王五 摄' }, GOOD_FEATURE.body[1]!],
    };
    const result = scorePage(GOLD, [moved, GOOD_PHOTO]);
    expect(failed(result)).toEqual(expect.arrayContaining(['adjacent 问：路修好了吗？ → 答：修好了。', 'excludes not 本报记者 王五 摄']));
  });

  it('wants no byline, kicker or year where the gold has none', () => {
    const extra = { ...GOOD_PHOTO, kicker: '图说民生', year: 2024 };
    const result = scorePage(GOLD, [GOOD_FEATURE, extra]);
    expect(failed(result)).toEqual(expect.arrayContaining(['kicker (none)', 'year 2025']));
  });
});

describe('scoreFigures', () => {
  it('finds a figure by text, value and unit, not by text alone', () => {
    const [gold] = GOLD.articles[0]!.figures;
    const wrongUnit = scoreFigures([gold!], [{ text: '26.4公里', value: 26.4, unit: '千米' }]);
    expect(wrongUnit[0]).toMatchObject({ type: 'figure', ok: false, got: '26.4公里 = 26.4 千米' });
  });

  it('pairs each produced figure once when the same text is printed twice', () => {
    const two = [GOLD.articles[0]!.figures[0]!, GOLD.articles[0]!.figures[0]!];
    const result = scoreFigures(two, [{ text: '26.4公里', value: 26.4, unit: '公里' }]).filter((e) => e.type === 'figure');
    expect(result.map((e) => e.ok)).toEqual([true, false]);
  });

  it('pairs a figure whose text holds the other, of the same value and unit, after every exact pair', () => {
    const gold = { ...GOLD.articles[0]!.figures[0]!, text: '24小时', value: 24, unit: '小时' };
    const within = scoreFigures([gold], [{ text: '24小时内', value: 24, unit: '小时' }]).filter((e) => e.type === 'figure');
    expect(within.map((e) => e.ok)).toEqual([true]);
    // The exact text wins its pair even when a looser one comes first.
    const both = scoreFigures([{ ...gold, text: '24小时内' }, gold], [{ text: '24小时', value: 24, unit: '小时' }, { text: '24小时内', value: 24, unit: '小时' }]);
    expect(both.filter((e) => e.type === 'figure').map((e) => e.ok)).toEqual([true, true]);
    expect(scoreFigures([gold], [{ text: '24小时内', value: 12, unit: '小时' }])[0]!.ok).toBe(false);
  });

  it('holds a value in 万元 or 亿元 to be the same value in 元 (a table cell under a 万元 header)', () => {
    const cell = { ...GOLD.articles[0]!.figures[0]!, text: '2150', value: 2150, unit: '万元' };
    expect(scoreFigures([cell], [{ text: '2150', value: 21_500_000, unit: '元' }])[0]!.ok).toBe(true);
    expect(scoreFigures([cell], [{ text: '2150', value: 2150, unit: '元' }])[0]!.ok).toBe(false);
    expect(scaled(1.5, '亿元')).toEqual({ value: 150_000_000, unit: '元' });
    expect(scaled(3, '千瓦')).toEqual({ value: 3, unit: '千瓦' });
  });
});

describe('sameUnit', () => {
  it('holds a printed variant and the unit it is recorded as to be one unit, and nothing else', () => {
    expect(sameUnit('摄氏度', '℃')).toBe(true);
    expect(sameUnit('℃', '摄氏度')).toBe(true);
    expect(sameUnit('度', '℃')).toBe(true);
    expect(sameUnit('百分点', '个百分点')).toBe(true);
    expect(sameUnit('块', '元')).toBe(false);
    expect(sameUnit('公里', '千米')).toBe(false);
    expect(sameUnit('人次', '人')).toBe(false);
  });
});

describe('labelKeeps', () => {
  it('wants every key, any word of an a|b key', () => {
    expect(labelKeeps('新修公路长度', ['公路', '全长|长度'])).toBe(true);
    expect(labelKeeps('新修公路', ['公路', '全长|长度'])).toBe(false);
    expect(labelKeeps(undefined, ['公路'])).toBe(false);
  });
});
