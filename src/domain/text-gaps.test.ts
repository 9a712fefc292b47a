import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenOffMessage, textGaps, unfinishedMessage, unopenedMessage } from './text-gaps.ts';

describe('textGaps', () => {
  it('reads back the paragraphs a missing-text warning names, as ingest writes it (seed 000)', () => {
    const warnings = [
      '"通州区" reads like a place but is not in the gazetteer (src/domain/places/gazetteer-data.ts): not published as a place.',
      'block 5 breaks off (“…流幼儿园等项目开工建设，”) and block 6 (“措施(试行)》，进一步营…”) does not continue it: text between them is missing; both kept',
    ];
    expect(textGaps(warnings)).toEqual([
      { side: 'end', text: '流幼儿园等项目开工建设，' },
      { side: 'start', text: '措施(试行)》，进一步营' },
    ]);
  });

  it('reads every message it writes, for any paragraph text', () => {
    const paragraph = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => !/[“”…]/u.test(s));
    fc.assert(
      fc.property(paragraph, paragraph, (a, b) => {
        const [end, start] = textGaps([brokenOffMessage(3, a, 4, b)]);
        expect(a.endsWith(end!.text) && end!.side === 'end').toBe(true);
        expect(b.startsWith(start!.text) && start!.side === 'start').toBe(true);
        expect(textGaps([unfinishedMessage(3, a)])).toEqual([end]);
        expect(textGaps([unopenedMessage(4, b)])).toEqual([start]);
      }),
    );
  });
});
