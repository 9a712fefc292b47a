import { describe, expect, it } from 'vitest';
import { pairBlocks, splitBlocks } from './html-blocks.ts';

// Rendered the way the build renders seed 002's opening (paragraph anchors on, captions as placeholders).
const ZH =
  '<p id="p1">时值寒冬，壶关县处处涌动着暖意。</p>\n<h2 id="集中供热连民心-寒冬暖流润万家">集中供热连民心 寒冬暖流润万家</h2>\n' +
  '<p id="p2">“供暖是冬季最大的民生，必须让每一户群众都住上‘暖屋子’。”</p>\n' +
  '<figure class="photo-placeholder"><figcaption>供热隔压站</figcaption></figure>';

describe('splitBlocks', () => {
  it('cuts rendered HTML into its top-level blocks with their kinds and ids', () => {
    const blocks = splitBlocks(ZH);
    expect(blocks.map((b) => [b.kind, b.id])).toEqual([
      ['paragraph', 'p1'],
      ['heading', '集中供热连民心-寒冬暖流润万家'],
      ['paragraph', 'p2'],
      ['figure', undefined],
    ]);
    expect(blocks[3]!.html).toBe('<figure class="photo-placeholder"><figcaption>供热隔压站</figcaption></figure>');
  });
});

describe('pairBlocks', () => {
  it('pairs paragraph with paragraph and heading with heading, in order', () => {
    const en = splitBlocks(
      '<p id="p1">It is deep winter.</p><h2>Central heating</h2><p id="p2">“Heating is winter’s greatest need.”</p><figure class="photo-placeholder"><figcaption>Pressure station</figcaption></figure>',
    );
    const rows = pairBlocks(splitBlocks(ZH), en);
    expect(rows.map((r) => [r.zh?.id ?? r.zh?.kind, r.en?.id ?? r.en?.kind])).toEqual([
      ['p1', 'p1'],
      ['集中供热连民心-寒冬暖流润万家', 'heading'],
      ['p2', 'p2'],
      ['figure', 'figure'],
    ]);
  });

  it('keeps paragraphs aligned when the translation leaves out a heading or a caption', () => {
    const en = splitBlocks('<p id="p1">It is deep winter.</p><p id="p2">“Heating is winter’s greatest need.”</p>');
    const rows = pairBlocks(splitBlocks(ZH), en);
    expect(rows.map((r) => [r.zh?.kind, r.en?.id])).toEqual([
      ['paragraph', 'p1'],
      ['heading', undefined],
      ['paragraph', 'p2'],
      ['figure', undefined],
    ]);
  });

  it('shows extra paragraphs on one side alone', () => {
    const rows = pairBlocks(splitBlocks('<p id="p1">一</p>'), splitBlocks('<p id="p1">One.</p><p id="p2">Two.</p>'));
    expect(rows).toHaveLength(2);
    expect(rows[1]!.zh).toBeUndefined();
    expect(rows[1]!.en!.id).toBe('p2');
  });
});
