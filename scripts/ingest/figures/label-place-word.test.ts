// labelOf with a place word before the count (label-counted.ts): it says where the counted are, with its 的 or not.
import { describe, expect, it } from 'vitest';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

describe('labelOf, a place word before the count', () => {
  it('keeps the place word, with its 的 or not', () => {
    expect(labelOf(scopeFor('大桥建成后，两岸的8个村、6000余名群众过河不再绕路。', '8个'))).toBe('两岸村');
  });

  it('keeps the verb that governs the count past a division named whole, after an adverb (dev 699, 586)', () => {
    // (已 parts the verb from its subject: the subject is no part of what is counted, the verb is.)
    expect(labelOf(scopeFor('今年以来，“流动医院”已巡诊全县12个乡镇，累计服务群众1.1万人次。', '12个'))).toContain('巡诊乡镇');
    expect(labelOf(scopeFor('医疗队已巡诊全县12个乡镇。', '12个'))).toContain('巡诊乡镇');
    // near misses: no adverb (as before), and a time before the count (报名结束后) is no division
    expect(labelOf(scopeFor('医疗队巡诊全县12个乡镇。', '12个'))).toBe('巡诊乡镇');
    expect(labelOf(scopeFor('资格审核在报名结束后5个工作日内完成。', '5个工作日内'))).toBe('资格审核完成');
  });

  it('leaves a count with no place word before it as it was', () => {
    expect(labelOf(scopeFor('大桥建成后，全乡的8个村、6000余名群众过河不再绕路。', '8个'))).toBe('村');
  });
});
