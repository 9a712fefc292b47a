// An article file rendered when its page is (article-html.ts): the HTML Astro's Markdown entry type gave the
// content store before, with the site's processor (paragraph anchors, no GFM, no smart punctuation).
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHtml } from './article-html.ts';
import { articleProcessor } from './article-processor.ts';
import { createMarkdownRenderer } from './astro-render.ts';

const dir = mkdtempSync(join(tmpdir(), 'cz-article-html-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};

describe('articleHtml', () => {
  const text = `---\ntitle: 供热管网改造\nyear: 2025\n---\n\n\n今年新建改造供热管网38.1公里，"惠及"居民www.example.com -- 共计1.2万户。\n\n## 二、下一步\n\n投入近200万元。\n\n`;

  it('renders the body as Astro renders a Markdown entry, frontmatter left out', async () => {
    const html = await articleHtml(file('a.md', text), dir);
    expect(html).toBe(await (await createMarkdownRenderer(articleProcessor()))(text));
    expect(html).toContain('id="p1"');
    expect(html).not.toContain('title:');
    // No GFM autolink, no smart quotes or dashes: the text as printed.
    expect(html).toContain('"惠及"居民www.example.com -- 共计');
    expect(html).not.toContain('<a ');
  });

  it('renders a file once while it is the same file; an edited file renders anew', async () => {
    const name = file('b.md', text);
    const stamp = new Date('2025-01-27T08:00:00Z');
    utimesSync(join(dir, name), stamp, stamp);
    const before = await articleHtml(name, dir);
    // The same file (device, inode, size, time: file-identity.ts) is not read again: text of the same length
    // written behind its back, with its time put back, still shows the HTML rendered first.
    writeFileSync(join(dir, name), text.replace('38.1公里', '38.2公里'));
    utimesSync(join(dir, name), stamp, stamp);
    expect(await articleHtml(name, dir)).toBe(before);
    writeFileSync(join(dir, name), text.replace('38.1公里', '40公里'));
    const after = await articleHtml(name, dir);
    expect(after).not.toBe(before);
    expect(after).toContain('40公里');
  });
});
