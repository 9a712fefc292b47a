// Reads content/redirects.yaml and checks it against the articles on disk; shared by the content check
// (before the build) and the Astro integration that writes the redirect pages.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publishedIds, type ArticleSummary } from '../content/article-files.ts';
import type { Finding } from '../content/check-article.ts';
import { checkRedirects, parseRedirects, type Redirect } from './redirects.ts';

export const REDIRECTS_FILE = 'redirects.yaml';

/** `articles` is only read when the file lists a redirect (a large archive's files take a while to read). */
export async function loadRedirects(
  contentDir: string,
  articles: readonly ArticleSummary[] | (() => Promise<readonly ArticleSummary[]>),
): Promise<{ redirects: Redirect[]; findings: Finding[] }> {
  const file = join(contentDir, REDIRECTS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { redirects: [], findings: [] };
  }
  const { redirects, problems } = parseRedirects(text);
  if (!redirects.length && !problems.length) return { redirects: [], findings: [] };
  const summaries = typeof articles === 'function' ? await articles() : articles;
  const all = [...problems, ...checkRedirects(redirects, publishedIds(summaries))];
  const findings: Finding[] = all.map((p) => ({ file, line: p.line, severity: 'error', en: p.en, zh: p.zh }));
  return { redirects: findings.length ? [] : redirects, findings };
}
