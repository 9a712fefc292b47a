// The change chart (before and after) rendered through Astro's container API, asserting on the SVG.
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureContext, HUGUAN_2025, SHANGDANG_2024 } from '../fixtures.ts';
import { attr, byClass, byTag, closeRenderer, findAll, labelInName, parse, renderChart, text, type Element } from '../test-support/render.ts';

afterAll(closeRenderer);

const svgs = (root: Element) => findAll(root, byTag('svg'));
const marks = (svg: Element) => findAll(svg, byClass('chart-mark'));
const num = (el: Element, name: string) => Number(attr(el, name));

describe('ChangeChart', async () => {
  const html = await renderChart('change/ChangeChart.astro', { lang: 'zh', figures: [...HUGUAN_2025, ...SHANGDANG_2024], ctx: fixtureContext('zh') });
  const root = parse(html);

  it('draws a row per stated change: hollow dot before, filled dot after, arrow between; never a resident’s 18→22℃', () => {
    const svg = svgs(root)[1]!;
    const rows = marks(svg);
    expect(rows).toHaveLength(1);
    for (const row of rows) {
      const before = findAll(row, byClass('chart-dot-before'))[0]!;
      const after = findAll(row, byClass('chart-dot-after'))[0]!;
      expect(num(after, 'cx')).toBeGreaterThan(num(before, 'cx'));
      expect(findAll(row, byClass('chart-arrow'))).toHaveLength(1);
    }
    const pension = rows.find((r) => attr(r, 'aria-label')!.startsWith('城乡居民养老保险基础养老金'))!;
    expect(findAll(pension, byClass('chart-value')).map((t) => text(t))).toEqual(['143元', '191元']);
    for (const row of rows) expect(labelInName(row)).toBe(true);
    expect(attr(pension, 'href')).toBe('/zh/articles/min-sheng-wei-ben-xing-fu-sheng-huo/#p16');
  });

  it('summarises the changes, names each row’s place and year, and tabulates before and after', () => {
    const img = findAll(svgs(root)[0]!, (el) => attr(el, 'role') === 'img')[0]!;
    const desc = text(findAll(root, (el) => attr(el, 'id') === attr(img, 'aria-describedby'))[0]!);
    expect(desc).toBe('1项变化：城乡居民养老保险基础养老金每月由143元提高至191元。');
    expect(text(findAll(svgs(root)[0]!, byClass('chart-detail'))[0]!)).toBe('壶关县 · 2025');
    const rows = findAll(findAll(root, byTag('tbody'))[0]!, byTag('tr'));
    expect(rows.map((r) => findAll(r, byTag('td')).slice(0, 2).map((c) => text(c)))).toEqual([['143元', '191元']]);
  });

  it('renders nothing when no figure states a change', async () => {
    expect((await renderChart('change/ChangeChart.astro', { lang: 'en', figures: SHANGDANG_2024, ctx: fixtureContext('en') })).trim()).toBe('');
  });
});
