// The article's figure table, rendered through Astro's container API: each figure says its status, place
// and year under what it counts, so a plan or target in a report's table never reads as something done.
import { afterAll, describe, expect, it } from 'vitest';
import { HUGUAN_2025 } from '../charts/fixtures.ts';
import { byClass, byTag, closeRenderer, findAll, parse, renderComponent, text } from '../charts/test-support/render.ts';

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
