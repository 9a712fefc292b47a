import { describe, expect, it } from 'vitest';
import { cutArticle, unitName } from './units.ts';

const zh = [
  '---',
  'title: "集中供热"',
  'subtitle: "壶关县"',
  'lang: "zh"',
  'byline: "白雪峰"',
  '---',
  '',
  '第一段。',
  '',
  '## 小标题',
  '',
  '第二段，共3000人。',
  '',
  '<figure class="photo-placeholder"><figcaption>图片说明</figcaption></figure>',
  '',
  '<FigureChart id="x" />',
  '',
].join('\n');

describe('cutArticle', () => {
  it('cuts the frontmatter fields and the body into units in source order, numbering each kind as the page does', () => {
    const { units, blocks } = cutArticle(zh);
    expect(units.map((u) => [u.id, u.kind, u.text])).toEqual([
      ['title', 'title', '集中供热'],
      ['subtitle', 'subtitle', '壶关县'],
      ['byline', 'byline', '白雪峰'],
      ['p1', 'paragraph', '第一段。'],
      ['h1', 'heading', '小标题'],
      ['p2', 'paragraph', '第二段，共3000人。'],
      ['c1', 'caption', '图片说明'],
    ]);
    expect(blocks[1]).toEqual({ unit: 'h1', before: '## ', after: '' });
    expect(blocks[3]).toEqual({ unit: 'c1', before: '<figure class="photo-placeholder"><figcaption>', after: '</figcaption></figure>' });
    expect(blocks[4]).toEqual({ fixed: '<FigureChart id="x" />' });
  });

  it('names units for messages', () => {
    expect(unitName({ id: 'p3', kind: 'paragraph' })).toBe('paragraph 3');
    expect(unitName({ id: 'subtitle', kind: 'subtitle' })).toBe('the deck (subtitle)');
    expect(unitName({ id: 'title', kind: 'title' })).toBe('the title');
  });
});
