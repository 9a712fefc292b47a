// Finds everything in a built site that a browser would fetch from another host: scripts, stylesheets,
// fonts, images, frames and media named by absolute URL in HTML, and @import / url() in CSS (style
// sheets, <style> blocks and style attributes). Links a reader follows (<a href>) may point anywhere, and
// so may canonical, alternate and feed links, og: meta and JSON-LD, as long as they name the site itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attr, findAll, parseHtml, type Element } from '../site/html.ts';
import { listFiles } from '../site/links.ts';

export interface OffSiteReference {
  file: string;
  url: string;
  where: string;
}

/** Attributes whose URL the browser loads by itself when the page is shown. */
const LOADED: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feImage: ['href', 'xlink:href'],
};
/** <link rel> values that only name a page, never load it; they may point at SITE_URL. */
const NAMING_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'me', 'next', 'prev', 'search']);

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

function isOffSite(url: string, siteOrigin: string | undefined): boolean {
  const trimmed = url.trim();
  if (!ABSOLUTE.test(trimmed)) return false;
  try {
    return new URL(trimmed, 'https://x.invalid/').origin !== siteOrigin;
  } catch {
    return true;
  }
}

/** The URLs of @import and url() in a piece of CSS (quoted or not). */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) urls.push(m[2]!);
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)) urls.push(m[2]!);
  return urls;
}

/** The CSS inside a <style> element (textOf leaves style sheets out, as a reader never sees them). */
function styleText(el: Element): string {
  return el.childNodes.map((n) => ('value' in n ? String(n.value) : '')).join('');
}

function urlsOfAttribute(el: Element, name: string): string[] {
  const value = attr(el, name);
  if (value === undefined) return [];
  return name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
}

/**
 * What an HTML page loads from another host. `siteUrl` is where the site is published: naming links to it
 * (canonical, hreflang) are fine, loading anything from it is not (the page must work from any host).
 */
export function offSiteInHtml(html: string, file: string, siteUrl: string): OffSiteReference[] {
  const found: OffSiteReference[] = [];
  const site = new URL(siteUrl).origin;
  const add = (url: string, where: string, allowed?: string) => {
    if (isOffSite(url, allowed)) found.push({ file, url: url.trim(), where });
  };
  for (const el of findAll(parseHtml(html))) {
    for (const name of LOADED[el.tagName] ?? []) for (const url of urlsOfAttribute(el, name)) add(url, `<${el.tagName} ${name}>`);
    if (el.tagName === 'link') {
      const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      const naming = rels.every((r) => NAMING_RELS.has(r));
      add(attr(el, 'href') ?? '', `<link rel="${rels.join(' ')}">`, naming ? site : undefined);
    }
    if (el.tagName === 'style') for (const url of cssUrls(styleText(el))) add(url, '<style>');
    const style = attr(el, 'style');
    if (style) for (const url of cssUrls(style)) add(url, `<${el.tagName} style>`);
  }
  return found;
}

/** Everything in dist/ (HTML pages and CSS files) that loads from another host. */
export function findOffSiteReferences(distDir: string, siteUrl: string): OffSiteReference[] {
  const found: OffSiteReference[] = [];
  for (const file of listFiles(distDir)) {
    if (file.endsWith('.html')) found.push(...offSiteInHtml(readFileSync(join(distDir, file), 'utf8'), file, siteUrl));
    else if (file.endsWith('.css')) {
      for (const url of cssUrls(readFileSync(join(distDir, file), 'utf8'))) {
        if (isOffSite(url, undefined)) found.push({ file, url, where: 'CSS url()/@import' });
      }
    }
  }
  return found;
}

export function describeOffSite(found: OffSiteReference[]): string {
  return found.map((f) => `${f.file}: ${f.where} ${f.url}`).join('\n');
}
