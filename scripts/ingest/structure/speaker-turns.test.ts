// A panel printed with each speaker's name on a line of its own (speaker-turns.ts): the names and the questions
// under them are running text of one article. The page is made up in the form a 圆桌 page prints.
import { describe, expect, it } from 'vitest';
import type { Block } from '../types.ts';
import type { Marked } from './run.ts';
import { speakerTurns } from './speaker-turns.ts';
import { structurePage } from '../segment.ts';

const PANEL = [
  '民生圆桌',
  '就业“家门口”，如何更暖心？',
  '本报记者 王 敏',
  '嘉宾：\n刘建平　市人社局就业促进科科长\n程 丽　零工市场负责人',
  '主持人',
  '今年以来，零工市场建设有哪些进展？',
  '刘建平',
  '截至11月底，全市已建成零工市场14个，今年新增6个。',
  '主持人',
  '零工市场是怎么运转的？',
  '程 丽',
  '我们市场每天早上7点开门，用工单位把需求发到平台上，现场对接。',
];

describe('a panel with speakers named on lines of their own', () => {
  it('is one article, its turns running text', () => {
    const { segments } = structurePage(PANEL.join('\n\n'));
    expect(segments).toHaveLength(1);
    const paragraphs = segments[0]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(paragraphs).toContain('今年以来，零工市场建设有哪些进展？');
    expect(segments[0]!.blocks.filter((b) => b.kind === 'subheading').map((b) => b.text)).toEqual(['主持人', '刘建平', '主持人', '程 丽']);
  });

  it('leaves a reporter\'s name under each of her headlines a byline', () => {
    const m = (shape: Marked['shape'], text: string, k: number): Marked => ({ shape, block: { kind: shape === 'title' ? 'caption' : (shape as Block['kind']), text, source: [k] } });
    const page = [0, 1, 2, 3].flatMap((k) => [m('title', `城区新增公交线路${k + 2}条`, 3 * k), m('byline', '王 敏', 3 * k + 1), m('paragraph', '12月1日起，城区新开通公交线路，方便群众出行。', 3 * k + 2)]);
    expect(speakerTurns(page)).toEqual(page);
  });

  it('leaves two stories\' repeated subheads (记者手记, 延伸阅读) their sections: a repeat alone names no speaker', () => {
    const page = [
      '襄垣县新建日间照料中心12个', '本报记者 王丽娟', '今年以来，襄垣县新建日间照料中心12个，为800多名老人提供助餐服务。',
      '记者手记', '走进照料中心，老人们正围坐在一起吃午饭，脸上满是笑容。',
      '延伸阅读', '我省出台居家养老服务新规', '省民政厅日前印发通知，明确居家养老服务补贴标准。',
      '武乡县农村公路通到家门口', '本报记者 李建平', '今年，武乡县新改建农村公路86公里，村村通上了硬化路。',
      '记者手记', '路修好了，村里的小米运出去更方便了。',
      '延伸阅读', '全市农村公路总里程突破万公里', '截至目前，全市农村公路总里程达到1.02万公里。',
    ];
    const { segments } = structurePage(page.join('\n\n'));
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['襄垣县新建日间照料中心12个', '我省出台居家养老服务新规', '武乡县农村公路通到家门口', '全市农村公路总里程突破万公里']);
  });

  it('reads recurring names and roles with no guest list as speakers', () => {
    const page = [
      '就业“家门口”，如何更暖心？', '本报记者 王 敏', '零工市场建设近况如何？记者采访了两位负责人。',
      '主持人', '今年以来，零工市场建设有哪些进展？', '刘建平', '截至11月底，全市已建成零工市场14个。',
      '主持人', '零工市场是怎么运转的？', '刘建平', '用工单位把需求发到平台上，现场对接。',
    ];
    const { segments } = structurePage(page.join('\n\n'));
    expect(segments).toHaveLength(1);
  });
});
