// Small multiples rendered through Astro's container API, asserting on the markup.
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureContext, HUGUAN_2025, SHANGDANG_2024, SHANGDANG_2025 } from '../fixtures.ts';
import { COLLECTION_LIMITS } from '../limits.ts';
import { multiplesSpec } from '../choose.ts';
import { attr, byClass, byTag, closeRenderer, findAll, parse, renderChart, text } from '../test-support/render.ts';

afterAll(closeRenderer);

describe('MultiplesChart', async () => {
  const figures = [...HUGUAN_2025, ...SHANGDANG_2024, ...SHANGDANG_2025];
  // Every row and every figure, as on a page whose collection is small (limits.ts cuts larger ones).
  const spec = multiplesSpec(figures, { measures: Infinity, perCell: Infinity });
  const root = parse(await renderChart('multiples/MultiplesChart.astro', { lang: 'en', figures, spec, ctx: fixtureContext('en') }));
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
    const cut = parse(await renderChart('multiples/MultiplesChart.astro', { lang: 'en', figures, ctx: fixtureContext('en') }));
    const drawn = findAll(findAll(cut, byTag('svg'))[1]!, byClass('chart-mark'));
    const rows = findAll(findAll(cut, byClass('chart-panel'))[0]!, byClass('chart-label'));
    expect(rows).toHaveLength(COLLECTION_LIMITS.multiplesMeasures);
    expect(drawn.length).toBeLessThan(figures.length);
    expect(text(findAll(cut, byClass('chart-subset'))[0]!)).toBe(
      `Shows the latest figure of each county in each row: ${drawn.length} of 13 figures. All figures (CSV)`,
    );
  });
});
