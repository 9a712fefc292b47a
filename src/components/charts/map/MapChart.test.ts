// The region map rendered through Astro's container API, asserting on the markup.
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_FIXTURES, SHANGDANG_2024, SHANGDANG_2025 } from '../fixtures.ts';
import { regionCounts } from '../choose.ts';
import { attr, byClass, byTag, closeRenderer, findAll, parse, renderChart, text } from '../test-support/render.ts';

afterAll(closeRenderer);

describe('MapChart', async () => {
  const counts = regionCounts(
    [
      { id: 'min-sheng-wei-ben-xing-fu-sheng-huo', regions: ['长治市', '壶关县'] },
      { id: 'ban-hao-min-sheng-shi-shi-shu-xie', regions: ['上党区', '西火镇'] },
      { id: 'quan-mian-shen-hua-gai-ge-fen-jin', regions: ['上党区'] },
    ],
    ALL_FIXTURES,
  );
  const root = parse(await renderChart('map/MapChart.astro', { lang: 'en', counts }));

  it('draws the 12 divisions in each layout, linking those with reports to their region pages', () => {
    for (const svg of findAll(root, byTag('svg'))) {
      expect(findAll(svg, byClass('chart-tile'))).toHaveLength(12);
      const links = findAll(svg, byClass('chart-mark'));
      expect(links.map((a) => attr(a, 'href')).sort()).toEqual(['/en/regions/huguan-county/', '/en/regions/shangdang-district/']);
      const shangdang = links.find((a) => attr(a, 'href') === '/en/regions/shangdang-district/')!;
      // The name as the tile shows it, on one line in either layout (never `Shang-` / `dang`).
      expect(attr(shangdang, 'aria-label')).toBe(`Shangdang 2 reports, ${SHANGDANG_2024.length + SHANGDANG_2025.length} figures (Shangdang District)`);
      expect(attr(findAll(shangdang, byClass('chart-tile'))[0]!, 'class')).toContain('shade-4');
    }
  });

  it('writes each count in its tile, so shading never carries the meaning alone', () => {
    const wide = findAll(root, byTag('svg'))[1]!;
    const tileTexts = findAll(wide, byClass('chart-tile-text')).map((t) => text(t).trim());
    expect(tileTexts).toContain('2 reports');
    expect(tileTexts).toContain('1 report');
    expect(tileTexts.filter((t) => t === '0 reports')).toHaveLength(10);
    expect(tileTexts).toContain('Qinyuan');
  });

  it('has a summary, a legend and a table of all 12', () => {
    const img = findAll(findAll(root, byTag('svg'))[0]!, (el) => attr(el, 'role') === 'img')[0]!;
    const desc = text(findAll(root, (el) => attr(el, 'id') === attr(img, 'aria-describedby'))[0]!);
    expect(desc).toMatch(/^Counties and districts with reports: Shangdang District, 2 reports and \d+ figures; Huguan County, 1 report and 9 figures\. 10 of the 12 have no report yet\.$/);
    expect(findAll(root, byClass('chart-swatch')).length).toBeGreaterThanOrEqual(2);
    expect(findAll(findAll(root, byTag('tbody'))[0]!, byTag('tr'))).toHaveLength(12);
  });
});
