// Finds every broken internal link and asset in a built site: each HTML file is parsed, every URL in it
// resolved against the page's own address under the base, and the file it names looked up in dist/.
// Reused by issue 7's sub-path deployment check, so it knows nothing about this site's pages.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { attr, by, findAll, parseHtml, type Element } from './html.ts';

export interface SiteLocation {
  /** The built site folder (astro's outDir). */
  distDir: string;
  /** BASE_PATH the site was built with: `/` or `/some/sub/path/`. */
  base: string;
  /** SITE_URL the site was built with; absolute links to this origin are internal. */
  site: string;
}

export interface BrokenLink {
  /** The page the link is on, relative to distDir (`zh/about/index.html`). */
  page: string;
  /** The URL exactly as written in the page. */
  url: string;
  reason: string;
}

/** Elements and the attributes of theirs that hold a URL the browser (or a crawler) follows. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};
/** <meta property="og:…"> values that are URLs. */
const URL_META = new Set(['og:url', 'og:image', 'twitter:image']);

export function normaliseBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** Every file under `dir` (relative paths with `/`), optionally only those ending with `suffix`. */
export function listFiles(dir: string, suffix = ''): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(suffix)) files.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** The address a page of the site is served at: `zh/about/index.html` → `https://site/base/zh/about/`. */
export function pageUrl(page: string, where: SiteLocation): URL {
  const path = page.replace(/(^|\/)index\.html$/, '$1');
  return new URL(normaliseBase(where.base) + path, where.site);
}

export type Resolution =
  | { kind: 'external' }
  | { kind: 'file'; file: string; fragment: string }
  | { kind: 'broken'; reason: string };

/**
 * The file in dist/ a URL names. `from` is the address of the page the URL is written on; URLs to another
 * origin, or with a scheme other than http(s), are external and not checked.
 */
export function resolveUrl(url: string, from: URL, where: SiteLocation): Resolution {
  let target: URL;
  try {
    target = new URL(url, from);
  } catch {
    return { kind: 'broken', reason: 'not a valid URL' };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { kind: 'external' };
  if (target.origin !== new URL(where.site).origin) return { kind: 'external' };
  const base = normaliseBase(where.base);
  if (!`${target.pathname}/`.startsWith(base)) {
    return { kind: 'broken', reason: `points outside the base path ${base}` };
  }
  let path: string;
  try {
    path = decodeURIComponent(target.pathname.slice(base.length));
  } catch {
    return { kind: 'broken', reason: 'badly percent-encoded path' };
  }
  const fragment = decodeURIComponent(target.hash.replace(/^#/, ''));
  if (path === '' || path.endsWith('/')) {
    const file = `${path}index.html`;
    return existsSync(join(where.distDir, file)) ? { kind: 'file', file, fragment } : { kind: 'broken', reason: `no ${file} in the build` };
  }
  const full = join(where.distDir, path);
  if (existsSync(full) && statSync(full).isFile()) return { kind: 'file', file: path, fragment };
  if (existsSync(join(full, 'index.html'))) {
    return { kind: 'broken', reason: 'the page exists but the link lacks its trailing slash (the site uses trailingSlash: always)' };
  }
  return { kind: 'broken', reason: `no ${path} in the build` };
}

/** The URLs a page links to or loads, with the element each came from. */
export function urlsInPage(html: string): { url: string; element: Element }[] {
  const doc = parseHtml(html);
  const found: { url: string; element: Element }[] = [];
  for (const el of findAll(doc)) {
    for (const name of URL_ATTRIBUTES[el.tagName] ?? []) {
      const value = attr(el, name);
      if (value === undefined) continue;
      const urls = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value.trim()];
      for (const url of urls) if (url) found.push({ url, element: el });
    }
    if (el.tagName === 'meta' && URL_META.has(attr(el, 'property') ?? attr(el, 'name') ?? '')) {
      const content = attr(el, 'content');
      if (content) found.push({ url: content, element: el });
    }
  }
  return found;
}

/** The ids a page can be scrolled to: element ids and old-style `<a name>`. */
function anchorsOf(html: string): Set<string> {
  const doc = parseHtml(html);
  const ids = findAll(doc, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id') as string);
  const names = findAll(doc, by.all(by.tag('a'), by.attr('name'))).map((el) => attr(el, 'name') as string);
  return new Set([...ids, ...names]);
}

/**
 * Every broken internal link, asset and fragment in the HTML pages of a built site. A 404 page is served at
 * whatever address was missing, so a relative link in it is reported even when it happens to resolve.
 */
export function findBrokenLinks(where: SiteLocation): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const anchors = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => {
    let set = anchors.get(file);
    if (!set) anchors.set(file, (set = anchorsOf(readFileSync(join(where.distDir, file), 'utf8'))));
    return set;
  };
  for (const page of listFiles(where.distDir, '.html')) {
    const html = readFileSync(join(where.distDir, page), 'utf8');
    const from = pageUrl(page, where);
    const isErrorPage = /^\d{3}(\/index)?\.html$/.test(page);
    for (const { url } of urlsInPage(html)) {
      if (isErrorPage && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) {
        broken.push({ page, url, reason: 'relative link on an error page, which is served at any address' });
        continue;
      }
      const result = resolveUrl(url, from, where);
      if (result.kind === 'broken') broken.push({ page, url, reason: result.reason });
      else if (result.kind === 'file' && result.fragment && result.file.endsWith('.html')) {
        if (!anchorsIn(result.file).has(result.fragment)) {
          broken.push({ page, url, reason: `no element with id "${result.fragment}" in ${result.file}` });
        }
      }
    }
  }
  return broken;
}

/** One line per broken link, for a test failure message a person can act on. */
export function describeBrokenLinks(broken: BrokenLink[]): string {
  return broken.map((b) => `${b.page}: ${b.url} — ${b.reason}`).join('\n');
}
