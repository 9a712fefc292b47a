import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import zh from '../../i18n/zh.json' with { type: 'json' };
import en from '../../i18n/en.json' with { type: 'json' };
import { brokenOffMessage, textGaps, unopenedMessage } from '../../domain/text-gaps.ts';
import { createMarkdownRenderer, topLevelElements } from './astro-render.ts';
import { articleProcessor } from './article-processor.ts';
import { gapMarkers } from './gap-markers.ts';
import { paragraphAnchors } from './paragraph-anchors.ts';

const BROKEN = '产业园区九年一贯制学校、定流幼儿园等项目开工建设，';
const ORPHAN = '措施(试行)》，进一步营造尊师重教氛围，激发广大教师干事创业活力。';
const WHOLE = '聚焦人民群众对教育服务的新期待。';

async function render(markdown: string, frontmatter: Record<string, unknown>): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [paragraphAnchors(), gapMarkers()] });
  return (await processor.render(markdown, { frontmatter })).code;
}

describe('gapMarkers', () => {
  it('marks the end of the paragraph that breaks off and the start of the one that does not continue it, in words', async () => {
    const html = await render(`${BROKEN}\n\n${ORPHAN}\n\n${WHOLE}\n`, { lang: 'zh', warnings: [brokenOffMessage(5, BROKEN, 6, ORPHAN)] });
    const [first, second, third] = topLevelElements(html);
    expect(first).toMatchObject({ id: 'p1', text: `${BROKEN}${zh['article.gap.end']}` });
    expect(second).toMatchObject({ id: 'p2', text: `${zh['article.gap.start']}${ORPHAN}` });
    expect(third).toMatchObject({ id: 'p3', text: WHOLE, descendants: [] });
    expect(html).toContain(`<span class="text-gap" data-pagefind-ignore="">${zh['article.gap.end']}</span>`);
  });

  it('writes the marker in the text’s language, set apart by a space in English', async () => {
    const text = 'The county began building the new school and the kindergarten, ';
    const html = await render(`${text}\n`, { lang: 'en', warnings: [unopenedMessage(1, 'x'), brokenOffMessage(1, text, 2, 'z')] });
    expect(topLevelElements(html)[0]!.text).toBe(`${text.trimEnd()} ${en['article.gap.end']}`);
  });

  it('leaves a document without missing-text warnings as it was', async () => {
    const markdown = `${BROKEN}\n\n${WHOLE}\n`;
    const plain = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [paragraphAnchors()] });
    expect(await render(markdown, { lang: 'zh', warnings: ['no headline on the page; title "x" was made from its first sentence'] })).toBe(
      (await plain.render(markdown)).code,
    );
  });

  it('marks both gaps of a real article as the site renders it (seed 000, 办好民生实事)', async () => {
    const file = readFileSync(join(import.meta.dirname, '../../../content/articles/zh/ban-hao-min-sheng-shi-shi-shu-xie.md'), 'utf8');
    const html = await (await createMarkdownRenderer(articleProcessor()))(file);
    const marked = topLevelElements(html).filter((e) => e.text.includes(zh['article.gap.end']) || e.text.includes(zh['article.gap.start']));
    expect(marked.map((e) => e.id)).toEqual(['p4', 'p5', 'p10', 'p11']);
    expect(marked[0]!.text.endsWith(`定流幼儿园等项目开工建设，${zh['article.gap.end']}`)).toBe(true);
    expect(marked[1]!.text.startsWith(`${zh['article.gap.start']}措施(试行)》`)).toBe(true);
    expect(marked[2]!.text.endsWith(`日间照料中心改造提升，${zh['article.gap.end']}`)).toBe(true);
    expect(marked[3]!.text.startsWith(`${zh['article.gap.start']}全民健身`)).toBe(true);
  });

  it('finds the paragraph of every gap the archive’s warnings name, so none goes unmarked', async () => {
    const dir = join(import.meta.dirname, '../../../content/articles/zh');
    const render = await createMarkdownRenderer(articleProcessor());
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const file = readFileSync(join(dir, name), 'utf8');
      const warnings = (parseFrontmatter(file).frontmatter.warnings ?? []) as string[];
      const marks = (await render(file)).match(/class="text-gap"/g) ?? [];
      expect(marks.length, name).toBe(textGaps(warnings).length);
    }
  });
});
