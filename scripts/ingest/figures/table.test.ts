import { describe, expect, it } from 'vitest';
import { tableCell, tableLabel, tableRow } from './table.ts';

const table = ['| 项目 | 数量 | 完成率 |', '| --- | --- | --- |', '| 更换供水管网 | 18.6公里 | 100% |', '| 入户水表改造 | 1.2万户 | 96% |'].join('\n');
const at = (text: string, figure: string, nth = 1) => {
  let i = -1;
  for (let n = 0; n < nth; n++) i = text.indexOf(figure, i + 1);
  return tableLabel(text, i, i + figure.length);
};

describe('tableLabel', () => {
  it('names a cell of a row whose name is padded to align by the whole name (`黎 城 县` → 黎城县)', () => {
    const padded = ['各县区完成情况如下：', '县 区 新增就业 完成率', '潞州区 9860 82.2%', '黎 城 县 1680 84.0%', '沁 县 1210 80.7%'].join('\n');
    expect(at(padded, '1680')).toBe('黎城县新增就业');
    expect(at(padded, '80.7%')).toBe('沁县完成率');
  });

  it('names a cell by its row, and by its column when that heads a measure of its own', () => {
    expect(at(table, '18.6公里')).toBe('更换供水管网');
    expect(at(table, '100%')).toBe('更换供水管网完成率');
    expect(at(table, '1.2万户')).toBe('入户水表改造');
    expect(at(table, '96%')).toBe('入户水表改造完成率');
  });

  it('reads the first row of a table printed with no rule under it as its heading when no cell after the first is a bare number', () => {
    const bare = ['|县区|1—11月新改建农村公路（公里）|截至11月底新增托位（个）|', '|潞州区|12|420|', '|上党区|86|310|'].join('\n');
    const i = bare.indexOf('|310|') + 1;
    expect(tableCell(bare, i, i + 3)?.heading).toBe('截至11月底新增托位（个）');
    const data = ['|潞州区|12|420|', '|上党区|86|310|'].join('\n');
    const j = data.indexOf('|310|') + 1;
    expect(tableCell(data, j, j + 3)?.heading).toBeUndefined();
  });

  it('reads a table without a heading row by its rows alone', () => {
    expect(at('| 新建换热站 | 12座 |\n| 改造管网 | 38.1公里 |', '38.1公里')).toBe('改造管网');
  });

  it('leaves a figure outside a table, or in a row’s first cell, to the clause', () => {
    expect(at('全县新建换热站12座，改造管网38.1公里。', '12座')).toBeUndefined();
    expect(at('| 2025年 | 12座 |', '12座')).toBeUndefined();
  });
});

describe('tableLabel: a table printed with spaces (tabs after decode)', () => {
  const stock = ['今冬县城储备情况', '品种 储备量 单位', '冬储大白菜 320 吨', '土豆 260 吨', '猪肉（政府储备） 45 吨数据来源：县商务局（截至12月3日）'].join('\n');
  it('names a cell by its row and its column heading', () => {
    expect(at(stock, '320')).toBe('冬储大白菜储备量');
    expect(at(stock, '260')).toBe('土豆储备量');
    // (A note run on into the last row's last cell leaves its name.)
    expect(at(stock, '45')).toBe('猪肉（政府储备）储备量');
  });

  it('names a row of a year by its column heading alone', () => {
    const years = ['年份 新筹集保障性租赁住房 发放住房租赁补贴', '2022年 5120套 2860户', '2023年 6340套 3150户'].join('\n');
    expect(at(years, '6340套')).toBe('新筹集保障性租赁住房');
    expect(at(years, '3150户')).toBe('发放住房租赁补贴');
  });

  it('leaves text that is no table to the clause', () => {
    expect(at('本报记者 张三 李四\n全县新建换热站 12座', '12座')).toBeUndefined();
    expect(at('品种 储备量\n冬储大白菜 320', '320')).toBeUndefined();
  });
});

describe('tableLabel: a pipe table whose rows are named by a month', () => {
  it('names a cell by its column heading alone', () => {
    const air = ['| 月份 | 优良天数 | PM2.5平均浓度 |', '| --- | --- | --- |', '| 9月 | 26天 | 28微克/立方米 |', '| 10月 | 24天 | 35微克/立方米 |'].join('\n');
    expect(at(air, '24天')).toBe('优良天数');
    expect(at(air, '28微克/立方米')).toBe('PM2.5平均浓度');
  });
});

