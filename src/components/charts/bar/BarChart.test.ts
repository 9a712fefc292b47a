// The bar chart rendered through Astro's container API, asserting on the SVG.
import { afterAll, describe, expect, it } from 'vitest';
import { CHILDCARE_PROVIDERS, fixtureContext } from '../fixtures.ts';
import { attr, byClass, byTag, closeRenderer, findAll, imgName, labelInName, parse, renderChart, text, type Element } from '../test-support/render.ts';

afterAll(closeRenderer);

const svgs = (root: Element) => findAll(root, byTag('svg'));
const marks = (svg: Element) => findAll(svg, byClass('chart-mark'));
const num = (el: Element, name: string) => Number(attr(el, name));

describe('BarChart', async () => {
  const html = await renderChart('bar/BarChart.astro', { lang: 'en', figures: CHILDCARE_PROVIDERS, ctx: fixtureContext('en') });
  const root = parse(html);
  const figure = findAll(root, byTag('figure'))[0]!;

  it('is a figure captioned with what it shows and its source', () => {
    const caption = findAll(figure, byTag('figcaption'))[0]!;
    expect(attr(figure, 'aria-labelledby')).toBe(attr(caption, 'id'));
    expect(text(caption)).toContain('Childcare providers');
    expect(text(caption)).toContain('Unit: providers');
    expect(text(caption)).toContain("Source: Turning the Vision for People's Wellbeing into Real Happiness");
  });

  it('draws one linked mark per figure in each layout, with an accessible name and the paragraph link', () => {
    const drawn = svgs(figure);
    expect(drawn.map((s) => attr(s, 'data-variant'))).toEqual(['narrow', 'wide']);
    for (const svg of drawn) {
      const links = marks(svg);
      expect(links).toHaveLength(4);
      expect(links.map((a) => attr(a, 'href'))).toEqual([
        '/en/articles/ba-min-sheng-yuan-jing-hui-cheng/#p15',
        '/en/articles/ba-min-sheng-yuan-jing-hui-cheng/#p15',
        '/en/articles/ba-min-sheng-yuan-jing-hui-cheng/#p18',
        '/en/articles/ba-min-sheng-yuan-jing-hui-cheng/#p23',
      ]);
      expect(attr(links[0]!, 'aria-label')).toBe(
        "Affordable community childcare points para. 15 over 200 providers. “Turning the Vision for People's Wellbeing into Real Happiness”, paragraph 15",
      );
      expect(links.map((a) => text(findAll(a, byClass('chart-value'))[0]!).trim())).toEqual(['over 200 providers', '77 providers', 'over 67 providers', '12 providers']);
      for (const link of links) expect(labelInName(link)).toBe(true);
    }
  });

  it('has a text alternative that summarises the data', () => {
    const svg = svgs(figure)[1]!;
    expect(imgName(root, svg)).toBe('Bar chart: Childcare providers');
    const img = findAll(svg, (el) => attr(el, 'role') === 'img')[0]!;
    const desc = findAll(root, (el) => attr(el, 'id') === attr(img, 'aria-describedby'))[0]!;
    expect(text(desc)).toMatch(/^4 figures\. Largest: Affordable community childcare points \(para\. 15\), over 200 providers\. Smallest: .*12 providers\.$/);
  });

  it('scales bars from zero: the axis runs 0–200 and bar widths are proportional to the values', () => {
    const svg = svgs(figure)[1]!;
    const ticks = findAll(svg, byClass('chart-tick')).map((t) => text(t));
    expect(ticks[0]).toBe('0');
    expect(ticks.at(-1)).toBe('200');
    const bars = findAll(svg, byClass('chart-bar'));
    const zero = num(findAll(svg, byClass('chart-zero'))[0]!, 'x1');
    for (const bar of bars) expect(num(bar, 'x')).toBe(zero);
    expect(num(bars[0]!, 'width') / num(bars[3]!, 'width')).toBeCloseTo(200 / 12, 0);
  });

  it('has a data table with a row per bar and a CSV link', () => {
    const rows = findAll(findAll(figure, byTag('tbody'))[0]!, byTag('tr'));
    expect(rows).toHaveLength(4);
    expect(text(rows[1]!)).toContain('77 providers');
    const details = findAll(figure, byTag('details'))[0]!;
    expect(text(findAll(details, byTag('summary'))[0]!)).toBe('Show the data as a table');
    const csv = findAll(figure, (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').endsWith('.csv'))[0]!;
    expect(attr(csv, 'href')).toMatch(/^\/data\/charts\/[0-9a-f]{12}\.csv$/);
  });

  it('offers sorting (for the client script) and labels bars in Chinese on Chinese pages', async () => {
    expect(findAll(figure, (el) => attr(el, 'data-sort') !== undefined)).toHaveLength(2);
    const zh = parse(await renderChart('bar/BarChart.astro', { lang: 'zh', figures: CHILDCARE_PROVIDERS, ctx: fixtureContext('zh') }));
    const labels = findAll(svgs(zh)[0]!, byClass('chart-label')).map((t) => text(t));
    expect(labels).toEqual(['普惠性社区托育点', '备案托育机构', '普惠社区托育点', '县区公办托育中心']);
    expect(text(findAll(zh, byTag('figcaption'))[0]!)).toContain('来源：《把民生愿景绘成幸福实景》');
  });
});
