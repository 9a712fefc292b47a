// Photo credits in the forms photo pages print them: the deed before the names, a body that gave the picture,
// 图文/ and 图/ in brackets after the caption (made-up lines).
import { describe, expect, it } from 'vitest';
import { isBylineLine, isPhotoCredit, tookPhotos } from './bylines.ts';
import { cutClosingCredit } from './marks.ts';

describe('photo credit lines', () => {
  it('reads the deed before the names as a photo credit', () => {
    for (const t of ['摄影 周强', '摄影/周强', '摄影：本报记者 周强']) expect(isPhotoCredit(t) && tookPhotos(t), t).toBe(true);
  });
  it('reads a body that gave the picture by the word its name ends with', () => {
    for (const t of ['区委宣传部供图', '东山县融媒体中心 供图', '（市热力公司供图）']) expect(isPhotoCredit(t), t).toBe(true);
    expect(isBylineLine('欢迎读者踊跃供图')).toBe(false);
  });
  it('reads 图文/ before the names as a byline that credits the photos', () => {
    expect(isBylineLine('图文/周强')).toBe(true);
    expect(tookPhotos('图文/周强')).toBe(true);
  });
});

describe('closing photo credits', () => {
  it('cuts the deed-first credit and 图/ in brackets after the caption', () => {
    expect(cutClosingCredit('孩子们在新操场上跑步。 摄影 周强')).toEqual({ credit: '摄影 周强', text: '孩子们在新操场上跑步。' });
    expect(cutClosingCredit('孩子们在新操场上跑步。（图/周强）').credit).toBe('（图/周强）');
    expect(cutClosingCredit('孩子们说，摄影 周强').credit).toBeUndefined();
  });
});
