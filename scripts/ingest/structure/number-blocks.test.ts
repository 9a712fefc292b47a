// Runs of big numbers by their form (made-up lines): items of a number and its label, a unit split off its number,
// a chart's title over its rows, notes and the chart's credit, and a label over the next items as a heading.
import { describe, expect, it } from 'vitest';
import { isBigNumber, isChartRow, isNumberBlockUnit, readNumberBlocks } from './number-blocks.ts';
import type { Block } from '../types.ts';

const blocks = (lines: string[], kind: Block['kind'] = 'caption'): Block[] => lines.map((text, i) => ({ kind, text, source: [i] }));
const read = (lines: string[], kind?: Block['kind']) => readNumberBlocks(blocks(lines, kind)).map((b) => [b.kind, b.text]);

describe('isBigNumber / isChartRow', () => {
  it('takes a number with its unit alone, not a date or a year', () => {
    expect(isBigNumber('46.7公里')).toBe(true);
    expect(isBigNumber('3.1万户')).toBe(true);
    expect(isBigNumber('98.5%')).toBe(true);
    expect(isBigNumber('3小时以内')).toBe(true);
    expect(isBigNumber('2025年')).toBe(false);
    expect(isBigNumber('11月30日')).toBe(false);
    expect(isBigNumber('全年新增46.7公里')).toBe(false);
  });

  it('takes a name and a number with bars between or none, not a sentence', () => {
    expect(isChartRow('壶关县  ██████  36.4')).toBe(true);
    expect(isChartRow('平顺县 12.5')).toBe(true);
    expect(isChartRow('平顺县，12.5')).toBe(false);
    expect(isChartRow('今年全市新建各类便民服务站点 12')).toBe(false);
  });
});

describe('readNumberBlocks', () => {
  it('reads figures over labels as items, a unit on its own line joined to its number', () => {
    expect(read(['21.5', '公里', '新建农村公路', '9座', '改造危桥'])).toEqual([
      ['paragraph', '21.5公里\n新建农村公路'],
      ['paragraph', '9座\n改造危桥'],
    ]);
  });

  it('reads labels over figures, and a figure-first item then a label-first one', () => {
    expect(read(['受益农户', '2.4万户', '带动增收', '1.6亿元'])).toEqual([
      ['paragraph', '受益农户\n2.4万户'],
      ['paragraph', '带动增收\n1.6亿元'],
    ]);
    expect(read(['9座', '改造危桥', '养护里程', '860公里', '1.2万户', '受益农户', '较上年增加3000户'])).toEqual([
      ['paragraph', '9座\n改造危桥'],
      ['paragraph', '养护里程\n860公里'],
      ['paragraph', '1.2万户\n受益农户\n较上年增加3000户'],
    ]);
  });

  it('reads a chart title over its rows as one paragraph, notes as text, the credit as furniture', () => {
    const out = read(['12座', '新建公厕', '6座', '改造公厕', '各县新建公厕（座）', '黎城县  ███  5', '平顺县  ██  4', '壶关县  █  3', '注：含旅游公厕。', '数据来源：县住建局', '制图：张 强']);
    expect(out.slice(2)).toEqual([
      ['paragraph', '各县新建公厕（座）\n黎城县  ███  5\n平顺县  ██  4\n壶关县  █  3'],
      ['paragraph', '注：含旅游公厕。'],
      ['paragraph', '数据来源：县住建局'],
      ['furniture', '制图：张 强'],
    ]);
  });

  it('reads a label over the next item\'s label as a heading inside the run', () => {
    expect(read(['12座', '新建公厕', '6座', '改造公厕', '群众评价', '满意度', '96.2%', '投诉量', '14件'])).toEqual([
      ['paragraph', '12座\n新建公厕'],
      ['paragraph', '6座\n改造公厕'],
      ['heading', '群众评价'],
      ['paragraph', '满意度\n96.2%'],
      ['paragraph', '投诉量\n14件'],
    ]);
  });

  it('leaves a single item, running text and a headline over a byline as they were', () => {
    expect(read(['12座', '新建公厕'])).toEqual([['caption', '12座'], ['caption', '新建公厕']]);
    const text = ['今年以来，全县新建公厕12座。', '改造公厕6座，群众满意度明显提升。'];
    expect(read(text, 'paragraph')).toEqual(text.map((t) => ['paragraph', t]));
    const page: Block[] = [{ kind: 'headline', text: '我县公厕建设提速', source: [0] }, { kind: 'byline', text: '本报记者 张 强', source: [1] }, ...blocks(['12座', '新建公厕', '6座', '改造公厕'])];
    expect(readNumberBlocks(page).slice(0, 2)).toEqual(page.slice(0, 2));
  });

  it('leaves a block read in part as it was', () => {
    const out = read(['12座', '新建公厕', '6座\n今年以来，全县新建公厕12座。']);
    expect(out).toEqual([['caption', '12座'], ['caption', '新建公厕'], ['caption', '6座\n今年以来，全县新建公厕12座。']]);
  });
});

describe('readNumberBlocks: a box title over figure-first items', () => {
  it('keeps a headline over the run as it was and pairs each figure with the label under it', () => {
    const page: Block[] = [{ kind: 'headline', text: '我县交通这一年', source: [0] }, ...blocks(['21.5公里', '新建农村公路', '9座', '改造危桥', '2.4万户', '受益农户'])];
    expect(readNumberBlocks(page).map((b) => [b.kind, b.text])).toEqual([
      ['headline', '我县交通这一年'],
      ['paragraph', '21.5公里\n新建农村公路'],
      ['paragraph', '9座\n改造危桥'],
      ['paragraph', '2.4万户\n受益农户'],
    ]);
  });
});

describe('isNumberBlockUnit', () => {
  it('takes one item or one chart whole, not running text nor a single line', () => {
    expect(isNumberBlockUnit(['1.2万户', '受益农户', '较上年增加3000户'])).toBe(true);
    expect(isNumberBlockUnit(['各县新建公厕（座）', '黎城县  ███  5', '平顺县  ██  4'])).toBe(true);
    expect(isNumberBlockUnit(['1.2万户', '今年以来，全县受益农户明显增加。'])).toBe(false);
    expect(isNumberBlockUnit(['1.2万户'])).toBe(false);
  });
});
