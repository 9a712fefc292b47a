// An article file read as Astro's glob loader reads it into the content collection — frontmatter by Astro's
// own parser (js-yaml), checked by the article schema, the body as its Markdown loader trims it — without
// Astro: for the compact catalog's writer (scripts/build/compact-catalog.ts) and for the hub of a sharded build,
// which reads the archive's files directly (compact-catalog.ts `planFor`) rather than through Astro's content
// store: the hub renders no article's text, and the store holds every report's rendered HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { articleSchema, type ArticleData } from '../../domain/article.ts';
import type { ArticleEntry } from './catalog.ts';
import { explainIssues } from './schema-errors.ts';

/** Where the article files live, relative to the project root. */
export const ARTICLES_DIR = 'content/articles';

/** A file whose frontmatter the schema refuses, with the editor's wording of each problem. */
export class ArticleFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleFileError';
  }
}

/** Every `.md`/`.mdx` under content/articles (any depth), as project-relative paths, sorted. */
export function articlePaths(root = process.cwd()): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, ARTICLES_DIR), { recursive: true }).map(String);
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.mdx?$/.test(n))
    .map((n) => `${ARTICLES_DIR}/${n.split('\\').join('/')}`)
    .sort();
}

/** The entry of the file at `path` (project-relative) from its text: id `zh/<name>`, data, body. */
export function articleEntry(path: string, text: string): ArticleEntry & { data: ArticleData; body: string } {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  const parsed = articleSchema.safeParse(frontmatter);
  if (!parsed.success) {
    const problems = explainIssues(parsed.error.issues, frontmatter).map((p) => `${p.path.join('.')}: ${p.en}`);
    throw new ArticleFileError(`${path}: ${problems.join('; ')}`);
  }
  return { id: path.slice(ARTICLES_DIR.length + 1).replace(/\.mdx?$/, ''), filePath: path, data: parsed.data, body: content.trim() };
}

/** The entry of the file at `path`, read from `root`. */
export function readArticleEntry(path: string, root = process.cwd()): ArticleEntry & { data: ArticleData; body: string } {
  return articleEntry(path, readFileSync(join(root, path), 'utf8'));
}
