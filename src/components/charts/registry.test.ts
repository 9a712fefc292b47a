import { describe, expect, it } from 'vitest';
import { chartCsv } from './csv.ts';
import { CHILDCARE_PROVIDERS, HUGUAN_2025, SHANGDANG_2024, SHANGDANG_2025 } from './fixtures.ts';
import { articleChartSpecs, collectionChartSpecs, dashboardChartSpecs } from './choose.ts';
import { regionFigures, topicFigures } from '../../lib/taxonomy.ts';
import { isDataFigure } from '../../domain/figure.ts';
import { isKeyFigureCandidate } from '../../lib/key-figures.ts';
import { drawable } from './like.ts';
import { allFigures, dashboardScope, siteChartCsvs, siteChartSpecs, type RegistryArticle } from './registry.ts';
import { syntheticArchive } from './test-support/synthetic.ts';

const pension = HUGUAN_2025.find((f) => f.text === '191元')!;
const ARTICLES: RegistryArticle[] = [
  { id: 'ba-min-sheng-yuan-jing-hui-cheng', regions: ['长治市'], topics: ['childcare', 'employment'], figures: CHILDCARE_PROVIDERS },
  {
    id: 'min-sheng-wei-ben-xing-fu-sheng-huo',
    regions: ['壶关县'],
    topics: ['heating'],
    figures: HUGUAN_2025,
    source: `壶关县……\n\n<FigureChart ids={["${pension.id}"]} />\n\n<FigureChart measure="no-such-measure" />`,
  },
  { id: 'ban-hao-min-sheng-shi-shi-shu-xie', regions: ['上党区', '西火镇'], topics: ['heating'], figures: SHANGDANG_2024 },
  { id: 'quan-mian-shen-hua-gai-ge-fen-jin', regions: ['上党区'], topics: ['economy'], figures: SHANGDANG_2025 },
];

describe('siteChartCsvs', () => {
  const names = new Set(siteChartCsvs(siteChartSpecs(ARTICLES)).map((f) => f.name));
  const all = allFigures(ARTICLES);
  const has = (specs: ReturnType<typeof articleChartSpecs>) => {
    for (const spec of specs) if (spec.kind !== 'cards') expect(names).toContain(chartCsv(spec).name);
  };

  it('has a file for every chart of every article page', () => {
    for (const a of ARTICLES) has(articleChartSpecs(a.figures));
  });

  it('has a file for every chart of the dashboard and its topic pages, in whatever order the page gives the figures', () => {
    has(dashboardChartSpecs(ARTICLES, [...all].reverse()));
    const heating = dashboardScope(ARTICLES, 'heating');
    expect(heating.figures.every((f) => f.topic === 'heating')).toBe(true);
    has(dashboardChartSpecs(heating.reports, heating.figures));
  });

  it('has a file for every chart of the topic and region pages', () => {
    has(collectionChartSpecs(topicFigures(all, 'heating')));
    has(collectionChartSpecs(regionFigures(all, '上党区')));
    has(collectionChartSpecs(regionFigures(all, '长治市')));
  });

  it('has a file for a <FigureChart> in an article’s MDX, and skips a broken one (the page reports it)', () => {
    expect(names).toContain(chartCsv({ kind: 'change', figures: [pension] }).name);
  });

  it('writes each distinct data once', () => {
    const files = siteChartCsvs([...siteChartSpecs(ARTICLES), ...siteChartSpecs(ARTICLES)]);
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
  });
});

describe('siteChartCsvs on a large archive, where the collection charts are cut (limits.ts)', () => {
  const archive = syntheticArchive(600);
  const files = new Map(siteChartCsvs(siteChartSpecs(archive)).map((f) => [f.name, f.text]));
  const all = archive.flatMap((a) => a.figures);

  it('has a file for each chart the topic, region and dashboard pages draw, holding exactly its figures', () => {
    const specs = [
      ...collectionChartSpecs(topicFigures(all, 'education')),
      ...collectionChartSpecs(regionFigures(all, '壶关县')),
      ...dashboardChartSpecs(archive, [...all].reverse()),
    ];
    const cut = specs.filter((s) => s.kind !== 'cards' && s.kind !== 'map' && s.subset);
    expect(cut.length).toBeGreaterThan(5);
    for (const spec of specs) {
      if (spec.kind === 'cards' || spec.kind === 'map') continue;
      const csv = files.get(chartCsv(spec).name);
      expect(csv, spec.kind).toBeDefined();
      // One line per figure drawn, after the header: the CSV is what the chart shows, no more.
      expect(csv!.trim().split('\n')).toHaveLength(spec.figures.length + 1);
    }
  });
});

describe('allFigures', () => {
  it('is every figure of the articles that may be shown as data, in their order, one list per list of articles', () => {
    const all = allFigures(ARTICLES);
    expect(all).toEqual(ARTICLES.flatMap((a) => a.figures).filter((f) => f.status !== 'anecdote'));
    expect(allFigures(ARTICLES)).toBe(all);
    expect(allFigures([...ARTICLES])).not.toBe(all);
  });

  it('leaves out one person\'s own figures, which the charts and the home page leave out too', () => {
    const anecdotes = ARTICLES.flatMap((a) => a.figures).filter((f) => !isDataFigure(f));
    expect(anecdotes.length).toBeGreaterThan(0);
    for (const f of anecdotes) {
      expect(dashboardScope(ARTICLES).figures).not.toContain(f);
      expect(dashboardScope(ARTICLES, f.topic).figures).not.toContain(f);
      expect(drawable(f)).toBe(false);
      expect(isKeyFigureCandidate(f)).toBe(false);
    }
  });

  it('leaves the dashboard a list of its own to keep', () => {
    const scope = dashboardScope(ARTICLES);
    expect(scope.figures).toEqual(allFigures(ARTICLES));
    expect(scope.figures).not.toBe(allFigures(ARTICLES));
  });
});
