import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { markdownBody } from './markdown-body.ts';

/** What Astro's glob loader stores as a `.md` entry's body (astro/dist/vite-plugin-markdown/content-entry-type.js). */
const astroBody = (code: string) => parseFrontmatter(code, { frontmatter: 'empty-with-spaces' }).content.trim();

describe('markdownBody', () => {
  it('gives every article file the body Astro gives its entry', () => {
    const files = ['zh', 'en'].flatMap((lang) => readdirSync(join('content/articles', lang)).filter((f) => f.endsWith('.md')).map((f) => join('content/articles', lang, f)));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(markdownBody(code), file).toBe(astroBody(code));
    }
  });

  it('agrees on the edge cases: a BOM, blank lines before, CRLF, TOML, no frontmatter, a rule in the text', () => {
    const cases = [
      '\uFEFF---\ntitle: a\n---\n\n正文。\n',
      '\n\n---\ntitle: a\n---\nText\n---\nmore\n',
      '---\r\ntitle: a\r\n---\r\n\r\nText\r\n',
      '+++\ntitle = "a"\n+++\nText',
      'No frontmatter here.\n\n---\n\nA rule above.',
      '---\ntitle: a\n---',
    ];
    for (const code of cases) expect(markdownBody(code), JSON.stringify(code)).toBe(astroBody(code));
  });
});