describe('tableLabel: a heading that prints its unit in brackets', () => {
  it('names the cell by the heading without its unit', () => {
    const prices = ['| 菜名 | 零售价（元/公斤） | 数量（吨） |', '| --- | --- | --- |', '| 西红柿 | 6.4 | 30 |', '| 黄瓜 | 5.8 | 25 |'].join('\n');
    expect(at(prices, '5.8')).toBe('黄瓜零售价');
    expect(at(prices, '25')).toBe('黄瓜');
    const towns = ['乡镇 森林覆盖率（%） 造林面积(万亩)', '东湖镇 58.2 1.6', '西岭乡 61.5 0.8'].join('\n');
    expect(at(towns, '0.8')).toBe('西岭乡造林面积');
  });
});

describe('tableLabel: a bracket in a heading that is no unit', () => {
  it('stays in the name', () => {
    const stock = ['| 品种 | 储备量（政府储备） |', '| --- | --- |', '| 猪肉 | 45吨 |', '| 牛肉 | 12吨 |'].join('\n');
    expect(at(stock, '12吨')).toBe('牛肉储备量（政府储备）');
  });
});

describe('tableLabel: a row opened by its serial number', () => {
  it('is named by the cell after it', () => {
    const piped = ['| 序号 | 菜名 | 零售价（元/公斤） |', '| --- | --- | --- |', '| 1 | 西红柿 | 6.4 |', '| 2 | 黄瓜 | 5.8 |'].join('\n');
    expect(at(piped, '5.8')).toBe('黄瓜零售价');
    const spaced = ['编号 工程 长度', '1 铺设管道 12.5公里', '2 改造渠道 3.6公里', '3 修建道路 8公里'].join('\n');
    expect(at(spaced, '3.6公里')).toBe('改造渠道长度');
  });
});

describe('tableLabel: a spaced header that names a measure with digits in it', () => {
  it('is still the header: none of its cells opens with a figure', () => {
    const air = ['监测点 PM10（微克/立方米） 达标天数（天）', '东关 62 25', '西关 58 27', '南关 66 24'].join('\n');
    expect(at(air, '58')).toBe('西关PM10');
    expect(at(air, '24')).toBe('南关达标天数');
  });
});

describe('tableLabel: list lines of two spaced parts', () => {
  it('are no table rows: the figure does not open its part', () => {
    const list = ['● 全县新建村级卫生室18个', '● 培训乡村医生260人次', '● 签约家庭医生服务3.2万人'].join('\n');
    expect(at(list, '260人次')).toBeUndefined();
  });
});

describe('tableCell: the row and the column heading a figure stands under', () => {
  it('gives both as printed, so kind.ts and period.ts read the heading as a clause’s words', () => {
    const air = ['| 指标 | 2024年 | 2025年 | 变化 |', '| --- | --- | --- | --- |', '| 优良天数 | 240天 | 256天 | +16天 |'].join('\n');
    const i = air.indexOf('240天');
    expect(tableCell(air, i, i + 4)).toEqual({ row: '优良天数', heading: '2024年', headings: ['指标', '2024年', '2025年', '变化'] });
    const gas = ['类别 2024年价格 2025年价格', '居民用气（元/立方米） 2.46 2.56', '取暖用气（元/立方米） 2.20 2.30', '非居民用气（元/立方米） 3.10 3.20'].join('\n');
    const j = gas.indexOf('2.30');
    expect(tableCell(gas, j, j + 4)).toEqual({ row: '取暖用气（元/立方米）', heading: '2025年价格', half: '取暖用气（元/立方米） 2.20 2.30', headings: ['类别', '2024年价格', '2025年价格'] });
  });

  it('names a cell without the year its heading opens with, nor the unit its row prints in brackets', () => {
    const air = ['| 指标 | 2024年 | 2025年 |', '| --- | --- | --- |', '| 优良天数 | 240天 | 256天 |', '| PM2.5（微克/立方米） | 38 | 35 |'].join('\n');
    expect(at(air, '256天')).toBe('优良天数');
    expect(at(air, '35')).toBe('PM2.5');
    const gas = ['类别 2024年价格 2025年价格', '居民用气（元/立方米） 2.46 2.56', '取暖用气（元/立方米） 2.20 2.30', '非居民用气（元/立方米） 3.10 3.20'].join('\n');
    expect(at(gas, '2.30')).toBe('取暖用气价格');
  });
});

