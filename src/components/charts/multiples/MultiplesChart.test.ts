// Small multiples rendered through Astro's container API, asserting on the markup.
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureContext } from '../fixtures.ts';
import { multiplesSpec } from '../choose.ts';
import { NETWORK_2025, sibling } from '../test-support/like-figures.ts';
import { attr, byClass, byTag, closeRenderer, findAll, parse, renderChart, text } from '../test-support/render.ts';

afterAll(closeRenderer);

describe('MultiplesChart', async () => {
  // 壶关县, 黎城县, 屯留区 and a town of 上党区 (西火镇), one group: heating network built in 2025.
  const figures = NETWORK_2025;
  const spec = multiplesSpec(figures, { measures: Infinity, perCell: Infinity })!;
  const root = parse(await renderChart('multiples/MultiplesChart.astro', { lang: 'en', figures, spec, ctx: fixtureContext('en') }));
  const wide = findAll(root, byTag('svg'))[1]!;

  it('has a panel per county, each row naming its measure and year, and a linked bar per figure', () => {
    const panels = findAll(wide, byClass('chart-panel'));
    expect(panels.map((p) => text(findAll(p, byClass('chart-panel-title'))[0]!)).sort()).toEqual(['Huguan County', 'Licheng County', 'Shangdang District', 'Tunliu District']);
    const rowLabels = panels.map((p) => findAll(p, byClass('chart-label')).map((t) => text(t)));
    for (const labels of rowLabels) expect(labels).toEqual(['2025: Heating network built or upgraded']);
    const links = findAll(wide, byClass('chart-mark'));
    expect(links).toHaveLength(4);
    const widths = links.map((a) => Number(attr(findAll(a, byClass('chart-bar'))[0]!, 'width')));
    expect(Math.max(...widths) / Math.min(...widths)).toBeCloseTo(38.1 / 13.5, 1);
  });

  it('says on each bar whether it is the county’s own figure or a town’s', () => {
    const values = findAll(wide, byClass('chart-value')).map((t) => text(t));
    expect(values).toContain('38.1 km (county-wide)');
    expect(values).toContain('27.5 km (district-wide)');
    expect(values).toContain('13.5 km (Xihuo Town)');
    const rows = findAll(findAll(root, byTag('tbody'))[0]!, byTag('tr'));
    expect(rows.map((r) => text(findAll(r, byTag('td'))[1]!))).toContain('13.5 km (Xihuo Town)');
  });

  it('summarises every row for screen readers and says how the figures count', () => {
    const img = findAll(wide, (el) => attr(el, 'role') === 'img')[0]!;
    const desc = text(findAll(root, (el) => attr(el, 'id') === attr(img, 'aria-describedby'))[0]!);
    expect(desc).toContain('2025: Heating network built or upgraded: ');
    expect(desc).toContain('Shangdang District 13.5 km (Xihuo Town)');
    expect(text(findAll(root, byTag('figcaption'))[0]!)).toContain('Counting: added in the period; period: 2025.');
    expect(findAll(root, byClass('chart-subset'))).toHaveLength(0);
  });

  it('in Chinese: 全县 / 全区 for a county’s own figure, the town’s name for a town’s', async () => {
    const zh = parse(await renderChart('multiples/MultiplesChart.astro', { lang: 'zh', figures, spec, ctx: fixtureContext('zh') }));
    const values = findAll(findAll(zh, byTag('svg'))[1]!, byClass('chart-value')).map((t) => text(t));
    expect(values).toEqual(expect.arrayContaining(['38.1公里（全县）', '27.5公里（全区）', '13.5公里（西火镇）']));
  });

  it('by default draws one figure per county and row, the county’s own first, and says so in the caption', async () => {
    const more = [...figures, sibling(figures[0]!, '上党区', 40, 'own')];
    const cut = parse(await renderChart('multiples/MultiplesChart.astro', { lang: 'en', figures: more, ctx: fixtureContext('en') }));
    const drawn = findAll(findAll(cut, byTag('svg'))[1]!, byClass('chart-mark'));
    expect(drawn).toHaveLength(4);
    expect(text(findAll(cut, byClass('chart-subset'))[0]!)).toBe(
      'Shows one figure of each county in each row (the county’s own where it gives one): 4 of 5 figures. All figures (CSV)',
    );
  });
});
