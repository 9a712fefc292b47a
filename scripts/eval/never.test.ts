// The never-rules on a made-up page: a byline, a column name and a furniture line read as a title or a caption,
// an article dated by its plan's year, one dated where the page tells none, and places the gazetteer lacks.
import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.ts';
import { neverBroken } from './never.ts';
import type { ProducedArticle } from './produced.ts';

const GOLD = parseGold(
  `
furniture: [2025年11月18日 星期二 第3版, 责任编辑：王五]
articles:
  - title: 沁源县：一条山路串起九个村
    lang: zh
    kind: article
    kicker: 百姓身边
    byline: 本报记者 张三 通讯员 李四
    year: 2025
    regions: [沁源县]
    captions: []
    starts: 初冬时节
  - title: 百姓身边
    lang: zh
    kind: news
    year: null
    regions: []
    captions: []
    starts: 本报讯 近日
`,
  'made-up.gold.yaml',
);

function article(over: Partial<ProducedArticle>): ProducedArticle {
  return { title: '', titleFrom: 'headline', lang: 'zh', kind: 'article', regions: [], topics: [], captions: [], body: [], figures: [], ...over };
}

const FEATURE = { title: '沁源县：一条山路串起九个村', year: 2025, regions: ['沁源县'], body: [{ kind: 'paragraph', text: '初冬时节，路修通了。' }] };
const NEWS = { title: '百姓身边', body: [{ kind: 'paragraph', text: '本报讯 近日，某事办成。' }] };

describe('neverBroken', () => {
  it('finds nothing on output that reads the page right', () => {
    expect(neverBroken(GOLD, [article(FEATURE), article(NEWS)])).toEqual([]);
  });

  it('names a byline or a furniture line read as a title or a caption', () => {
    const broken = neverBroken(GOLD, [
      article({ ...FEATURE, title: '本报记者 张三 通讯员 李四', titleFrom: 'headline' }),
      article({ ...NEWS, captions: ['责任编辑：王五'] }),
    ]);
    expect(broken.map((b) => [b.rule, b.what])).toEqual([
      ['role-as-title', 'title 本报记者 张三 通讯员 李四 is the page\'s byline'],
      ['role-as-title', 'caption 责任编辑：王五 is the page\'s furniture'],
    ]);
  });

  it('takes a column name as a title only where no gold article is titled so', () => {
    // 百姓身边 is the first article's kicker and the second's printed title: as a title it is right.
    expect(neverBroken(GOLD, [article(FEATURE), article({ ...NEWS, captions: [] })])).toEqual([]);
    const other = parseGold(
      `
articles:
  - title: 一条公路连起十个村
    lang: zh
    kind: article
    kicker: 基层传真
    year: 2025
    regions: []
    captions: []
`,
      'made-up.gold.yaml',
    );
    expect(neverBroken(other, [article({ title: '一条公路连起十个村', year: 2025, captions: ['基层传真'] })]).map((b) => b.what)).toEqual([
      'caption 基层传真 is the page\'s column name',
    ]);
  });

  it('names an article dated later than its year, and one dated where the page tells none', () => {
    const broken = neverBroken(GOLD, [article({ ...FEATURE, year: 2026 }), article({ ...NEWS, year: 2025 })]);
    expect(broken.map((b) => b.rule)).toEqual(['later-year', 'year-from-nowhere']);
    expect(neverBroken(GOLD, [article({ ...FEATURE, year: 2024 })]).map((b) => b.rule)).toEqual([]);
  });

  it('names an article\'s or a figure\'s place that is no division in the gazetteer', () => {
    const figure = { text: '12个', value: 12, unit: '个', region: '让城乡' };
    const broken = neverBroken(GOLD, [article({ ...FEATURE, regions: ['沁源县', '王和镇', '长治高新区', '幸福乡'], figures: [figure] })]);
    expect(broken.map((b) => b.what)).toEqual(['article: 幸福乡', 'figure 12个: 让城乡']);
  });
});
