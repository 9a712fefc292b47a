// Small multiples, the region map, figure cards, ArticleCharts and FigureChart rendered through Astro's
// container API, asserting on the markup.
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_FIXTURES, fixtureContext, HUGUAN_2025, SHANGDANG_2024, SHANGDANG_2025 } from './fixtures.ts';
import { COLLECTION_LIMITS } from './limits.ts';
import { multiplesSpec, regionCounts } from './pick.ts';
import { attr, byClass, byTag, closeRenderer, findAll, parse, renderChart, text } from './test-support/render.ts';

afterAll(closeRenderer);

describe('SmallMultiples', async () => {
  const figures = [...HUGUAN_2025, ...SHANGDANG_2024, ...SHANGDANG_2025];
  // Every row and every figure, as on a page whose collection is small (limits.ts cuts larger ones).
  const spec = multiplesSpec(figures, { measures: Infinity, perCell: Infinity });
  const root = parse(await renderChart('SmallMultiples.astro', { lang: 'en', figures, spec, ctx: fixtureContext('en') }));
  const wide = findAll(root, byTag('svg'))[1]!;

  it('has a panel per county with the same rows, and a linked bar per figure', () => {
    const panels = findAll(wide, byClass('chart-panel'));
    expect(panels.map((p) => text(findAll(p, byClass('chart-panel-title'))[0]!))).toEqual(['Shangdang District', 'Huguan County']);
    const rowLabels = panels.map((p) => findAll(p, byClass('chart-label')).map((t) => text(t)));
    expect(rowLabels[0]).toEqual(rowLabels[1]);
    expect(rowLabels[0]).toContain('Heating network built or upgraded');
    const links = findAll(wide, byClass('chart-mark'));
    const rows = findAll(findAll(root, byTag('tbody'))[0]!, byTag('tr'));
    expect(links).toHaveLength(rows.length);
    const heating = links.filter((a) => attr(a, 'aria-label')!.includes('Heating network built or upgraded'));
    expect(heating).toHaveLength(2);
    const widths = heating.map((a) => Number(attr(findAll(a, byClass('chart-bar'))[0]!, 'width')));
    expect(Math.max(...widths) / Math.min(...widths)).toBeCloseTo(38.1 / 13.5, 1);
  });

  it('summarises every row for screen readers', () => {
    const img = findAll(wide, (el) => attr(el, 'role') === 'img')[0]!;
    const desc = text(findAll(root, (el) => attr(el, 'id') === attr(img, 'aria-describedby'))[0]!);
    expect(desc).toContain('Heating network built or upgraded: Shangdang District 13.5 km, Huguan County 38.1 km');
    expect(findAll(root, byClass('chart-subset'))).toHaveLength(0);
  });

  it('by default draws the rows with most figures, the latest of each county, and says so in the caption', async () => {
    const cut = parse(await renderChart('SmallMultiples.astro', { lang: 'en', figures, ctx: fixtureContext('en') }));
    const drawn = findAll(findAll(cut, byTag('svg'))[1]!, byClass('chart-mark'));
    const rows = findAll(findAll(cut, byClass('chart-panel'))[0]!, byClass('chart-label'));
    expect(rows).toHaveLength(COLLECTION_LIMITS.multiplesMeasures);
    expect(drawn.length).toBeLessThan(figures.length);
    expect(text(findAll(cut, byClass('chart-subset'))[0]!)).toBe(
      `Shows the latest figure of each county in each row: ${drawn.length} of 13 figures. All figures (CSV)`,
    );
  });
});

