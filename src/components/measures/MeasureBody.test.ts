// A measure's page stays bounded as the archive grows (issue 18, item 3): its heaviest page — the first,
// with every chart at its ceiling and a full page of the table — rendered from a made-up archive of 10,000
// reports (test-support/synthetic.ts, with targets, plans and new-in-the-period figures added so the page
// has three charted series and a full target chart), in both languages. The page's frame around it (header,
// footer, styles, scripts) was 5.2–5.3 KB gzip on the seed build; the body must leave the page under the
// article page budget of 30 KB gzip.
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../domain/figure.ts';
import { chartContext } from '../charts/sources.ts';
import { closeRenderer, renderComponent } from '../charts/test-support/render.ts';
import { syntheticArchive } from '../charts/test-support/synthetic.ts';
import { MEASURE_LIMITS } from './limits.ts';
import { measurePages } from './measure-pages.ts';
import { seriesCharts, tablePages, targetSpec } from './measure-view.ts';

afterAll(closeRenderer);

/** Measured on the seed build (tests/site/measures.test.ts prints whole pages): the page without its body. */
const FRAME_KB = 5.5;
const BUDGET_KB = 30;

const articles = syntheticArchive(10_000);
const figures: FigureRecord[] = articles.flatMap((a) =>
  a.figures.flatMap((f, i) => [
    f,
    // A target for the next year, a plan, and what was new in the period, for some figures.
    ...(i === 1 ? [{ ...f, id: `${f.id}-t`, status: 'target' as const, year: f.year! + 1, value: f.value * 1.2, text: `${f.value}${f.unit}`, offset: 1 }] : []),
    ...(i === 2 ? [{ ...f, id: `${f.id}-n`, kind: 'new' as const, value: f.value / 3, offset: 2 }] : []),
    ...(i === 3 ? [{ ...f, id: `${f.id}-p`, status: 'plan' as const, kind: 'new' as const, year: f.year! + 1, offset: 3 }] : []),
  ]),
);

describe('a measure page at 10,000 reports', () => {
  const pages = measurePages(figures);
  const heaviest = [...pages].sort((a, b) => b.figures.length - a.figures.length)[0]!;

  it('draws every chart at its ceiling and pages the table', () => {
    expect(heaviest.figures.length).toBeGreaterThan(1000);
    const charts = seriesCharts(heaviest);
    expect(charts).toHaveLength(MEASURE_LIMITS.chartedSeries);
    expect(charts[0]!.timeline!.places).toHaveLength(MEASURE_LIMITS.places);
    expect(charts[0]!.timeline!.years).toHaveLength(MEASURE_LIMITS.years);
    expect(charts[0]!.map!.figures).toHaveLength(12);
    expect(targetSpec(heaviest)!.pairs).toHaveLength(MEASURE_LIMITS.targets);
    expect(tablePages(heaviest)[0]!.page.to).toBe(MEASURE_LIMITS.tableRows);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`keeps its first page under ${BUDGET_KB} KB gzip with the page's frame (${lang})`, async () => {
      const [first] = tablePages(heaviest);
      const html = await renderComponent('measures/MeasureBody.astro', { ctx: chartContext(lang, articles), page: heaviest, title: heaviest.measure.zh, tables: first!.tables, info: first!.page });
      const kb = gzipSync(html).length / 1024;
      console.log(`measure page body at 10,000 reports (${lang}): ${(html.length / 1024).toFixed(0)} KB, ${kb.toFixed(1)} KB gzip; with the frame about ${(kb + FRAME_KB).toFixed(1)} KB`);
      expect(html).toContain('chart--valuemap');
      expect(html).toContain('chart--timeline');
      expect(html).toContain('chart--target');
      expect(kb + FRAME_KB).toBeLessThan(BUDGET_KB);
    }, 60_000);
  }
});
