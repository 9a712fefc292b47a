// A second photo credit after the one that closed the photo above opens the next photo's item.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import { creditsPhotoBelow } from './credit-above.ts';
import type { Block } from '../types.ts';

const credit = (text: string): Block => ({ kind: 'byline', text, source: [0] });
const paragraph = (text: string): Block => ({ kind: 'paragraph', text, source: [1] });

describe('creditsPhotoBelow', () => {
  it('takes a credit after a closing photo credit, over a paragraph', () => {
    expect(creditsPhotoBelow(credit('李 明/摄'), credit('图/通讯员 周 强'), paragraph('3月2日，孩子们在新操场上跑步。'))).toBe(true);
    expect(creditsPhotoBelow({ ...paragraph('3月1日，…。'), credit: '（王 红 摄）' }, credit('图/本报记者 周强'), paragraph('3月2日，…。'))).toBe(true);
  });
  it("takes one over the photo's title and its caption (issue 15); not over a title with no caption under it", () => {
    const title: Block = { kind: 'headline', text: '广场上的夏夜', source: [2] };
    expect(creditsPhotoBelow(credit('李 明/摄'), credit('本报记者 周 强 摄'), title, paragraph('8月2日晚，市民在广场上乘凉。'))).toBe(true);
    expect(creditsPhotoBelow(credit('李 明/摄'), credit('本报记者 周 强 摄'), title, credit('本报记者 王 红'))).toBe(false);
  });
  it('leaves a credit after running text, or a byline after a written-by line, to the article above', () => {
    expect(creditsPhotoBelow(paragraph('全县新建操场3个。'), credit('图/通讯员 周 强'), paragraph('3月2日，…。'))).toBe(false);
    expect(creditsPhotoBelow(credit('文/本报记者 李明'), credit('图/通讯员 周 强'), paragraph('3月2日，…。'))).toBe(false);
    expect(creditsPhotoBelow(credit('李 明/摄'), credit('通讯员 周 强'), paragraph('3月2日，…。'))).toBe(false);
  });
});

describe('a photo page with a credit over a caption', () => {
  it('gives the credit to the photo under it', () => {
    const page = ['3月1日，东城区的居民在新修的广场上跳舞。', '李 明/摄', '', '', '图/通讯员 周 强', '3月2日，西山镇的孩子们在新操场上跑步。'].join('\n');
    const segments = structurePage(page).segments.map((s) => s.blocks.map((b) => b.text));
    expect(segments).toEqual([
      ['3月1日，东城区的居民在新修的广场上跳舞。', '李 明/摄'],
      ['图/通讯员 周 强', '3月2日，西山镇的孩子们在新操场上跑步。'],
    ]);
  });
});
