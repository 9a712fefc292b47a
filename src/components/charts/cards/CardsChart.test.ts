// Figure cards rendered through Astro's container API, asserting on the markup.
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureContext, HUGUAN_2025 } from '../fixtures.ts';
import { attr, byClass, byTag, closeRenderer, findAll, parse, renderChart, text } from '../test-support/render.ts';

afterAll(closeRenderer);

describe('CardsChart', async () => {
  it('shows each figure large, what it counts, and a link to its paragraph', async () => {
    const root = parse(await renderChart('cards/CardsChart.astro', { lang: 'zh', figures: HUGUAN_2025.slice(0, 3), ctx: fixtureContext('zh') }));
    const cards = findAll(root, byClass('chart-card'));
    expect(cards).toHaveLength(3);
    // The third is a change (人均月增收75元): signed, so it does not read as a level.
    expect(cards.map((c) => text(findAll(c, byClass('chart-card-value'))[0]!))).toEqual(['22℃以上', '191元', '+75元']);
    expect(text(findAll(cards[1]!, byClass('chart-card-what'))[0]!)).toBe('城乡居民养老保险基础养老金每月');
    expect(attr(findAll(cards[1]!, byTag('a'))[0]!, 'href')).toBe('/zh/articles/min-sheng-wei-ben-xing-fu-sheng-huo/#p16');
  });

  it('names each card’s place and year, and says when a figure is not what was done', async () => {
    const plan = { ...HUGUAN_2025[1]!, id: 'planned', status: 'plan' as const };
    const root = parse(await renderChart('cards/CardsChart.astro', { lang: 'en', figures: [HUGUAN_2025[1]!, plan, HUGUAN_2025[0]!], ctx: fixtureContext('en') }));
    const meta = findAll(root, byClass('chart-card-meta')).map((m) => text(m));
    expect(meta).toEqual(['Huguan County, 2025', 'Plan · Huguan County, 2025', 'One person’s account · Huguan County, 2025']);
  });
});