describe('RegionMap', async () => {
  const counts = regionCounts(
    [
      { id: 'min-sheng-wei-ben-xing-fu-sheng-huo', regions: ['长治市', '壶关县'] },
      { id: 'ban-hao-min-sheng-shi-shi-shu-xie', regions: ['上党区', '西火镇'] },
      { id: 'quan-mian-shen-hua-gai-ge-fen-jin', regions: ['上党区'] },
    ],
    ALL_FIXTURES,
  );
  const root = parse(await renderChart('RegionMap.astro', { lang: 'en', counts }));

  it('draws the 12 divisions in each layout, linking those with reports to their region pages', () => {
    for (const svg of findAll(root, byTag('svg'))) {
      expect(findAll(svg, byClass('chart-tile'))).toHaveLength(12);
      const links = findAll(svg, byClass('chart-mark'));
      expect(links.map((a) => attr(a, 'href')).sort()).toEqual(['/en/regions/huguan-county/', '/en/regions/shangdang-district/']);
      const shangdang = links.find((a) => attr(a, 'href') === '/en/regions/shangdang-district/')!;
      expect(attr(shangdang, 'aria-label')).toBe(`Shangdang 2 reports, ${SHANGDANG_2024.length + SHANGDANG_2025.length} figures (Shangdang District)`);
      expect(attr(findAll(shangdang, byClass('chart-tile'))[0]!, 'class')).toContain('shade-4');
    }
  });

  it('writes each count in its tile, so shading never carries the meaning alone', () => {
    const wide = findAll(root, byTag('svg'))[1]!;
    const tileTexts = findAll(wide, byClass('chart-tile-text')).map((t) => text(t).trim());
    expect(tileTexts).toContain('2 reports');
    expect(tileTexts).toContain('1 report');
    expect(tileTexts.filter((t) => t === '0 reports')).toHaveLength(10);
    expect(tileTexts).toContain('Qinyuan');
  });

  it('has a summary, a legend and a table of all 12', () => {
    const img = findAll(findAll(root, byTag('svg'))[0]!, (el) => attr(el, 'role') === 'img')[0]!;
    const desc = text(findAll(root, (el) => attr(el, 'id') === attr(img, 'aria-describedby'))[0]!);
    expect(desc).toMatch(/^Counties and districts with reports: Shangdang District, 2 reports and \d+ figures; Huguan County, 1 report and 9 figures\. 10 of the 12 have no report yet\.$/);
    expect(findAll(root, byClass('chart-swatch')).length).toBeGreaterThanOrEqual(2);
    expect(findAll(findAll(root, byTag('tbody'))[0]!, byTag('tr'))).toHaveLength(12);
  });
});

describe('FigureCards', async () => {
  it('shows each figure large, what it counts, and a link to its paragraph', async () => {
    const root = parse(await renderChart('FigureCards.astro', { lang: 'zh', figures: HUGUAN_2025.slice(0, 3), ctx: fixtureContext('zh') }));
    const cards = findAll(root, byClass('chart-card'));
    expect(cards).toHaveLength(3);
    expect(cards.map((c) => text(findAll(c, byClass('chart-card-value'))[0]!))).toEqual(['22℃以上', '191元', '75元']);
    expect(text(findAll(cards[1]!, byClass('chart-card-what'))[0]!)).toBe('居民养老保险基础养老金');
    expect(attr(findAll(cards[1]!, byTag('a'))[0]!, 'href')).toBe('/zh/articles/min-sheng-wei-ben-xing-fu-sheng-huo/#p16');
  });
});

describe('ArticleCharts', async () => {
  it('picks cards, bar charts and before/after for an article', async () => {
    const root = parse(await renderChart('ArticleCharts.astro', { lang: 'en', figures: HUGUAN_2025, ctx: fixtureContext('en') }));
    expect(findAll(root, byClass('chart-card')).length).toBeGreaterThanOrEqual(3);
    const kinds = findAll(root, byTag('figure')).map((f) => attr(f, 'data-chart'));
    expect(kinds).toContain('change');
    expect(kinds).toContain('bar');
  });

  it('renders nothing for an article without figures', async () => {
    expect((await renderChart('ArticleCharts.astro', { lang: 'en', figures: [], ctx: fixtureContext('en') })).trim()).toBe('');
  });
});

describe('FigureChart (MDX)', async () => {
  it('draws a measure series from the figures it is given', async () => {
    const root = parse(await renderChart('FigureChart.astro', { lang: 'en', measure: 'heating-network-km', figures: ALL_FIXTURES, ctx: fixtureContext('en') }));
    const figure = findAll(root, byTag('figure'))[0]!;
    expect(attr(figure, 'data-chart')).toBe('bar');
    expect(findAll(findAll(root, byTag('svg'))[0]!, byClass('chart-mark'))).toHaveLength(2);
  });

  it('fails with the editor’s mistake named', async () => {
    await expect(renderChart('FigureChart.astro', { lang: 'en', measure: 'no-such-measure', figures: ALL_FIXTURES, ctx: fixtureContext('en') })).rejects.toThrow(
      /no such measure/,
    );
  });
});
