// The site's sitemap (astro.config.mjs, with SITE_URL): sitemap-index.xml and sitemap-<n>.xml of at most
// 45,000 addresses each, the files and entries @astrojs/sitemap wrote, from the same pages and the same
// options (src/lib/sitemap.ts: which URLs, and each one's hreflang twins). Written here rather than by the
// integration because it sorted every address with `localeCompare(b, 'en', { numeric: true })`, a collator
// made again for each comparison (issue 17: ~60 µs a page at 10,000 articles, growing with the archive,
// profiled), and pushed each tag through object streams. The entries are sorted by their bytes, the order
// the merged sitemap of a sharded build already had (scripts/build/sitemap-merge.ts): a sitemap's order
// means nothing to a crawler, and both builds now give the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { sitemapIndexXml, urlsetXml, type SitemapEntry } from './sitemap-xml.ts';

/** Addresses per sitemap file (@astrojs/sitemap's default `entryLimit`; scripts/build/sitemap-merge.ts cuts the same). */
export const ENTRY_LIMIT = 45000;

export interface SitemapChoices {
  /** Whether an address is listed (called once for each, before any `serialize`). */
  filter: (url: string) => boolean;
  /** The entry of a listed address, with its links. */
  serialize: (entry: SitemapEntry) => SitemapEntry;
}

/** A status page (`404`, `500`) by its path, which no sitemap lists. */
function isStatusPage(pathname: string): boolean {
  return /^\/?(?:404|500)\/?$/.test(pathname);
}

/**
 * The addresses of the built pages (`pages`, as astro:build:done gives them) and of the routes without
 * parameters, each once, as @astrojs/sitemap made them: under the site and base, a route's with the
 * trailing slash of `build.format: 'directory'`.
 */
export function pageAddresses(config: Pick<AstroConfig, 'site' | 'base' | 'trailingSlash' | 'build'>, pages: readonly { pathname: string }[], routes: readonly IntegrationResolvedRoute[]): string[] {
  const root = new URL(config.base, config.site);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  const urls = pages.filter((p) => !isStatusPage(p.pathname)).map((p) => new URL(root.pathname + p.pathname.replace(/^\//, ''), root).href);
  const addRoute = (route: IntegrationResolvedRoute) => {
    if (!route.pathname || isStatusPage(route.pathname)) return;
    const url = new URL(root.pathname + route.generate(route.pathname).slice(1), root).href;
    urls.push(config.trailingSlash !== 'never' && config.build.format === 'directory' && !url.endsWith('/') ? `${url}/` : url);
  };
  for (const route of routes) {
    if (route.type !== 'page') continue;
    addRoute(route);
    for (const fallback of route.fallbackRoutes ?? []) addRoute(fallback);
  }
  return [...new Set(urls)];
}

/** Byte order of two addresses (UTF-16 code units; addresses are ASCII once percent-encoded). */
export const byBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The sitemap files of `addresses` as name → text: none without an address. */
export function sitemapFiles(addresses: readonly string[], choices: SitemapChoices, root: URL, base: string, limit = ENTRY_LIMIT): Map<string, string> {
  const listed = addresses.filter((url) => choices.filter(url)).sort(byBytes);
  const files = new Map<string, string>();
  if (listed.length === 0) return files;
  const entries = listed.map((url) => choices.serialize({ url }));
  const locs: string[] = [];
  for (let i = 0; i * limit < entries.length; i++) {
    files.set(`sitemap-${i}.xml`, urlsetXml(entries.slice(i * limit, (i + 1) * limit)));
    locs.push(new URL(`${base.endsWith('/') ? base : `${base}/`}sitemap-${i}.xml`.replace(/\/{2,}/g, '/'), root).href);
  }
  files.set('sitemap-index.xml', sitemapIndexXml(locs));
  return files;
}

export function siteSitemap(choices: SitemapChoices): AstroIntegration {
  let routes: IntegrationResolvedRoute[] = [];
  let config: AstroConfig;
  return {
    name: 'cz-sitemap',
    hooks: {
      'astro:routes:resolved': ({ routes: resolved }) => {
        routes = resolved;
      },
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!config.site) return;
        const root = new URL(config.base, config.site);
        const files = sitemapFiles(pageAddresses(config, pages, routes), choices, root, config.base);
        if (files.size === 0) return logger.warn('No pages found: no sitemap written.');
        const out = fileURLToPath(dir);
        mkdirSync(out, { recursive: true });
        for (const [name, text] of files) writeFileSync(`${out}/${name}`, text);
        logger.info(`sitemap-index.xml and ${files.size - 1} sitemap file(s) written`);
      },
    },
  };
}
