import { describe, expect, it } from 'vitest';
import { isTable, isTotalLine, keyValueEnd, rowCellsAt, tableAt, tableGoesOn, tableEnd, tableRows, tableSpan } from './tables.ts';
import { titleUnitOf } from './table-charts.ts';
import { isRowBreak, tableHeadLines, tableNoteAt, tableTitleAt, titleNameOf } from './table-notes.ts';

describe('isTable', () => {
  it('reads no table in lines that are all blank or rules (a block fast-check made: no line to look at)', () => {
    expect(isTable([])).toBe(false);
    expect(isTable(['', '   '])).toBe(false);
    expect(isTable(['----', '', '————'])).toBe(false);
  });
  it('reads rows cut by bars under a header row of words', () => {
    expect(isTable(['编号 | 户主 | 所在村 | 补助项目', '1 | 刘某某 | 东庄村 | 危房改造', '2 | 赵某某 | 西河村 | 厕所改造'])).toBe(true);
    expect(isTable(['| 线路 | 首班 | 末班 |', '|---|---|---|', '| 5路 | 6:30 | 20:00 |', '| 9路 | 6:40 | 19:30 |'])).toBe(true);
  });

  it('reads rows a tab cut, decoded to spaces, of three cells or more', () => {
    expect(isTable(['站点 日供气量 单位', '城东站 12 万立方米', '城西站 8.5 万立方米'])).toBe(true);
  });

  it('reads a header that names a measure with digits in it', () => {
    expect(isTable(['| 指标 | 2024年 | 2025年 |', '|---|---|---|', '| 优良天数 | 240 | 256 |', '| 重污染天数 | 9 | 4 |'])).toBe(true);
    expect(isTable(['类别 2024年价格 2025年价格', '居民用气 2.46 2.56', '取暖用气 2.20 2.30'])).toBe(true);
    expect(isTable(['监测点 PM2.5均值 优良天数', '城区站 38 286', '开发区站 41 279'])).toBe(true);
  });

  it('reads two cells a space cut as a table where every row under the header holds a figure', () => {
    expect(isTable(['服务事项 办结数', '老年证办理 312件', '高龄津贴申领 96件'])).toBe(true);
    expect(isTable(['主办单位 县文旅局', '承办单位 县文化馆', '协办单位 各乡镇文化站'])).toBe(false);
  });

  it('reads no byline, no list of names and no sentences as a table', () => {
    expect(isTable(['记者 张 三 通讯员 李 四', '记者 王 五 通讯员 赵 六', '记者 孙 七 通讯员 周 八'])).toBe(false);
    expect(isTable(['张三 李四 王五', '赵六 孙七 周八', '吴九 郑十 冯一'])).toBe(false);
    expect(isTable(['项目 | 说明', '1 | 全县新建了，3处站点', '2 | 完成。'])).toBe(false);
  });

  it('needs a header row and two rows under it, as wide as it', () => {
    expect(isTable(['线路 | 首班', '5路 | 6:30'])).toBe(false);
    expect(isTable(['线路 | 首班 | 末班', '5路 | 6:30', '9路 | 6:40 | 19:30'])).toBe(false);
    expect(isTable(['2023年 | 5120套', '2024年 | 6340套', '2025年 | 4980套'])).toBe(false);
  });
});

describe('tableEnd', () => {
  it('finds where a table run ends among the lines after it', () => {
    const lines = ['编号 | 户主 | 补助', '1 | 刘某某 | 800元', '2 | 赵某某 | 600元', '公示期为五个工作日。'];
    expect(tableEnd(lines, 0)).toBe(3);
    expect(tableEnd(lines, 1)).toBe(1);
  });
});

describe('a thousands comma in a cell', () => {
  it('is part of a figure, not a clause mark', () => {
    expect(isTable(['县区 投资（万元） 户数', '东城区 1,200 860', '西城区 980 1,045'])).toBe(true);
    expect(isTable(['县区 说明 户数', '东城区 已完工,待验收 860', '西城区 在建 1045'])).toBe(false);
  });
});

