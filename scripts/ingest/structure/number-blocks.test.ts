// Runs of big numbers by their form (made-up lines): items of a number and its label, a unit split off its number,
// a chart's title over its rows, notes and the chart's credit, and a label over the next items as a heading.
import { describe, expect, it } from 'vitest';
import { readNumberBlocks } from './number-blocks.ts';
import { isBigNumber, isChartRow, itemLine } from './number-lines.ts';
import { isNumberBlockUnit } from './number-units.ts';
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
    expect(isChartRow('2021　9800')).toBe(true);
    expect(isChartRow('20219800')).toBe(false);
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

describe('data items and chart rows in other forms', () => {
  it('reads a figure and its label on one line, in either order, behind an ornament or set apart by a bar', () => {
    expect(itemLine('38.1公里 新建改造供水管网')).toEqual({ figure: '38.1公里', label: '新建改造供水管网' });
    expect(itemLine('新建规模化水厂｜6座')).toEqual({ figure: '6座', label: '新建规模化水厂' });
    expect(itemLine('▲ 2.3万户 受益农户')).toEqual({ figure: '2.3万户', label: '受益农户' });
    expect(itemLine('城镇新增就业  5.12万人  同比增长6.3%')).toEqual({ figure: '5.12万人', label: '城镇新增就业' });
    // (A chart's row, a bare number after a name, and running text are no items.)
    expect(itemLine('潞州区 42.5')).toBeUndefined();
    expect(itemLine('全县新建水厂6座，受益农户2.3万户。')).toBeUndefined();
    expect(read(['38.1公里 新建改造供水管网', '新建规模化水厂｜6座', '▲ 2.3万户 受益农户'])).toEqual([
      ['paragraph', '38.1公里 新建改造供水管网'],
      ['paragraph', '新建规模化水厂｜6座'],
      ['paragraph', '▲ 2.3万户 受益农户'],
    ]);
    // (Printed in one block, a list of them stays one paragraph.)
    expect(read(['38.1公里 新建改造供水管网\n新建规模化水厂｜6座', '1.2万户', '受益农户'])).toEqual([
      ['paragraph', '38.1公里 新建改造供水管网\n新建规模化水厂｜6座'],
      ['paragraph', '1.2万户\n受益农户'],
    ]);
    expect(isNumberBlockUnit(['38.1公里 新建改造供水管网'])).toBe(true);
  });

  it('leaves item lines read as the page\'s furniture (an ear\'s weather) as they were', () => {
    expect(read(['最高气温 8℃', '最低气温 -3℃'], 'furniture')).toEqual([
      ['furniture', '最高气温 8℃'],
      ['furniture', '最低气温 -3℃'],
    ]);
  });

  it('reads a ring\'s figure behind its ornament, a rate unit on its own line, a label with a measure\'s digits', () => {
    expect(isBigNumber('◎ 96.4%')).toBe(true);
    expect(read(['◎ 96.4%', '集中供水率', '34', '微克/立方米', 'PM2.5平均浓度'])).toEqual([
      ['paragraph', '◎ 96.4%\n集中供水率'],
      ['paragraph', '34微克/立方米\nPM2.5平均浓度'],
    ]);
  });

  it('takes chart rows named by a year, opened by a rank, with a unit or two numbers', () => {
    expect(isChartRow('2021年　71.5')).toBe(true);
    expect(isChartRow('第一名 潞城区 98.5分')).toBe(true);
    expect(isChartRow('1. 潞城区 98.5')).toBe(true);
    expect(isChartRow('潞州区  11260  10480')).toBe(true);
    expect(isChartRow('潞州区  42.5万平方米')).toBe(true);
    expect(isChartRow('截至 11月')).toBe(false);
  });

  it('does not take a chart\'s title under an item for a phrase of its change', () => {
    expect(read(['同比下降', '8.1%', 'PM2.5平均浓度', '各县区1—11月优良天数比例（%）', '沁源县 89.2', '武乡县 87.5'])).toEqual([
      ['paragraph', '同比下降\n8.1%\nPM2.5平均浓度'],
      ['paragraph', '各县区1—11月优良天数比例（%）\n沁源县 89.2\n武乡县 87.5'],
    ]);
  });

  it('reads a title standing between two runs as the next piece\'s headline and deck', () => {
    expect(read(['12座', '新建换热站', '9座', '改造危桥', '数据来源：市住建局', '空气里的好成绩\n1—11月全市空气质量', '267天', '优良天数', '34天', '重污染天数减少'])).toEqual([
      ['paragraph', '12座\n新建换热站'],
      ['paragraph', '9座\n改造危桥'],
      ['paragraph', '数据来源：市住建局'],
      ['headline', '空气里的好成绩'],
      ['deck', '1—11月全市空气质量'],
      ['paragraph', '267天\n优良天数'],
      ['paragraph', '34天\n重污染天数减少'],
    ]);
    // (A title over the first run is left to what read it: its headline, a kicker, a byline under it.)
    expect(read(['空气里的好成绩\n1—11月全市空气质量', '267天', '优良天数', '34天', '重污染天数减少'])[0]).toEqual(['caption', '空气里的好成绩\n1—11月全市空气质量']);
  });
});

