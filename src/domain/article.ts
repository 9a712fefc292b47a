// An article as published: the frontmatter fields of content/articles/<lang>/<id>.md(x), which ingest
// writes and editors write or correct. The zod schema is the one definition; the types are read from it,
// so the site (src/content.config.ts), the content check (scripts/content/) and ingest
// (scripts/ingest/types.ts adds what only the pipeline holds: body nodes, warnings with their blocks)
// cannot disagree. The wording of a schema error for editors is src/lib/content/schema-errors.ts.
import { z } from 'astro/zod';
import { frontmatterFigureSchema } from './figure.ts';
import { TOPICS } from './topics.ts';

// `interview`: a piece told in turns of question and answer with a named speaker (记者： / 王海军：).
export const ARTICLE_KINDS = ['article', 'news', 'photo-news', 'commentary', 'sidebar', 'interview'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

const blockRange = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
/** A calendar date as `2025-01-27`. */
export const isoDate = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'a date as YYYY-MM-DD, e.g. 2025-01-27');

/**
 * Where an ingested article was printed: the seed page it came from and its blocks, and — when the page
 * prints them in its date line or an editor states them in the seed's sidecar (`seeds/<name>.yaml`) — the
 * paper, the date of the issue and the page number, so the site can cite `长治日报 2025年1月27日 第2版`.
 */
const source = z.object({
  paper: z.string().min(1).optional(),
  date: isoDate.optional(),
  page: z.number().int().positive().optional(),
  seed: z.string(),
  blocks: blockRange,
});

/** Set where the page says the article continues from or to another page. */
const continued = z.object({
  /** e.g. `第一版` from `(上接第一版)` */
  from: z.string().optional(),
  /** e.g. `第三版` from `(下转第三版)` */
  to: z.string().optional(),
});
export type Continued = z.infer<typeof continued>;

export const articleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional(),
  title: z.string().min(1),
  /**
   * `inferred` where the printed page gives the report no headline and ingest made the title up from its
   * caption, first heading or first sentence (the page says so beside the title); absent for a printed one.
   */
  titleFrom: z.enum(['headline', 'inferred']).optional(),
  subtitle: z.string().optional(),
  kicker: z.string().optional(),
  lang: z.enum(['zh', 'en']),
  kind: z.enum(ARTICLE_KINDS).default('article'),
  byline: z.string().optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  /** The date of the page the article was printed on (its date line or the seed's sidecar). */
  date: isoDate.optional(),
  regions: z.array(z.string()).default([]),
  topics: z.array(z.enum(TOPICS)).default([]),
  captions: z.array(z.string()).default([]),
  continued: continued.optional(),
  source: source.optional(),
  warnings: z.array(z.string()).optional(),
  draft: z.boolean().default(false),
  ingestHash: z.string().optional(),
  /** Figures an editor adds by hand, shown with those from content/figures/<id>.json. */
  figures: z.array(frontmatterFigureSchema).default([]),
  /** English files: the id of the Chinese article this translates. */
  translationOf: z.string().optional(),
  /** English files: sourceHashOf (src/domain/translation.ts) of the Chinese text translated. */
  sourceHash: z.string().optional(),
  /**
   * English files: the day the translation was last checked against the Chinese (`npm run translations --
   * --stamp` writes it with sourceHash), shown with the translation's status. Never read from the clock.
   */
  checked: isoDate.optional(),
});

/** An article file's frontmatter as the site reads it, defaults filled in. */
export type ArticleData = z.infer<typeof articleSchema>;

/**
 * An article: the fields every published article has, whoever wrote it, with the id it is published
 * under. What ingest writes into a generated file's frontmatter; an editor's file may add the fields left
 * out here (draft, ingestHash, figures, translationOf, sourceHash).
 */
export type Article = Omit<ArticleData, 'id' | 'draft' | 'ingestHash' | 'figures' | 'translationOf' | 'sourceHash' | 'checked'> & { id: string };
