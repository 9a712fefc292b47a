// Every internal link goes through here, so the site works under any BASE_PATH.
import type { Lang } from './i18n.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('zh/articles/x/')` → `/base/zh/articles/x/`; a path is site-relative, without the base. */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/**
 * A page's full URL (`https://host/base/zh/articles/x/`) when the site has an address (SITE_URL →
 * astro.config `site`); without one the site does not know where it will be served, so the link stays a
 * path on the site (`/base/zh/articles/x/`) rather than naming a made-up host.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(href(path), site).href : href(path);
}

export const paths = {
  home: (lang: Lang) => `${lang}/`,
  article: (lang: Lang, id: string) => `${lang}/articles/${id}/`,
  topic: (lang: Lang, topic: string) => `${lang}/topics/${topic}/`,
  region: (lang: Lang, regionSlug: string) => `${lang}/regions/${regionSlug}/`,
  year: (lang: Lang, year: number) => `${lang}/years/${year}/`,
  /** The reports whose text gives no year. */
  undated: (lang: Lang) => `${lang}/years/undated/`,
  about: (lang: Lang) => `${lang}/about/`,
  translations: (lang: Lang) => `${lang}/translations/`,
  search: (lang: Lang) => `${lang}/search/`,
  data: (lang: Lang) => `${lang}/data/`,
  feed: (lang: Lang) => `${lang}/rss.xml`,
};

/** The same page in the other language: the path with its language segment swapped. */
export function twinPath(path: string, to: Lang): string {
  return path.replace(/^\/?(zh|en)(\/|$)/, `${to}$2`);
}