describe('an item on one line over others', () => {
  it('is no chart\'s title, though the lines under it read as rows', () => {
    expect(read(['城镇新增就业  5.12万人  同比增长6.3%', '城镇调查失业率  5.1%', '发放创业担保贷款  7.86亿元'])).toEqual([
      ['paragraph', '城镇新增就业  5.12万人  同比增长6.3%'],
      ['paragraph', '城镇调查失业率  5.1%'],
      ['paragraph', '发放创业担保贷款  7.86亿元'],
    ]);
  });
});

describe('a piece\'s title and deck printed as two blocks between runs (a page with no blank lines)', () => {
  it('are the next piece\'s headline and deck', () => {
    expect(read(['12座', '新建换热站', '9座', '改造危桥', '数据来源：市住建局', '空气里的好成绩', '1—11月全市空气质量', '267天', '优良天数', '34天', '重污染天数减少']).slice(3, 5)).toEqual([
      ['headline', '空气里的好成绩'],
      ['deck', '1—11月全市空气质量'],
    ]);
  });
});

describe('a piece\'s title under a rule drawn after the last run', () => {
  it('is the next piece\'s headline, the rule the page\'s', () => {
    const page: Block[] = [
      ...blocks(['12座\n新建换热站', '9座\n改造危桥', '数据来源：市住建局'], 'paragraph'),
      { kind: 'furniture', text: '---', source: [3] },
      { kind: 'kicker', text: '空气里的好成绩\n1—11月全市空气质量', source: [4] },
      ...blocks(['267天\n优良天数', '34天\n重污染天数减少'], 'paragraph').map((b, i) => ({ ...b, source: [5 + i] })),
    ];
    expect(readNumberBlocks(page).map((b) => [b.kind, b.text]).slice(3, 6)).toEqual([
      ['furniture', '---'],
      ['headline', '空气里的好成绩'],
      ['deck', '1—11月全市空气质量'],
    ]);
  });
});

describe('a chart\'s rows with dot leaders', () => {
  it('set the name apart from the number as spaces do', () => {
    expect(isChartRow('潞州区……42.5')).toBe(true);
    expect(isChartRow('潞州区·····42.5')).toBe(true);
    expect(isChartRow('上党区 ....... 18.2')).toBe(true);
    expect(read(['2.1万户', '受益农户', '各县区新增供热面积（万平方米）', '潞州区……42.5', '上党区……18.2'])).toEqual([
      ['paragraph', '2.1万户\n受益农户'],
      ['paragraph', '各县区新增供热面积（万平方米）\n潞州区……42.5\n上党区……18.2'],
    ]);
  });
});

describe('a piece\'s title on a data page, where no run of numbers stands on both sides of it', () => {
  const b = (kind: Block['kind'], text: string, i: number, extra: Partial<Block> = {}): Block => ({ kind, text, source: [i], ...extra });

  it('after the note or credit closing a piece, over running text: the next piece\'s headline', () => {
    const page = [
      b('paragraph', '12座\n新建公厕', 0),
      b('paragraph', '6座\n改造公厕', 1),
      b('paragraph', '数据来源：县住建局', 2),
      b('furniture', '制图：张 强', 3),
      b('heading', '收入稳步增长 消费持续回暖', 4),
      b('paragraph', '前三季度，全县居民人均可支配收入2.1万元，同比增长5.3%。', 5),
    ];
    expect(readNumberBlocks(page).map((x) => [x.kind, x.text]).slice(-2)).toEqual([
      ['headline', '收入稳步增长 消费持续回暖'],
      ['paragraph', '前三季度，全县居民人均可支配收入2.1万元，同比增长5.3%。'],
    ]);
    // (A heading after running text, no piece closed over it, stays a heading.)
    const running = [b('paragraph', '今年全县新建公厕12座。', 0), b('heading', '收入稳步增长', 1), b('paragraph', '前三季度，全县居民收入增长5.3%。', 2)];
    expect(readNumberBlocks(running).map((x) => x.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('over a run, under the byline that closed the piece before: the next piece\'s headline', () => {
    const page = [
      b('paragraph', '记者了解到，今年全县新建公厕12座。', 0),
      b('byline', '（本报记者 郭宇）', 1),
      b('caption', '数说·供暖', 2),
      b('paragraph', '1.15亿平方米\n集中供热面积', 3),
      b('paragraph', '46座\n新建改造换热站', 4),
    ];
    expect(readNumberBlocks(page).map((x) => [x.kind, x.text])[2]).toEqual(['headline', '数说·供暖']);
  });
});
