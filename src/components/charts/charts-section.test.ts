// ChartsSection and FigureChart (MDX) rendered through Astro's container API, asserting on the markup.
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_FIXTURES, fixtureContext, HUGUAN_2025 } from './fixtures.ts';
import { NETWORK_2025 } from './test-support/like-figures.ts';
import { attr, byClass, byTag, closeRenderer, findAll, parse, renderChart } from './test-support/render.ts';

afterAll(closeRenderer);

// 壶关县's report, and the same measure from three more places to compare with.
const WITH_SERIES = [...HUGUAN_2025, ...NETWORK_2025.slice(1)];

describe('ChartsSection, article scope', async () => {
  it('picks cards, bar charts and before/after for an article', async () => {
    const root = parse(await renderChart('ChartsSection.astro', { scope: 'article', lang: 'en', figures: WITH_SERIES, ctx: fixtureContext('en') }));
    expect(findAll(root, byClass('chart-card')).length).toBeGreaterThanOrEqual(3);
    const kinds = findAll(root, byTag('figure')).map((f) => attr(f, 'data-chart'));
    expect(kinds).toContain('change');
    expect(kinds).toContain('bar');
  });

  it('titles each chart with a heading one level below the section\'s, so a screen reader can jump from chart to chart', async () => {
    const root = parse(await renderChart('ChartsSection.astro', { scope: 'article', lang: 'en', figures: WITH_SERIES, ctx: fixtureContext('en') }));
    const section = findAll(root, byTag('section'))[0]!;
    expect(findAll(section, byTag('h2')).map((h) => attr(h, 'id'))).toEqual([attr(section, 'aria-labelledby')]);
    const figures = findAll(root, byTag('figure'));
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const figure of figures) {
      const titles = findAll(figure, byClass('chart-title'));
      expect(titles.map((h) => h.tagName)).toEqual(['h3']);
      // The heading is in the caption, which still names the figure.
      const caption = findAll(figure, byTag('figcaption'))[0]!;
      expect(attr(figure, 'aria-labelledby')).toBe(attr(caption, 'id'));
      expect(findAll(caption, byClass('chart-title'))).toHaveLength(1);
    }
    const nested = parse(await renderChart('ChartsSection.astro', { scope: 'collection', lang: 'en', figures: HUGUAN_2025, ctx: fixtureContext('en'), headingLevel: 3 }));
    expect(findAll(nested, byTag('h3')).map((h) => attr(h, 'id'))).toEqual(['figure-charts-heading']);
    expect(new Set(findAll(nested, byClass('chart-title')).map((h) => h.tagName))).toEqual(new Set(['h4']));
  });

  it('renders nothing for an article without figures', async () => {
    expect((await renderChart('ChartsSection.astro', { scope: 'article', lang: 'en', figures: [], ctx: fixtureContext('en') })).trim()).toBe('');
  });
});

describe('FigureChart (MDX)', async () => {
  it('draws a measure series from the figures it is given: its like-with-like group, not every figure of the measure', async () => {
    const root = parse(await renderChart('FigureChart.astro', { lang: 'en', measure: 'heating-network-km', figures: [...ALL_FIXTURES, ...NETWORK_2025.slice(1)], ctx: fixtureContext('en') }));
    const figure = findAll(root, byTag('figure'))[0]!;
    expect(attr(figure, 'data-chart')).toBe('bar');
    // 13.5公里 (a project's whole length, 2024) is not set beside what was built in 2025.
    expect(findAll(findAll(root, byTag('svg'))[0]!, byClass('chart-mark'))).toHaveLength(4);
  });

  it('titles its chart with an h2 among the text\'s own sections, or at the level it is given', async () => {
    const props = { lang: 'en', measure: 'heating-network-km', figures: ALL_FIXTURES, ctx: fixtureContext('en') };
    const title = async (extra: Record<string, unknown>) => findAll(parse(await renderChart('FigureChart.astro', { ...props, ...extra })), byClass('chart-title'))[0]!;
    expect((await title({})).tagName).toBe('h2');
    expect((await title({ headingLevel: 4 })).tagName).toBe('h4');
  });

  it('fails with the editor’s mistake named', async () => {
    await expect(renderChart('FigureChart.astro', { lang: 'en', measure: 'no-such-measure', figures: ALL_FIXTURES, ctx: fixtureContext('en') })).rejects.toThrow(
      /no such measure/,
    );
  });
});
