// The frontmatter of an article file, written by ingest or by an editor.
import { z } from 'astro/zod';
import { ARTICLE_KINDS, TOPICS } from '../../../scripts/ingest/types.ts';
import { frontmatterFigureSchema } from './figure-schema.ts';

const blockRange = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const articleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional(),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  kicker: z.string().optional(),
  lang: z.enum(['zh', 'en']),
  kind: z.enum(ARTICLE_KINDS).default('article'),
  byline: z.string().optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  regions: z.array(z.string()).default([]),
  topics: z.array(z.enum(TOPICS)).default([]),
  captions: z.array(z.string()).default([]),
  continued: z.object({ from: z.string().optional(), to: z.string().optional() }).optional(),
  source: z.object({ seed: z.string(), blocks: blockRange }).optional(),
  warnings: z.array(z.string()).optional(),
  draft: z.boolean().default(false),
  ingestHash: z.string().optional(),
  /** Figures an editor adds by hand, shown with those from content/figures/<id>.json. */
  figures: z.array(frontmatterFigureSchema).default([]),
  /** English files: the id of the Chinese article this translates. */
  translationOf: z.string().optional(),
  /** English files: scripts/translations/source-hash.ts of the Chinese text translated. */
  sourceHash: z.string().optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