describe('a table\'s title line', () => {
  const lines = ['记者获悉，本周菜价总体平稳，猪肉价格略有上涨。', '市区主要副食品零售价格表（12月1日—5日）', '品名 单位 均价 环比', '白萝卜 元/斤 0.75 -3.1%', '羊肉 元/公斤 68.00 +0.8%', '据介绍，本周菜价环比下降1.2%。'];

  it('is the title-like line between a sentence and the table, and goes with the table\'s rows', () => {
    expect(tableTitleAt(lines, 2)).toBe(true);
    expect(tableRows(lines)).toEqual([false, true, true, true, true, false]);
  });

  it('is the title-like line under a colon that leads into the table', () => {
    expect(tableTitleAt(['各县区完成情况如下：', '各县区新增城镇就业完成情况', ...lines.slice(2)], 2)).toBe(true);
  });

  it('is the title-like line opening its block (set apart by a blank line), unless a box\'s label opens it', () => {
    expect(tableTitleAt(lines.slice(1), 1)).toBe(true);
    expect(tableRows(lines.slice(1))).toEqual([true, true, true, true, false]);
    expect(tableTitleAt(['【数据】市区主要副食品零售价格', ...lines.slice(2)], 1)).toBe(false);
  });

  it('is none under a title-like line, or where the line over the header is a sentence', () => {
    expect(tableTitleAt(['便民信息', '今冬县城蔬菜储备情况', ...lines.slice(2)], 2)).toBe(false);
    expect(tableTitleAt([lines[0]!, '各品种价格如下。', ...lines.slice(2)], 2)).toBe(false);
  });
});

describe('a table\'s note', () => {
  const table = ['县区 新改建(公里) 养护投入(万元)', '屯留区 41.2 1620', '沁县 36.8 1410'];

  it('is the line right under it set whole in brackets or opened by a note\'s label, and goes with its rows', () => {
    expect(tableNoteAt([...table, '（数据来源：市交通运输局，截至10月底）'], 3)).toBe(true);
    expect(tableNoteAt([...table, '注：按新改建里程排列。'], 3)).toBe(true);
    expect(tableRows([...table, '数据来源：县交通运输局（截至10月底）', '县交通运输局表示，明年将再建50公里。'])).toEqual([true, true, true, true, false]);
    expect(isTable([...table, '（单位：公里、万元）'])).toBe(true);
  });

  it('is no sentence of running text under the table', () => {
    expect(tableNoteAt([...table, '县交通运输局表示，明年将再建50公里。'], 3)).toBe(false);
    expect(isTable([...table, '县交通运输局表示，明年将再建50公里。'])).toBe(false);
  });
});

describe('a table\'s unit line', () => {
  const table = ['品名 本周均价 上周均价', '芹菜 2.10 2.25', '韭菜 3.20 3.05'];
  const sentence = '本周主要副食品价格见下表。';

  it('goes with the table under a sentence or under the table\'s title, the title too', () => {
    expect(tableHeadLines([sentence, '单位：元/斤', ...table], 2)).toBe(1);
    expect(tableHeadLines([sentence, '本周副食品零售均价', '（单位：元/斤）', ...table], 3)).toBe(2);
    expect(tableRows([sentence, '本周副食品零售均价', '单位：元/斤', ...table, '（数据来源：市价格监测中心）', '市价格监测中心提醒，不必囤货。'])).toEqual([false, true, true, true, true, true, true, false]);
    // (The block it makes is one table, kept whole.)
    expect(isTable(['本周副食品零售均价', '单位：元/斤', ...table, '（数据来源：市价格监测中心）'])).toBe(true);
  });

  it('is left to what stands over it at the top of a block or under a box\'s labelled title', () => {
    expect(tableHeadLines(['单位：元/斤', ...table], 1)).toBe(0);
    expect(tableHeadLines(['【数据】县区煤改气补贴标准', '单位：元/户', ...table], 2)).toBe(0);
  });

  it('goes with the title opening its block', () => {
    expect(tableHeadLines(['县区煤改气补贴标准', '单位：元/户', ...table], 2)).toBe(2);
  });

  it("goes with the table given with the day its figures stand at, under a title over a sentence a note closes (issue 15)", () => {
    const item = '本报讯 截至11月底，全县煤改气改造完成3120户。（县住建局供稿）';
    expect(tableHeadLines([item, '县区煤改气改造进度', '截至11月30日　单位：户', ...table], 3)).toBe(2);
    expect(tableHeadLines([item, '县区煤改气改造进度', '单位：户　统计时间：11月底', ...table], 3)).toBe(2);
    // (A day alone, or a day and a clause, is no unit line; nor is a sentence that ends on a phrase in brackets.)
    expect(tableHeadLines([item, '县区煤改气改造进度', '截至11月30日', ...table], 3)).toBe(0);
    expect(tableHeadLines(['全县煤改气改造完成3120户（含农村）', '县区煤改气改造进度', '单位：户', ...table], 3)).toBe(0);
  });
});

