import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_TABLE, TABLES } from './columns.ts';
import { csvField, tableCsv, type Row } from './serialise.ts';

type FigureColumn = (typeof FIGURE_TABLE.columns)[number];

/** The CSV csv-stringify wrote with the site's options before serialise.ts wrote its own. */
function csvStringify(columns: readonly string[], rows: readonly Row<FigureColumn>[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => row[column as FigureColumn] ?? null)),
    { bom: true, header: true, columns: [...columns], delimiter: ',', quote: '"', record_delimiter: 'windows', cast: { number: (value) => String(value) } },
  );
}

// Cells with what CSV must quote or keep: commas, quotes, line breaks, spaces, Chinese, empties, numbers.
const cell = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '长', '治', '-', '=', '0', '\t') }),
  fc.double({ noNaN: true }),
  fc.integer(),
);

describe('tableCsv', () => {
  it('writes the bytes csv-stringify wrote for any rows of the figures table', () => {
    const row = fc.tuple(...FIGURE_TABLE.columns.map(() => cell)).map((cells) => Object.fromEntries(FIGURE_TABLE.columns.map((c, i) => [c, cells[i]])) as Row<FigureColumn>);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        expect(tableCsv(FIGURE_TABLE, rows)).toBe(csvStringify(FIGURE_TABLE.columns, rows));
      }),
      { numRuns: 300 },
    );
  });

  it('writes the header line of every table as csv-stringify did, with no row', () => {
    for (const table of Object.values(TABLES)) expect(tableCsv(table, [])).toBe(csvStringify(table.columns, []));
  });

  it('quotes a cell only when it holds a comma, a quote or a CRLF, doubling its quotes', () => {
    expect(['长治', 'a,b', 'say "hi"', 'two\r\nlines', 'lf\n', 'cr\r', ' lead', ''].map(csvField)).toEqual(['长治', '"a,b"', '"say ""hi"""', '"two\r\nlines"', 'lf\n', 'cr\r', ' lead', '']);
    expect([13200, 0.9, -1.5, null, undefined].map(csvField)).toEqual(['13200', '0.9', '-1.5', '', '']);
  });
});
