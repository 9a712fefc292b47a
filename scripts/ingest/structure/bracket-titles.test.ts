// Items opened by a bracketed headline, by their form: a clause in 【】 before the item's finished text.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import { cutBoxLabel, cutBracketKicker, cutBracketTitle } from './bracket-titles.ts';

describe('cutBracketTitle', () => {
  it('cuts the bracketed headline from its text', () => {
    expect(cutBracketTitle('【某镇新建公厕5座】近日，某镇新建的5座水冲式公厕投入使用。')).toEqual({ title: '某镇新建公厕5座', text: '近日，某镇新建的5座水冲式公厕投入使用。' });
    expect(cutBracketTitle('【某乡卫生院开设康复科】 12月5日，康复科开诊。（通讯员 李 华）')?.title).toBe('某乡卫生院开设康复科');
  });

  it("leaves a label's brackets, a speaker before a colon, and text that breaks off", () => {
    expect(cutBracketTitle('【便民】夜诊时间：每天18:00—21:00。')).toBeUndefined();
    expect(cutBracketTitle('【网友 @小河边】：我们小区暖气不热，能不能给改造？')).toBeUndefined();
    expect(cutBracketTitle('【某镇新建公厕5座】近日，某镇新建的5座水冲式公厕')).toBeUndefined();
    expect(cutBracketTitle('【我为群众办实事】')).toBeUndefined();
  });
});

describe('cutBracketTitle: a turn mark', () => {
  it('leaves a single character in brackets in its text: a turn or a note, not a headline', () => {
    for (const t of ['【问】（某晚报）山区村多，今年解决了哪些村的吃水难题？', '【答】张某：今年新铺设管网63公里，解决了42个村的缺水问题。', '【注】以上数据截至10月底。']) expect(cutBracketTitle(t), t).toBeUndefined();
    expect(cutBracketTitle('【某镇新建公厕5座】近日，某镇新建的5座水冲式公厕投入使用。')).toEqual({ title: '某镇新建公厕5座', text: '近日，某镇新建的5座水冲式公厕投入使用。' });
  });

  it('keeps a question and its answer in one article', () => {
    const page = ['某发布会实录', '主持人：请记者提问。', '【问】（某晚报）山区村多，今年解决了哪些村的吃水难题？', '【答】张某：今年新铺设管网63公里，解决了42个村的缺水问题。'].join('\n\n');
    expect(structurePage(page).segments).toHaveLength(1);
  });
});

describe('cutBracketKicker', () => {
  it("cuts a column's label in brackets from the headline after it on one line", () => {
    expect(cutBracketKicker('【数据】某县“一老一小”服务清单')).toEqual({ kicker: '【数据】', title: '某县“一老一小”服务清单' });
    expect(cutBracketKicker('[便民] 12月起 这些业务可跨省通办')).toEqual({ kicker: '[便民]', title: '12月起 这些业务可跨省通办' });
  });

  it('cuts a topic tag before a headline on its line, and leaves one before running text', () => {
    expect(cutBracketKicker('#民生微实事# 上遥镇：路灯亮了 村民心也亮了')).toEqual({ kicker: '#民生微实事#', title: '上遥镇：路灯亮了 村民心也亮了' });
    expect(cutBracketKicker('＃ 暖冬行动 ＃某县新增供热面积12万平方米')).toEqual({ kicker: '＃ 暖冬行动 ＃', title: '某县新增供热面积12万平方米' });
    expect(cutBracketKicker('#办事不用跑# 5月30日，某区居民在不动产登记中心递交材料，不到30分钟就拿到了证书。')).toBeUndefined();
    for (const t of ['#我为群众办实事#', '#长治民生# #你问我答#', '#沁县民生# #清洁取暖#']) expect(cutBracketKicker(t), t).toBeUndefined();
  });

  it('leaves a label before running text, a speaker before a colon, a footnote and a label alone', () => {
    for (const t of ['【回复】某局：已列入明年计划。', '【网友 @小河边】：暖气不热怎么办', '[1] 数据来源：某县统计局', '【我为群众办实事】', '【便民】夜诊时间：每天18:00—21:00。']) expect(cutBracketKicker(t), t).toBeUndefined();
  });
});

describe('a column of bracket-titled items', () => {
  it('gives each item an article with its headline', () => {
    const page = ['【某镇新建公厕5座】近日，某镇新建的5座水冲式公厕投入使用。', '【某乡举办冬季招聘会】12月6日，某乡举办招聘会，28家企业提供岗位560个。'].join('\n\n');
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks.map((b) => [b.kind, b.text]))).toEqual([
      [['headline', '某镇新建公厕5座'], ['paragraph', '近日，某镇新建的5座水冲式公厕投入使用。']],
      [['headline', '某乡举办冬季招聘会'], ['paragraph', '12月6日，某乡举办招聘会，28家企业提供岗位560个。']],
    ]);
  });
});

describe('cutBoxLabel', () => {
  it("cuts a box's label alone over lines opened by one bullet", () => {
    expect(cutBoxLabel('【温馨提醒】\n● 冬季取暖请注意通风；\n● 陌生来电请立即挂断。')).toEqual({ label: '【温馨提醒】', text: '● 冬季取暖请注意通风；\n● 陌生来电请立即挂断。' });
  });

  it('leaves a label over running text, over one line or over lines of mixed openings', () => {
    for (const t of ['【回复】\n某局：已列入明年计划。\n谢谢关注。', '【温馨提醒】\n● 冬季取暖请注意通风。', '【温馨提醒】\n● 冬季取暖请注意通风；\n接到陌生来电请挂断。', '【县城新增3处公共停车场】\n● 近日新建停车场3处；\n● 共有车位360个。']) expect(cutBoxLabel(t), t).toBeUndefined();
  });
});