describe('a table printed with spaces, as fixed-width tables print', () => {
  it('runs across rules drawn over it, a 合计 row under the last, and ends over a rule closing it', () => {
    const lines = ['县区 新改建(公里) 投资(万元)', '-------------------', '壶关县 41.2 1620', '长子县 36.8 1410', '===================', '合计 78.0 3030', '-------------------', '县交通运输局表示，明年再建50公里。'];
    expect(tableEnd(lines, 0)).toBe(6);
    expect(tableAt(lines, 5)?.start).toBe(0);
  });

  it('reads a header broken over two lines, the second one cell short, as one', () => {
    const span = tableSpan(['乡镇 城镇居民人均 农村居民人均', '可支配收入(元) 可支配收入(元)', '东和乡 28310 12570', '西营镇 27120 11860'], 0);
    expect(span).toEqual({ header: ['乡镇', '城镇居民人均可支配收入(元)', '农村居民人均可支配收入(元)'], first: 2, end: 4 });
  });

  it('reads a row whose last cell, in a column of words, is left blank', () => {
    expect(tableEnd(['社区 日均就餐(人次) 备注', '东街社区 320', '西街社区 280 试点', '北街社区 410'], 0)).toBe(4);
    // (Not where the last column holds figures: a line one short under it is no row.)
    expect(tableEnd(['品名 单位 均价', '白菜 元/斤 0.96', '土豆 元/斤 1.45', '监督电话 12345'], 0)).toBe(3);
  });
});

describe('a table printed as labelled lines', () => {
  const lines = ['今冬县城集中供热于11月1日开栓，基本情况如下：', '供热面积：1260万平方米', '供热户数：8.6万户', '新建换热站：12座', '县供热公司表示，将确保室温不低于18℃。'];

  it('is three lines or more of a label, a colon and a figure, kept together apart from the text around them', () => {
    expect(keyValueEnd(lines, 1)).toBe(4);
    expect(tableRows(lines)).toEqual([false, true, true, true, false]);
    expect(isTable(lines.slice(1, 4))).toBe(true);
  });

  it('is no run of two, nor of labelled lines that say more than a figure', () => {
    expect(keyValueEnd(lines.slice(0, 3), 1)).toBe(1);
    expect(keyValueEnd(['缴费标准：每人每年400元', '缴费时间：9月1日—12月31日', '咨询电话：0355-6391234'], 0)).toBe(0);
  });
});

describe('a table broken by a blank line', () => {
  const block = ['各乡镇投入如下。', '乡镇 投入(万元) 同比', '东和乡 5286 +6.2%', '西营镇 3124 +4.8%'];

  it('goes on where the line after the blank is a row of it', () => {
    expect(tableGoesOn(block, '南关镇 2238 +5.1%')).toBe(true);
  });

  it('ends where the line after is no row of it, or the block ends in no table', () => {
    expect(tableGoesOn(block, '县财政局表示，将继续加大投入。')).toBe(false);
    expect(tableGoesOn(block, '南关镇 2238')).toBe(false);
    expect(tableGoesOn(['各乡镇投入稳步增长。', '县财政局表示，将继续加大投入。', '全县民生投入5.2亿元。'], '南关镇 2238 +5.1%')).toBe(false);
    expect(tableGoesOn(block, undefined)).toBe(false);
  });
});

