// One page of every type the site has, in both languages, picked from a built dist/ so the list
// follows the site: when a page type is added, its folder shows up here without editing the tests.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface PageOfType {
  /** What kind of page this is, e.g. `article`, `topic listing`. */
  type: string;
  lang: Lang | undefined;
  /** The page's path under the base: `zh/topics/` (empty for the splash page). */
  path: string;
}

/** Folders under `dir` that hold a page, sorted, so the pick is the same on every machine. */
function pageFolders(dir: string, except: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !except.includes(name) && existsSync(join(dir, name, 'index.html')))
    .sort();
}

/** The article with the most content: it has the most paragraphs, figures and tables to check. */
function richestArticle(distDir: string): string {
  const articles = join(distDir, 'zh', 'articles');
  const ids = pageFolders(articles);
  if (ids.length === 0) throw new Error(`no article pages in ${articles}: was the site built?`);
  return ids.reduce((best, id) => (statSync(join(articles, id, 'index.html')).size > statSync(join(articles, best, 'index.html')).size ? id : best));
}

export function pageTypes(distDir: string): PageOfType[] {
  const article = richestArticle(distDir);
  const first = (lang: Lang, folder: string, except: string[] = []) => {
    const name = pageFolders(join(distDir, lang, folder), except)[0];
    if (!name) throw new Error(`no pages under ${lang}/${folder}/ in ${distDir}`);
    return `${lang}/${folder}/${name}/`;
  };
  const pages: PageOfType[] = [{ type: 'splash', lang: undefined, path: '' }];
  for (const lang of LANGS) {
    pages.push(
      { type: 'home', lang, path: `${lang}/` },
      { type: 'article', lang, path: `${lang}/articles/${article}/` },
      { type: 'parallel view', lang, path: `${lang}/articles/${article}/parallel/` },
      { type: 'topic index', lang, path: `${lang}/topics/` },
      { type: 'topic listing', lang, path: first(lang, 'topics') },
      { type: 'region index', lang, path: `${lang}/regions/` },
      { type: 'region listing', lang, path: first(lang, 'regions') },
      { type: 'year index', lang, path: `${lang}/years/` },
      { type: 'year listing', lang, path: first(lang, 'years') },
      { type: 'about', lang, path: `${lang}/about/` },
      { type: 'translation status', lang, path: `${lang}/translations/` },
      { type: 'data dashboard', lang, path: `${lang}/data/` },
      { type: 'data topic', lang, path: first(lang, 'data', ['dictionary', 'charts', 'measures', 'years']) },
      { type: 'data dictionary', lang, path: `${lang}/data/dictionary/` },
      { type: 'measure index', lang, path: `${lang}/data/measures/` },
      { type: 'measure', lang, path: first(lang, 'data/measures') },
      { type: 'search', lang, path: `${lang}/search/` },
    );
  }
  const missing = pages.filter((p) => !existsSync(join(distDir, p.path, 'index.html')));
  if (missing.length > 0) throw new Error(`page types missing from ${distDir}: ${missing.map((p) => `${p.type} (${p.path})`).join(', ')}`);
  return pages;
}

/** An address nothing is published at, to see the 404 page as a reader who mistyped would. */
export const MISSING_PAGE = 'zh/no-such-page/';

/** The same page in the other language: the path with its language folder swapped. */
export function twinPath(path: string): string {
  return path.replace(/^(zh|en)\//, (_, lang: string) => (lang === 'zh' ? 'en/' : 'zh/'));
}
