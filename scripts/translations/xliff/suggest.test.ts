import { describe, expect, it } from 'vitest';
import type { ArticlePair } from '../content.ts';
import { buildMemory } from '../memory.ts';
import { cutArticle } from '../units.ts';
import { suggest } from './suggest.ts';

const file = (fields: string, body: string) => `---\n${fields}\n---\n\n${body}\n`;
const pair = (id: string, zh: string, en: string | undefined, state: ArticlePair['state']): ArticlePair => ({
  id,
  zh: { id, path: `zh/${id}.md`, text: zh, data: {}, cut: cutArticle(zh), hash: 'sha256-x' },
  en: en === undefined ? undefined : { id, path: `en/${id}.md`, text: en, data: {}, cut: cutArticle(en) },
  state,
});

describe('suggest', () => {
  const done = pair('a', file('title: "甲"', '一段。二段。'), file('title: "A"', 'One part. Two parts.'), 'translated');

  it("offers an outdated translation's English as a note only, where its units line up", () => {
    const old = pair('b', file('title: "乙"', '新的一段。'), file('title: "B"', 'The old paragraph.'), 'outdated');
    const result = suggest(old, old.zh.cut.units[1]!, buildMemory([done, old]));
    expect(result.target).toBeUndefined();
    expect(result.notes).toEqual(['previous translation (of an earlier version of this Chinese; check what changed): The old paragraph.']);
    const shifted = pair('c', file('title: "丙"', '新段。\n\n又一段。'), file('title: "C"', 'Old.'), 'outdated');
    expect(suggest(shifted, shifted.zh.cut.units[1]!, buildMemory([done])).notes).toEqual([]);
  });

  it('prefers the whole unit, then every sentence, then single sentences as notes', () => {
    const memory = buildMemory([done]);
    const fresh = pair('d', file('title: "甲"', '二段。一段。\n\n二段。三段。'), undefined, 'missing');
    const [title, p1, p2] = fresh.zh.cut.units;
    expect(suggest(fresh, title!, memory)).toEqual({ target: 'A', notes: ['translation memory: the same Chinese was translated in a#title; confirm or change'] });
    expect(suggest(fresh, p1!, memory)).toEqual({
      target: 'Two parts. One part.',
      notes: ['translation memory: every sentence was translated before (a#p1); confirm or change'],
    });
    expect(suggest(fresh, p2!, memory)).toEqual({ notes: ['translation memory: 「二段。」 was translated in a#p1 as: Two parts.'] });
  });
});
