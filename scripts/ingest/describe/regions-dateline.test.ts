import { describe, expect, it } from 'vitest';
import { datelineParts, datelinePlace } from './regions-dateline.ts';
import type { Block } from '../types.ts';

describe('datelinePlace', () => {
  it('reads the county a dateline names', () => {
    expect(datelinePlace('本报武乡讯（通讯员 赵娟）')).toBe('武乡');
    expect(datelinePlace('本报沁源县讯 记者 刘亮')).toBe('沁源县');
    expect(datelinePlace('本报沁源11月25日电')).toBe('沁源');
  });

  it('reads nothing from a plain 本报讯, the city, or a stem that is not a whole place', () => {
    expect(datelinePlace('本报讯（记者 王芳）')).toBeUndefined();
    expect(datelinePlace('本报长治讯（记者 王芳）')).toBeUndefined();
    expect(datelinePlace('本报综合讯')).toBeUndefined();
    expect(datelinePlace('新华社北京1月26日电')).toBeUndefined();
  });
});

describe('datelineParts', () => {
  it('takes the dateline from a byline block or from the byline cut from the first paragraph', () => {
    const blocks: Block[] = [
      { kind: 'headline', text: '老年大学开设剪纸班', source: [1] },
      { kind: 'paragraph', text: '11月24日，县老年大学剪纸班开课。', byline: '本报武乡讯（通讯员 赵娟）', source: [2] },
    ];
    expect(datelineParts(blocks)).toEqual([{ text: '武乡', source: [2] }]);
    expect(datelineParts([{ kind: 'byline', text: '本报黎城讯', source: [0] }])).toEqual([{ text: '黎城', source: [0] }]);
  });
});
