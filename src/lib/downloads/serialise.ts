// The download tables as files, every CSV of the site written the same way. CSV: RFC 4180 quoting, CRLF
// line ends and a UTF-8 byte order mark, so that Excel opens the Chinese text correctly by double-click
// (CSV_DIALECT is what data/datapackage.json gives as each file's dialect). JSON: an array of row objects,
// keys in column order, `null` for an empty cell.
import { stringify } from 'csv-stringify/sync';
import { FIGURE_TABLE, type ColumnName, type Table } from './columns.ts';
import type { FigureRow } from './figure-table.ts';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

/** A row of any table: `null` (or nothing) for an empty cell. */
export type Row<C extends ColumnName> = Partial<Record<C, string | number | null>>;

/** How the CSV files are written, as a Table Dialect (https://specs.frictionlessdata.io/csv-dialect/). */
export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

export function tableCsv<C extends ColumnName>(table: Table<C>, rows: readonly Row<C>[]): string {
  return stringify(
    rows.map((row) => table.columns.map((column) => row[column] ?? null)),
    {
      bom: true,
      header: true,
      columns: [...table.columns],
      delimiter: CSV_DIALECT.delimiter,
      quote: CSV_DIALECT.quoteChar,
      record_delimiter: 'windows',
      // A number as JavaScript prints it (13200, 0.9); csv-stringify would otherwise do the same, but
      // saying so keeps the files stable if its defaults change.
      cast: { number: (value) => String(value) },
    },
  );
}

export function figuresCsv(rows: readonly FigureRow[]): string {
  return tableCsv(FIGURE_TABLE, rows);
}

export function figuresJson(rows: readonly FigureRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
