// Every figure of the archive as the dashboard's table lists it, cut by year (issue 16, item 8): the
// dashboard's filters fetch the year files they need (/<lang>/data/years/<year>.json, a few KB each, not
// the whole archive on a slow link) and list every figure that matches, so a filter reaches past the 100
// rows the page itself carries. Without JavaScript the same years are pages of their own
// (/<lang>/data/years/<year>/, DASHBOARD_TABLE_ROWS a page). The rows are the table's own (frame/marks.ts
// figureTableRow), written compactly: the client script builds the same <tr> from them.
import type { FigureRecord } from '../../../domain/figure.ts';
import { formatFigure } from '../../../lib/format.ts';
import { locale, t, type Lang } from '../../../lib/i18n.ts';
import { figureTableRow } from '../frame/marks.ts';
import type { TableRow } from '../frame/table.ts';
import { newestOrder } from '../order.ts';
import type { ChartContext } from '../sources.ts';

/** The file and page key of figures without a year. */
export const UNDATED = 'undated';

/** The key of the year a figure is filed under: `2025`, or `undated`. */
export function yearKey(f: Pick<FigureRecord, 'year'>): string {
  return f.year !== undefined ? String(f.year) : UNDATED;
}

/** The year keys of some figures with how many each has: newest year first, undated last. */
export function yearCounts(figures: readonly Pick<FigureRecord, 'year'>[]): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(yearKey(f), (counts.get(yearKey(f)) ?? 0) + 1);
  const rank = (key: string) => (key === UNDATED ? -Infinity : Number(key));
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => rank(b.key) - rank(a.key));
}

/** One cell as the client builds it: text, and where set the `lang` attribute, link, `hreflang`, and 1 for a number. */
export interface IndexCell {
  t: string;
  lang?: string;
  href?: string;
  hreflang?: string;
  num?: 1;
}

/** One table row: its key, what the filters read (region, year, topic), and its cells. */
export interface IndexRow {
  k: string;
  d: Record<string, string>;
  c: IndexCell[];
}

/** The table's row of a figure (what the dashboard's own table shows). */
export function tableRow(ctx: ChartContext, f: FigureRecord): TableRow {
  return figureTableRow(ctx, { figure: f, valueText: formatFigure(ctx.lang, f) });
}

/** A table row as the year file writes it, with attribute values final (`zh-CN`, not `zh`). */
export function indexRow(ctx: ChartContext, row: TableRow): IndexRow {
  return {
    k: row.key,
    d: row.data ?? {},
    c: row.cells.map((cell) => ({
      t: cell.text,
      ...(cell.lang && cell.lang !== ctx.lang && { lang: locale(cell.lang) }),
      ...(cell.href && { href: cell.href }),
      ...(cell.hreflang && { hreflang: locale(cell.hreflang) }),
      ...(cell.numeric && { num: 1 as const }),
    })),
  };
}

/**
 * The figures of one year key, in the dashboard table's order (newest first, then reading order). Every
 * year of a list is filed in one pass, kept per list object: the year pages, the year files and their
 * cache keys ask for each year of the archive's list, and filtering the whole list once per year grew
 * with the archive (issue 17). A list must not change once asked about; each caller gets its own copy.
 */
export function yearFigures(figures: readonly FigureRecord[], key: string): FigureRecord[] {
  let byYear = byYearMemo.get(figures);
  if (!byYear) byYearMemo.set(figures, (byYear = fileByYear(figures)));
  return [...(byYear.get(key) ?? [])];
}

const byYearMemo = new WeakMap<readonly FigureRecord[], Map<string, FigureRecord[]>>();

function fileByYear(figures: readonly FigureRecord[]): Map<string, FigureRecord[]> {
  const byYear = new Map<string, FigureRecord[]>();
  for (const f of figures) {
    const list = byYear.get(yearKey(f));
    if (list) list.push(f);
    else byYear.set(yearKey(f), [f]);
  }
  for (const list of byYear.values()) list.sort(newestOrder);
  return byYear;
}

/** The year file: every figure of the year as a table row. */
export function yearIndex(ctx: ChartContext, figures: readonly FigureRecord[], key: string): IndexRow[] {
  return yearFigures(figures, key).map((f) => indexRow(ctx, tableRow(ctx, f)));
}

/** A year page's title: `2025年的全部数字` / `Every figure of 2025`. */
export function yearTitle(lang: Lang, key: string): string {
  return key === UNDATED ? t(lang, 'chart.years.titleUndated') : t(lang, 'chart.years.title', { year: key });
}
