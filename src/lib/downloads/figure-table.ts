// The figure downloads (data/figures.csv, data/figures.json, data/articles/<id>.csv and each chart's
// data/charts/<name>.csv) as one flat table: a row per figure, the Chinese data as extracted plus English
// columns from the glossary. The columns are those of the one vocabulary (./columns.ts); their meanings are
// explained on the data dictionary page (src/pages/[lang]/data/dictionary.astro), whose text is in
// src/i18n as `dictionary.col.<column>`.
import type { FigureRecord } from '../../domain/figure.ts';
import type { English } from '../glossary/english.ts';
import { absoluteUrl, paths } from '../urls.ts';
import type { FigureColumn } from './columns.ts';

export { FIGURE_COLUMNS, type FigureColumn } from './columns.ts';

/** A figure as the downloads give it; `null` where the record has no value (an empty CSV cell). */
export type FigureRow = Record<FigureColumn, string | number | null>;

/** The URL of an article paragraph on the Chinese site: `https://…/zh/articles/<id>/#p3`. */
export type ParagraphUrl = (article: string, paragraph: number) => string;

/**
 * The Chinese article page's paragraph anchor (the data is Chinese, so the Chinese text is the source):
 * absolute under `site` (astro.config `site`, from SITE_URL), a path on the site without it.
 */
export function paragraphUrlFor(site: URL | string | undefined): ParagraphUrl {
  return (article, paragraph) => `${absoluteUrl(paths.article('zh', article), site)}#p${paragraph}`;
}

/** Download order: article id, then paragraph, then position in the paragraph (records without one last), then id. */
export function compareFigures(a: FigureRecord, b: FigureRecord): number {
  return (
    compareText(a.article, b.article) ||
    a.paragraph - b.paragraph ||
    (a.offset ?? Number.MAX_SAFE_INTEGER) - (b.offset ?? Number.MAX_SAFE_INTEGER) ||
    compareText(a.id, b.id)
  );
}

// Code-unit order, not the locale's: the files must come out the same on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function figureRow(record: FigureRecord, english: English, paragraphUrl: ParagraphUrl): FigureRow {
  const orNull = <T>(value: T | undefined): T | null => (value === undefined || value === '' ? null : value);
  return {
    id: record.id,
    article: record.article,
    paragraph: record.paragraph,
    offset: orNull(record.offset),
    text: record.text,
    value: record.value,
    value_high: orNull(record.range?.high),
    unit: record.unit,
    qualifier: record.qualifier,
    status: orNull(record.status),
    kind: orNull(record.kind),
    label: orNull(record.label),
    subject: orNull(record.subject),
    measure: orNull(record.measure),
    region: orNull(record.region),
    year: orNull(record.year),
    period: orNull(record.period),
    topic: orNull(record.topic),
    change_direction: orNull(record.change?.direction),
    change_from: orNull(record.change?.from),
    change_to: orNull(record.change?.to),
    change_rate: orNull(record.change?.rate),
    change_amount: orNull(record.change?.amount),
    sentence: orNull(record.sentence),
    origin: record.origin,
    url: paragraphUrl(record.article, record.paragraph),
    text_en: english.englishFigure(record),
    label_en: orNull(record.label_en),
    subject_en: orNull(record.subject ? english.subjectEn(record.subject) : undefined),
    unit_en: orNull(record.unit ? english.unitEn(record.unit, record.range?.high ?? record.value) : undefined),
    region_en: orNull(record.region ? english.regionEn(record.region) : undefined),
    topic_en: orNull(record.topic ? english.topicEn(record.topic) : undefined),
  };
}

/** Every record as a row, in download order. */
export function figureRows(records: readonly FigureRecord[], english: English, paragraphUrl: ParagraphUrl): FigureRow[] {
  return [...records].sort(compareFigures).map((record) => figureRow(record, english, paragraphUrl));
}
