// The page left at an article's old address: a meta refresh to the new address, the new address as
// canonical (so search engines move their entry), and a visible link with the article's title for
// readers whose browser does not follow the refresh. It is a page in its language like any other:
// `<html lang>`, hreflang links to its twin in the other language, and a language switch; and the site's
// Content-Security-Policy (src/lib/csp.ts), which Astro does not write here: the page has no script or style.
import { CSP_DIRECTIVES } from '../../src/lib/csp.ts';

export type RedirectLang = 'zh' | 'en';

export interface RedirectPageInput {
  lang: RedirectLang;
  from: string;
  to: string;
  /** The article's title in `titleLang` (the Chinese one on an English page without a translation). */
  title: string;
  titleLang: RedirectLang;
  /** Site origin and base as astro.config.mjs has them: `https://host`, `/archive/cz/`. No origin (no
   * SITE_URL): no canonical or alternate links, which need full URLs (as on every page: Head.astro). */
  site: string | undefined;
  base: string;
}

const STRINGS = {
  zh: { heading: '本文已移至新地址', moved: '请前往：', other: 'English', title: '已移至新地址' },
  en: { heading: 'This article has moved', moved: 'Go to:', other: '中文', title: 'Moved' },
} as const;

const LOCALE = { zh: 'zh-CN', en: 'en' } as const;

const REDIRECT_CSP = [...CSP_DIRECTIVES, "script-src 'none'", "style-src 'none'"].join('; ');

/** `/base/zh/articles/<id>/` */
export function articlePath(base: string, lang: RedirectLang, id: string): string {
  return `${normaliseBase(base)}${lang}/articles/${id}/`;
}

/** The file the page is written to, relative to the build folder (directory URLs, as the site builds). */
export function redirectFile(lang: RedirectLang, from: string): string {
  return `${lang}/articles/${from}/index.html`;
}

export function redirectPage(input: RedirectPageInput): string {
  const { lang, from, to, title, titleLang, site, base } = input;
  const other: RedirectLang = lang === 'zh' ? 'en' : 'zh';
  const text = STRINGS[lang];
  const target = articlePath(base, lang, to);
  const titleAttr = titleLang === lang ? '' : ` lang="${LOCALE[titleLang]}"`;
  return `<!DOCTYPE html>
<html lang="${LOCALE[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${REDIRECT_CSP}">
<title>${text.title}: ${escapeHtml(title)}</title>
<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">
<meta name="robots" content="noindex">
${site ? addressLinks(site, base, target, from) : ''}</head>
<body>
<nav class="lang-switch"><a href="${escapeHtml(articlePath(base, other, from))}" hreflang="${LOCALE[other]}" lang="${LOCALE[other]}">${text.other}</a></nav>
<main>
<h1>${text.heading}</h1>
<p>${text.moved} <a href="${escapeHtml(target)}"${titleAttr}>${escapeHtml(title)}</a></p>
</main>
</body>
</html>
`;
}

/** The new address as canonical and both old addresses as language alternates, as full URLs. */
function addressLinks(site: string, base: string, target: string, from: string): string {
  const absolute = (path: string) => escapeHtml(new URL(path, site).href);
  return `<link rel="canonical" href="${absolute(target)}">
<link rel="alternate" hreflang="${LOCALE.zh}" href="${absolute(articlePath(base, 'zh', from))}">
<link rel="alternate" hreflang="${LOCALE.en}" href="${absolute(articlePath(base, 'en', from))}">
`;
}

function normaliseBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
