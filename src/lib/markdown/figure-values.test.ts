import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { figureValues, FIGURE_WHOLE_CLASS } from './figure-values.ts';
import { paragraphAnchors } from './paragraph-anchors.ts';

async function render(markdown: string): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [paragraphAnchors(), figureValues()] });
  return (await processor.render(markdown, { frontmatter: {} })).code;
}

/** The texts kept whole, in order. */
const wholes = (html: string) => [...html.matchAll(new RegExp(`<span class="${FIGURE_WHOLE_CLASS}">([^<]*)</span>`, 'g'))].map((m) => m[1]);
/** The text a reader (and the search index) reads. */
const words = (html: string) => html.replace(/<[^>]+>/g, '');

describe('figureValues', () => {
  it('keeps a Chinese number with its scale word and unit, a hedge word free', async () => {
    const html = await render('全县新增供热面积约500万平方米，同比增长12.5%。2025年，全市投入4.4亿元。\n');
    expect(wholes(html)).toEqual(['500万平方米', '12.5%', '2025年', '4.4亿元']);
    expect(html).toContain('约<span');
  });

  it('keeps an English number with its scale word and unit, with ordinary spaces (copied text pastes plain ones); a joining word stays free', async () => {
    const html = await render('The county spent 4.4 million yuan on 12 schools, or 370 yuan a month per pupil, in 2025.\n');
    expect(wholes(html)).toEqual(['4.4 million yuan', '12 schools,', '370 yuan', '2025']);
    expect(html).not.toContain('\u00a0');
    expect(words(html)).toContain('The county spent 4.4 million yuan on 12 schools, or 370 yuan a month');
  });

  it('reads the same words as before, only marked', async () => {
    const markdown = '长治市2025年城镇新增就业3.2万人，完成目标的108%。\n\nIn 2025 the city added 32 thousand jobs.\n';
    const plain = await (await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [paragraphAnchors()] })).render(markdown);
    expect(words(await render(markdown))).toBe(words(plain.code));
  });

  it('leaves code and a paragraph without numbers as they were', async () => {
    const html = await render('电话 `0355-2025123` 咨询。\n\n群众满意度持续提升。\n');
    expect(html).toContain('<code>0355-2025123</code>');
    expect(html).toContain('<p id="p2">群众满意度持续提升。</p>');
  });
});
