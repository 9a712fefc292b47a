// Stable URLs in the built site: an old address listed in content/redirects.yaml gets a page in both
// languages leading to the article's new address, and is in no sitemap, feed or search index.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../site/build-site.ts';
import { attr, by, findAll, findFirst, textOf } from '../site/html.ts';
import { parseHtml } from '../site/html.ts';
import { buildEditorSite, MOVED } from './fixture-site.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await buildEditorSite();
}, 600_000);

const read = (file: string) => readFileSync(join(site.distDir, file), 'utf8');

describe('an old article address', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: refreshes to the new address, names it canonical and links it by its title`, () => {
      const file = `${lang}/articles/${MOVED.from}/index.html`;
      expect(existsSync(join(site.distDir, file))).toBe(true);
      const doc = parseHtml(read(file));
      const target = `${site.base}${lang}/articles/${MOVED.to}/`;
      const refresh = findFirst(doc, by.attr('http-equiv', 'refresh'))!;
      expect(attr(refresh, 'content')).toBe(`0; url=${target}`);
      const canonical = findFirst(doc, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')!;
      expect(attr(canonical, 'href')).toBe(`${site.site}${target}`);
      const link = findAll(doc, by.tag('a')).find((a) => attr(a, 'href') === target)!;
      expect(textOf(link)).toBe(lang === 'zh' ? '就业是民生之本' : "Employment Is the Foundation of People's Livelihoods");
      // The target is a real page of the same build.
      expect(existsSync(join(site.distDir, lang, 'articles', MOVED.to, 'index.html'))).toBe(true);
    });
  }

  it('is in no sitemap or feed, and not in the search index', () => {
    for (const file of ['sitemap-0.xml', 'zh/rss.xml', 'en/rss.xml']) expect(read(file), file).not.toContain(`/${MOVED.from}/`);
    expect(read(`zh/articles/${MOVED.from}/index.html`)).not.toContain('data-pagefind-body');
  });
});
