// Reading a built site in the tests: its pages as parsed documents, and which file a URL names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite } from './build-site.ts';
import { parseHtml } from './html.ts';
import { listFiles, pageUrl, resolveUrl } from './links.ts';

export function htmlPages(site: BuiltSite): string[] {
  return listFiles(site.distDir, '.html');
}

export function readText(site: BuiltSite, file: string): string {
  return readFileSync(join(site.distDir, file), 'utf8');
}

export function readPage(site: BuiltSite, file: string) {
  return parseHtml(readText(site, file));
}

/** The dist file a URL on `fromPage` names, or undefined when it names none (or another site). */
export function fileOf(site: BuiltSite, url: string, fromPage = 'index.html'): string | undefined {
  const result = resolveUrl(url, pageUrl(fromPage, site), site);
  return result.kind === 'file' ? result.file : undefined;
}

/** The absolute URL a page is served at. */
export function urlOf(site: BuiltSite, page: string): string {
  return pageUrl(page, site).href;
}
