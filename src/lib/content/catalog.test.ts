import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../../scripts/ingest/types.ts';
import { sourceHashOf } from '../../../scripts/translations/source-hash.ts';
import { articleSchema } from './article-schema.ts';
import { buildCatalog, CatalogError, neighbours, related, type ArticleEntry } from './catalog.ts';
import { canteenInvestment, huguanZh, jobsZh, museumEn, museumStudents, museumZh, shangdangZh } from './fixtures.ts';

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

  it('never relates an article to itself, and gives at most the limit', () => {
    expect(related(catalog, 'shi-bo-wu-guan-yao-qing-fan-xiang').map((a) => a.id)).not.toContain('shi-bo-wu-guan-yao-qing-fan-xiang');
    expect(related(catalog, 'min-sheng-wei-ben-xing-fu-sheng-huo', 1)).toHaveLength(1);
    expect(() => buildCatalog([museumZh, museumZh], figures)).toThrow(/two Chinese articles have the id/);
  });
});
