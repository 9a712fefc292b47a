// The Content-Security-Policy of the built site (issue 16, item 12), read from each page's <meta> tag, so a
// change in Astro's `security.csp` (an API that has moved between versions) or in the site's options shows
// here: every page has one policy; it allows its own host only, no plugin, no other <base>, forms only to
// the site; scripts and styles only from the site or by the hash of an inline one, never 'unsafe-inline' or
// 'unsafe-eval' ('wasm-unsafe-eval' for Pagefind); and every inline script and style of the page is named by
// its hash, with no style="" or on…="" attribute the policy would refuse. tests/e2e/csp.test.ts runs the
// pages in Chromium and listens for violations.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './build-site.ts';
import { htmlPages, readPage } from './dist.ts';
import { attr, by, findAll, type Element } from './html.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite({ name: 'root' });
}, 300_000);

/** `default-src 'self'; script-src …` → directive name → its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** The raw text of an element, as the browser hashes it. */
const rawText = (el: Element) => el.childNodes.map((n) => ('value' in n ? (n as { value: string }).value : '')).join('');
/** Scripts the browser runs: no src, and a JavaScript type (JSON-LD is data, not run). */
const runsInline = (el: Element) => !attr(el, 'src') && /^(|module|text\/javascript)$/i.test(attr(el, 'type') ?? '');

function policyOf(page: string): string[] {
  return findAll(readPage(site, page), by.all(by.tag('meta'), (el) => attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy')).map(
    (meta) => attr(meta, 'content') ?? '',
  );
}

describe('the Content-Security-Policy of every page', () => {
  it('is one <meta> policy per page, with the site’s directives', () => {
    const pages = htmlPages(site);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const policies = policyOf(page);
      expect(policies, `${page}: one policy`).toHaveLength(1);
      const policy = parsePolicy(policies[0]!);
      expect(policy.get('default-src'), page).toEqual(["'self'"]);
      expect(policy.get('object-src'), page).toEqual(["'none'"]);
      expect(policy.get('base-uri'), page).toEqual(["'self'"]);
      expect(policy.get('form-action'), page).toEqual(["'self'"]);
      for (const directive of ['script-src', 'style-src']) {
        const sources = policy.get(directive);
        expect(sources, `${page}: ${directive}`).toBeDefined();
        // Only the site itself, hashes, and (for scripts) WebAssembly compilation; no host, scheme or wildcard.
        const others = sources!.filter((s) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s) && !["'self'", "'wasm-unsafe-eval'", "'none'"].includes(s));
        expect(others, `${page}: ${directive} allows only the site and hashes`).toEqual([]);
      }
      // Where a page can run scripts at all, Pagefind's WebAssembly may compile; 'unsafe-eval' never.
      if (!policy.get('script-src')!.includes("'none'")) expect(policy.get('script-src'), page).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
      expect([...policy.keys()].filter((d) => /-(elem|attr)$/.test(d)), `${page}: no separate element or attribute rules`).toEqual([]);
    }
  });

  it('names every inline script and style of the page by its hash, and the page has no inline attribute it would refuse', () => {
    let inlineScripts = 0;
    let inlineStyles = 0;
    for (const page of htmlPages(site)) {
      const doc = readPage(site, page);
      const policy = parsePolicy(policyOf(page)[0]!);
      for (const script of findAll(doc, by.tag('script')).filter(runsInline)) {
        inlineScripts++;
        expect(policy.get('script-src'), `${page}: <script> ${rawText(script).slice(0, 60)}`).toContain(hashSource(rawText(script)));
      }
      for (const style of findAll(doc, by.tag('style'))) {
        inlineStyles++;
        expect(policy.get('style-src'), `${page}: <style> ${rawText(style).slice(0, 60)}`).toContain(hashSource(rawText(style)));
      }
      const inlineAttributes = findAll(doc, (el) => el.attrs.some((a) => a.name === 'style' || /^on[a-z]+$/.test(a.name)));
      expect(inlineAttributes.map((el) => `<${el.tagName} ${el.attrs.map((a) => a.name).join(' ')}>`), `${page}: style="" or on…="" attributes`).toEqual([]);
      for (const script of findAll(doc, by.all(by.tag('script'), by.attr('src')))) expect(attr(script, 'src'), page).toMatch(/^\/(?!\/)/);
    }
    // The language choice and the search warm-up are on every page; the splash page's is in its <head>.
    expect(inlineScripts).toBeGreaterThan(htmlPages(site).length);
    expect(inlineStyles).toBeGreaterThan(0);
  });
});
