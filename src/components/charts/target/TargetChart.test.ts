// The target chart rendered through Astro's container API, asserting on the markup.
import { afterAll, describe, expect, it } from 'vitest';
import { targetSpec } from '../choose.ts';
import { fixtureContext } from '../fixtures.ts';
import { NETWORK_2025, sibling } from '../test-support/like-figures.ts';
import { attr, byClass, byTag, closeRenderer, findAll, labelInName, parse, renderChart, text } from '../test-support/render.ts';

afterAll(closeRenderer);

const reached = NETWORK_2025[0]!;
const plan = { ...sibling(reached, '壶关县', 50, 'plan'), status: 'plan' as const, paragraph: 9 };
const spec = targetSpec([reached, plan])!;

describe('TargetChart', async () => {
  const zh = parse(await renderChart('target/TargetChart.astro', { lang: 'zh', spec, ctx: fixtureContext('zh') }));
  const en = parse(await renderChart('target/TargetChart.astro', { lang: 'en', spec, ctx: fixtureContext('en') }));

  it('is titled with the measure and says how to read it, in both languages', () => {
    expect(text(findAll(zh, byClass('chart-title'))[0]!)).toBe('目标与完成：新建改造供热管网');
    expect(text(findAll(en, byClass('chart-title'))[0]!)).toBe('Target against reached: Heating network built or upgraded');
    expect(text(findAll(en, byTag('figcaption'))[0]!)).toContain('the line across it marks the target or plan');
  });

  it('draws what was reached as a bar and the plan as a line across it, with both values and years', () => {
    for (const svg of findAll(en, byTag('svg'))) {
      const mark = findAll(svg, byClass('chart-mark'))[0]!;
      const bar = findAll(mark, byClass('chart-bar'))[0]!;
      const goal = findAll(mark, byClass('chart-goal'))[0]!;
      expect(Number(attr(goal, 'x1'))).toBeGreaterThan(Number(attr(bar, 'x')) + Number(attr(bar, 'width')));
      const values = findAll(mark, byClass('chart-value')).concat(findAll(mark, byClass('chart-value-goal'))).map((t) => text(t).trim());
      expect(values).toEqual(['38.1 km reached (2025)', 'plan 50 km (2025)']);
      expect(text(findAll(mark, byClass('chart-detail'))[0]!).trim()).toBe('Huguan County, 2025');
      expect(attr(mark, 'href')).toBe('/en/articles/min-sheng-wei-ben-xing-fu-sheng-huo/#p6');
      expect(labelInName(mark)).toBe(true);
    }
    const values = findAll(findAll(zh, byTag('svg'))[0]!, byClass('chart-value')).map((t) => text(t));
    expect(values).toEqual(['已完成38.1公里（2025）']);
  });

  it('summarises and tabulates each pair', () => {
    const img = findAll(findAll(en, byTag('svg'))[0]!, (el) => attr(el, 'role') === 'img')[0]!;
    const desc = text(findAll(en, (el) => attr(el, 'id') === attr(img, 'aria-describedby'))[0]!);
    expect(desc).toBe('1 target against what was reached: Heating network built or upgraded (Huguan County, 2025): 38.1 km reached, plan 50 km.');
    const cells = findAll(findAll(findAll(zh, byTag('tbody'))[0]!, byTag('tr'))[0]!, byTag('td')).map((c) => text(c));
    expect(cells.slice(0, 3)).toEqual(['已完成38.1公里（2025）', '计划50公里（2025）', '壶关县 · 2025']);
  });
});
