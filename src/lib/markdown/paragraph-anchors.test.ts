import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { createMdxRenderer, topLevelElements } from './astro-render.ts';
import { articleProcessor } from './article-processor.ts';
import { paragraphAnchors } from './paragraph-anchors.ts';

// Paragraphs from seed 004 (把民生愿景绘成幸福实景).
const P1 = '政府搭“桥”，让企业和求职者收获满满。';
const P2 = '家住潞城区翟店街道贾村的李巧兰患糖尿病10多年。';

type HastPlugins = NonNullable<Parameters<typeof satteri>[0]>['hastPlugins'];
type HastPlugin = NonNullable<HastPlugins>[number];

async function renderMarkdown(markdown: string, hastPlugins: HastPlugins = [paragraphAnchors()]): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins });
  return (await processor.render(markdown)).code;
}

function ids(html: string): (string | undefined)[] {
  return [...html.matchAll(/<p( id="([^"]*)")?>/g)].map((m) => m[2]);
}

describe('paragraphAnchors', () => {
  it('numbers top-level paragraphs from 1; headings, quotes and lists do not count', async () => {
    const html = await renderMarkdown(`${P1}\n\n## 健康长治\n\n> 引用的段落\n\n- 列表项\n\n  列表里的段落\n\n${P2}\n`);
    expect(ids(html)).toEqual(['p1', undefined, undefined, undefined, 'p2']);
    expect(html).toContain(`<p id="p2">${P2}</p>`);
  });

  it('counts from 1 again in every document', async () => {
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [paragraphAnchors()] });
    const first = (await processor.render(`${P1}\n\n${P2}\n`)).code;
    const second = (await processor.render(`${P2}\n`)).code;
    expect(ids(first)).toEqual(['p1', 'p2']);
    expect(ids(second)).toEqual(['p1']);
  });

  it('keeps an id a paragraph already has, and still counts it', async () => {
    const namesTheLead: HastPlugin = {
      name: 'names-the-lead',
      element: {
        filter: ['p'],
        visit(node, ctx) {
          if (ctx.indexOf(node) === 0) ctx.setProperty(node, 'id', 'lead');
        },
      },
    };
    const html = await renderMarkdown(`${P1}\n\n${P2}\n`, [namesTheLead, paragraphAnchors()]);
    expect(ids(html)).toEqual(['lead', 'p2']);
  });

  it('anchors paragraphs of an MDX article, an editor’s among them, but none inside JSX', async () => {
    const render = await createMdxRenderer(articleProcessor());
    const mdx = `---\ntitle: "把民生愿景绘成幸福实景"\n---\n\n${P1}\n\n<aside>\n\n旁注段落\n\n</aside>\n\n编者加的*段落*\n\n${P2}\n`;
    const elements = topLevelElements(await render(mdx));
    expect(elements.map((e) => [e.tag, e.id])).toEqual([
      ['p', 'p1'],
      ['aside', undefined],
      ['p', 'p2'],
      ['p', 'p3'],
    ]);
  });
});
