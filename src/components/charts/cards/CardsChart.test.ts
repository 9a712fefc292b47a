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
    expect(cards.map((c) => text(findAll(c, byClass('chart-card-value'))[0]!))).toEqual(['22℃以上', '191元', '75元']);
    expect(text(findAll(cards[1]!, byClass('chart-card-what'))[0]!)).toBe('居民养老保险基础养老金');
    expect(attr(findAll(cards[1]!, byTag('a'))[0]!, 'href')).toBe('/zh/articles/min-sheng-wei-ben-xing-fu-sheng-huo/#p16');
  });
});
