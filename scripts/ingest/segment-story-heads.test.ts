// A section heading that heads a report of its own after a feature (segment-story-heads.ts). Pages made up in the
// forms the papers print.
import { describe, expect, it } from 'vitest';
import { restates } from './structure/lead-restates.ts';
import { structurePage } from './segment.ts';

describe('restates', () => {
  it("holds where a report's first sentence repeats most of the line", () => {
    expect(restates('我市新开通3条公交线路', '12月1日起，市公交公司新开通3条公交线路，分别连接高铁东站与城东片区。')).toBe(true);
    expect(restates('黎城县两所乡镇幼儿园投入使用', '日前，黎城县西井镇中心幼儿园和洪井镇中心幼儿园正式投入使用，新增学位540个。两所幼儿园…')).toBe(true);
  });
  it("fails for a section's words that the text does not repeat, or repeats only after its first sentence", () => {
    expect(restates('课程按需来开', '夜校开什么课，由居民说了算。各社区在开课前发放问卷，把报名人数多的课程排进课表。')).toBe(false);
    expect(restates('我市新开通3条公交线路', '12月1日起，市区交通有了变化。市公交公司新开通3条公交线路。')).toBe(false);
  });
});

const feature = [
  '社区夜校：家门口的“充电站”', '本报记者 某某', '',
  '晚上7点，潞州区紫金街街道的社区夜校里坐满了人。', '',
  '课程按需来开', '', '夜校开什么课，由居民说了算。', '',
  '老师来自身边', '', '夜校的老师，大多是社区里的能人。', '',
  '学员变成了志愿者', '', '65岁的刘淑琴去年在夜校学会了剪纸。', '',
  '市文旅局有关负责人表示，明年将把社区夜校扩大到100个社区。', '',
];

describe('splitStoryHeads', () => {
  it("starts a report at a heading its dated lead restates, after a feature's sections, byline or none", () => {
    const page = [...feature,
      '我市新开通3条公交线路', '', '12月1日起，市公交公司新开通3条公交线路，新线路共设站点64个。', '', '新线路开通后，沿线居民出行可减少一次换乘。', '',
      '黎城县两所乡镇幼儿园投入使用', '', '日前，黎城县西井镇中心幼儿园和洪井镇中心幼儿园正式投入使用。', '',
    ].join('\n');
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks[0]!.text)).toEqual(['社区夜校：家门口的“充电站”', '我市新开通3条公交线路', '黎城县两所乡镇幼儿园投入使用']);
    expect(segments[1]!.blocks[0]!.kind).toBe('headline');
  });
  it('keeps sections whose text goes on, and sections marked by a time or a number, in their feature', () => {
    const page = [...feature,
      '21:00　最后一单', '', '11月30日晚上9点，最后一单处理完，韩志刚在记录本上写下当天的数字。', '',
      '一是新开通3条公交线路', '', '12月1日起，市公交公司新开通3条公交线路。', '',
    ].join('\n');
    expect(structurePage(page).segments.length).toBe(1);
  });
});

describe("a feature's one long sentence subhead over a dated paragraph (segment-passes.ts, loneHeadingHeadline)", () => {
  const page = (lead: string) => [
    '村里的“老年饭桌”开了一年', '本报记者 某某', '',
    '入冬后的一个中午，长子县南漳镇西王内村的老年助餐点里飘出了饭香。', '',
    '去年冬天，长子县在全县农村推开老年助餐服务。一年过去，记者近日走访了11个助餐点。', '',
    '钱从哪里来，食堂怎样才能办得长久', '', lead, '', '一些村也在想办法“自我造血”。', '',
  ].join('\n');
  it('stays a section: its text does not restate it', () => {
    expect(structurePage(page('近日，记者在多个助餐点了解到，全县助餐点今年共投入资金1260万元。')).segments.length).toBe(1);
  });
  it("heads a report of its own where the report's lead restates it", () => {
    expect(structurePage(page('近日，长子县助餐点钱从哪里来、食堂怎样才能办得长久有了答案，全县今年投入资金1260万元。')).segments.length).toBe(2);
  });
});