describe('tableLabel: a column of changes', () => {
  it('names a change by the measure the nearest column before it heads, past a unit column and other changes', () => {
    const prices = ['品名 单位 零售价 环比 同比', '芹菜 元/斤 2.10 -4.5% +6.0%', '韭菜 元/斤 3.20 +1.2% -2.4%', '豆腐 元/斤 2.50 0.0% +4.1%'].join('\n');
    expect(at(prices, '-4.5%')).toBe('芹菜零售价环比');
    expect(at(prices, '+6.0%')).toBe('芹菜零售价同比');
    expect(at(prices, '2.10')).toBe('芹菜零售价');
  });

  it('reads each of two change columns against its own measure, in a pipe table too', () => {
    const income = ['| 乡镇 | 工资性收入（元） | 增速 | 经营性收入（元） | 增速 |', '| --- | --- | --- | --- | --- |', '| 东和乡 | 8120 | +5.1% | 4310 | -1.2% |', '| 西营镇 | 7960 | +4.4% | 5020 | +3.3% |'].join('\n');
    expect(at(income, '+5.1%')).toBe('东和乡工资性收入增速');
    expect(at(income, '-1.2%')).toBe('东和乡经营性收入增速');
  });
});

describe('tableLabel: a fixed-width table', () => {
  it('names a cell under a header broken over two lines by the joined heading, and a row left one cell short', () => {
    const income = ['乡镇 城镇居民人均 农村居民人均', '可支配收入(元) 可支配收入(元)', '东和乡 28310 12570', '西营镇 27120 11860'].join('\n');
    expect(at(income, '12570')).toBe('东和乡农村居民人均可支配收入');
    const meals = ['社区 日均就餐(人次) 备注', '东街社区 320', '西街社区 280 试点', '北街社区 410'].join('\n');
    expect(at(meals, '410')).toBe('北街社区日均就餐');
  });
});

describe('tableLabel: a table printed as labelled lines', () => {
  it('names a figure by its line\'s label, in a run of three or more', () => {
    const facts = ['供热面积：1260万平方米', '供热户数：8.6万户', '新建换热站：12座'].join('\n');
    expect(at(facts, '8.6万户')).toBe('供热户数');
    expect(at(facts, '12座')).toBe('新建换热站');
    expect(at(['供热面积：1260万平方米', '供热户数：8.6万户'].join('\n'), '8.6万户')).toBeUndefined();
  });
});

describe('a chart printed as rows', () => {
  it('names each number by its row and the chart title, the unit left out', () => {
    const chart = ['各乡镇新建户厕数量（座）', '东和乡  ██████  320', '西营镇  ███  150', '南宋乡  ██  96'].join('\n');
    const at = chart.indexOf('150');
    expect(tableLabel(chart, at, at + 3)).toBe('西营镇新建户厕数量');
  });
});

describe('a heading naming its rows as a kind (各县区, 各社区)', () => {
  it('leaves that kind to the row name', () => {
    const plain = ['图表：全市各社区充电桩数量（个）', '英雄南路社区  58', '太行西街社区  41', '紫金街社区  33'].join('\n');
    const at = plain.indexOf('41');
    expect(tableLabel(plain, at, at + 2)).toBe('太行西街社区充电桩数量');
  });
});

describe('a column headed by a time alone', () => {
  it('counts what the table title names, by row', () => {
    const years = ['图表：各乡镇新增户厕（座）', '乡镇  2025年1至10月  2024年同期', '东和乡  320  280', '西营镇  150  176', '南宋乡  96  88'].join('\n');
    const at = (figure: string) => years.indexOf(figure);
    expect(tableLabel(years, at('176'), at('176') + 3)).toBe('西营镇新增户厕');
    expect(tableLabel(years, at('96'), at('96') + 2)).toBe('南宋乡新增户厕');
    // (A heading naming a measure keeps it: the title is not needed.)
    const measured = ['各乡镇户厕改造情况', '乡镇  新建  改造', '东和乡  320  280', '西营镇  150  176', '南宋乡  96  88'].join('\n');
    expect(tableLabel(measured, measured.indexOf('176'), measured.indexOf('176') + 3)).toBe('西营镇改造');
  });
});

describe('a table printed as two halves side by side (its header repeats)', () => {
  const split = ['各乡镇新建户厕（座）', '乡镇  户厕  乡镇  户厕', '东和乡  320  西营镇  150', '南宋乡  96  北呈乡  210', '苏店镇  88  荫城镇  64'].join('\n');
  const at = (figure: string) => split.indexOf(figure);
  it('names a cell by the row name in its own half, and by the title that ends on its heading', () => {
    expect(tableLabel(split, at('150'), at('150') + 3)).toBe('西营镇新建户厕');
    expect(tableLabel(split, at('96'), at('96') + 2)).toBe('南宋乡新建户厕');
    expect(tableCell(split, at('210'), at('210') + 3)?.row).toBe('北呈乡');
  });
  it('gives place.ts the figure’s half of the row, and a padded name whole', () => {
    expect(tableRow(split, at('64'), at('64') + 2)).toBe('荫城镇 64');
    expect(tableRow(split, at('88'), at('88') + 2)).toBe('苏店镇 88');
    const padded = ['县 区 新增就业 完成率', '潞州区 9860 82.2%', '黎 城 县 1680 84.0%', '沁 县 1210 80.7%'].join('\n');
    expect(tableRow(padded, padded.indexOf('1680'), padded.indexOf('1680') + 4)).toBe('黎城县 1680 84.0%');
  });
});

