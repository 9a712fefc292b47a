// A group's shard sees the archive through the compact catalog as an unsharded build sees it whole: the same
// order, and of every other report the same title, deck, year, places, topics, state, figure count and
// summary digest (what its pages and their keys read), its neighbours and related reports the same.
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../domain/article.ts';
import type { FigureRecord } from '../../domain/figure.ts';
import { summaryDigest } from '../cache-keys.ts';
import { buildCatalog, neighbours, related, type ArticleEntry, type Catalog } from './catalog.ts';
import { compactCatalog, joinCompact, literalPatterns, planFor, serialiseCompact, type CompactCatalog } from './compact-catalog.ts';
import { canteenInvestment, huguanZh, jobsZh, museumEn, museumStudents, museumZh, shangdangZh } from './fixtures.ts';
import { localise } from './localise.ts';
import { shardOf } from './shard.ts';
import { sourceHashOf } from '../../domain/translation.ts';

const canteensEn: ArticleEntry = {
  id: 'en/shangdang-school-canteens',
  filePath: 'content/articles/en/shangdang-school-canteens.md',
  body: '\nShangdang District spent nearly 2 million yuan renovating 16 school canteens.\n',
  data: articleSchema.parse({ title: 'Shangdang renovates 16 school canteens', lang: 'en', year: 2024, regions: ['上党区'], topics: ['education'] }),
};

const entries = [museumZh, museumEn(sourceHashOf({ title: museumZh.data.title, body: museumZh.body! })), shangdangZh, huguanZh, jobsZh, canteensEn];
const figures = new Map<string, FigureRecord[]>([
  ['ban-hao-min-sheng-shi-shi-shu-xie', [canteenInvestment]],
  ['shi-bo-wu-guan-yao-qing-fan-xiang', [museumStudents]],
]);
const links = new Map([[canteenInvestment.id, 'school-canteens']]);
const full = buildCatalog(entries, figures);
const compact = compactCatalog(full, summaryDigest, links, () => false);

/** The catalog a shard of `group` makes: its own files loaded, the rest from the compact catalog. */
function shardCatalog(group: string, from: CompactCatalog = compact): Catalog {
  const plan = planFor(shardOf(group), from);
  if (plan?.kind !== 'group') throw new Error(`no group plan for ${group}`);
  const own = buildCatalog(
    entries.filter((e) => plan.files.includes(e.filePath!)),
    new Map([...figures].filter(([id]) => plan.ids.has(id))),
  );
  return joinCompact(own, plan);
}

/** What a page shows of a report in a list or a previous/next link, in both languages. */
function shown(catalog: Catalog) {
  return catalog.articles.map((r) => ({
    id: r.id,
    summary: summaryDigest(r),
    figures: r.figureCount ?? r.figures.length,
    newer: neighbours(catalog, r.id).newer?.id,
    related: related(catalog, r.id).map((x) => x.id),
    ...Object.fromEntries(
      (['zh', 'en'] as const).map((lang) => {
        const v = localise(r, lang, () => undefined);
        return [lang, { title: v.title, subtitle: v.subtitle, year: v.year, translation: v.translation, regions: v.regionTags, topics: v.topicTags, bodyLang: v.bodyLang }];
      }),
    ),
  }));
}

describe('a group shard’s catalog from the compact catalog', () => {
  it('shows every report as the whole catalog does, for a year, the undated and a part', () => {
    for (const group of ['2024', '2025', 'undated', 'undated.1of2', 'undated.2of2']) {
      const catalog = shardCatalog(group);
      expect(shown(catalog), group).toEqual(shown(full));
      expect(catalog.measureLinks).toEqual(links);
    }
  });

  it('loads only its group’s files: a report with its translation, an English-only report', () => {
    const files = (group: string) => {
      const plan = planFor(shardOf(group), compact);
      return plan?.kind === 'group' ? plan.files : [];
    };
    expect(files('undated')).toEqual(['content/articles/en/shi-bo-wu-guan-yao-qing-fan-xiang.mdx', 'content/articles/zh/shi-bo-wu-guan-yao-qing-fan-xiang.mdx']);
    expect(files('2024')).toEqual(['content/articles/en/shangdang-school-canteens.md', 'content/articles/zh/ban-hao-min-sheng-shi-shi-shu-xie.mdx']);
    // Keeps each record's real figures where they were loaded, the count elsewhere.
    const catalog = shardCatalog('2025');
    expect(catalog.byId.get('ban-hao-min-sheng-shi-shi-shu-xie')!.figures).toEqual([]);
    expect(catalog.byId.get('ban-hao-min-sheng-shi-shi-shu-xie')!.figureCount).toBe(1);
  });

  it('reads the whole archive through Astro in an unsharded build, a group placing charts, or when ids are not sure', () => {
    expect(planFor(shardOf(undefined), compact)).toBeUndefined();
    // The hub loads every figure file, and reads the article files itself.
    expect(planFor(shardOf('hub'), compact)).toEqual({ kind: 'hub' });
    expect(planFor(shardOf('hub'), compactCatalog(full, summaryDigest, links, () => false, true))).toBeUndefined();
    const charts = compactCatalog(full, summaryDigest, links, (r) => r.id === 'min-sheng-wei-ben-xing-fu-sheng-huo');
    expect(planFor(shardOf('2025'), charts)).toBeUndefined();
    expect(planFor(shardOf('2024'), charts)).toBeDefined();
    expect(planFor(shardOf('2024'), compactCatalog(full, summaryDigest, links, () => false, true))).toBeUndefined();
  });

  it('writes one line per report and reads back what it wrote', () => {
    const text = serialiseCompact(compact);
    expect(text.split('\n')).toHaveLength(full.articles.length + 3);
    expect(JSON.parse(text)).toEqual(compact);
    expect(serialiseCompact(compactCatalog(buildCatalog([...entries].reverse(), figures), summaryDigest, links, () => false))).toBe(text);
  });

  it('names files by literal glob patterns, glob characters escaped', () => {
    expect(literalPatterns(['content/articles/zh/a.md', 'content/articles/zh/b.mdx', 'content/articles/zh/c(1).md'], './content/articles', '.md')).toEqual(['zh/a.md', 'zh/c\\(1\\).md']);
  });
});
