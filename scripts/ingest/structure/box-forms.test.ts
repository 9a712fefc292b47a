import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitBlocks } from '../blocks.ts';
import { normaliseText } from '../decode.ts';
import { isBoxLine, isBoxText, readBoxForms } from './box-forms.ts';
import type { Block } from '../types.ts';
import { structurePage } from '../segment.ts';

const kinds = (text: string) => classifyBlocks(splitBlocks(normaliseText(text))).map((b) => [b.kind, b.text]);
const block = (kind: Block['kind'], text: string, i: number): Block => ({ kind, text, source: [i] });

describe('readBoxForms', () => {
  it('reads a tab table under a label and a title as a box: kicker, headline, rows as text', () => {
    // The tabs are spaces after decode; the rows stay together, one block of text (lines.ts), with the note under
    // them (tables.ts tableNoteAt).
    const page = ['县医院门诊量稳步回升，群众就医更方便。', '', '生活提示', '本周城区加油站挂牌油价', '油品\t价格\t单位', '92号汽油\t7.35\t元/升', '0号柴油（国六标准）\t7.02\t元/升', '数据来源：县发展和改革局'].join('\n');
    expect(kinds(page)).toEqual([
      ['paragraph', '县医院门诊量稳步回升，群众就医更方便。'],
      ['kicker', '生活提示'],
      ['headline', '本周城区加油站挂牌油价'],
      ['paragraph', '油品 价格 单位\n92号汽油 7.35 元/升\n0号柴油（国六标准） 7.02 元/升\n数据来源：县发展和改革局'],
    ]);
  });

  it('reads a headline broken over two lines as the box’s title over its table', () => {
    const out = readBoxForms([
      block('paragraph', '县医院门诊量稳步回升，群众就医更方便。', 0),
      block('heading', '2025年某县农业农村\n重点工作一览', 1),
      block('paragraph', '项目 数量\n建设旱作节水示范区 5000亩\n新建集雨水窖 260口', 2),
    ]);
    expect(out.map((b) => b.kind)).toEqual(['paragraph', 'headline', 'paragraph']);
  });

  it('keeps a table under its lead-in sentence in the article', () => {
    const out = readBoxForms([
      block('paragraph', '拟补助以下3户，现予公示。', 0),
      block('kicker', '编号 | 户主 | 补助金额', 1),
      block('kicker', '1 | 刘某某 | 800元', 2),
      block('kicker', '2 | 赵某某 | 600元', 3),
    ]);
    expect(out.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads figures printed over their labels as a box under its title', () => {
    const page = ['全年民生支出持续增长。', '', '一图读懂', '我县教育这一年', '', '1.2万个', '新增学位', '', '36所', '改造薄弱学校', '', '（数据截至10月底）'].join('\n');
    const k = kinds(page);
    expect(k.slice(1, 3)).toEqual([
      ['kicker', '一图读懂'],
      ['headline', '我县教育这一年'],
    ]);
    expect(k.slice(3).every(([kind]) => kind === 'paragraph')).toBe(true);
  });

  it('reads labels printed over their figures as a box under its title, each label with its figure', () => {
    const page = ['全年民生支出持续增长。', '', '数读', '', '新增学位', '1.2万个', '', '改造薄弱学校', '36所', '', '（数据截至10月底）'].join('\n');
    expect(kinds(page)).toEqual([
      ['paragraph', '全年民生支出持续增长。'],
      ['headline', '数读'],
      ['paragraph', '新增学位\n1.2万个'],
      ['paragraph', '改造薄弱学校\n36所'],
      ['paragraph', '（数据截至10月底）'],
    ]);
  });

  it('reads a box closing the page whole, its last label too, which the page’s foot would take for a column’s name', () => {
    const over = ['全年民生支出持续增长。', '', '数读', '', '1.2万个', '', '新增学位', '', '36所', '', '改造学校'].join('\n');
    expect(kinds(over).slice(1)).toEqual([
      ['headline', '数读'],
      ['paragraph', '1.2万个\n新增学位'],
      ['paragraph', '36所\n改造学校'],
    ]);
    const under = ['全年民生支出持续增长。', '', '数读', '', '新增学位', '', '1.2万个', '', '改造学校', '', '36所'].join('\n');
    expect(kinds(under).slice(1)).toEqual([
      ['headline', '数读'],
      ['paragraph', '新增学位\n1.2万个'],
      ['paragraph', '改造学校\n36所'],
    ]);
  });

  it('pairs figures over labels from the figure, not from a title line over the first one', () => {
    const out = readBoxForms([
      block('paragraph', '全年民生支出持续增长。', 0),
      block('caption', '我县教育这一年', 1),
      block('caption', '1.2万个', 2),
      block('caption', '新增学位', 3),
      block('caption', '36所', 4),
      block('caption', '改造薄弱学校', 5),
    ]);
    expect(out.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '全年民生支出持续增长。'],
      ['headline', '我县教育这一年'],
      ['paragraph', '1.2万个\n新增学位'],
      ['paragraph', '36所\n改造薄弱学校'],
    ]);
  });

  it('reads dated lines as a timeline under its headline', () => {
    const out = readBoxForms([
      block('paragraph', '新馆开放后，读者络绎不绝。', 0),
      block('heading', '县图书馆新馆建设时间轴', 1),
      block('paragraph', '2月 新馆主体封顶', 2),
      block('paragraph', '6月 完成内部装修', 3),
      block('paragraph', '9月 正式对外开放', 4),
    ]);
    expect(out.map((b) => b.kind)).toEqual(['paragraph', 'headline', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads a title dated by its year alone, its words spaced, as the headline over entries dated by month', () => {
    const out = readBoxForms([
      block('paragraph', '新馆开放后，读者络绎不绝。', 0),
      block('caption', '2024年 图书馆 时间轴', 1),
      block('paragraph', '2月 新馆主体封顶', 2),
      block('paragraph', '6月 完成内部装修', 3),
      block('paragraph', '9月 正式对外开放', 4),
    ]);
    expect(out.map((b) => b.kind)).toEqual(['paragraph', 'headline', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads a body’s name over the day it signed as the notice’s text, and the notice’s title as a headline', () => {
    const out = readBoxForms([
      block('paragraph', '今年全县新建村级卫生室12所。', 0),
      block('heading', '停电公告', 1),
      block('paragraph', '因线路检修，12月9日8时至18时以下区域停电。', 2),
      block('caption', '黎城县供电公司', 3),
      block('furniture', '2025年12月6日', 4),
    ]);
    expect(out.map((b) => b.kind)).toEqual(['paragraph', 'headline', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads a signed notice’s title as a headline after a photo’s credit, as after text (issue 15)', () => {
    const after = (credit: Block) => readBoxForms([
      block('caption', '社区食堂里，老人们在用午餐。', 0),
      credit,
      block('heading', '停水通知', 2),
      block('paragraph', '因管网改造施工，12月14日8时至20时以下区域暂停供水。', 3),
      block('caption', '长治市供水有限公司', 4),
      block('furniture', '2025年12月11日', 5),
    ])[2]!.kind;
    expect(after(block('byline', '本报记者 某某 摄', 1))).toBe('headline');
    expect(after({ ...block('caption', '老人们在用午餐。', 1), credit: '本报记者　某某　摄' })).toBe('headline');
    // A byline that credits no photo is no end the notice's title stands after.
    expect(after(block('byline', '本报记者 某某', 1))).not.toBe('headline');
  });

  it('reads a box’s title lines under a signed notice as its title, not the page’s furniture', () => {
    const page = ['长治晚报 2025年3月2日 第3版', '', '停电公告', '', '因线路检修，定于3月6日对以下区域停电，请用户提前做好准备。', '', '武乡县供电公司', '2025年3月1日', '', '生活提示', '本周菜价', '品名\t价格\t单位', '白菜\t1.2\t元/斤', '土豆\t1.5\t元/斤'].join('\n');
    expect(kinds(page).slice(-5)).toEqual([
      ['paragraph', '武乡县供电公司'],
      ['paragraph', '2025年3月1日'],
      ['kicker', '生活提示'],
      ['headline', '本周菜价'],
      ['paragraph', '品名 价格 单位\n白菜 1.2 元/斤\n土豆 1.5 元/斤'],
    ]);
  });

  it('leaves a place’s name under a photo a caption', () => {
    const out = readBoxForms([
      block('paragraph', '老人们在院里锻炼身体。', 0),
      block('caption', '武乡县丰州镇敬老院', 1),
      block('heading', '送医上门暖人心', 2),
    ]);
    expect(out.map((b) => b.kind)).toEqual(['paragraph', 'caption', 'heading']);
  });
});

describe('a table titled under an article’s text (issue 15)', () => {
  const rows = (i: number) => block('paragraph', '|项目|年度目标|已完成|\n|新建改造农村公路（公里）|120|118|\n|改造老旧小区（个）|18|18|', i);
  it('leaves a table printed with spaces, its title a line of its own, to head a box', () => {
    const out = readBoxForms([
      block('paragraph', '前三季度，长子县地区生产总值123.7亿元。', 0),
      block('heading', '长子县2025年分季度地区生产总值', 1),
      block('paragraph', '季度 总量（亿元） 同比增长（%）\n一季度 38.2 5.1\n二季度 41.6 5.6\n三季度 43.9 5.9', 2),
    ]);
    expect(out.map((b) => b.kind)).toEqual(['paragraph', 'headline', 'paragraph']);
  });
  it('keeps the title over the table’s rules as the article’s text, not a box’s headline', () => {
    const out = readBoxForms([
      block('paragraph', '今年县里确定的十件民生实事项目整体进展顺利，年底前可全部完成。', 0),
      block('headline', '长子县民生实事进展情况（截至11月20日）', 1),
      block('furniture', '┌──────┬────┬────┐', 2),
      rows(3),
    ]);
    expect(out.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'furniture', 'paragraph']);
  });
  it('leaves a marked label, a title under a signed-off text and a list of items with their units to head a box', () => {
    const under = (text: string, title: string, body: Block, credit?: string) => readBoxForms([{ ...block('paragraph', text, 0), ...(credit && { credit }) }, block('heading', title, 1), body]).map((b) => b.kind);
    expect(under('全县民生实事进展顺利。', '■ 民生实事进展情况', rows(2))).toEqual(['paragraph', 'headline', 'paragraph']);
    expect(under('全县民生实事进展顺利。', '民生实事进展情况', rows(2), '（记者 申杰）')).toEqual(['paragraph', 'headline', 'paragraph']);
    const items = block('paragraph', '项目 数量\n建设旱作节水示范区 5000亩\n新建集雨水窖 260口\n修缮传统窑洞 46孔', 2);
    expect(under('县农业农村局局长介绍，小米售价比普通小米高出两成。', '2025年某县农业农村重点工作一览', items)).toEqual(['paragraph', 'headline', 'paragraph']);
  });
});

describe('a box of labels and their figures after a colon (issue 15)', () => {
  it('reads the lines as the box’s text and the title over them as its headline, printed mid-article', () => {
    const out = readBoxForms([
      block('paragraph', '今年以来，全县投入资金２３００万元，对１２个乡镇卫生院进行了提档升级。', 0),
      block('caption', '数读武乡医疗', 1),
      block('caption', '城乡居民医保参保人数：２６．８万人', 2),
      block('caption', '县域内就诊率：９０．２％', 3),
      block('heading', '家庭医生签约服务覆盖率：７６％', 4),
      block('paragraph', '县卫健局负责人介绍，全县已组建家庭医生签约服务团队１２８个。', 5),
    ]);
    expect(out.map((b) => b.kind)).toEqual(['paragraph', 'headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(isBoxText(['城乡居民医保参保人数：２６．８万人', '县域内就诊率：９０．２％'])).toBe(true);
    expect(isBoxLine('县域内就诊率：９０．２％')).toBe(true);
  });
  it('leaves one labelled line, and phone lines, to the text', () => {
    const one = readBoxForms([block('paragraph', '全县供热运行平稳。', 0), block('caption', '县域内就诊率：９０．２％', 1), block('paragraph', '县卫健局负责人介绍。', 2)]);
    expect(one.map((b) => b.kind)).toEqual(['paragraph', 'caption', 'paragraph']);
    const phones = readBoxForms([block('heading', '服务热线', 0), block('caption', '供热服务电话：5723100', 1), block('caption', '燃气抢修电话：5723119', 2)]);
    expect(phones.map((b) => b.kind)).toEqual(['heading', 'caption', 'caption']);
  });
  it('gives the article its text printed under the box back (segment-passes.ts textAfterBoxes)', () => {
    const page = ['武乡县“家门口”看病更方便了', '本报记者 牛丽霞', '', '今年以来，全县投入资金２３００万元，对１２个乡镇卫生院进行了提档升级。', '', '数读武乡医疗', '城乡居民医保参保人数：２６．８万人', '县域内就诊率：９０．２％', '', '县卫健局负责人介绍，全县已组建家庭医生签约服务团队１２８个。'].join('\n');
    const segments = structurePage(page).segments.map((s) => s.blocks.filter((b) => b.kind !== 'furniture').map((b) => b.kind));
    expect(segments).toEqual([['headline', 'byline', 'paragraph', 'paragraph'], ['headline', 'paragraph', 'paragraph']]);
  });
});

describe('data items a block a line', () => {
  it('joins a figure on its line with the label under it, one item', () => {
    const out = readBoxForms([
      block('paragraph', '全年民生支出持续增长。', 0),
      block('caption', '图解民生', 1),
      block('caption', '1.2万个', 2),
      block('caption', '新增学位', 3),
      block('heading', '36所', 4),
      block('caption', '改造薄弱学校', 5),
    ]);
    expect(out.map((b) => [b.kind, b.text, b.source])).toEqual([
      ['paragraph', '全年民生支出持续增长。', [0]],
      ['headline', '图解民生', [1]],
      ['paragraph', '1.2万个\n新增学位', [2, 3]],
      ['paragraph', '36所\n改造薄弱学校', [4, 5]],
    ]);
  });
});

describe('isBoxText', () => {
  it('tells a box by its text', () => {
    expect(isBoxText(['油品 价格 单位', '92号汽油 7.35 元/升', '95号汽油 7.82 元/升', '数据来源：县发改局'])).toBe(true);
    expect(isBoxText(['1.2万个\n新增学位', '36所\n改造薄弱学校'])).toBe(true);
    expect(isBoxText(['1.2万个', '新增学位', '36所', '改造薄弱学校'])).toBe(true);
    expect(isBoxText(['1.2万个', '新增学位', '36所'])).toBe(false);
    expect(isBoxText(['因线路检修，以下区域停电。', '黎城县供电公司', '2025年12月6日'])).toBe(true);
    expect(isBoxText(['今年全县新建村级卫生室12所。', '群众看病更方便了。'])).toBe(false);
  });
});

describe('isBoxLine', () => {
  it('tells a box’s own lines, which repair keeps whole', () => {
    expect(isBoxLine('1.2万个\n新增学位')).toBe(true);
    expect(isBoxLine('36所')).toBe(true);
    expect(isBoxLine('2025年12月6日')).toBe(true);
    expect(isBoxLine('黎城县供电公司')).toBe(true);
    expect(isBoxLine('县医院新建门诊楼，')).toBe(false);
  });
});

describe('the article’s text under a box, ending on its jump (issue 15)', () => {
  it('goes back to the article with the jump (segment-passes.ts textAfterBoxes)', () => {
    const page = ['我市十二件民生实事年度任务基本完成', '本报记者 田野', '', '记者从市政府办公室获悉，截至11月底，已有十件完成年度目标任务。', '', '民生实事进度一览', '●城镇新增就业 4.1万人 完成年度目标的108%', '●新增普惠托位 3200个 完成年度目标的91%', '', '明年，我市计划安排民生实事项目15件。（下转第二版）'].join('\n');
    const segments = structurePage(page).segments;
    expect(segments.map((s) => s.blocks.filter((b) => b.kind !== 'furniture').map((b) => b.kind))).toEqual([['headline', 'byline', 'paragraph', 'paragraph'], ['headline', 'paragraph', 'paragraph']]);
    expect(segments[0]!.continued?.to).toBe('第二版');
    expect(segments[1]!.continued?.to).toBeUndefined();
  });
});

describe('a notice closed by its formula and signed by a body, no day under it (issue 15)', () => {
  const photo = ['图片新闻', '冰雪乐园开园迎客', '12月4日，某区冰雪乐园开园迎客，市民带着孩子在雪圈滑道上嬉戏。', '本报记者 孙 磊 摄', ''];
  const next = ['', '城乡居民医保缴费进入“倒计时”', '本报讯（记者 韩 丽）记者从市医保局获悉，城乡居民医保集中缴费将于12月31日结束。'];
  const pieces = (lines: string[]) => structurePage(lines.join('\n')).segments.map((s) => s.blocks.filter((b) => b.kind !== 'furniture').map((b) => [b.kind, b.text]));

  it('keeps the signing desk in the notice as its text, no kicker of the next headline', () => {
    const notice = ['更正启事', '本报11月28日第3版刊发的《某某》一文中，“1200个”有误，应为“2100个”。特此更正，并向读者致歉。', '', '本报编辑部'];
    const segments = pieces([...photo, ...notice, ...next]);
    const correction = segments.find((s) => s[0]![1] === '更正启事')!;
    expect(correction.at(-1)).toEqual(['paragraph', '本报编辑部']);
    expect(segments.at(-1)![0]).toEqual(['headline', '城乡居民医保缴费进入“倒计时”']);
  });

  it('reads a body\'s name after text that closes on no notice\'s formula as before (near miss)', () => {
    const text = ['今冬供暖季，某区敬老院新装了空气源热泵，老人们住得暖和。', '', '某区民政局'];
    const page = readBoxForms([block('paragraph', text[0]!, 0), block('caption', text[2]!, 1), block('headline', '城乡居民医保缴费进入“倒计时”', 2)]);
    expect(page[1]!.kind).toBe('caption');
  });
});
