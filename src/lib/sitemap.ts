// Options for @astrojs/sitemap (astro.config.mjs): each page with hreflang links to its twin, and the
// splash page at the root as x-default for both homes. No lastmod: a build-time date would make every
// build differ, and the texts give no dates of their own.
//
// The twins are found here, not by the integration's own `i18n` option: for each page that option scans
// every URL of the site for the same path in another language (12.7 s of CPU at 10,000 articles, 26,000
// pages, profiled; growing with the square of the archive). The integration calls `filter` on every URL
// before it calls `serialize` on any, so `filter` notes each URL and `serialize` looks its twins up in one
// index by path, made once per sitemap. The links are the ones the `i18n` option gave: the URLs of the
// same path in the integration's order, each with its locale's hreflang; none for a page without a twin.
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';

const LOCALES = { zh: 'zh-CN', en: 'en' } as const;
type Locale = keyof typeof LOCALES;
const DEFAULT_LOCALE: Locale = 'zh';

/** A status code's page under a locale (`zh/404`), which the integration leaves out when given its locales. */
const STATUS_PAGES = new Set(Object.keys(LOCALES).flatMap((locale) => ['404', '500'].map((code) => `${locale}/${code}`)));

/** `site` is SITE_URL, `base` BASE_PATH, as astro.config.mjs has them. */
export function sitemapOptions(site: string, base: string): NonNullable<SitemapOptions> {
  const root = new URL(`/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'), site).href;
  const twins = localeTwins(root);
  return {
    filter: (url) => twins.note(url),
    serialize: (item) => withRootAlternates(twins.link(item), root),
  };
}

/** A URL's locale and its path after the locale prefix, as @astrojs/sitemap reads them (parseI18nUrl). */
export function localePath(url: string, root: string): { locale: Locale; path: string } | undefined {
  if (!url.startsWith(root)) return undefined;
  let rest = url.slice(root.length);
  if (!rest || rest === '/') return { locale: DEFAULT_LOCALE, path: '/' };
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const first = rest.split('/')[1]!;
  if (first in LOCALES) return { locale: first as Locale, path: rest.slice(1 + first.length) || '/' };
  return { locale: DEFAULT_LOCALE, path: rest };
}

/** The integration's order of URLs (it sorts them so before writing). */
const urlOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * Notes the sitemap's URLs (`note`, the integration's `filter`: false for a status page under a locale) and
 * then gives each item its hreflang links (`link`). Noting a URL after a `link` starts the next sitemap.
 */
export function localeTwins(root: string): { note(url: string): boolean; link(item: SitemapItem): SitemapItem } {
  let noted: string[] = [];
  let byPath: Map<string, string[]> | undefined;
  return {
    note(url) {
      if (byPath) [noted, byPath] = [[], undefined];
      if (url.startsWith(root) && STATUS_PAGES.has(url.slice(root.length).replace(/^\/|\/$/g, ''))) return false;
      noted.push(url);
      return true;
    },
    link(item) {
      byPath ??= groupByPath(noted, root);
      const parsed = localePath(item.url, root);
      const same = parsed ? byPath.get(parsed.path) : undefined;
      const links = same && same.length > 1 ? same.map((url) => ({ url, lang: LOCALES[localePath(url, root)!.locale] })) : undefined;
      return { ...item, links };
    },
  };
}

function groupByPath(urls: readonly string[], root: string): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const url of urls) {
    const parsed = localePath(url, root);
    if (!parsed) continue;
    const list = byPath.get(parsed.path);
    if (list) list.push(url);
    else byPath.set(parsed.path, [url]);
  }
  for (const list of byPath.values()) list.sort(urlOrder);
  return byPath;
}

/**
 * @astrojs/sitemap reads the root (the bilingual splash page) as a Chinese page and lists it as a zh-CN
 * twin of both homes. The root is no one's translation: it is the x-default of the two homes.
 */
export function withRootAlternates(item: SitemapItem, root: string): SitemapItem {
  const homes = { zh: `${root}zh/`, en: `${root}en/` };
  if (![root, homes.zh, homes.en].includes(item.url)) return item;
  return {
    ...item,
    links: [
      { url: homes.zh, lang: LOCALES.zh },
      { url: homes.en, lang: LOCALES.en },
      { url: root, lang: 'x-default' },
    ],
  };
}
