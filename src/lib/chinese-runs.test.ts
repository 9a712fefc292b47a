import { describe, expect, it } from 'vitest';
import { chineseRuns } from './chinese-runs.ts';

describe('chineseRuns', () => {
  it('splits Chinese examples out of an English sentence, digits printed among them included', () => {
    expect(chineseRuns('over (余, 多) e.g. 近200万元 (nearly 2 million yuan).')).toEqual([
      { text: 'over (', chinese: false },
      { text: '余', chinese: true },
      { text: ', ', chinese: false },
      { text: '多', chinese: true },
      { text: ') e.g. ', chinese: false },
      { text: '近200万元', chinese: true },
      { text: ' (nearly 2 million yuan).', chinese: false },
    ]);
  });

  it('leaves English alone, digits and a sentence-ending full stop too', () => {
    expect(chineseRuns('an 8-digit hash.')).toEqual([{ text: 'an 8-digit hash.', chinese: false }]);
    expect(chineseRuns('as printed: 75%以上.')).toEqual([
      { text: 'as printed: ', chinese: false },
      { text: '75%以上', chinese: true },
      { text: '.', chinese: false },
    ]);
    expect(chineseRuns('')).toEqual([]);
  });
});
