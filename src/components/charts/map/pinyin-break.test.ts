import { describe, expect, it } from 'vitest';
import { syllableBreaks } from './pinyin-break.ts';

describe('syllableBreaks', () => {
  it('breaks a pinyin name only between whole syllables, with a hyphen', () => {
    expect(syllableBreaks('Shangdang')).toEqual([['Shang-', 'dang']]);
    expect(syllableBreaks('Pingshun')).toEqual([['Ping-', 'shun']]);
    expect(syllableBreaks('Changzhi')).toEqual([['Chang-', 'zhi']]);
  });

  it('never starts a later syllable with a vowel, which pinyin writes after an apostrophe', () => {
    // `Xi` + `angyuan` would parse as syllables (xi, ang, yuan), but pinyin would write it Xi'angyuan.
    expect(syllableBreaks('Xiangyuan')).toEqual([['Xiang-', 'yuan']]);
    expect(syllableBreaks('Qinyuan')).toEqual([['Qin-', 'yuan']]);
    expect(syllableBreaks("Xin'anquan")[0]).toEqual(['Xin-', 'anquan']);
  });

  it('offers no break in a word of one syllable or one that is not pinyin', () => {
    expect(syllableBreaks('Qin')).toEqual([]);
    expect(syllableBreaks('High-tech')).toEqual([]);
    expect(syllableBreaks('District')).toEqual([]);
  });
});
