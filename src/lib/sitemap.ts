// Options for @astrojs/sitemap (astro.config.mjs): each page with hreflang links to its twin, and the
// splash page at the root as x-default for both homes. No lastmod: a build-time date would make every
// build differ, and the texts give no dates of their own.
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';

const LOCALES = { zh: 'zh-CN', en: 'en' } as const;

/** `site` is SITE_URL, `base` BASE_PATH, as astro.config.mjs has them. */
export function sitemapOptions(site: string, base: string): NonNullable<SitemapOptions> {
  const root = new URL(`/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'), site).href;
  return {
    i18n: { defaultLocale: 'zh', locales: { ...LOCALES } },
    serialize: (item) => withRootAlternates(item, root),
  };
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
