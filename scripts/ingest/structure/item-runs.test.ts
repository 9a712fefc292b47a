// A column's run of bracket-labelled items, one to a line (item-runs.ts). The lines are made up in the forms
// county papers print.
import { describe, expect, it } from 'vitest';
import { itemRunIndices } from './item-runs.ts';
import { structurePage } from '../segment.ts';

const run = (texts: (string | null | undefined)[]) => [...itemRunIndices(texts)].sort((a, b) => a - b);

describe('itemRunIndices', () => {
  it('reads a run of lines opened by places or dates in the same brackets as items', () => {
    expect(run(['【襄垣】全县更换新课桌椅3000套。', '【武乡】镇日间照料中心投入使用。', '【长子】新建公厕2座，方便群众。'])).toEqual([0, 1, 2]);
    expect(run(['［王和镇］新建幸福院2个。', '［太原市］来长游客增加。', '［沁源县郭道镇］公交开通。'])).toEqual([0, 1, 2]);
    expect(run([undefined, '〔11月24日〕县里召开安全会议。', '〔11月25日〕污水处理站通水运行。', '〔11月26日〕远程会诊中心揭牌。（通讯员 李 娜）', undefined])).toEqual([1, 2, 3]);
  });

  it('leaves fewer than three, a dialogue taking turns, and lines that do not end their story', () => {
    expect(run(['【襄垣】全县更换新课桌椅3000套。', '【武乡】镇日间照料中心投入使用。'])).toEqual([]);
    expect(run(['【网友】小区暖气不热。', '【回复】已安排维修。', '【网友】谢谢。', '【回复】不客气。'])).toEqual([]);
    expect(run(['【建议内容】增加城区幼儿园学位。', '【答复意见】今年新建幼儿园3所。', '【办理结果】代表表示满意。'])).toEqual([]);
    expect(run(['【襄垣】全县更换新课桌椅', '【武乡】镇日间照料中心投入使用。', '【长子】新建公厕2座。'])).toEqual([]);
    expect(run(['【襄垣】全县更换新课桌椅3000套。', '〔武乡〕镇日间照料中心投入使用。', '【长子】新建公厕2座。'])).toEqual([]);
  });

  it('passes over a rule drawn between items', () => {
    expect(run(['【襄垣】全县更换新课桌椅3000套。', null, '【武乡】镇日间照料中心投入使用。', null, '【长子】新建公厕2座。'])).toEqual([0, 2, 4]);
  });

  it('breaks the run where no paragraph stands', () => {
    expect(run(['【襄垣】全县更换新课桌椅3000套。', '【武乡】镇日间照料中心投入使用。', undefined, '【长子】新建公厕2座。'])).toEqual([]);
  });

  it("leaves a dated run right under a story's running text to the story: its timeline, not items", () => {
    const lead = '今年，潞州区英雄南路街道的和平小区完成了改造，居民们说变化一天一个样。';
    const steps = ['〔3月10日〕小区改造工程正式开工，首批拆除违建12处。', '〔5月20日〕小区完成雨污分流管网铺设1.6公里。', '〔8月15日〕小区新装电梯6部投入使用。', '〔10月30日〕小区改造全部完工，居民搬回新楼道。'];
    expect(run([undefined, lead, ...steps])).toEqual([]);
    // Under a column's name, after a rule, or after a signed item, the same lines are items.
    expect(run([undefined, ...steps])).toEqual([1, 2, 3, 4]);
    expect(run([lead, null, ...steps])).toEqual([2, 3, 4, 5]);
    expect(run(['县里召开冬季安全生产工作会议。（通讯员 李 娜）', ...steps])).toEqual([1, 2, 3, 4]);
    // Places opening the lines make items under running text too.
    expect(run([lead, '【襄垣】全县更换新课桌椅3000套。', '【武乡】镇日间照料中心投入使用。', '【长子】新建公厕2座，方便群众。'])).toEqual([1, 2, 3]);
  });
});

describe('itemRunIndices, items opened by a place and a colon', () => {
  const items = ['西营镇：卫生院开设夜间门诊。入冬以来，镇卫生院每晚安排值班医生2名。', '虒亭镇：农村公路提档升级完工。全镇18公里农村公路完成提档升级。', '王桥镇：招聘会把岗位送到村口。32家企业提供岗位680个。'];
  it("reads three places or more with their colon as items under a column's name or a rule, or at the page's start", () => {
    expect(run([null, ...items])).toEqual([1, 2, 3]);
    expect(run(items)).toEqual([0, 1, 2]);
  });
  it("leaves them to the report they stand in: under its headline or its running text they are its sections", () => {
    expect(run([undefined, ...items])).toEqual([]);
    expect(run(['今年以来，襄垣县各乡镇把民生实事办到群众心坎上。', ...items])).toEqual([]);
    expect(run([null, '时间：12月1日。', '地点：镇政府广场。', '内容：招聘会。'])).toEqual([]);
  });
  it("makes the column's name over them furniture and each an item of its own", () => {
    const page = ['某报　2025年11月28日　第7版', '', '乡镇快讯', '', ...items.flatMap((t) => [t, '']), '沁县启动“冬季送温暖”活动', '本报讯（通讯员 王 楠）11月26日，沁县“冬季送温暖”活动启动。', ''].join('\n');
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks.filter((b) => b.kind !== 'furniture').map((b) => b.text.slice(0, 4)))).toEqual([['西营镇：'], ['虒亭镇：'], ['王桥镇：'], ['沁县启动', '11月2']]);
    expect(segments[0]!.blocks.find((b) => b.text === '乡镇快讯')?.kind).toBe('furniture');
  });
});


describe("itemRunIndices, a digest's paragraphs each opened by its day", () => {
  const digest = [
    '11月24日，市人社局发布今冬第一批公益性岗位1150个。岗位补贴标准为每人每月1800元。',
    '11月25日，市第二人民医院儿科夜间门诊开诊。开诊首周接诊患儿460人次。',
    '近日，市交警支队在12所中小学校门口增设护学岗。校门口通行时间平均缩短了6分钟。',
  ];
  it("reads three or more, two sentences each, under a column's name or a rule as items", () => {
    expect(run([null, ...digest])).toEqual([1, 2, 3]);
  });
  it("leaves them to a report's headline or text, and one-sentence steps to a timeline", () => {
    expect(run([undefined, ...digest])).toEqual([]);
    expect(run(['今年以来，全市各部门为群众办了一批实事。', ...digest])).toEqual([]);
    expect(run([null, '11月24日，公益性岗位发布。', '11月25日，儿科夜间门诊开诊。', '11月26日，护学岗设立。'])).toEqual([]);
  });
});
