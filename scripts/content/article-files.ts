// The article files under content/articles as the site's content collection sees them (every .md and
// .mdx, at any depth), read once for the tools that work on content outside Astro: the content check,
// `npm run new` and the redirect pages.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { readFrontmatter } from '../ingest/frontmatter.ts';

export interface ArticleFile {
  /** Path as given to messages: `content/articles/zh/x.mdx` (relative to the working folder). */
  path: string;
  /** Path under content/articles without the extension: `zh/x`, the collection's entry id. */
  entryId: string;
  text: string;
}

/** What a file says about itself, read leniently (a broken file gives what can be read). */
export interface ArticleSummary {
  file: ArticleFile;
  /** The id the site publishes it under: frontmatter `id`, else the file name (as catalog.ts does). */
  id: string;
  lang?: string;
  title?: string;
  draft: boolean;
  translationOf?: string;
}

/** The article files under `contentDir`/articles, named but not read: `path` and `entryId` of each, sorted. */
export async function listArticleFiles(contentDir: string): Promise<Omit<ArticleFile, 'text'>[]> {
  const root = join(contentDir, 'articles');
  let names: string[];
  try {
    names = (await readdir(root, { recursive: true })).map(String);
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.mdx?$/.test(n))
    .sort()
    .map((name) => ({ path: join(root, name), entryId: relative(root, join(root, name)).split(sep).join('/').replace(/\.mdx?$/, '') }));
}

export async function readArticleFiles(contentDir: string): Promise<ArticleFile[]> {
  const files = await listArticleFiles(contentDir);
  return Promise.all(files.map(async (file) => ({ ...file, text: await readFile(file.path, 'utf8') })));
}

export function summarise(file: ArticleFile): ArticleSummary {
  const data = readFrontmatter(file.text) ?? {};
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
  return {
    file,
    id: text(data.id) ?? file.entryId.replace(/^(zh|en)\//, ''),
    lang: text(data.lang),
    title: text(data.title),
    draft: data.draft === true,
    translationOf: text(data.translationOf),
  };
}

/** Ids of the Chinese articles the site publishes (drafts left out). */
export function publishedIds(summaries: readonly ArticleSummary[]): Set<string> {
  return new Set(summaries.filter((s) => s.lang === 'zh' && !s.draft).map((s) => s.id));
}
