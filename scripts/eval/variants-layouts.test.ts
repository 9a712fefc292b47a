// The layout variants of the metamorphic eval: a PDF's hard wraps, a headline's spaces, a page's articles
// reversed — each prints the page's words and nothing else, so the gold still holds of it.
import { describe, expect, it } from 'vitest';
import { squash } from './normalize.ts';
import { loadPages } from './variants.ts';
import { hardWrap, LAYOUT_VARIANTS, spacedTitle } from './variants-layouts.ts';

describe('hardWrap', () => {
  it('breaks at the width (a digit half a character), keeps closing marks and numbers on their line', () => {
    const lines = hardWrap('今年潞州区共改造老旧小区46个，涉及楼栋318栋，惠及居民1.2万户。', 10, 2);
    expect(lines.join('')).toBe('今年潞州区共改造老旧小区46个，涉及楼栋318栋，惠及居民1.2万户。');
    expect(lines[0]).toBe('今年潞州区共改造');
    for (const l of lines) expect(l).not.toMatch(/^[，。]/u);
    expect(lines.some((l) => /\d$/u.test(l) && /^\d/u.test(lines[lines.indexOf(l) + 1] ?? ''))).toBe(false);
  });
});

describe('spacedTitle', () => {
  it('letter-spaces a short headline, and spaces a long one after its colon, between its phrases or at a word end', () => {
    expect(spacedTitle('百姓身边')).toBe('百\u3000姓\u3000身\u3000边');
    expect(spacedTitle('社区食堂开到家门口 老人吃饭不再难')).toBe('社区食堂开到家门口\u3000\u3000老人吃饭不再难');
    expect(spacedTitle('沁源县：一条公路连起十个村')).toBe('沁源县：\u3000一条公路连起十个村');
    const spaced = spacedTitle('今冬供热投诉量同比下降三成');
    expect(spaced.split('\u3000')).toHaveLength(2);
    expect(squash(spaced)).toBe('今冬供热投诉量同比下降三成');
  });
});

describe('layout variants', () => {
  const page = loadPages(undefined, '01-kicker')[0]!;
  it('keep every character of the page text (spaces and line breaks aside)', () => {
    const chars = (t: string) => [...squash(t.replace(/\n/gu, ''))].sort().join('');
    for (const v of LAYOUT_VARIANTS.filter((x) => !/rule|ornament/u.test(x.name))) expect(chars(v.page(page.text, page.gold)), v.name).toBe(chars(page.text));
  });
  it('reversed prints the last article first and turns the gold the same way', () => {
    const v = LAYOUT_VARIANTS.find((x) => x.name === 'reversed')!;
    const text = v.page(page.text, page.gold);
    const [first, last] = [page.gold.articles[0]!.title!, page.gold.articles.at(-1)!.title!];
    expect(squash(text).indexOf(squash(last))).toBeLessThan(squash(text).indexOf(squash(first)));
    expect(v.gold!(page.gold, page.text).articles[0]!.title).toBe(last);
  });
});
