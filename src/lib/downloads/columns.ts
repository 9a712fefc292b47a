// The one vocabulary of the data downloads' columns: every column name any CSV or JSON file of the site
// uses (data/figures.csv|json, data/articles/<id>.csv, the charts' data/charts/<name>.csv), with its type,
// format, unit and allowed values, defined once here. The files pick their columns from it (the tables
// below), the data dictionary page explains them, and data/datapackage.json is generated from it
// (./datapackage.ts). What a column means is said in both languages in src/i18n as
// `dictionary.col.<column>`.
import { FIGURE_KINDS, FIGURE_STATUSES, QUALIFIERS } from '../../domain/figure.ts';
import { TOPICS } from '../../domain/topics.ts';

/** A column's Table Schema type (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type ColumnType = 'string' | 'integer' | 'number' | 'year';

export interface Column {
  type: ColumnType;
  /** Its values are Chinese text (the dictionary page marks them `lang="zh-CN"`). */
  chinese?: boolean;
  /** The allowed values (an empty cell is always allowed: the value is missing). */
  values?: readonly string[];
  /** The unit every value is in, in English and Chinese. */
  unit?: { en: string; zh: string };
  /** The column that gives each row's unit (`value` is in the row's `unit`): the figures table's `unit`. */
  unitColumn?: 'unit';
  /** A web address: absolute when the site is built with SITE_URL, else a path on the site. */
  url?: boolean;
  /** Every row has a value. */
  required?: boolean;
}

const figureUnit = { unitColumn: 'unit' } as const;

export const COLUMNS = {
  id: { type: 'string', required: true },
  article: { type: 'string', required: true },
  paragraph: { type: 'integer', required: true },
  offset: { type: 'integer', unit: { en: 'UTF-16 code units', zh: 'UTF-16 码元' } },
  text: { type: 'string', chinese: true, required: true },
  value: { type: 'number', required: true, ...figureUnit },
  value_high: { type: 'number', ...figureUnit },
  unit: { type: 'string', chinese: true },
  qualifier: { type: 'string', values: QUALIFIERS, required: true },
  status: { type: 'string', values: FIGURE_STATUSES },
  kind: { type: 'string', values: FIGURE_KINDS },
  label: { type: 'string', chinese: true },
  subject: { type: 'string', chinese: true },
  measure: { type: 'string' },
  region: { type: 'string', chinese: true },
  year: { type: 'year' },
  period: { type: 'string', chinese: true },
  topic: { type: 'string', values: TOPICS },
  change_direction: { type: 'string', values: ['up', 'down'] },
  change_from: { type: 'number', ...figureUnit },
  change_to: { type: 'number', ...figureUnit },
  change_rate: { type: 'number', unit: { en: 'percent', zh: '%' } },
  change_amount: { type: 'number', ...figureUnit },
  sentence: { type: 'string', chinese: true },
  origin: { type: 'string', values: ['ingest', 'hand'], required: true },
  url: { type: 'string', url: true, required: true },
  text_en: { type: 'string', required: true },
  label_en: { type: 'string' },
  subject_en: { type: 'string' },
  unit_en: { type: 'string' },
  region_en: { type: 'string' },
  topic_en: { type: 'string' },
  reports: { type: 'integer', required: true },
  figures: { type: 'integer', required: true },
} as const satisfies Record<string, Column>;

export type ColumnName = keyof typeof COLUMNS;

/** A table's columns in file order, and the column that identifies a row. */
export interface Table<C extends ColumnName = ColumnName> {
  columns: readonly C[];
  primaryKey: readonly C[];
}

/** A row per figure: data/figures.csv|json, data/articles/<id>.csv and every chart of figures. */
export const FIGURE_TABLE = {
  columns: [
    'id',
    'article',
    'paragraph',
    'offset',
    'text',
    'value',
    'value_high',
    'unit',
    'qualifier',
    'status',
    'kind',
    'label',
    'subject',
    'measure',
    'region',
    'year',
    'period',
    'topic',
    'change_direction',
    'change_from',
    'change_to',
    'change_rate',
    'change_amount',
    'sentence',
    'origin',
    'url',
    'text_en',
    'label_en',
    'subject_en',
    'unit_en',
    'region_en',
    'topic_en',
  ],
  primaryKey: ['id'],
} as const satisfies Table;

/** A row per county: what the map of reports and figures by place draws. */
export const REGION_COUNT_TABLE = {
  columns: ['region', 'region_en', 'reports', 'figures'],
  primaryKey: ['region'],
} as const satisfies Table;

/** The tables the files are made of, by the name the descriptor and the charts' files use. */
export const TABLES = { figures: FIGURE_TABLE, 'region-counts': REGION_COUNT_TABLE } as const satisfies Record<string, Table>;
export type TableName = keyof typeof TABLES;

export const FIGURE_COLUMNS = FIGURE_TABLE.columns;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];
export type RegionCountColumn = (typeof REGION_COUNT_TABLE.columns)[number];
