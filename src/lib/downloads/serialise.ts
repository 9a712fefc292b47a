// The download tables as files, every CSV of the site written the same way. CSV: RFC 4180 quoting, CRLF
// line ends and a UTF-8 byte order mark, so that Excel opens the Chinese text correctly by double-click
// (CSV_DIALECT is what data/datapackage.json gives as each file's dialect). JSON: an array of row objects,
// keys in column order, `null` for an empty cell.
// The CSV is written here in one pass, the bytes csv-stringify wrote with these options (serialise.test.ts
// holds the two side by side on any table): through csv-stringify each field went through its option
// checks, casts and separator scans, ~65 µs a page of a build at 4,000 articles, profiled (issue 17).
import { FIGURE_TABLE, type ColumnName, type Table } from './columns.ts';
import type { FigureRow } from './figure-table.ts';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

/** A row of any table: `null` (or nothing) for an empty cell. */
export type Row<C extends ColumnName> = Partial<Record<C, string | number | null>>;

/** How the CSV files are written, as a Table Dialect (https://specs.frictionlessdata.io/csv-dialect/). */
export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

/**
 * A field is quoted when it holds the delimiter, the quote or the line end (CRLF), as csv-stringify quoted
 * them once given a record delimiter: a lone LF or CR stays bare, as it always has in these files.
 */
const NEEDS_QUOTES = /[",]|\r\n/;

/** One cell: empty for none, a number as JavaScript prints it (13200, 0.9), quoted (quotes doubled) when it must be. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV: the byte order mark, the header line, then a line per row, each ended by CRLF. */
export function tableCsv<C extends ColumnName>(table: Table<C>, rows: readonly Row<C>[]): string {
  const { delimiter, lineTerminator } = CSV_DIALECT;
  let csv = `\uFEFF${table.columns.map(csvField).join(delimiter)}${lineTerminator}`;
  for (const row of rows) csv += `${table.columns.map((column) => csvField(row[column])).join(delimiter)}${lineTerminator}`;
  return csv;
}

export function figuresCsv(rows: readonly FigureRow[]): string {
  return tableCsv(FIGURE_TABLE, rows);
}

export function figuresJson(rows: readonly FigureRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
