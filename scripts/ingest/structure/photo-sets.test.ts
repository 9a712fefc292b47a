// A photo set's numbered captions over its credit (made-up lines).
import { describe, expect, it } from 'vitest';
import { isPhotoCredit } from './bylines.ts';
import { numberedCaptions } from './photo-sets.ts';
import { structurePage } from '../segment.ts';
import type { Block } from '../types.ts';

const b = (kind: Block['kind'], text: string): Block => ({ kind, text, source: [0] });

describe('numberedCaptions', () => {
  it('makes numbered short sentences over a photo credit captions', () => {
    const out = numberedCaptions([b('headline', '山村里的小食堂'), b('paragraph', '① 老人们在幸福院用餐。'), b('paragraph', '② 志愿者为老人打饭。'), b('byline', '本组图片由本报记者 周强 摄')]);
    expect(out.map((x) => x.kind)).toEqual(['headline', 'caption', 'caption', 'byline']);
  });
  it('leaves numbered points of the text without a credit, and a lone number, alone', () => {
    const points = [b('paragraph', '① 加强日常巡查。'), b('paragraph', '② 完善应急预案。'), b('paragraph', '全县共排查隐患120处。')];
    expect(numberedCaptions(points).map((x) => x.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(numberedCaptions([b('paragraph', '① 老人们在幸福院用餐。'), b('byline', '周强 摄')]).map((x) => x.kind)).toEqual(['paragraph', 'byline']);
  });
  it('reads a photo set\'s credit as a photo credit', () => {
    expect(isPhotoCredit('本组图片由本报记者 周强 摄')).toBe(true);
    expect(isPhotoCredit('以上图片均由通讯员 李娜 摄')).toBe(true);
  });
});

describe('a photo page of items, a photo set and a 图为 item with its date', () => {
  it('makes each its own article', () => {
    const page = [
      '春耕备耕忙',
      '3月2日，东山镇的农民在田间平整土地。眼下，全区春耕备耕有序展开。',
      '本报记者 周 强 摄',
      '',
      '图为3月1日，西川镇的志愿者为社区老人理发。（通讯员 李 娜 摄）',
      '',
      '组图：山村里的“小食堂”',
      '① 老人们在幸福院用餐。',
      '② 志愿者为老人打饭。',
      '本组图片由本报记者 赵 敏 摄',
      '',
      '南河县：新修的旅游公路通车',
      '3月3日，南河县新修的旅游公路正式通车，全长18公里。',
      '图/文 通讯员 郭 峰',
    ].join('\n');
    const segments = structurePage(page).segments.map((s) => s.blocks.map((x) => x.kind).join(' '));
    expect(segments).toEqual(['headline paragraph byline', 'paragraph', 'headline caption caption byline', 'headline paragraph byline']);
  });
});