describe('names padded to align their column', () => {
  it('make one table: the header cuts as the rows under it do', () => {
    const rows = ['县 区 新增就业 年度任务 完成率', '潞州区 9860 12000 82.2%', '黎 城 县 1680 2000 84.0%', '沁 县 1210 1500 80.7%', '合 计 41200 50200 82.1%'];
    expect(tableSpan(rows, 0)).toEqual({ header: ['县区', '新增就业', '年度任务', '完成率'], first: 1, end: 5 });
    const prices = ['品 名 规 格 单位 价格（元）', '大白菜 一级 斤 0.95', '土 豆 一级 斤 1.60', '猪 肉 后腿 斤 13.80'];
    expect(tableSpan(prices, 0)).toEqual({ header: ['品名', '规格', '单位', '价格（元）'], first: 1, end: 4 });
    expect(tableGoesOn(rows, '沁 源 县 1650 2100 78.6%')).toBe(true);
  });
});

describe('rows with cells left blank (a tab table decoded to spaces)', () => {
  const quota = ['园所名称 班级 名额（个） 报名时间 咨询电话', '第一幼儿园 小班 30 8月11日—12日 0355-2021356', '中班 8 8月11日—12日', '第三幼儿园 小班 25 8月13日—14日 0355-2035817', '大班 5', '合计 68'];

  it('are rows of the table, those closing it only when the last is their total', () => {
    expect(tableSpan(quota, 0)).toEqual({ header: quota[0]!.split(' '), first: 1, end: 6 });
    expect(tableSpan([...quota.slice(0, 5), '合计 70'], 0)).toEqual({ header: quota[0]!.split(' '), first: 1, end: 4 });
    expect(rowCellsAt(quota, tableSpan(quota, 0)!, 2).map((c) => c?.text)).toEqual([undefined, '中班', '8', '8月11日—12日', undefined]);
  });
});

describe('a row one cell short whose first cell is merged with the row above', () => {
  const places = ['学校 学段 班数 学位 备注', '第一小学 一年级 6 270', '实验学校 一年级 4 180 含随迁子女30人', '七年级 8 400 寄宿生120人', '第二中学 七年级 10 500'];

  it('stands from the second column on; a row leaving its last cell blank stands from the first', () => {
    const span = tableSpan(places, 0)!;
    expect(span.end).toBe(5);
    expect(rowCellsAt(places, span, 3).map((c) => c?.text)).toEqual([undefined, '七年级', '8', '400', '寄宿生120人']);
    expect(rowCellsAt(places, span, 1).map((c) => c?.text)).toEqual(['第一小学', '一年级', '6', '270']);
  });

  it('is told from a total closing the table', () => {
    const quota = ['园所名称 班级 名额 报名时间 咨询电话', '第一幼儿园 小班 30 8月11日—12日 0355-2021356', '第三幼儿园 小班 25 8月13日—14日 0355-2035817', '合计 55'];
    const span = tableSpan(quota, 0)!;
    expect(isTotalLine(quota, span, 3)).toBe(true);
    expect(isTotalLine(quota, span, 2)).toBe(false);
  });
});

describe('a bracketed note under a table\'s title (`（截至6月30日）`)', () => {
  it('goes with the table and its title, as a unit line does', () => {
    const lines = ['今年多数项目已提前完成全年任务。', '2025年民生实事项目进展情况表', '（截至6月30日）', '项目 单位 计划 完成', '新建农村公路 公里 85 52.6', '改造老旧小区 个 12 7'];
    expect(tableHeadLines(lines, 3)).toBe(2);
    expect(tableRows(lines)).toEqual([false, true, true, true, true, true]);
  });
});

