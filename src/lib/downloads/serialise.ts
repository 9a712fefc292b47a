// The figure table as files. CSV: RFC 4180 quoting, CRLF line ends and a UTF-8 byte order mark, so that
// Excel opens the Chinese text correctly by double-click. JSON: an array of row objects, keys in column
// order, `null` for an empty cell.
import { stringify } from 'csv-stringify/sync';
import { FIGURE_COLUMNS, type FigureRow } from './figure-table.ts';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

export function figuresCsv(rows: readonly FigureRow[]): string {
  return stringify(
    rows.map((row) => FIGURE_COLUMNS.map((column) => row[column])),
    {
      bom: true,
      header: true,
      columns: [...FIGURE_COLUMNS],
      record_delimiter: 'windows',
      // A number as JavaScript prints it (13200, 0.9); csv-stringify would otherwise do the same, but
      // saying so keeps the files stable if its defaults change.
      cast: { number: (value) => String(value) },
    },
  );
}

export function figuresJson(rows: readonly FigureRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
