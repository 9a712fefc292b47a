import { describe, expect, it } from 'vitest';
import { barLabel, headedLabel, lineAfterLabel, stackedLabel } from './label-stacked.ts';
import { scopeFor } from './scope.fixture.ts';

const box = (paragraph: string, figure: string) => stackedLabel(scopeFor(paragraph, figure));

describe('stackedLabel', () => {
  it('reads the words under each number of a box that prints numbers over their labels', () => {
    const p = '12.5公里\n新建改造燃气管网\n96个\n改造老旧小区\n约2.1万户\n受益居民';
    expect(box(p, '12.5公里')).toBe('新建改造燃气管网');
    expect(box(p, '96个')).toBe('改造老旧小区');
    expect(box(p, '约2.1万户')).toBe('受益居民');
  });

  it('reads a number behind a ring\'s or a bullet\'s mark the same (`◎ 96.4%` over its label)', () => {
    expect(box('◎ 96.4%\n农村集中供水率', '96.4%')).toBe('农村集中供水率');
    expect(box('34微克/立方米\nPM2.5平均浓度', '34微克/立方米')).toBe('PM2.5平均浓度');
  });

  it('reads them where the lines were joined, and leaves a note in brackets out', () => {
    const p = '12.5公里\n新建改造燃气管网96个\n改造老旧小区1800个\n新增停车位（数据截至2025年11月）';
    expect(box(p, '96个')).toBe('改造老旧小区');
    expect(box(p, '1800个')).toBe('新增停车位');
  });

  it('leaves running text and a box of labels before their numbers to label.ts', () => {
    expect(box('全县新建改造燃气管网12.5公里，改造老旧小区96个。', '96个')).toBeUndefined();
    expect(box('● 新建改造燃气管网 12.5公里\n● 改造老旧小区 96个', '12.5公里')).toBeUndefined();
    expect(box('12.5公里\n这是全县今年新建改造的燃气管网总长度，比去年多出一倍。', '12.5公里')).toBeUndefined();
  });
});

describe('headedLabel', () => {
  it('labels the numbers of a line that opens on what it counts and gives plan and done', () => {
    const p = '● 新建改造供热管网：计划30公里，完成32.5公里\n● 新增城镇就业 目标3000人 完成3260人';
    const head = (figure: string) => headedLabel(scopeFor(p, figure));
    expect(head('30公里')).toBe('新建改造供热管网');
    expect(head('32.5公里')).toBe('新建改造供热管网');
    expect(head('3260人')).toBe('新增城镇就业');
  });

  it('leaves a line of one number, and running text, to label.ts', () => {
    expect(headedLabel(scopeFor('● 新建改造供热管网 21.6公里', '21.6公里'))).toBeUndefined();
    expect(headedLabel(scopeFor('全县新建改造供热管网：新建换热站12座', '12座'))).toBeUndefined();
  });
});

describe('a change over its number over the measure', () => {
  it('is the measure’s change', () => {
    expect(box('比上年增长\n12.6%\n城镇居民人均可支配收入', '12.6%')).toBe('城镇居民人均可支配收入比上年增长');
    expect(box('同比下降\n6.4%\nPM10平均浓度', '6.4%')).toBe('PM10平均浓度同比下降');
  });

  it('leaves a change line over a sentence to the clause', () => {
    expect(box('同比下降\n6.4%\n全市PM10平均浓度继续下降，空气质量持续向好', '6.4%')).toBeUndefined();
  });
});

describe('lineAfterLabel', () => {
  it('labels a box line that opens on its number by the words after a colon or a space', () => {
    const box = '▶ 3.2万户：全县清洁取暖改造户数\n▶ 460个：新建改造换热站';
    expect(lineAfterLabel(scopeFor(box, '3.2万户'))).toBe('全县清洁取暖改造户数');
    expect(lineAfterLabel(scopeFor('* 12万元 每个幸福院运营补贴上限', '12万元'))).toBe('每个幸福院运营补贴上限');
  });

  it('reads no line where words stand before the number, or a clause follows it', () => {
    expect(lineAfterLabel(scopeFor('全县改造 3.2万户', '3.2万户'))).toBeUndefined();
    expect(lineAfterLabel(scopeFor('▶ 3.2万户：改造完成后，室温提高3℃', '3.2万户'))).toBeUndefined();
  });
});

describe('barLabel, and a box of numbers over labels that goes on with lines of a label, a bar and its number', () => {
  const p = '96.5%\n农村集中供水率\n新建污水管网｜42公里\n改造农村户厕｜1860户';
  const bar = (paragraph: string, figure: string) => barLabel(scopeFor(paragraph, figure));
  it('labels the number over a label by that label alone, and each barred line by its own words', () => {
    expect(box(p, '96.5%')).toBe('农村集中供水率');
    expect(box(p, '42公里')).toBeUndefined();
    expect(bar(p, '42公里')).toBe('新建污水管网');
    expect(bar(p, '1860户')).toBe('改造农村户厕');
    expect(bar('▲ 新增公共停车泊位 | 2150个', '2150个')).toBe('新增公共停车泊位');
  });

  it('reads no bar where words follow the number on its line, nor a table row of cells', () => {
    expect(bar('新建污水管网｜42公里 较去年增加6公里', '42公里')).toBeUndefined();
    expect(bar('| 潞州区 | 72 | 48 |', '72')).toBeUndefined();
    expect(bar('全县新建污水管网42公里。', '42公里')).toBeUndefined();
  });
});
