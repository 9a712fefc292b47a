// Two title lines printed as one block, no blank line between (stacked-titles.ts): a headline and its deck, or a
// kicker and its headline, read as they are when a blank line parts them; a headline broken over two lines, a
// figure over its label, a field's lines and a slogan over its issuer stay one block. Lines made up in those forms.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { stackedTitleLines } from './stacked-titles.ts';

const TEXT = '入冬以来，城区各社区食堂每天供应午餐，六十岁以上老人每餐只需六元，日均就餐四百余人次。';
const WIRE = '本报讯（记者 孔 亮）12月3日，县人社局启动冬季招聘月活动，全县二十余家企业参加。';
const roles = (raw: string[]) => classifyBlocks(raw).map((b) => `${b.kind} ${b.text}`);

describe('two title lines of one block', () => {
  it('a headline and its deck over a byline', () => {
    expect(roles(['2025年12月4日 星期四 第2版', '城区三座口袋公园建成开放\n市民休闲有了好去处', '本报记者 孔 亮', TEXT]).slice(1, 3)).toEqual([
      'headline 城区三座口袋公园建成开放',
      'deck 市民休闲有了好去处',
    ]);
  });

  it('a headline and its deck over a wire item, after the text of the item above: no caption of that item', () => {
    expect(roles([TEXT, '我县冬季招聘月启动\n线上线下提供岗位3000个', WIRE]).slice(1, 3)).toEqual(['headline 我县冬季招聘月启动', 'deck 线上线下提供岗位3000个']);
  });

  it('a lead-in of two balanced phrases over a headline of one: the kicker', () => {
    expect(roles(['第5版 民生', '守护舌尖安全　护航百姓健康\n全市食品抽检合格率达98.6%', '本报记者 孔 亮', TEXT]).slice(1, 3)).toEqual([
      'kicker 守护舌尖安全　护航百姓健康',
      'headline 全市食品抽检合格率达98.6%',
    ]);
  });

  it('a headline broken over two lines stays one', () => {
    expect(stackedTitleLines('平顺县：乡村“小食堂”\n让老人吃上热乎饭')).toBeUndefined();
    expect(stackedTitleLines('秋季开学 我县新增中\n小学学位1200个')).toBeUndefined();
  });

  it("a figure over its label, a field's lines, a slogan over its issuer stay one block", () => {
    expect(stackedTitleLines('36.5公里\n新建改造供热管网')).toBeUndefined();
    expect(stackedTitleLines('时间：每周三上午\n地点：社区服务站')).toBeUndefined();
    expect(stackedTitleLines('文明出行你我他 平安长治靠大家\n市文明办　宣')).toBeUndefined();
    expect(stackedTitleLines('城区三座口袋公园建成开放\n市民休闲有了好去处')).toEqual(['城区三座口袋公园建成开放', '市民休闲有了好去处']);
  });
});
