// The bar chart rendered through Astro's container API, asserting on the SVG.
import { afterAll, describe, expect, it } from 'vitest';
import { comparableGroups } from '../choose.ts';
import { fixtureContext } from '../fixtures.ts';
import { NETWORK_2025, sibling } from '../test-support/like-figures.ts';
import { attr, byClass, byTag, closeRenderer, findAll, imgName, labelInName, parse, renderChart, text, type Element } from '../test-support/render.ts';

afterAll(closeRenderer);

const svgs = (root: Element) => findAll(root, byTag('svg'));
const marks = (svg: Element) => findAll(svg, byClass('chart-mark'));
const num = (el: Element, name: string) => Number(attr(el, name));
const spec = comparableGroups(NETWORK_2025)[0]!;

describe('BarChart', async () => {
  const html = await renderChart('bar/BarChart.astro', { lang: 'en', spec, ctx: fixtureContext('en') });
  const root = parse(html);
  const figure = findAll(root, byTag('figure'))[0]!;

  it('is a figure captioned with the measure, its unit, how it counts and its source', () => {
    const caption = findAll(figure, byTag('figcaption'))[0]!;
    expect(attr(figure, 'aria-labelledby')).toBe(attr(caption, 'id'));
    expect(text(findAll(caption, byClass('chart-title'))[0]!)).toBe('Heating network built or upgraded');
    expect(text(caption)).toContain('Unit: km');
    expect(text(caption)).toContain('Counting: added in the period; period: 2025.');
    expect(text(caption)).toContain("Source: Putting People's Livelihoods First");
  });

  it('draws one linked mark per figure in each layout, named by place and year, with the paragraph link', () => {
    const drawn = svgs(figure);
    expect(drawn.map((s) => attr(s, 'data-variant'))).toEqual(['narrow', 'wide']);
    for (const svg of drawn) {
      const links = marks(svg);
      expect(links).toHaveLength(4);
      for (const a of links) expect(attr(a, 'href')).toBe('/en/articles/min-sheng-wei-ben-xing-fu-sheng-huo/#p6');
      expect(links.map((a) => text(findAll(a, byClass('chart-label'))[0]!))).toEqual([
        'Huguan County, 2025',
        'Tunliu District, 2025',
        'Licheng County, 2025',
        'Xihuo Town, 2025',
      ]);
      expect(attr(links[0]!, 'aria-label')).toBe("Huguan County, 2025 38.1 km. “Putting People's Livelihoods First: A Happy Life That Rings True”, paragraph 6");
      for (const link of links) expect(labelInName(link)).toBe(true);
    }
  });

  it('has a text alternative that summarises the data', () => {
    const svg = svgs(figure)[1]!;
    expect(imgName(root, svg)).toBe('Bar chart: Heating network built or upgraded');
    const img = findAll(svg, (el) => attr(el, 'role') === 'img')[0]!;
    const desc = findAll(root, (el) => attr(el, 'id') === attr(img, 'aria-describedby'))[0]!;
    expect(text(desc)).toBe('4 figures. Largest: Huguan County, 2025, 38.1 km. Smallest: Xihuo Town, 2025, 13.5 km.');
  });

  it('scales bars from zero on an axis that covers the top bar, bar widths proportional to the values', () => {
    const svg = svgs(figure)[1]!;
    const ticks = findAll(svg, byClass('chart-tick')).map((t) => text(t));
    expect(ticks[0]).toBe('0');
    expect(Number(ticks.at(-1))).toBeGreaterThanOrEqual(38.1);
    const bars = findAll(svg, byClass('chart-bar'));
    const zero = num(findAll(svg, byClass('chart-zero'))[0]!, 'x1');
    for (const bar of bars) expect(num(bar, 'x')).toBe(zero);
    expect(num(bars[0]!, 'width') / num(bars[3]!, 'width')).toBeCloseTo(38.1 / 13.5, 1);
    const gridEnd = Math.max(...findAll(findAll(svg, byClass('chart-grid'))[0]!, byTag('line')).map((l) => num(l, 'x1')));
    for (const bar of bars) expect(num(bar, 'x') + num(bar, 'width')).toBeLessThanOrEqual(gridEnd + 0.05);
  });

  it('has a data table with a row per bar and a CSV link', () => {
    const rows = findAll(findAll(figure, byTag('tbody'))[0]!, byTag('tr'));
    expect(rows).toHaveLength(4);
    expect(text(rows[0]!)).toContain('38.1 km');
    const details = findAll(figure, byTag('details'))[0]!;
    expect(text(findAll(details, byTag('summary'))[0]!)).toBe('Show the data as a table');
    const csv = findAll(figure, (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').endsWith('.csv'))[0]!;
    expect(attr(csv, 'href')).toMatch(/^\/data\/charts\/[0-9a-f]{12}\.csv$/);
  });

  it('offers sorting (for the client script) and labels bars in Chinese on Chinese pages', async () => {
    expect(findAll(figure, (el) => attr(el, 'data-sort') !== undefined)).toHaveLength(2);
    const zh = parse(await renderChart('bar/BarChart.astro', { lang: 'zh', spec, ctx: fixtureContext('zh') }));
    const labels = findAll(svgs(zh)[0]!, byClass('chart-label')).map((t) => text(t));
    expect(labels).toEqual(['壶关县 · 2025', '屯留区 · 2025', '黎城县 · 2025', '西火镇 · 2025']);
    expect(text(findAll(zh, byClass('chart-title'))[0]!)).toBe('新建改造供热管网');
    expect(text(findAll(zh, byTag('figcaption'))[0]!)).toContain('来源：《民生为本 幸福生活成色足》');
  });

  it('draws values more than 50 times apart as dots on a log scale, and says so', async () => {
    const huguan = NETWORK_2025[0]!;
    const far = comparableGroups([huguan, sibling(huguan, '黎城县', 0.5, 'small'), sibling(huguan, '沁源县', 218, 'far')])[0]!;
    const dots = parse(await renderChart('bar/BarChart.astro', { lang: 'zh', spec: far, ctx: fixtureContext('zh') }));
    for (const svg of svgs(dots)) {
      expect(findAll(svg, byClass('chart-bar'))).toHaveLength(0);
      expect(findAll(svg, byClass('chart-dot'))).toHaveLength(3);
    }
    expect(text(findAll(dots, byTag('figcaption'))[0]!)).toContain('对数刻度');
  });
});
