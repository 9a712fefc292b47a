import { describe, expect, it } from 'vitest';
import { isInterview, namedSpeaker } from './interview.ts';

describe('namedSpeaker', () => {
  it('reads a name, with or without a role before it', () => {
    expect(namedSpeaker('孙立平：我们今年新建了三所学校。')).toBe('孙立平');
    expect(namedSpeaker('村民代表周桂兰：路修好了，出门方便多了。')).toBe('村民代表周桂兰');
  });
  it('is no one for a question or answer label, a sentence or an office', () => {
    expect(namedSpeaker('问：补贴怎么申请？')).toBeUndefined();
    expect(namedSpeaker('答：可以在网上申请。')).toBeUndefined();
    expect(namedSpeaker('市民刘先生问：补贴怎么申请？')).toBeUndefined();
    expect(namedSpeaker('据介绍，今年全县新建学校3所。')).toBeUndefined();
    expect(namedSpeaker('记者：今年有什么变化？')).toBeUndefined();
  });
});

describe('isInterview', () => {
  const turns = ['记者：今年有什么变化？', '孙立平：变化很大。', '记者：下一步呢？', '孙立平：继续推进。'];
  it('holds for two questions each answered by a named person', () => {
    expect(isInterview(['开头一段。', ...turns])).toBe(true);
  });
  it('holds for one speaker answering two questions under a surname and title, which jieba does not tag a name', () => {
    const doctor = ['记者：孩子咳嗽要紧吗？', '孙大夫：多数不要紧，多喝水。', '记者：什么时候该去医院？', '孙大夫：高烧不退就去。'];
    expect(isInterview(['开头一段。', ...doctor])).toBe(true);
    expect(isInterview(['记者：孩子咳嗽要紧吗？', '孙大夫：多数不要紧。'])).toBe(false);
  });
  it('does not hold for two different unnamed labels, one answer each', () => {
    expect(isInterview(['记者：孩子咳嗽要紧吗？', '孙大夫：多数不要紧。', '记者：什么时候该去医院？', '专家：高烧不退就去。'])).toBe(false);
  });
  it('does not hold for one exchange, nor for an anonymous Q&A', () => {
    expect(isInterview(turns.slice(0, 2))).toBe(false);
    expect(isInterview(['问：有什么变化？', '答：变化很大。', '问：下一步呢？', '答：继续推进。'])).toBe(false);
    expect(isInterview(['记者：有什么变化？', '答：变化很大。', '记者：下一步呢？', '答：继续推进。'])).toBe(false);
  });
  it('holds for the paper’s 问： answered by a named person', () => {
    expect(isInterview(['问：有什么变化？', '孙立平：变化很大。', '问：下一步呢？', '孙立平：继续推进。'])).toBe(true);
  });
});
