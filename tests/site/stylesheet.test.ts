// The site's CSS is one file every page links (src/lib/one-stylesheet.ts, issue 17), not copied into each
// page: every page links the same `_astro/site.<hash>.css`, which exists; the only <style> left in a page
// is the page's own short custom property (its CSS strings, hashed for the Content-Security-Policy), and the
// policy names no other style. A change back to inlined stylesheets, or to one file per group of components,
// fails here. That the link resolves under a sub-path is links.test.ts's.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './build-site.ts';
import { htmlPages, readPage } from './dist.ts';
import { attr, by, findAll } from './html.ts';
import { listFiles } from './links.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite({ name: 'root' });
}, 300_000);

const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const stylesheetsOf = (page: string) =>
  findAll(readPage(site, page), by.all(by.tag('link'), by.attr('rel', 'stylesheet'))).map((link) => attr(link, 'href') ?? '');

describe('the site’s stylesheet', () => {
  it('is one file under _astro/, linked by every page', () => {
    const css = listFiles(join(site.distDir, '_astro'), '.css');
    expect(css).toHaveLength(1);
    expect(css[0]).toMatch(/^site\.[\w-]+\.css$/);
    const pages = htmlPages(site);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) expect(stylesheetsOf(page), page).toEqual([`/_astro/${css[0]}`]);
    expect(existsSync(join(site.distDir, '_astro', css[0]!))).toBe(true);
  });

  it('is not copied into the pages: a page’s only <style> is its short custom property, and its policy names few styles', () => {
    const others = new Set<string>();
    for (const page of htmlPages(site)) {
      const doc = readPage(site, page);
      const styles = findAll(doc, by.tag('style')).map((style) => style.childNodes.map((n) => ('value' in n ? n.value : '')).join(''));
      for (const style of styles) expect(style, page).toMatch(/^:root\{--[\w-]+:[^{}]{0,200}\}$/);
      const policy = findAll(doc, by.tag('meta')).find((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      const hashes = /style-src ([^;]*)/.exec(attr(policy!, 'content') ?? '')?.[1]?.trim().split(/\s+/).filter((s) => s.startsWith("'sha256-")) ?? [];
      const own = new Set(styles.map(hashSource));
      for (const hash of hashes) if (!own.has(hash)) others.add(hash);
    }
    // Besides each page's own: Astro's island style and an empty one, the same on every page (with the
    // components' CSS inlined there were ~30).
    expect(others.size).toBeLessThanOrEqual(2);
  });
});
