// Astro integration: checks content/redirects.yaml when a build starts (a redirect to nowhere stops it
// with the file, line and what to write), and writes the redirect pages once the site is built, into the
// build folder beside the article pages. Written after the build rather than as routes, so they are in
// no sitemap, feed or search index: they are addresses, not pages of the archive.
import { mkdir, writeFile, access } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readArticleFiles, summarise, type ArticleSummary } from '../content/article-files.ts';
import { formatFinding } from '../content/format.ts';
import { loadRedirects } from './load.ts';
import { redirectFile, redirectPage, type RedirectLang } from './page.ts';
import type { Redirect } from './redirects.ts';

const LANGS: RedirectLang[] = ['zh', 'en'];

export function articleRedirects(): AstroIntegration {
  let redirects: Redirect[] = [];
  let articles: ArticleSummary[] = [];
  let site: string | undefined;
  let base = '/';
  return {
    name: 'article-redirects',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        if (command !== 'build') return;
        // Relative to where the build runs, so messages name `content/redirects.yaml` as editors know it.
        const contentDir = relative(process.cwd(), join(fileURLToPath(config.root), 'content')) || '.';
        const loaded = await loadRedirects(contentDir, async () => {
          articles = (await readArticleFiles(contentDir)).map(summarise);
          return articles;
        });
        if (loaded.findings.length) {
          const error = new AstroError(loaded.findings.map(formatFinding).join('\n'), 'Fix content/redirects.yaml and build again.');
          error.name = 'RedirectsError';
          // The message names file and line; a stack trace would only bury it.
          error.stack = '';
          throw error;
        }
        redirects = loaded.redirects;
        site = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!redirects.length) return;
        const out = fileURLToPath(dir);
        for (const redirect of redirects) {
          for (const lang of LANGS) {
            const file = join(out, redirectFile(lang, redirect.from));
            if (await exists(file)) throw new Error(`article-redirects: ${file} already exists; "${redirect.from}" is still a page of the site.`);
            const { title, titleLang } = titleOf(articles, redirect.to, lang);
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, redirectPage({ lang, from: redirect.from, to: redirect.to, title, titleLang, site, base }));
          }
        }
        logger.info(`${redirects.length} old article address(es) redirect to their new ones (content/redirects.yaml)`);
      },
    },
  };
}

/** The title the link shows: the translation's on English pages when there is one, else the Chinese. */
function titleOf(articles: readonly ArticleSummary[], id: string, lang: RedirectLang): { title: string; titleLang: RedirectLang } {
  const zh = articles.find((a) => a.lang === 'zh' && !a.draft && a.id === id);
  if (lang === 'en') {
    const en = articles.find((a) => a.lang === 'en' && !a.draft && (a.translationOf ?? a.id) === id);
    if (en?.title) return { title: en.title, titleLang: 'en' };
  }
  return { title: zh?.title ?? id, titleLang: 'zh' };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
