// The dashboard and a topic's charts rendered through Astro's container API on a large synthetic archive:
// the HTML stays under a fixed size however many figures there are, the table lists the most recent
// figures only, and the page says how many it shows of how many.
import { afterAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n.ts';
import { COLLECTION_LIMITS, DASHBOARD_TABLE_ROWS } from './limits.ts';
import { chartContext } from './sources.ts';
import { attr, byClass, byTag, closeRenderer, findAll, parse, renderChart, text } from './test-support/render.ts';
import { syntheticArchive } from './test-support/synthetic.ts';

afterAll(closeRenderer);

/** The most a collection page's charts and table may weigh, in bytes of HTML: a constant, not a share of the archive. */
const MAX_HTML = 300 * 1024;

const charts = (html: string) => findAll(parse(html), byTag('figure'));
const marksPerSvg = (figure: ReturnType<typeof charts>[number]) => findAll(findAll(figure, byTag('svg'))[0]!, byClass('chart-mark')).length;

describe('the dashboard on 10,000 figures', async () => {
  const articles = syntheticArchive(2000);
  const html = await renderChart('dashboard/Dashboard.astro', { lang: 'en', articles });
  const root = parse(html);

  it(`stays under ${MAX_HTML / 1024} KB`, () => {
    expect(Buffer.byteLength(html)).toBeLessThan(MAX_HTML);
  });

  it('draws a bounded number of charts, each with a bounded number of marks', () => {
    const figures = charts(html);
    expect(figures.length).toBeLessThanOrEqual(COLLECTION_LIMITS.series + 3);
    for (const figure of figures) {
      const kind = attr(figure, 'data-chart');
      const limit = kind === 'bar' ? COLLECTION_LIMITS.bars : kind === 'change' ? COLLECTION_LIMITS.changes : kind === 'map' ? 12 : 12 * COLLECTION_LIMITS.multiplesMeasures;
      expect(marksPerSvg(figure), kind).toBeLessThanOrEqual(limit);
    }
  });

  it('says in each cut chart’s caption what it shows, and links every figure', () => {
    const bar = charts(html).find((f) => attr(f, 'data-chart') === 'bar')!;
    const subset = findAll(bar, byClass('chart-subset'))[0]!;
    expect(text(subset)).toMatch(/^Shows 10 of \d+ figures: those of the most recent years\. All figures \(CSV\)$/);
    expect(attr(findAll(subset, byTag('a'))[0]!, 'href')).toBe('/data/figures.csv');
  });

  it(`lists the ${DASHBOARD_TABLE_ROWS} most recent figures in the table, and says so`, () => {
    const table = findAll(root, byClass('dashboard-table'))[0]!;
    const rows = findAll(findAll(table, byTag('tbody'))[0]!, byTag('tr'));
    expect(rows).toHaveLength(DASHBOARD_TABLE_ROWS);
    expect(rows.every((r) => attr(r, 'data-year') === '2026')).toBe(true);
    expect(text(table)).toContain('The 100 most recent of 10000 figures');
    const status = findAll(root, byClass('dashboard-status'))[0]!;
    expect(text(status).trim()).toBe('Showing 100 of 10000 figures.');
  });

  it('offers every year, place and topic of the archive, and the year files that hold every figure', () => {
    const options = (name: string) =>
      findAll(findAll(root, (el) => el.tagName === 'select' && attr(el, 'name') === name)[0]!, byTag('option'))
        .map((o) => attr(o, 'value'))
        .filter(Boolean);
    const figures = articles.flatMap((a) => a.figures);
    expect(options('year')).toEqual([...new Set(figures.map((f) => String(f.year)))].sort().reverse());
    expect(options('region').sort()).toEqual([...new Set(figures.map((f) => f.region!))].sort());
    expect(options('topic').sort()).toEqual([...new Set(figures.map((f) => f.topic!))].sort());
    const dashboard = findAll(root, (el) => attr(el, 'data-dashboard') !== undefined)[0]!;
    const index = JSON.parse(attr(dashboard, 'data-index')!) as { key: string; count: number; url: string }[];
    expect(index.reduce((sum, y) => sum + y.count, 0)).toBe(figures.length);
    expect(index[0]).toEqual({ key: '2026', count: figures.filter((f) => f.year === 2026).length, url: '/en/data/years/2026.json' });
    // Without JavaScript, a page per year.
    const links = findAll(findAll(root, byClass('year-links'))[0]!, byTag('a')).map((a) => attr(a, 'href'));
    expect(links).toContain('/en/data/years/2015/');
    expect(links).toHaveLength(12);
  });
});

describe('a topic page’s charts on 10,000 figures', async () => {
  const articles = syntheticArchive(2000);
  const figures = articles.flatMap((a) => a.figures);
  const html = await renderChart('ChartsSection.astro', { scope: 'collection', lang: 'zh', figures, ctx: chartContext('zh', articles) });

  it(`stay under ${MAX_HTML / 1024} KB, with at most ${COLLECTION_LIMITS.series} bar charts`, () => {
    expect(Buffer.byteLength(html)).toBeLessThan(MAX_HTML);
    expect(charts(html).filter((f) => attr(f, 'data-chart') === 'bar')).toHaveLength(COLLECTION_LIMITS.series);
  });

  it('say that they chart only the most recent groups with most figures', () => {
    const notes = findAll(parse(html), byClass('charts-note')).map((p) => text(p));
    // 16 measures in 12 years: 192 groups of one measure and year.
    expect(notes).toContain(`${t('zh', 'chart.moreSeries', { shown: COLLECTION_LIMITS.series, of: 192 })} 全部数字（CSV）`);
  });
});
