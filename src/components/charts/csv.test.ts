import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { chartCsv, csvPath, FIGURE_COLUMNS, figuresCsv, REGION_COLUMNS, regionCountsCsv } from './csv.ts';
import { CHILDCARE_PROVIDERS, fixtureContext, HUGUAN_2025 } from './fixtures.ts';
import { regionCounts } from './choose.ts';

const rowsOf = (text: string) => parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];

describe('figuresCsv', () => {
  it('has one row per figure drawn, with the values and the link to the paragraph', () => {
    const csv = figuresCsv(fixtureContext('en'), CHILDCARE_PROVIDERS);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = rowsOf(csv.text);
    expect(Object.keys(rows[0]!)).toEqual([...FIGURE_COLUMNS]);
    expect(rows.map((r) => r.figure_id).sort()).toEqual(CHILDCARE_PROVIDERS.map((f) => f.id).sort());
    const r77 = rows.find((r) => r.as_printed === '77家')!;
    expect(r77).toMatchObject({ value: '77', unit: '家', measure: 'childcare-providers', paragraph: '15', source_url: '/en/articles/ba-min-sheng-yuan-jing-hui-cheng/#p15', year: '2025' });
    expect(r77.shown_as).toBe('77 providers');
  });

  it('writes the change a sentence states', () => {
    const rows = rowsOf(figuresCsv(fixtureContext('zh'), HUGUAN_2025).text);
    expect(rows.find((r) => r.as_printed === '191元')).toMatchObject({ change_from: '143', change_to: '191', change_direction: 'up', shown_as: '191元' });
  });

  it('names the file by its content: equal data in any order, equal file; other data, other file', () => {
    const ctx = fixtureContext('en');
    const a = figuresCsv(ctx, CHILDCARE_PROVIDERS);
    expect(figuresCsv(ctx, [...CHILDCARE_PROVIDERS].reverse())).toEqual(a);
    expect(figuresCsv(ctx, CHILDCARE_PROVIDERS.slice(1)).name).not.toBe(a.name);
    expect(figuresCsv(fixtureContext('zh'), CHILDCARE_PROVIDERS).name).not.toBe(a.name);
    expect(a.name).toMatch(/^[0-9a-f]{12}$/);
    expect(csvPath('en', a)).toBe(`/en/data/charts/${a.name}.csv`);
  });
});

describe('regionCountsCsv', () => {
  it('lists the 12 counties with their counts and region pages', () => {
    const counts = regionCounts([{ id: 'x', regions: ['壶关县'] }], HUGUAN_2025);
    const rows = rowsOf(regionCountsCsv('en', counts).text);
    expect(Object.keys(rows[0]!)).toEqual([...REGION_COLUMNS]);
    expect(rows).toHaveLength(12);
    expect(rows.find((r) => r.county === '壶关县')).toEqual({
      county: '壶关县',
      county_name: 'Huguan County',
      reports: '1',
      figures: String(HUGUAN_2025.length),
      region_page: '/en/regions/huguan-county/',
    });
    expect(rows.find((r) => r.county === '沁源县')!.region_page).toBe('');
    expect(chartCsv(fixtureContext('en'), { kind: 'map', counts }).name).toBe(regionCountsCsv('en', counts).name);
  });
});
