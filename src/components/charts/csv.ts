// Each chart's data as a CSV file, exactly the rows it draws, served at `data/charts/<name>.csv`. The
// columns are the downloads' one vocabulary (src/lib/downloads/columns.ts): a chart of figures has the
// columns of data/figures.csv (its rows are a subset of that file's), the map has a row per county. Both
// languages are in the columns (label and label_en, region and region_en …), so one file serves the
// chart on the Chinese and the English page. The name is a hash of the content, so the chart on the page
// and the endpoint that writes the file (src/pages/data/charts/[chart].csv.ts) agree without sharing
// state, the same data drawn by two charts is one file, and a changed figure gets a new URL (no stale
// caches).
import { createHash } from 'node:crypto';
import type { FigureRecord } from '../../domain/figure.ts';
import { FIGURE_TABLE, REGION_COUNT_TABLE, type TableName } from '../../lib/downloads/columns.ts';
import { figureRows, paragraphUrlFor } from '../../lib/downloads/figure-table.ts';
import { downloadPaths } from '../../lib/downloads/paths.ts';
import { tableCsv } from '../../lib/downloads/serialise.ts';
import { getEnglish } from '../../lib/glossary.ts';
import { regionLabel } from '../../lib/taxonomy.ts';
import { href } from '../../lib/urls.ts';
import { figureListKey } from './figure-list-key.ts';
import type { ChartSpec, RegionCount } from './spec.ts';

export interface CsvFile {
  /** 12 hex digits of the content's SHA-256. */
  name: string;
  /** Which table of the vocabulary its columns are (data/datapackage.json describes each file by it). */
  table: TableName;
  text: string;
}

/**
 * The figures a chart draws, as rows of data/figures.csv, in that file's order whatever order the chart
 * was given them in, so equal data makes an equal file. `site` is the build's SITE_URL (astro.config
 * `site`), for paragraph URLs as data/figures.csv gives them.
 */
export function figuresCsv(figures: readonly FigureRecord[], site: string | undefined = import.meta.env.SITE): CsvFile {
  // A chart's file is asked for by its page in each language and again for the site's chart files
  // (site-csvs.ts), a measure's by its page's route and the chart files: made once per list of the same
  // figure records (never changed once loaded), glossary and site.
  const english = getEnglish();
  let made = csvMemo.get(english);
  if (!made) csvMemo.set(english, (made = new Map()));
  const key = figureListKey(figures, site ?? '');
  let csv = made.get(key);
  if (!csv) made.set(key, (csv = file('figures', tableCsv(FIGURE_TABLE, figureRows(figures, english, paragraphUrlFor(site || undefined))))));
  return { ...csv };
}

const csvMemo = new WeakMap<object, Map<string, CsvFile>>();
export function regionCountsCsv(counts: readonly RegionCount[]): CsvFile {
  const rows = counts.map((c) => ({ region: c.county, region_en: regionLabel('en', c.county), reports: c.reports, figures: c.figures }));
  return file('region-counts', tableCsv(REGION_COUNT_TABLE, rows));
}

/** The CSV of what a chart draws: its figures, or the map's counts. */
export function chartCsv(spec: ChartSpec): CsvFile {
  return spec.kind === 'map' ? regionCountsCsv(spec.counts) : figuresCsv(spec.figures);
}

export function csvPath(csv: Pick<CsvFile, 'name'>): string {
  return href(downloadPaths.chart(csv.name));
}

function file(table: CsvFile['table'], text: string): CsvFile {
  return { name: createHash('sha256').update(text).digest('hex').slice(0, 12), table, text };
}