describe('a chart printed as rows (a title with its unit in brackets over names and numbers)', () => {
  const bars = ['各乡镇新建户厕数量（座）', '东和乡  ██████  320', '西营镇  ███  150', '南宋乡  ██  96'];
  const plain = ['图表：各县区养老机构床位（张）', '沁县  860', '武乡县  742', '黎城县  615'];

  it('is a table whose title heads the numbers, with bars between or none', () => {
    expect(tableSpan(bars, 0)).toEqual({ header: ['', '', '各乡镇新建户厕数量（座）'], first: 1, end: 4 });
    expect(tableSpan(plain, 0)).toEqual({ header: ['', '各县区养老机构床位（张）'], first: 1, end: 4 });
    expect(isTable(bars)).toBe(true);
  });

  it('needs the unit in brackets, a title with no clause mark, and two rows', () => {
    expect(tableSpan(['各乡镇新建户厕数量', ...bars.slice(1)], 0)).toBeUndefined();
    expect(tableSpan(['今年以来，各乡镇新建户厕（座）', ...bars.slice(1)], 0)).toBeUndefined();
    expect(tableSpan(bars.slice(0, 2), 0)).toBeUndefined();
    expect(tableSpan([...bars.slice(0, 3), '东和乡户厕改造全面完成'], 0)).toEqual({ header: ['', '', '各乡镇新建户厕数量（座）'], first: 1, end: 3 });
  });
});

describe('a chart whose unit is printed as 单位', () => {
  it('in the title\'s brackets or on a line under it: the heading takes it in brackets', () => {
    const rows = ['沁县  ███  1860', '武乡县  ██  1420', '黎城县  █  980'];
    const header = ['', '', '各县区城镇新增就业（人）'];
    expect(tableSpan(['各县区城镇新增就业（单位：人）', ...rows], 0)).toEqual({ header, first: 1, end: 4 });
    expect(tableSpan(['各县区城镇新增就业', '单位：人', ...rows], 0)).toEqual({ header, first: 2, end: 5 });
    expect(tableSpan(['各县区城镇新增就业', '（单位：人）', ...rows], 0)).toEqual({ header, first: 2, end: 5 });
    expect(tableSpan(['各县区城镇新增就业', ...rows], 0)).toBeUndefined();
  });

  it('after the title, set apart by a space (`图表：各县区养老服务投入　单位：万元`)', () => {
    const rows = ['东城区　3860', '西城区　2140', '南城区　950'];
    expect(tableSpan(['图表：各县区养老服务投入　单位：万元', ...rows], 0)).toEqual({ header: ['', '各县区养老服务投入（万元）'], first: 1, end: 4 });
    expect(titleUnitOf('图表：各县区养老服务投入　单位：万元')).toBe('万元');
    expect(titleNameOf('图表：各县区养老服务投入　单位：万元')).toBe('各县区养老服务投入');
  });
});

describe('a chart\'s title with a time in its brackets', () => {
  it('gives no unit: a rank list under it heads its numbers with the title alone', () => {
    const ranks = ['图表：各县区完成率排名（截至11月底）', '第1名　东城区　100%', '第2名　西城区　98.6%', '第3名　南城区　97.2%'];
    expect(titleUnitOf(ranks[0]!)).toBeUndefined();
    expect(tableSpan(ranks, 0)).toEqual({ header: ['', '', '各县区完成率排名'], first: 1, end: 4 });
  });
});

describe('a chart whose rows print their numbers\' units (a rank list)', () => {
  it('is a table with no unit over it; rows of bare numbers want one', () => {
    const ranks = ['各县区供水满意度', '第一名 潞城区 98.5分', '第二名 黎城县 97.9分', '第三名 沁源县 97.2分'];
    expect(tableSpan(ranks, 0)).toEqual({ header: ['', '', '各县区供水满意度'], first: 1, end: 4 });
    expect(tableSpan(['各县区供水满意度', '潞城区 98.5', '黎城县 97.9', '沁源县 97.2'], 0)).toBeUndefined();
  });
});

describe('a block of a table under its title alone', () => {
  it('is one table, kept whole (a box\'s own lines, repair joins nothing to it)', () => {
    expect(isTable(['2025年部分公办初中招生计划', '学校 班数 名额（人） 招生范围', '第一中学 16 800 划片招生', '第四中学 14 700 划片招生'])).toBe(true);
    // (A line with a figure over rows is no title: `城镇新增就业 5.12万人` over two such lines is no table.)
    expect(isTable(['城镇新增就业 5.12万人', '城镇调查失业率 5.1%', '发放创业担保贷款 7.86亿元'])).toBe(false);
  });
});

