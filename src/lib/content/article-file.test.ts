// Article files read without Astro as its loader reads them: the body as markdown-body.ts (checked against
// Astro's loader there), the frontmatter through the article schema, a refused field named with its file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ArticleFileError, articleEntry, articlePaths, readArticleEntry } from './article-file.ts';
import { markdownBody } from './markdown-body.ts';

describe('article files read as the collection reads them', () => {
  const paths = articlePaths();

  it('lists every .md and .mdx under content/articles, project-relative', () => {
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.every((p) => /^content\/articles\/(zh|en)\/[^/]+\.mdx?$/.test(p))).toBe(true);
  });

  it('gives each file its entry id, fields and body', () => {
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      const entry = readArticleEntry(path);
      expect(entry.id).toBe(path.replace(/^content\/articles\//, '').replace(/\.mdx?$/, ''));
      expect(entry.filePath).toBe(path);
      expect(entry.body).toBe(markdownBody(text));
      // Read with another YAML parser than Astro's (the `yaml` package).
      const raw = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
      expect([entry.data.title, entry.data.lang, entry.data.year]).toEqual([raw.title, raw.lang, raw.year]);
    }
  });

  it('names the file and the field the schema refuses', () => {
    const path = paths[0]!;
    const text = readFileSync(path, 'utf8').replace(/^lang: .*$/m, 'lang: "fr"');
    expect(() => articleEntry(path, text)).toThrow(ArticleFileError);
    expect(() => articleEntry(path, text)).toThrow(new RegExp(`^${path.replace(/[.]/g, '\\.')}: lang`));
  });
});
