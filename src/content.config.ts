// Content collections: the schemas are the contract between ingest, editors and the pages.
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/content/article-schema.ts';
import { withEditorMessages } from './lib/content/schema-errors.ts';

const articles = defineCollection({
  // deferRender keeps rendered HTML out of the content store: memory stays flat as the archive grows.
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/articles', deferRender: true }),
  // A wrong field is reported in plain words, English and Chinese, with a right value to copy.
  schema: withEditorMessages(articleSchema),
});

export const collections = { articles };