describe('a table\'s title giving its unit in brackets', () => {
  it('is the table\'s whatever stands over it; a time in the brackets is no unit', () => {
    expect(tableTitleAt(['发放创业担保贷款 7.86亿元', '图表：各县区城镇新增就业（人）', '县区 2025年 2024年'], 2)).toBe(true);
    expect(tableTitleAt(['发放创业担保贷款 7.86亿元', '各县区城镇新增就业（截至10月底）', '县区 2025年 2024年'], 2)).toBe(false);
    expect(tableTitleAt(['发放创业担保贷款 7.86亿元', '各县区城镇新增就业', '县区 2025年 2024年'], 2)).toBe(false);
    // (A title a table's label opens, `表：`, `表1：`, is the table's too, whatever stands over it.)
    expect(tableTitleAt(['数据来源：市人社局', '表：1—10月部分县区民生支出情况', '县区 民生支出（亿元） 同比增长（%）'], 2)).toBe(true);
    expect(tableTitleAt(['数据来源：市人社局', '表2：各县区民生支出', '县区 民生支出（亿元） 同比增长（%）'], 2)).toBe(true);
  });
});

describe('a table broken by the page\'s running head (a PDF copy\'s page break between two rows)', () => {
  const head = '3　　城建·交通　　上党日报　2025年11月27日　星期四';
  const rows = ['县区　全年计划　已完成　完成率', '东城区　150　148　98.7%', '西城区　180　171　95.0%', head, '南城区　140　129　92.1%', '北城区　160　152　95.0%'];

  it('runs across it as across a rule: the rows under it are the table\'s', () => {
    expect(tableSpan(rows, 0)).toEqual({ header: ['县区', '全年计划', '已完成', '完成率'], first: 1, end: 6 });
    expect(tableRows(rows)).toEqual([true, true, true, true, true, true]);
    expect(isRowBreak(head)).toBe(true);
  });

  it('is a page line dating the page: a row of a place and numbers never is, nor a head closing the table', () => {
    expect(isRowBreak('东城区    12.4      3')).toBe(false);
    expect(tableSpan([...rows.slice(0, 3), head], 0)?.end).toBe(3);
  });
});

describe('a row one cell short under rows whose last column holds figures (a 小计 column)', () => {
  it('has lost a blank inside, a tab table\'s: it stays a row of the table, and so do the rows under it', () => {
    const quota = ['县区 保洁 治安 养老 小计', '东城区 60 40 30 130', '西城区 45 25 70', '南城区 55 30 25 110', '合计 160 95 55 310'];
    expect(tableSpan(quota, 0)).toEqual({ header: quota[0]!.split(' '), first: 1, end: 5 });
    // (Where the last column holds words, a row one short leaves its last cell blank, as before.)
    const notes = ['学校 学段 班数 学位 备注', '第一小学 一年级 6 270 含随迁子女30人', '第二小学 一年级 4 180', '第三小学 一年级 5 225 寄宿'];
    expect(rowCellsAt(notes, tableSpan(notes, 0)!, 2).map((c) => c?.text)).toEqual(['第二小学', '一年级', '4', '180']);
  });
});

describe('a header naming a month (`11月均价（元）`)', () => {
  it('is a header of words: the rows under it are a table', () => {
    const prices = ['|品名|单位|11月均价（元）|环比|', '|---|---|---|---|', '|大白菜|斤|0.65|-7.1%|', '|土豆|斤|1.20|-2.4%|'];
    expect(isTable(prices)).toBe(true);
  });
});

