import { describe, expect, it } from 'vitest';
import { bodyOf, sourceHashOf, translationStatus } from './translation.ts';

const source = { title: '办好民生实事 书写幸福答卷', body: '\n增进民生福祉，擦亮幸福底色。\n' };

describe('sourceHashOf', () => {
  it('changes when the text a translator reads changes, not with line-end style', () => {
    const h = sourceHashOf(source);
    expect(sourceHashOf({ ...source, body: source.body.replace(/\n/g, '\r\n') })).toBe(h);
    expect(sourceHashOf({ ...source, body: '\n增进民生福祉。\n' })).not.toBe(h);
    expect(sourceHashOf({ ...source, subtitle: '副题' })).not.toBe(h);
  });

  it('reads the body after the frontmatter', () => {
    expect(bodyOf('---\ntitle: x\n---\n\n正文\n')).toBe('\n正文\n');
    expect(bodyOf('正文')).toBe('正文');
  });
});

describe('translationStatus', () => {
  it('tells translated, out of date and missing apart', () => {
    const rows = translationStatus(
      [
        { id: 'a', title: '甲', hash: 'h1' },
        { id: 'b', title: '乙', hash: 'h2' },
        { id: 'c', title: '丙', hash: 'h3' },
      ],
      [
        { id: 'a', translationOf: 'a', sourceHash: 'h1' },
        { id: 'b', translationOf: 'b', sourceHash: 'old' },
      ],
    );
    expect(rows.map((r) => r.state)).toEqual(['translated', 'outdated', 'missing']);
  });
});
