// Each chart's data as a CSV file, exactly the rows it draws, served at `/<lang>/data/charts/<name>.csv`.
// The name is a hash of the content, so the chart on the page and the endpoint that writes the file
// (src/pages/[lang]/data/charts/[chart].csv.ts) agree without sharing state, the same data drawn by two
// charts is one file, and a changed figure gets a new URL (no stale caches).
import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { FigureRecord } from '../../domain/figure.ts';
import { formatFigure } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import { regionSlug } from '../../lib/taxonomy.ts';
import { href, paths } from '../../lib/urls.ts';
import { figureSubject } from '../../lib/figure-label.ts';
import { asLabel, placeName } from './labels.ts';
import { textOrder } from './order.ts';
import type { ChartSpec, RegionCount } from './spec.ts';
import { figureHref, sourceTitle, type ChartContext } from './sources.ts';

export interface CsvFile {
  /** 12 hex digits of the content's SHA-256. */
  name: string;
  text: string;
}

// A byte-order mark so spreadsheet programs read the Chinese as UTF-8.
const BOM = '\uFEFF';

export const FIGURE_COLUMNS = [
  'figure_id',
  'article_id',
  'article_title',
  'paragraph',
  'source_url',
  'what',
  'place',
  'year',
  'topic',
  'measure',
  'value',
  'unit',
  'qualifier',
  'as_printed',
  'shown_as',
  'change_from',
  'change_to',
  'change_rate',
  'change_amount',
  'change_direction',
] as const;

export const REGION_COLUMNS = ['county', 'county_name', 'reports', 'figures', 'region_page'] as const;

/** Rows in reading order whatever order the chart was given them in, so equal data makes an equal file. */
export function figuresCsv(ctx: ChartContext, figures: readonly FigureRecord[]): CsvFile {
  const ordered = [...figures].sort((a, b) => textOrder(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = ordered.map((f) => [
    f.id,
    f.article,
    sourceTitle(ctx, f.article).text,
    f.paragraph,
    figureHref(ctx, f),
    asLabel(figureSubject(ctx.lang, f)).text,
    f.region ? placeName(ctx.lang, f.region) : '',
    f.year ?? '',
    f.topic ?? '',
    f.measure ?? '',
    f.value,
    f.unit,
    f.qualifier,
    f.text,
    formatFigure(ctx.lang, f),
    f.change?.from ?? '',
    f.change?.to ?? '',
    f.change?.rate ?? '',
    f.change?.amount ?? '',
    f.change?.direction ?? '',
  ]);
  return file(stringify([[...FIGURE_COLUMNS], ...rows]));
}

export function regionCountsCsv(lang: Lang, counts: readonly RegionCount[]): CsvFile {
  const rows = counts.map((c) => [c.county, placeName(lang, c.county), c.reports, c.figures, c.reports > 0 ? href(paths.region(lang, regionSlug(c.county))) : '']);
  return file(stringify([[...REGION_COLUMNS], ...rows]));
}

/** The CSV of what a chart draws: its figures, or the map's counts. */
export function chartCsv(ctx: ChartContext, spec: ChartSpec): CsvFile {
  return spec.kind === 'map' ? regionCountsCsv(ctx.lang, spec.counts) : figuresCsv(ctx, spec.figures);
}

export function csvPath(lang: Lang, csv: Pick<CsvFile, 'name'>): string {
  return href(`${lang}/data/charts/${csv.name}.csv`);
}

function file(body: string): CsvFile {
  const text = BOM + body;
  return { name: createHash('sha256').update(text).digest('hex').slice(0, 12), text };
}
