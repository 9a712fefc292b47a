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

describe('numberedCaptions where the set is credited further off (issue 15)', () => {
  it('over the set\'s text and then its credit', () => {
    const out = numberedCaptions([b('headline', '南里镇：冬日大棚里的“丰收季”'), b('paragraph', '①种植户在温室大棚里采摘草莓。'), b('paragraph', '②村民将草莓分拣装箱。'), b('paragraph', '今年，南里镇新建温室大棚60座。'), b('byline', '本报记者 张 凯 摄影报道')]);
    expect(out.map((x) => x.kind)).toEqual(['headline', 'caption', 'caption', 'paragraph', 'byline']);
  });
  it('under the text of an article signed 文/图, the title-like line under them heading the next article', () => {
    const out = numberedCaptions([b('headline', '沁源县：冰雪季“热”起来'), b('byline', '本报记者 秦 岭 文/图'), b('paragraph', '12月以来，滑雪场迎来客流高峰。'), b('paragraph', '①游客在滑雪场体验滑雪。'), b('caption', '②教练员指导初学者练习。'), b('heading', '潞州区：银发志愿者守护“上学路”'), b('paragraph', '入冬后天亮得晚。')]);
    expect(out.map((x) => x.kind)).toEqual(['headline', 'byline', 'paragraph', 'caption', 'caption', 'headline', 'paragraph']);
  });
  it('leaves numbered points that run on (；) and points in an unsigned article as they are', () => {
    const runOn = [b('byline', '本报记者 秦 岭 文/图'), b('paragraph', '今年办了三件事。'), b('paragraph', '① 小事楼道长办；'), b('paragraph', '② 大事社区协调。')];
    expect(numberedCaptions(runOn).map((x) => x.kind)).toEqual(['byline', 'paragraph', 'paragraph', 'paragraph']);
    const unsigned = [b('byline', '本报记者 秦 岭'), b('paragraph', '今年办了两件事。'), b('paragraph', '① 加强日常巡查。'), b('paragraph', '② 完善应急预案。')];
    expect(numberedCaptions(unsigned).map((x) => x.kind)).toEqual(['byline', 'paragraph', 'paragraph', 'paragraph']);
  });
  it('reads 文/图 after the names as crediting the photos', async () => {
    const { tookPhotos } = await import('./bylines.ts');
    expect(tookPhotos('本报记者 秦 岭 文/图')).toBe(true);
    expect(tookPhotos('本报记者 秦 岭')).toBe(false);
  });
});

describe('a photo item opened by 图为 with its credit on the line under it (issue 15)', () => {
  it('is an item of its own after another item closed by its credit, not the caption of that item', async () => {
    const { classifyBlocks } = await import('../blocks.ts');
    const kinds = classifyBlocks(['黎城县：冬日大棚“绿意浓”', '12月8日，上遥镇的种植户在大棚里采收黄瓜。', '本报记者 侯晓东 摄', '图为12月6日，丹朱镇中心小学的学生在新建成的体育馆里上体育课。该馆建筑面积1800平方米。', '通讯员 冯 涛/摄']).map((x) => x.kind);
    expect(kinds.slice(3)).toEqual(['paragraph', 'byline']);
  });
});

describe('numberedCaptions over a text-and-photos credit (issue 15)', () => {
  it('makes the numbered lines captions where the reporter who wrote and took the set signs under them (文/图)', () => {
    const set = [b('kicker', '组图'), b('headline', '冬日里的幸福院'), b('paragraph', '今冬，全区61个农村幸福院全部开灶。'), b('paragraph', '①上村镇幸福院里，老人们在包饺子。'), b('paragraph', '②渔泽镇幸福院的志愿者为老人理发。'), b('byline', '本报记者 魏丽君 文/图')];
    expect(numberedCaptions(set).map((x) => x.kind)).toEqual(['kicker', 'headline', 'paragraph', 'caption', 'caption', 'byline']);
  });
  it('leaves numbered points over a writer’s byline alone', () => {
    const points = [b('paragraph', '①加强日常巡查。'), b('paragraph', '②完善应急预案。'), b('byline', '本报记者 魏丽君')];
    expect(numberedCaptions(points).map((x) => x.kind)).toEqual(['paragraph', 'paragraph', 'byline']);
  });
});
