// A figure: one quantity printed in an article, as ingest extracts it into content/figures/<article id>.json
// and editors correct or add it (there, or in an article's frontmatter `figures:`). The record and its zod
// schema sit together here so that a new field is added to both in one place; the messages that tell an
// editor what to write are in src/lib/content/figure-schema.ts. How ingest decides each field:
// scripts/ingest/figures/index.ts.
import { z } from 'astro/zod';
import { TOPICS, type Topic } from './topics.ts';

/** How exactly the paper states a figure: `约200`/`近200`/`200左右` → about, `200余`/`超200`/`200以上` → over. */
export const QUALIFIERS = ['exact', 'about', 'over', 'under'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * Whether the report gives a figure as done or reached (`actual`: 已, 累计, 达到, 完成, past years), as a
 * `plan` (计划, 将, 拟), a `target` (目标, 力争, 确保) or a `forecast` (预计), or as one person's or
 * household's experience (`anecdote`). Read by scripts/ingest/figures/status.ts.
 */
export const FIGURE_STATUSES = ['actual', 'plan', 'target', 'forecast', 'anecdote'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/**
 * Whether a figure may be shown as data about a place: charted, listed in the data page's tables, summed
 * up on the home page. One person's or household's own figure (`anecdote`: 家里温度22℃, 每月收入4000多块)
 * tells the story of a report, not the state of a county, so only the report's text shows it. The one
 * rule the charts, the data tables and the home page's key figures apply.
 */
export function isDataFigure<F extends { status?: FigureStatus }>(figure: F): figure is F & { status?: Exclude<FigureStatus, 'anecdote'> } {
  return figure.status !== 'anecdote';
}

/**
 * What sort of number a figure is: a `total` (a level or a count of what is there), `new` (added in the
 * period), `cumulative`, `per` (per head, household or unit), `share` or `rate` (percentages), or a
 * `change`. Read by scripts/ingest/figures/kind.ts.
 */
export const FIGURE_KINDS = ['total', 'new', 'cumulative', 'per', 'share', 'rate', 'change'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** A change the sentence states for the figure's subject. */
export interface FigureChange {
  /** The value before, where the sentence gives it (`从每月143元提高至191元` → 143). */
  from?: number;
  /** The value after (`提高至191元` → 191); equal to the record's `value` when present. */
  to?: number;
  /** A relative change in percent (`增长10%` → 10, `同比下降8.1%` → 8.1); the record's unit is then `%`. */
  rate?: number;
  /** An absolute change in the record's unit (`人均月增收75元` → 75). */
  amount?: number;
  direction: 'up' | 'down';
}

/**
 * One quantity printed in an article, as ingest extracts it into `figures/<article id>.json` (editors add
 * records with `origin: 'hand'`). A field added here goes into the schemas below too.
 */
export interface FigureRecord {
  /** `<article id>-<8 hex>`: a hash of sentence and span, so it survives edits elsewhere in the article. */
  id: string;
  origin: 'ingest' | 'hand';
  article: string;
  /** 1-based among the article's paragraph nodes (headings and captions do not count): anchor `#p<N>`. */
  paragraph: number;
  /** UTF-16 offset of `text` in the paragraph's text, for highlighting. */
  offset?: number;
  /** The exact span as printed, with its qualifier words: `近200万元`, `2800余个`, `3至5年`. */
  text: string;
  sentence: string;
  /** With multipliers applied: `1.32万家` → 13200, `八成` → 80. For a range, the low end. */
  value: number;
  /** The base unit as Chinese prints it, without multiplier (`元`, `公里`, `%`, `℃`), or the measure word (`个`, `人次`). */
  unit: string;
  qualifier: Qualifier;
  /** For a range (`3至5年`): both ends; `value` is then `low`. */
  range?: { low: number; high: number };
  /** What is counted, a short Chinese phrase (≤ 12 characters): `学校食堂`, `供热管网`. Kept for older records; `label` says it completely. */
  subject?: string;
  /** A Chinese label that defines the number completely: `新建改造供热管网`, `新增普惠社区托育点`, `第一阶梯水价`. */
  label?: string;
  /** The label in English, from the measure vocabulary; absent where it has none (the site falls back to the glossary). */
  label_en?: string;
  /** A key of the measure vocabulary (src/domain/measures.ts), for comparable series. */
  measure?: string;
  /** Done, intended, aimed at, expected, or one person's experience. */
  status?: FigureStatus;
  /** How the number counts: a total, what is new in the period, a running total, per unit, a share or rate, a change. */
  kind?: FigureKind;
  /** The most specific place the figure is about: `长治市`, a county (`壶关县`), or county+town (`上党区西火镇`). */
  region?: string;
  /** The year the figure is about (a plan's year for a plan). */
  year?: number;
  /** The period the text gives, as printed: `1至10月`, `截至10月底`, `2021—2025年`, `2024年以来`. */
  period?: string;
  /** The figure's own topic (from its clause and section), which may differ from the article's. */
  topic?: Topic;
  change?: FigureChange;
  /** Set by the ingest CLI when it writes the file (scripts/ingest/merge-figures.ts); absent in extractor output. */
  checksum?: string;
}

const change = z.object({
  from: z.number().finite().optional(),
  to: z.number().finite().optional(),
  rate: z.number().finite().optional(),
  amount: z.number().finite().optional(),
  direction: z.enum(['up', 'down']),
});

/** Fields every figure has, wherever it was written. */
const figureFields = {
  paragraph: z.number().int().positive(),
  offset: z.number().int().nonnegative().optional(),
  text: z.string().min(1),
  // An editor adding a figure may leave out the sentence; the table then shows the printed span alone.
  sentence: z.string().default(''),
  value: z.number().finite(),
  unit: z.string(),
  qualifier: z.enum(QUALIFIERS).default('exact'),
  range: z.object({ low: z.number().finite(), high: z.number().finite() }).optional(),
  subject: z.string().optional(),
  label: z.string().min(1).optional(),
  label_en: z.string().min(1).optional(),
  measure: z.string().optional(),
  status: z.enum(FIGURE_STATUSES).optional(),
  kind: z.enum(FIGURE_KINDS).optional(),
  region: z.string().optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  period: z.string().min(1).optional(),
  topic: z.enum(TOPICS).optional(),
  change: change.optional(),
  checksum: z.string().optional(),
};

/** A record in content/figures/<id>.json; the file's name gives `article` when the record leaves it out. */
export const figureRecordSchema = z.object({
  id: z.string().min(1),
  origin: z.enum(['ingest', 'hand']).default('hand'),
  article: z.string().min(1).optional(),
  ...figureFields,
});

/** A figure an editor lists in an article's frontmatter `figures:`; id and article are filled in. */
export const frontmatterFigureSchema = z.object({
  id: z.string().min(1).optional(),
  ...figureFields,
});

export type FrontmatterFigure = z.infer<typeof frontmatterFigureSchema>;
