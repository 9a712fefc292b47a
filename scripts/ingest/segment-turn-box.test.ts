// A box between an interview's turns is a sidebar of its own. Made-up lines in the form pages print.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const interview = (box: string[]) =>
  [
    '托育服务如何更贴心',
    '——访襄垣县卫生健康和体育局局长王志刚',
    '本报记者 李 敏',
    '',
    '记者：今年襄垣县托育服务有哪些新变化？',
    '王志刚：我们新建社区托育点12个，新增普惠托位360个。',
    '记者：收费方面呢？',
    '王志刚：普惠托位每月收费不超过1200元。',
    '',
    ...box,
    '',
    '记者：明年还有哪些打算？',
    '王志刚：明年计划再建托育点8个。',
  ].join('\n');

const headlines = (text: string) => structurePage(text).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);

describe('a box between the turns of an interview', () => {
  it('a label over text that is no turn of talk, the talk going on under it, is a piece of its own', () => {
    const { segments } = structurePage(interview(['人物简介', '王志刚，男，汉族，1975年3月生，山西襄垣人，大学学历。']));
    expect(headlines(interview(['人物简介', '王志刚，男，汉族，1975年3月生，山西襄垣人，大学学历。']))).toEqual(['托育服务如何更贴心', '人物简介']);
    const talk = segments[0]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(talk.at(-1)).toMatch(/^王志刚：明年/u);
    expect(talk.some((t) => t.includes('1975年3月生'))).toBe(false);
  });

  it('a heading over more turns of talk stays the interview\'s section', () => {
    const text = interview(['下一步打算', '记者：群众反映最多的问题是什么？', '王志刚：主要是托位离家远。']);
    expect(headlines(text)).toEqual(['托育服务如何更贴心']);
  });
});

describe('a box in brackets before the first question of a Q&A (issue 15)', () => {
  const qa = (label: string) =>
    [
      '托育服务如何更贴心',
      '——访襄垣县卫生健康和体育局局长王志刚',
      '本报记者 李 敏',
      '',
      '编者按：托育服务关系千家万户。记者近日专访了襄垣县卫生健康和体育局局长王志刚。',
      '',
      label,
      '王志刚，襄垣县卫生健康和体育局局长，从事卫生工作20年。',
      '',
      '问：今年襄垣县托育服务有哪些新变化？',
      '答：我们新建社区托育点12个，新增普惠托位360个。',
      '',
      '问：收费方面呢？',
      '答：普惠托位每月收费不超过1200元。',
    ].join('\n');

  it('is a box of its own, a sidebar, the questions and answers staying the piece\'s', () => {
    const { segments } = structurePage(qa('【人物名片】'));
    expect(headlines(qa('【人物名片】'))).toEqual(['托育服务如何更贴心', '【人物名片】']);
    expect(segments[1]!.box).toBe(true);
    expect(segments[0]!.blocks.some((b) => b.text.includes('从事卫生工作20年'))).toBe(false);
  });

  it('leaves a label with no brackets there as it was', () => {
    expect(headlines(qa('人物名片'))).toEqual(['托育服务如何更贴心']);
  });
});
