// A profile under its subject's name is a feature however it is signed (kind.ts, kind-marks.ts isProfile). Made up in
// the forms the papers print: a people page of short profiles, each signed in brackets under its text (746, 764).
import { describe, expect, it } from 'vitest';
import { findKind } from './kind.ts';
import { block } from './seed-fixtures.ts';

describe('a profile under its subject’s name, signed under its text', () => {
  const headline = (text: string) => block('headline', text, 1);
  const first = block('paragraph', '驾驶员赵建国开的是西营镇到古韩镇的城乡公交，一趟36公里，每天往返4趟。', 2);
  const second = block('paragraph', '车上常有老人带着小米进城赶集，赵建国总是等老人们坐稳了才起步。', 3);
  const one = block('paragraph', '在古韩街道，不少居民都认得骑三轮车的赵建国。他每天派件300余件，五年来没有接到过一次投诉。', 2);

  it('is an article, by a reporter over one paragraph or two, by a correspondent over two', () => {
    expect(findKind({ blocks: [headline('赵建国：一条公交线跑了15年'), first, second, block('byline', '（融媒记者 某 某）', 4)] }, { index: 2 })).toBe('article');
    expect(findKind({ blocks: [headline('赵建国：五年零投诉的快递小哥'), one, block('byline', '（本报记者 某 某）', 3)] }, { index: 2 })).toBe('article');
    expect(findKind({ blocks: [headline('赵建国：一条公交线跑了15年'), first, second, block('byline', '（通讯员 某 某）', 4)] }, { index: 2 })).toBe('article');
  });

  it('not one paragraph sent by correspondents alone, a place before the colon, an unsigned item, or a 本报讯 item', () => {
    expect(findKind({ blocks: [headline('赵建国：五年零投诉的快递小哥'), one, block('byline', '（通讯员 某 某）', 3)] }, { index: 2 })).toBe('news');
    const town = block('paragraph', '今年，襄垣县古韩镇新建公交候车亭36座，沿线群众候车有了遮风挡雨的地方。', 2);
    expect(findKind({ blocks: [headline('襄垣：新建公交候车亭36座'), town, second, block('byline', '（融媒记者 某 某）', 4)] }, { index: 2 })).toBe('news');
    expect(findKind({ blocks: [headline('赵建国：五年零投诉的快递小哥'), one] }, { index: 2 })).toBe('news');
    const wire = { ...one, byline: '本报讯（记者 某某）' };
    expect(findKind({ blocks: [headline('赵建国：五年零投诉的快递小哥'), wire] }, { index: 2 })).toBe('news');
  });

  // (Review R5 F14: a leader's inspection under `名字：` and a quote of their words is a report of what they said, not a
  // profile; a profile of a village's party secretary, named after the post but not speaking as a leader, stays one.)
  it('not a report of an official’s words, named after the post, under the same headline', () => {
    const visit = block('paragraph', '12月5日，县长王建军到县热力公司调研冬季供热工作，实地察看了换热站运行情况。', 2);
    const words = block('paragraph', '王建军强调，要把群众温暖过冬作为头等大事，今冬全县新增供热面积12万平方米。', 3);
    expect(findKind({ blocks: [headline('王建军：确保每户居民室温达标'), visit, words, block('byline', '（本报记者 冯晓丽　通讯员 李 明）', 4)] }, { index: 2 })).toBe('news');
    expect(findKind({ blocks: [headline('王建军：全力保障群众温暖过冬'), visit, words, block('byline', '（本报记者 冯晓丽）', 4)] }, { index: 2 })).toBe('news');
    const secretary = block('paragraph', '东坡村党支部书记李国强上任8年，带着村民在荒山上种下核桃树2000亩。', 2);
    const says = block('paragraph', '“荒山变成了金山，大伙儿的日子才有奔头。”李国强说。', 3);
    expect(findKind({ blocks: [headline('李国强：让荒山变成金山'), secretary, says, block('byline', '（本报记者 冯晓丽）', 4)] }, { index: 2 })).toBe('article');
    const asks = block('paragraph', '李国强要求自己每天进山看一遍树苗，他提出“一户一片林”，村里的核桃林今年扩到3000亩。', 3);
    expect(findKind({ blocks: [headline('李国强：让荒山变成金山'), secretary, asks, says, block('byline', '（本报记者 冯晓丽）', 5)] }, { index: 2 })).toBe('article');
  });
});
