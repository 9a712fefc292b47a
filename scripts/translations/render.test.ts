import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../ingest/frontmatter.ts';
import { renderTranslation } from './render.ts';
import { cutArticle } from './units.ts';

const zh = cutArticle(
  '---\ntitle: "供热"\nkicker: "民生"\nlang: "zh"\n---\n\n第一段。\n\n## 标题\n\n<figure class="photo-placeholder"><figcaption>说明</figcaption></figure>\n',
);
const english = new Map([
  ['title', 'Heating'],
  ['kicker', 'Livelihoods'],
  ['p1', 'First paragraph.'],
  ['h1', 'A heading'],
  ['c1', 'A caption'],
]);
const input = { id: 'gong-re', source: zh, english, sourceHash: 'sha256-abc', day: '2026-12-03' };

describe('renderTranslation', () => {
  it('writes a new English file in the shape of the Chinese, with the translation fields', () => {
    const text = renderTranslation(input);
    expect(text).toBe(
      [
        '---',
        'title: "Heating"',
        'kicker: "Livelihoods"',
        'lang: en',
        'translationOf: gong-re',
        'sourceHash: sha256-abc',
        'checked: "2026-12-03"',
        'captions:',
        '  - "A caption"',
        '---',
        '',
        'First paragraph.',
        '',
        '## A heading',
        '',
        '<figure class="photo-placeholder"><figcaption>A caption</figcaption></figure>',
        '',
      ].join('\n'),
    );
  });

  it('gives an existing file back unchanged when the English is the same, and keeps its other fields', () => {
    const existing = renderTranslation(input).replace('lang: en\n', "lang: en\ntranslator: 'Li'\n").replace('"Heating"', "'Heating'");
    expect(renderTranslation({ ...input, day: '2027-01-01', existing })).toBe(existing);
    const changed = renderTranslation({ ...input, day: '2027-01-01', existing, english: new Map([...english, ['p1', 'New.']]) });
    expect(readFrontmatter(changed)).toMatchObject({ title: 'Heating', translator: 'Li', checked: '2027-01-01' });
    expect(changed).toContain("title: 'Heating'\n");
    expect(changed).toContain('\n\nNew.\n\n');
  });

  it('takes out only the stamp line: a title with a line separator before `ingestHash:` is text, and a change in it counts', () => {
    const titled = (title: string) => ({ ...input, english: new Map([...english, ['title', title]]) });
    const existing = renderTranslation(titled('Heat\u2028ingestHash: old')).replace('---\n\n', 'ingestHash: sha256-0\n---\n\n');
    const changed = renderTranslation({ ...titled('Heat\u2028ingestHash: new'), day: '2027-01-01', existing });
    expect(readFrontmatter(changed)).toMatchObject({ title: 'Heat\u2028ingestHash: new', checked: '2027-01-01' });
  });

  it('throws for a unit without English', () => {
    expect(() => renderTranslation({ ...input, english: new Map([['title', 'x']]) })).toThrow(/no English for unit (p1|kicker) of gong-re/);
  });
});
