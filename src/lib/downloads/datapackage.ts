// data/datapackage.json: the downloads as a Frictionless Data Package (Data Package v1, profile
// `tabular-data-package`, https://specs.frictionlessdata.io/data-package/), so that data tools can read
// figures.csv and the charts' files with their types, units, allowed values and meanings. Generated from
// the one column vocabulary (./columns.ts) and the column texts of the data dictionary (src/i18n
// `dictionary.col.<column>`), so the descriptor, the files and the dictionary page cannot drift apart.
//
// Both languages: each `title` and `description` is English, with the Chinese beside it under
// `x-title-zh` and `x-description-zh`; a field's fixed unit is `x-unit` (English) and `x-unit-zh`, and
// `x-unit-field` names the column that gives each row's unit (`value` is in `unit`). The spec allows
// properties of one's own; these are the only ones, and the package's description says what they mean.
//
// Paths are relative to the descriptor (it sits in data/, beside the files), so the package works from
// any address and from a copy on disk. Absolute URLs (homepage, the About page for sources and licence,
// the `uri` format of the url column) appear only when the site is built with SITE_URL.
import { t, type UiKey } from '../i18n.ts';
import { COLUMNS, TABLES, type Column, type ColumnName, type TableName } from './columns.ts';
import { downloadPaths, packagePath } from './paths.ts';
import { CSV_DIALECT } from './serialise.ts';

/** The i18n key of a chart's file's title, by its table (the package's description says what charts/ is). */
const CHART_TITLE = {
  figures: 'datapackage.chartFigures.title',
  'region-counts': 'datapackage.chartRegions.title',
} as const satisfies Record<TableName, UiKey>;

export const PACKAGE_NAME = 'changzhi-civic-report-figures';

export interface PackageInput {
  /** The site's root URL with the base (`https://host/sub/path/`) when built with SITE_URL; else undefined. */
  siteRoot?: string;
  /** Every chart's data file: its name (data/charts/<name>.csv) and the table its columns are. */
  charts: readonly { name: string; table: TableName }[];
  /** Every measure page's file (data/measures/<key>.csv, rows of figures.csv): its key and names. */
  measures?: readonly { key: string; zh: string; en: string }[];
}

type Json = Record<string, unknown>;

/** A title or description in both languages, from the i18n key. */
function bilingual(property: 'title' | 'description', key: UiKey): Json {
  return { [property]: t('en', key), [`x-${property}-zh`]: t('zh', key) };
}

/** The Table Schema field of a column (https://specs.frictionlessdata.io/table-schema/#field-descriptors). */
export function field(name: ColumnName, siteRoot?: string): Json {
  const column: Column = COLUMNS[name];
  const constraints: Json = {};
  if (column.required) constraints.required = true;
  if (column.values) constraints.enum = [...column.values];
  const { unit } = column;
  return {
    name,
    type: column.type,
    // A path on the site is not a URI; a full URL is, and only SITE_URL gives one.
    format: column.url && siteRoot ? 'uri' : 'default',
    ...bilingual('description', `dictionary.col.${name}` as UiKey),
    ...(unit ? { 'x-unit': unit.en, 'x-unit-zh': unit.zh } : {}),
    ...(column.unitColumn ? { 'x-unit-field': column.unitColumn } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** A table's Table Schema: its fields in file order; an empty cell is a missing value. */
export function tableSchema(table: TableName, siteRoot?: string): Json {
  const { columns, primaryKey } = TABLES[table];
  return {
    fields: columns.map((name) => field(name, siteRoot)),
    primaryKey: [...primaryKey],
    missingValues: [''],
  };
}

/** What every CSV resource shares: how the file is written (./serialise.ts). */
const CSV_FILE = {
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  // With a byte order mark, for Excel; readers that know `utf-8-sig` skip it, and the spec's `utf-8` is right.
  encoding: 'utf-8',
  dialect: { ...CSV_DIALECT },
};

export function dataPackage(input: PackageInput): Json {
  const { siteRoot } = input;
  const page = (path: string) => (siteRoot ? { path: new URL(path, siteRoot).href } : {});
  const chartResources = [...input.charts]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((chart) => ({
      name: `chart-${chart.name}`,
      path: packagePath(downloadPaths.chart(chart.name)),
      ...bilingual('title', CHART_TITLE[chart.table]),
      ...CSV_FILE,
      // The charts' files of a table share one Table Schema, a file beside the descriptor, rather than
      // repeating it hundreds of times (a schema may be given by its path: Data Resource spec, `schema`).
      schema: packagePath(downloadPaths.schema(chart.table)),
    }));
  const measureResources = (input.measures ?? []).map((m) => ({
    name: `measure-${m.key}`,
    path: packagePath(downloadPaths.measure(m.key)),
    title: `${t('en', 'datapackage.measure.title')}: ${m.en}`,
    'x-title-zh': `${t('zh', 'datapackage.measure.title')}：${m.zh}`,
    ...CSV_FILE,
    schema: packagePath(downloadPaths.schema('figures')),
  }));
  return {
    profile: 'tabular-data-package',
    name: PACKAGE_NAME,
    ...bilingual('title', 'datapackage.title'),
    ...bilingual('description', 'datapackage.description'),
    ...(siteRoot ? { homepage: siteRoot } : {}),
    licenses: [{ name: 'other-closed', ...bilingual('title', 'datapackage.licence'), ...page('en/about/#rights') }],
    sources: [{ ...bilingual('title', 'datapackage.source'), ...page('en/about/#sources') }],
    keywords: ['Changzhi', 'Shanxi', '长治', '山西', 'public services', '民生'],
    resources: [
      {
        name: 'figures',
        path: packagePath(downloadPaths.csv),
        ...bilingual('title', 'datapackage.figures.title'),
        ...bilingual('description', 'datapackage.figures.description'),
        ...CSV_FILE,
        schema: tableSchema('figures', siteRoot),
      },
      ...chartResources,
      ...measureResources,
    ],
  };
}

/** The descriptor as the site serves it. */
export function dataPackageJson(input: PackageInput): string {
  return `${JSON.stringify(dataPackage(input), null, 2)}\n`;
}
