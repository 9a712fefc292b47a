import { describe, expect, it } from 'vitest';
import { setFields } from './fields.ts';

const file = `---\ntitle: 'A "quoted" title'\nlang: en\ncaptions:\n  - 'One'\n  - "Two"\ntranslator: "me"\n---\n\nBody.\n`;

describe('setFields', () => {
  it('keeps the exact text of a field whose value is unchanged', () => {
    const same = setFields(file, [['title', 'A "quoted" title'], ['lang', 'en'], ['captions', ['One', 'Two']]]);
    expect(same).toBe(file);
  });

  it('rewrites a changed field, removes an undefined one and adds a new one after its predecessor', () => {
    const text = setFields(file, [['title', 'New'], ['subtitle', 'Deck'], ['lang', 'en'], ['captions', undefined]]);
    expect(text).toBe(`---\ntitle: "New"\nsubtitle: "Deck"\nlang: en\ntranslator: "me"\n---\n\nBody.\n`);
  });

  it('writes ids and hashes bare, anything else JSON-quoted', () => {
    const text = setFields('', [['lang', 'en'], ['sourceHash', 'sha256-0a1b'], ['flag', 'yes'], ['day', '2026-12-03'], ['t', "It's"]]);
    expect(text).toBe('---\nlang: en\nsourceHash: sha256-0a1b\nflag: "yes"\nday: "2026-12-03"\nt: "It\'s"\n---\n\n');
  });

  it('writes lists as lines or [] and gives a file without frontmatter one', () => {
    expect(setFields('Body.\n', [['title', 'T'], ['captions', []], ['tags', ['a', 'b']]])).toBe(
      '---\ntitle: "T"\ncaptions: []\ntags:\n  - "a"\n  - "b"\n---\n\nBody.\n',
    );
  });
});
