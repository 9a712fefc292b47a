// The article's figure table, rendered through Astro's container API: each figure says its status, place
// and year under what it counts, so a plan or target in a report's table never reads as something done.
import { afterAll, describe, expect, it } from 'vitest';
import { HUGUAN_2025 } from '../charts/fixtures.ts';
import { attr, byClass, byTag, closeRenderer, findAll, parse, renderComponent, text } from '../charts/test-support/render.ts';

afterAll(closeRenderer);

const paragraphHref = (n: number) => `#p${n}`;

describe('FigureTable', () => {
  it('says under each figure what it is (where not something done), its place and year', async () => {
    const done = HUGUAN_2025[1]!;
    const plan = { ...done, id: 'planned', status: 'plan' as const, year: 2026 };
    for (const [lang, expected] of [
      ['zh', ['壶关县 · 2025', '计划 · 壶关县 · 2026']],
      ['en', ['Huguan County, 2025', 'Plan · Huguan County, 2026']],
    ] as const) {
      const root = parse(await renderComponent('article/FigureTable.astro', { lang, figures: [done, plan], paragraphHref }));
      const rows = findAll(root, byTag('tr')).slice(1);
      expect(rows.map((r) => text(findAll(r, byClass('meta'))[0]!))).toEqual(expected);
    }
  });
});

describe('FigureTable measure links', () => {
  it('links a row whose figure has a measure page to it, by the measure’s name, and no other row', async () => {
    const [first, second] = [HUGUAN_2025[3]!, HUGUAN_2025[4]!];
    const measures = new Map([[first.id, { href: '/zh/data/measures/heating-network-km/', name: '新建改造供热管网' }]]);
    const root = parse(await renderComponent('article/FigureTable.astro', { lang: 'zh', figures: [first, second], paragraphHref, measures }));
    const links = findAll(root, byClass('measure-link'));
    expect(links).toHaveLength(1);
    expect(text(links[0]!)).toBe('新建改造供热管网：其他地方和年份');
    expect(attr(links[0]!, 'href')).toBe('/zh/data/measures/heating-network-km/');
  });
});
