// Content collections: the schemas are the contract between ingest, editors and the pages.
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/content/article-schema.ts';

const articles = defineCollection({
  // deferRender keeps rendered HTML out of the content store: memory stays flat as the archive grows.
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/articles', deferRender: true }),
  schema: articleSchema,
});

export const collections = { articles };
