import { describe, expect, it } from 'vitest';
import { isLetterSignature, letterSignatures, opensLetter } from './letters.ts';
import type { Marked } from './run.ts';

describe('letters', () => {
  it('reads a salutation opening a paragraph', () => {
    expect(opensLetter('编辑同志：我家住在武乡县丰州镇，村口的路灯坏了。')).toBe(true);
    expect(opensLetter('尊敬的编辑：您好！我是一名退休教师。')).toBe(true);
    expect(opensLetter('记者：这项工作什么时候完成？')).toBe(false);
    expect(opensLetter('市民刘女士：我家暖气不热。')).toBe(false);
    expect(opensLetter('今年以来：全县新建公厕12座。')).toBe(false);
    expect(opensLetter('编者按：本期刊发一封读者来信。')).toBe(false);
    expect(opensLetter('咨询电话：0355-1234567')).toBe(false);
    expect(opensLetter('沁源县：山路通到家门口。')).toBe(false);
  });

  it('reads a writer’s signature: who, a space, a name', () => {
    expect(isLetterSignature('襄垣县古韩镇居民 郭丽')).toBe(true);
    expect(isLetterSignature('一位老党员 王 强')).toBe(true);
    expect(isLetterSignature('县城管局：三天内全部修复')).toBe(false);
    expect(isLetterSignature('路灯亮了 居民心里亮堂了')).toBe(false);
  });

  it('makes the line after a letter’s paragraphs its byline, not a headline’s first line', () => {
    const m = (shape: Marked['shape'], text: string, i: number): Marked => ({ shape, block: { kind: shape === 'title' ? 'caption' : (shape as never), text, source: [i] } });
    const out = letterSignatures([
      m('title', '楼道灯何时能亮？', 0),
      m('paragraph', '编辑同志：我家住在老小区，楼道灯坏了半年。', 1),
      m('paragraph', '希望有关部门尽快修一修。', 2),
      m('title', '襄垣县古韩镇居民 郭丽', 3),
      m('title', '县城管局：三天内修复', 4),
    ]);
    expect(out.map((x) => x.shape)).toEqual(['title', 'paragraph', 'paragraph', 'byline', 'title']);
    expect(out[3]!.block.kind).toBe('byline');
  });
});
