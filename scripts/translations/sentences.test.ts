import { describe, expect, it } from 'vitest';
import { alignSentences, chineseSentences, englishSentences } from './sentences.ts';

describe('sentences', () => {
  it('splits Chinese at 。！？ with a closing quote kept', () => {
    expect(chineseSentences('他说：“很好。”然后走了！还有吗？没有')).toEqual(['他说：“很好。”', '然后走了！', '还有吗？', '没有']);
  });

  it('splits English at sentence ends, not after No. or Co.', () => {
    expect(englishSentences('It opened at No. 2 People\'s Hospital. "Good," he said. Then 3,000 came! Done?')).toEqual([
      "It opened at No. 2 People's Hospital.",
      '"Good," he said.',
      'Then 3,000 came!',
      'Done?',
    ]);
  });

  it('pairs sentences only when both sides have as many', () => {
    expect(alignSentences('一。二。', 'One. Two.')).toEqual([
      ['一。', 'One.'],
      ['二。', 'Two.'],
    ]);
    expect(alignSentences('一。二。', 'One and two.')).toEqual([]);
    expect(alignSentences('一。', 'One.')).toEqual([]);
  });
});
