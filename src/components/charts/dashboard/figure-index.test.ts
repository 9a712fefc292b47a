import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES, fixtureContext } from '../fixtures.ts';
import { syntheticArchive } from '../test-support/synthetic.ts';
import { tableRow, UNDATED, yearCounts, yearFigures, yearIndex, yearKey } from './figure-index.ts';
import { newestOrder } from '../order.ts';
import { yearIndexPath, yearPagePath } from './paths.ts';

describe('the dashboard’s year files', () => {
  it('file every figure under its year, or under undated, newest year first', () => {
    const undated = { ...ALL_FIXTURES[0]!, id: 'no-year', year: undefined };
    const figures = [...ALL_FIXTURES, undated];
    expect(yearKey(undated)).toBe(UNDATED);
    const counts = yearCounts(figures);
    expect(counts.map((c) => c.key)).toEqual(['2025', '2024', '2023', UNDATED]);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(figures.length);
    for (const { key, count } of counts) expect(yearFigures(figures, key)).toHaveLength(count);
  });

  it('give each year the figures a filter of the whole list would, in the same order, a copy each time', () => {
    const figures = syntheticArchive(300).flatMap((a) => a.figures);
    for (const { key } of yearCounts(figures)) {
      expect(yearFigures(figures, key)).toEqual(figures.filter((f) => yearKey(f) === key).sort(newestOrder));
    }
    const first = yearFigures(figures, '2024');
    first.reverse();
    expect(yearFigures(figures, '2024')).toEqual(first.reverse());
    expect(yearFigures(figures, 'no such year')).toEqual([]);
  });

  it('hold the dashboard table’s own rows, with final attribute values', () => {
    const ctx = fixtureContext('en');
    const rows = yearIndex(ctx, ALL_FIXTURES, '2024');
    const figures = yearFigures(ALL_FIXTURES, '2024');
    expect(rows.map((r) => r.k)).toEqual(figures.map((f) => f.id));
    const own = tableRow(ctx, figures[0]!);
    expect(rows[0]!.c.map((c) => c.t)).toEqual(own.cells.map((c) => c.text));
    expect(rows[0]!.d).toEqual(own.data);
    expect(rows[0]!.c[1]!.num).toBe(1);
    expect(rows[0]!.c.at(-1)!.href).toMatch(/^\/en\/articles\/[a-z-]+\/#p\d+$/);
    // A label with no English on an English page carries its language tag, ready for the lang attribute.
    const untranslated = { ...figures[0]!, label: '没有词条的主语', subject: undefined, label_en: undefined, measure: undefined };
    expect(yearIndex(ctx, [untranslated], '2024')[0]!.c[0]).toEqual({ t: '没有词条的主语', lang: 'zh-CN' });
  });

  it('say in the year cell what a figure is where it is not something done (a plan, a target, one person’s account)', () => {
    const done = ALL_FIXTURES.find((f) => f.status === 'actual' && f.year === 2025)!;
    const target = { ...done, id: 'target', status: 'target' as const };
    const yearCell = (lang: 'zh' | 'en', f: typeof done) => tableRow(fixtureContext(lang), f).cells[3]!.text;
    expect(yearCell('zh', done)).toBe('2025');
    expect(yearCell('zh', target)).toBe('2025 · 目标');
    expect(yearCell('en', target)).toBe('2025 · Target');
    expect(yearCell('en', { ...target, year: undefined })).toBe('— · Target');
  });

  it('stay a few KB a year however large the archive: one file per year', () => {
    const figures = syntheticArchive(2000).flatMap((a) => a.figures);
    const ctx = fixtureContext('zh');
    const sizes = yearCounts(figures).map(({ key }) => Buffer.byteLength(JSON.stringify(yearIndex(ctx, figures, key))));
    expect(sizes).toHaveLength(12);
    // ~830 figures a year here: about 200 bytes a row before gzip.
    for (const size of sizes) expect(size / (figures.length / 12)).toBeLessThan(300);
  });

  it('have their addresses beside the dashboard’s', () => {
    expect(yearIndexPath('zh', '2025')).toBe('zh/data/years/2025.json');
    expect(yearPagePath('en', UNDATED)).toBe('en/data/years/undated/');
  });
});
