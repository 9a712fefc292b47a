// ArticleCharts and FigureChart (MDX) rendered through Astro's container API, asserting on the markup.
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_FIXTURES, fixtureContext, HUGUAN_2025 } from './fixtures.ts';
import { attr, byClass, byTag, closeRenderer, findAll, parse, renderChart } from './test-support/render.ts';

afterAll(closeRenderer);

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
