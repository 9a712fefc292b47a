// Small multiples rendered through Astro's container API, asserting on the markup.
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureContext } from '../fixtures.ts';
import { multiplesSpec } from '../choose.ts';
import { NETWORK_2025, sibling } from '../test-support/like-figures.ts';
import { attr, byClass, byTag, closeRenderer, findAll, labelInName, parse, renderChart, text } from '../test-support/render.ts';

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

  it('says under each bar whether it is the county’s own figure or a town’s', () => {
    const bars = findAll(wide, byClass('chart-mark')).map((a) => ({
      value: text(findAll(a, byClass('chart-value'))[0]!),
      note: text(findAll(a, byClass('chart-detail'))[0]!).trim(),
      name: attr(a, 'aria-label')!,
    }));
    expect(bars).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: '38.1 km', note: 'county-wide' }),
        expect.objectContaining({ value: '27.5 km', note: 'district-wide' }),
        expect.objectContaining({ value: '13.5 km', note: 'Xihuo Town' }),
      ]),
    );
    for (const link of findAll(wide, byClass('chart-mark'))) expect(labelInName(link)).toBe(true);
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
    const notes = findAll(findAll(zh, byTag('svg'))[1]!, byClass('chart-detail')).map((t) => text(t));
    expect(notes).toEqual(expect.arrayContaining(['全县', '全区', '西火镇']));
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

  it('says so in the caption when a row draws dots on a log scale', async () => {
    const huguan = figures[0]!;
    const far = [...figures, sibling(huguan, '黎城县', 0.2, 'tiny')].filter((f) => f.region !== '黎城县' || f.value === 0.2);
    const html = parse(await renderChart('multiples/MultiplesChart.astro', { lang: 'en', figures: far, spec: multiplesSpec(far, { measures: 3, perCell: 3 }), ctx: fixtureContext('en') }));
    expect(text(findAll(html, byTag('figcaption'))[0]!)).toContain('Rows whose values differ more than 50-fold are dots on a logarithmic scale.');
    expect(findAll(findAll(html, byTag('svg'))[1]!, byClass('chart-dot')).length).toBeGreaterThan(0);
    expect(text(findAll(root, byTag('figcaption'))[0]!)).not.toContain('logarithmic');
  });
});