describe('a row whose first cell is merged with the row above', () => {
  it('is named by the merged name and its own first cell; a total closing the table by its own', () => {
    const places = ['学校 学段 班数 学位 备注', '第一小学 一年级 6 270', '实验学校 一年级 4 180 含随迁子女30人', '七年级 8 400 寄宿生120人', '第二中学 七年级 10 500'].join('\n');
    const i = places.indexOf('400');
    expect(tableLabel(places, i, i + 3)).toBe('实验学校七年级学位');
    const quota = ['园所名称 班级 名额（个） 报名时间 咨询电话', '第一幼儿园 小班 30 8月11日—12日 0355-2021356', '中班 8 8月11日—12日', '第三幼儿园 小班 25 8月13日—14日 0355-2035817', '合计 63'].join('\n');
    const j = quota.indexOf(' 8 ') + 1;
    expect(tableLabel(quota, j, j + 1)).toBe('第一幼儿园中班名额');
    const k = quota.indexOf('63');
    expect(tableLabel(quota, k, k + 2)).toBe('合计名额');
  });
});

describe('a data item printed on one line, and a rank list', () => {
  it('names the item\'s figure by the label beside it, not a phrase of its change', () => {
    const items = ['38.1公里 新建改造供水管网', '新建规模化水厂｜6座', '城镇新增就业  5.12万人  同比增长6.3%'].join('\n');
    const at = (figure: string) => items.indexOf(figure);
    expect(tableLabel(items, at('38.1公里'), at('38.1公里') + 6)).toBe('新建改造供水管网');
    expect(tableLabel(items, at('6座'), at('6座') + 2)).toBe('新建规模化水厂');
    expect(tableLabel(items, at('5.12万人'), at('5.12万人') + 6)).toBe('城镇新增就业');
    expect(tableLabel(items, at('6.3%'), at('6.3%') + 4)).toBeUndefined();
    // (Among running text, such a line is left to the clause.)
    const mixed = ['38.1公里 新建改造供水管网', '今年全县新建水厂6座。'].join('\n');
    expect(tableLabel(mixed, 0, 6)).toBeUndefined();
  });

  it('names a ranked row by the name after its rank and the chart\'s title', () => {
    const ranks = ['各县区供水满意度', '第一名 潞城区 98.5分', '第二名 黎城县 97.9分', '第三名 沁源县 97.2分'].join('\n');
    const i = ranks.indexOf('97.9分');
    expect(tableLabel(ranks, i, i + 5)).toBe('黎城县供水满意度');
  });
});

describe('a chart whose rows set their numbers apart by dot leaders', () => {
  it('names each number by its row and the title', () => {
    const chart = ['各县区新增供热面积（万平方米）', '潞州区……42.5', '上党区·····18.2', '屯留区.....12.6'].join('\n');
    const at = (figure: string) => chart.indexOf(figure);
    expect(tableLabel(chart, at('18.2'), at('18.2') + 4)).toBe('上党区新增供热面积');
    expect(tableLabel(chart, at('12.6'), at('12.6') + 4)).toBe('屯留区新增供热面积');
  });
});

describe('tableLabel: a ruled or drawn table (issue 15)', () => {
  it('names a cell by its row and its column’s heading over the table’s joined rule, its units line joined', () => {
    const ascii = ['部分乡镇农村公路建设情况', '| 乡镇 | 新建改造 | 投资 |', '| | （公里） | （万元） |', '+----------+----------+----------+', '| 青羊镇 | 38 | 2860 |', '| 龙溪镇 | 44 | 3120 |'].join('\n');
    expect(at(ascii, '3120')).toBe('龙溪镇投资');
    const drawn = ['|企业|供热面积|受理诉求|', '├─────┼─────┼─────┤', '|市热力公司|4150|862|', '|潞州区供热公司|1630|415|'].join('\n');
    expect(at(drawn, '1630')).toBe('潞州区供热公司供热面积');
  });
});
