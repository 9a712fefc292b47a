// The sitemap's XML text, written in one pass over its entries: the bytes @astrojs/sitemap wrote through the
// `sitemap` package (9.x, its default namespaces, no lastmod, changefreq or priority), which built each
// entry as a string too but pushed every tag through object streams (issue 17: the site's own writer,
// src/lib/sitemap-integration.ts). sitemap-xml.test.ts holds the two writers' output side by side.

/** One `<url>` of a sitemap: its address and, when it has twins, each with its hreflang. */
export interface SitemapEntry {
  url: string;
  links?: readonly { url: string; lang: string }[];
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const URLSET_OPEN =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';
const INDEX_OPEN = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';

/** Characters XML 1.0 cannot carry (the `sitemap` package drops them). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uD800-\uDFFF\p{NChar}]/gu;
const TEXT_SPECIAL = /[&<>]/;
const ATTRIBUTE_SPECIAL = /[&<>'"]/;

/** Element text: `&`, `<`, `>` as entities. */
export function xmlText(text: string): string {
  const clean = text.replace(NOT_XML, '');
  return TEXT_SPECIAL.test(clean) ? clean.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;') : clean;
}

/** An attribute's value: `&`, `<`, `>`, `'` and `"` as entities. */
export function xmlAttribute(value: string): string {
  const text = xmlText(value);
  return ATTRIBUTE_SPECIAL.test(text) ? text.replaceAll("'", '&apos;').replaceAll('"', '&quot;') : text;
}

/** An address as the `sitemap` package wrote it: parsed and written again (percent-encoded where a URL must be). */
const address = (url: string) => new URL(url).href;

function entryXml(entry: SitemapEntry): string {
  let xml = `<url><loc>${xmlText(address(entry.url))}</loc>`;
  for (const link of entry.links ?? []) xml += `<xhtml:link rel="alternate" hreflang="${xmlAttribute(link.lang)}" href="${xmlAttribute(address(link.url))}"/>`;
  return `${xml}</url>`;
}

/** One sitemap file of `entries` (absolute addresses), in their order. */
export function urlsetXml(entries: readonly SitemapEntry[]): string {
  return `${XML_DECLARATION}${URLSET_OPEN}${entries.map(entryXml).join('')}</urlset>`;
}

/** The sitemap index naming the sitemap files at `locs`. */
export function sitemapIndexXml(locs: readonly string[]): string {
  return `${XML_DECLARATION}${INDEX_OPEN}${locs.map((loc) => `<sitemap><loc>${xmlText(loc)}</loc></sitemap>`).join('')}</sitemapindex>`;
}
