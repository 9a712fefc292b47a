// A bulleted head over running text right after a list's item or a label line that closes the piece above heads a
// brief of its own (bullet-after-list.ts, asked by run-headline.ts). Pages made up in the forms the papers print.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';

const item = ['■沁源县营造林3.2万亩', '', '2024年，沁源县完成营造林3.2万亩，全县森林覆盖率达到60.1%。', '', '县林业局表示，今年计划再完成营造林2.5万亩。', ''];
const listed = ['学校食堂监管再升级', '', '今年，全市学校食堂全部实现“明厨亮灶”。', '', '- 进展：全市1200所学校食堂接入监管平台', '- 下一步：将把校外供餐单位纳入监管', ''];
const sourced = ['全市居民收入稳步增长', '', '今年前三季度，全市居民人均可支配收入增长5.1%。', '', '2024年 ██████████ 30540', '数据来源：市统计局、国家统计局长治调查队', ''];
const heads = (lines: string[]) => structurePage(lines.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);

describe('a bulleted head after a line that ends no sentence', () => {
  it("heads the next article after a list's items or a source line", () => {
    expect(heads([...listed, ...item])).toEqual(['学校食堂监管再升级', '沁源县营造林3.2万亩']);
    expect(heads([...sourced, ...item])).toEqual(['全市居民收入稳步增长', '沁源县营造林3.2万亩']);
  });
  it("stays a section heading after running text, and a series' head over label lines stays in its article", () => {
    const feature = ['社区食堂开到家门口', '', '潞州区今年新建社区食堂12个，日均就餐老人1500人次。', '', ...item, '■价格实惠', '', '老人每餐只需10元，80岁以上再减2元。', ''];
    expect(heads(feature)).toEqual(['社区食堂开到家门口']);
    const series = ['本周社区养老服务一览', '', '◎ 老年助餐', '时间：每天11:00—12:30', '电话：0355-2261234', '', '◎ 免费理发', '时间：12月6日9:00—11:30', '地点：社区服务站', ''];
    expect(heads(series)).toEqual(['本周社区养老服务一览']);
  });
});
