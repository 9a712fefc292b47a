import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS, REGION_COUNT_TABLE } from '../../lib/downloads/columns.ts';
import { chartCsv, csvPath, figuresCsv, regionCountsCsv } from './csv.ts';
import { CHILDCARE_PROVIDERS, HUGUAN_2025 } from './fixtures.ts';
import { regionCounts } from './choose.ts';

const rowsOf = (text: string) => parse(text, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
const header = (text: string) => text.slice(1, text.indexOf('\r\n')).split(',');

describe('figuresCsv', () => {
  it('has one row per figure drawn, in the columns of data/figures.csv, with the link to the paragraph', () => {
    const csv = figuresCsv(CHILDCARE_PROVIDERS, undefined);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.table).toBe('figures');
    expect(header(csv.text)).toEqual([...FIGURE_COLUMNS]);
    const rows = rowsOf(csv.text);
    expect(rows.map((r) => r.id).sort()).toEqual(CHILDCARE_PROVIDERS.map((f) => f.id).sort());
    const r77 = rows.find((r) => r.text === '77家')!;
    expect(r77).toMatchObject({
      value: '77',
      unit: '家',
      measure: 'childcare-providers',
      paragraph: '15',
      url: '/zh/articles/ba-min-sheng-yuan-jing-hui-cheng/#p15',
      year: '2025',
      region: '长治市',
      region_en: 'Changzhi',
    });
  });

  it('gives absolute paragraph URLs when the site has an address, as data/figures.csv does', () => {
    const rows = rowsOf(figuresCsv(CHILDCARE_PROVIDERS, 'https://civic.example.org').text);
    expect(rows[0]!.url).toBe('https://civic.example.org/zh/articles/ba-min-sheng-yuan-jing-hui-cheng/#p15');
  });

  it('writes the change a sentence states', () => {
    const rows = rowsOf(figuresCsv(HUGUAN_2025, undefined).text);
    expect(rows.find((r) => r.text === '191元')).toMatchObject({ change_from: '143', change_to: '191', change_direction: 'up' });
  });

  it('names the file by its content: equal data in any order, equal file; other data, other file', () => {
    const a = figuresCsv(CHILDCARE_PROVIDERS, undefined);
    expect(figuresCsv([...CHILDCARE_PROVIDERS].reverse(), undefined)).toEqual(a);
    expect(figuresCsv(CHILDCARE_PROVIDERS.slice(1), undefined).name).not.toBe(a.name);
    expect(a.name).toMatch(/^[0-9a-f]{12}$/);
    expect(csvPath(a)).toBe(`/data/charts/${a.name}.csv`);
  });
});

describe('regionCountsCsv', () => {
  it('lists the 12 counties with their counts, named in both languages', () => {
    const counts = regionCounts([{ id: 'x', regions: ['壶关县'] }], HUGUAN_2025);
    const csv = regionCountsCsv(counts);
    expect(csv.table).toBe('region-counts');
    expect(header(csv.text)).toEqual([...REGION_COUNT_TABLE.columns]);
    const rows = rowsOf(csv.text);
    expect(rows).toHaveLength(12);
    expect(rows.find((r) => r.region === '壶关县')).toEqual({ region: '壶关县', region_en: 'Huguan County', reports: '1', figures: String(HUGUAN_2025.length) });
    expect(rows.find((r) => r.region === '沁源县')).toMatchObject({ reports: '0' });
    expect(chartCsv({ kind: 'map', counts }).name).toBe(csv.name);
  });
});