describe('a chart with no unit over it', () => {
  it('is read where its rows are drawn with bars and print their numbers\' units; a chart named by years printed bare too', () => {
    const bars = ['各县区供热达标率', '东城区　▇▇▇▇▇　98.6%', '西城区　▇▇▇▇　97.2%', '南城区　▇▇▇　96.1%'];
    expect(tableSpan(bars, 0)).toEqual({ header: ['', '', '各县区供热达标率'], first: 1, end: 4 });
    // (Rows of bare numbers still want a unit over them.)
    expect(tableSpan(['各县区供热面积', '东城区　▇▇▇▇▇　98', '西城区　▇▇▇▇　97', '南城区　▇▇▇　96'], 0)).toBeUndefined();
    expect(tableSpan(['近五年全市集中供热面积（万平方米）', '2021　9800', '2022　10350', '2023　10820'], 0)).toEqual({ header: ['', '近五年全市集中供热面积（万平方米）'], first: 1, end: 4 });
  });
});

describe('a table whose cells may name their number', () => {
  it('reads rows whose last cell is a word and its number as rows (基本热价 8.80)', () => {
    const lines = ['类别 计费方式 价格（元/平方米·采暖期）', '居民住宅 按面积 22.00', '居民住宅 按热量 基本热价 8.80', '非居民 按面积 30.50', '非居民 按热量 基本热价 12.20'];
    expect(tableEnd(lines, 0)).toBe(5);
    expect(rowCellsAt(lines, tableSpan(lines, 0)!, 2).map((c) => c?.text)).toEqual(['居民住宅', '按热量', '基本热价 8.80']);
  });
});

describe('ruled and drawn tables (issue 15)', () => {
  const ascii = ['+----------+----------+----------+', '| 乡镇 | 新建改造 | 投资 |', '| | （公里） | （万元） |', '+----------+----------+----------+', '| 青羊镇 | 38 | 2860 |', '| 龙溪镇 | 44 | 3120 |', '| 合计 | 82 | 5980 |', '+----------+----------+----------+'];
  it('reads an ASCII ruled table, its rules with their joints no rows, its units on a header line of their own', () => {
    expect(isRowBreak('+----------+----------+')).toBe(true);
    expect(isRowBreak('├──────┼──────┤')).toBe(true);
    expect(isTable(ascii)).toBe(true);
    expect(tableSpan(ascii, 1)?.header).toEqual(['乡镇', '新建改造（公里）', '投资（万元）']);
  });
  it('reads a drawn table whose rows its sides and bars cut (frames.ts readBoxSides makes them barred)', () => {
    const drawn = ['|企业|供热面积|受理诉求|', '| |（万平方米）|（件）|', '├─────┼─────┼─────┤', '|市热力公司|4150|862|', '|潞州区供热公司|1630|415|'];
    expect(isTable(drawn)).toBe(true);
    expect(tableSpan(drawn, 0)?.header).toEqual(['企业', '供热面积（万平方米）', '受理诉求（件）']);
  });
  it('takes no line of words, nor one without a unit in brackets, for a line of units', () => {
    const words = ['| 乡镇 | 新建改造 | 投资 |', '| | 公里 | 万元 |', '| 青羊镇 | 38 | 2860 |', '| 龙溪镇 | 44 | 3120 |'];
    expect(tableSpan(words, 0)).toBeUndefined();
  });
});

describe("a box's title with a dot between its column's name and its own, over bulleted figures (issue 15)", () => {
  const box = ['数读 · 养老服务', '* 26个 新建社区食堂', '* 1.8万人次 今年以来助餐服务', '* 340张 新增护理床位'];
  it('is no table: a lone dot heads no column', () => {
    expect(tableRows(box)).toEqual([false, false, false, false]);
  });
  it('leaves a table whose header holds words only as it was', () => {
    expect(isTable(['县区 食堂 床位', '潞州区 26个 340张', '上党区 12个 180张', '屯留区 9个 120张'])).toBe(true);
  });
});

describe('a total closing a spaced table with its first cell blank (issue 15)', () => {
  const table = ['序号  县区      名额（人）', '1     某区      60', '2     某县      35', '3     某镇      25'];
  it('is the table\'s last row when its figure is its column\'s sum', () => {
    expect(tableRows([...table, '      合计      120'])).toEqual([true, true, true, true, true]);
  });
  it('leaves a line one short whose figure is no sum out of it', () => {
    expect(tableRows([...table, '      监督电话  12345']).at(-1)).toBe(false);
  });
});
