import { describe, expect, it } from 'vitest';
import { findFigureSpans } from './spans.ts';
import { tableCellUnits, unitOf } from './table-units.ts';

const figures = (text: string) => findFigureSpans(text).map((s) => [s.text, s.value, s.unit]);

describe('a bare number in a table takes the unit its table prints elsewhere', () => {
  it('from its column header, in brackets', () => {
    const prices = ['| 菜名 | 零售价（元/公斤） | 比上周（元） |', '| :-- | :-: | :-: |', '| 西红柿 | 6.4 | -0.3 |', '| 黄瓜 | 5.8 | +0.2 |'].join('\n');
    expect(figures(prices)).toEqual([
      ['6.4', 6.4, '元/公斤'],
      ['-0.3', -0.3, '元'],
      ['5.8', 5.8, '元/公斤'],
      ['+0.2', 0.2, '元'],
    ]);
  });

  it('from a header printed with spaces, a multiplier in the bracket scaling the value', () => {
    const towns = ['乡镇 森林覆盖率（%） 造林面积（万亩） 护林员（名）', '东湖镇 58.2 1.6 42', '西岭乡 61.5 0.8 37'].join('\n');
    expect(figures(towns)).toEqual([
      ['58.2', 58.2, '%'],
      ['1.6', 16000, '亩'],
      ['42', 42, '名'],
      ['61.5', 61.5, '%'],
      ['0.8', 8000, '亩'],
      ['37', 37, '名'],
    ]);
  });

  it('in rows whose names are padded to align (`黎 城 县`), the header padded too', () => {
    const counties = ['县 区 新增就业（人） 完成率（%）', '潞州区 9860 82.2', '黎 城 县 1680 84.0', '沁 县 1210 80.7'].join('\n');
    expect(figures(counties)).toEqual([
      ['9860', 9860, '人'],
      ['82.2', 82.2, '%'],
      ['1680', 1680, '人'],
      ['84.0', 84, '%'],
      ['1210', 1210, '人'],
      ['80.7', 80.7, '%'],
    ]);
  });

  it('a price per the unit its row prints, where the column heads money (`价格（元）` over a `单位` column)', () => {
    const prices = ['品名 规格 单位 价格（元） 涨跌（元） 重量（公斤）', '大白菜 一级 斤 0.95 -0.05 1', '菜籽油 5升 桶 78.00 -2.00 4.6'].join('\n');
    expect(figures(prices).filter(([text]) => text !== '5升')).toEqual([
      ['0.95', 0.95, '元/斤'],
      ['-0.05', -0.05, '元/斤'],
      ['1', 1, '公斤'],
      ['78.00', 78, '元/桶'],
      ['-2.00', -2, '元/桶'],
      ['4.6', 4.6, '公斤'],
    ]);
  });

  it('a price in the rate its row prints, where the column heads money and the `单位` column a money rate (元/斤 under 均价（元）)', () => {
    const prices = ['品种\t单位\t零售价（元）\t涨跌（%）', '土豆\t元/斤\t1.6\t-2.5', '花生油\t元/升\t12.8\t0.0'].join('\n');
    expect(figures(prices)).toEqual([
      ['1.6', 1.6, '元/斤'],
      ['-2.5', -2.5, '%'],
      ['12.8', 12.8, '元/升'],
      ['0.0', 0, '%'],
    ]);
    // (A row unit that is no money rate, `公斤` or `%`, leaves the money column's price per it, as above.)
    const plain = ['品种\t单位\t零售价（元）', '土豆\t公斤\t3.2', '花生油\t升\t12.8'].join('\n');
    expect(figures(plain)).toEqual([
      ['3.2', 3.2, '元/公斤'],
      ['12.8', 12.8, '元/升'],
    ]);
  });

  it('in a row leaving cells blank, from the column it stands in', () => {
    const quota = ['园所名称 班级 名额（个） 报名时间 咨询电话', '第一幼儿园 小班 30 8月11日—12日 0355-2021356', '中班 8 8月11日—12日', '第三幼儿园 小班 25 8月13日—14日 0355-2035817', '大班 5', '合计 68'].join('\n');
    expect(figures(quota).filter(([, , unit]) => unit === '个')).toEqual([
      ['30', 30, '个'],
      ['8', 8, '个'],
      ['25', 25, '个'],
      ['5', 5, '个'],
      ['68', 68, '个'],
    ]);
  });

  it('from its row’s cell in a column named for units', () => {
    const stock = ['物资 库存 计量单位', '棉被 1800 床', '方便面 650 箱', '饮用水 12 吨'].join('\n');
    expect(figures(stock)).toEqual([
      ['1800', 1800, '床'],
      ['650', 650, '箱'],
      ['12', 12, '吨'],
    ]);
  });
});

describe('a bare number in a table takes the unit its row prints in brackets', () => {
  it('where its column prints none, under headings that are years', () => {
    const gas = ['类别 2024年价格 2025年价格', '居民用气（元/立方米） 2.46 2.56', '非居民用气（元/立方米） 3.10 3.20', '取暖用气（元/立方米） 2.20 2.30'].join('\n');
    expect(figures(gas).slice(0, 2)).toEqual([
      ['2.46', 2.46, '元/立方米'],
      ['2.56', 2.56, '元/立方米'],
    ]);
    const air = ['| 指标 | 2024年 | 2025年 |', '| --- | --- | --- |', '| 优良天数 | 240天 | 256天 |', '| PM2.5（微克/立方米） | 38 | 35 |'].join('\n');
    expect(figures(air).slice(2)).toEqual([
      ['38', 38, '微克/立方米'],
      ['35', 35, '微克/立方米'],
    ]);
  });
});

describe('a bare number in a table takes the unit a note under the table gives', () => {
  it('as one above it does', () => {
    const rents = ['| 片区 | 2024年 | 2025年 |', '| --- | --- | --- |', '| 城区 | 11.5 | 11.8 |', '| 开发区 | 9.6 | 9.9 |', '（单位：元/平方米）'].join('\n');
    expect(figures(rents)[0]).toEqual(['11.5', 11.5, '元/平方米']);
  });
});

describe('what a table gives no figure', () => {
  it('a table of serial numbers, names and phone numbers', () => {
    expect(figures(['序号 联系人 联系电话', '1 王芳 0355-1234567', '2 赵强 13800001111', '3 孙丽 13900002222'].join('\n'))).toEqual([]);
    expect(figures(['| 编号 | 站点 | 开放时间 |', '| --- | --- | --- |', '| 01 | 东街站 | 8:00 |', '| 02 | 西街站 | 9:00 |'].join('\n'))).toEqual([]);
  });

  it('a serial column beside a unit column, whatever its header', () => {
    const works = ['No. 工程 规模 单位', '1 新建蓄水池 6 座', '2 铺设管道 12.5 公里'].join('\n');
    expect(figures(works)).toEqual([
      ['6', 6, '座'],
      ['12.5', 12.5, '公里'],
    ]);
    const counted = ['排 工程 规模 单位', '1 新建蓄水池 6 座', '2 铺设管道 12.5 公里', '3 改造泵站 2 座'].join('\n');
    expect(figures(counted).map(([t]) => t)).toEqual(['6', '12.5', '2']);
  });

  it('a bare number whose header and row print no unit', () => {
    expect(figures(['| 村名 | 收入 |', '| --- | --- |', '| 南庄 | 126 |', '| 北庄 | 98 |'].join('\n'))).toEqual([]);
    // (A heading counting by a measure word prints its unit: `户数` → 户.)
    expect(figures(['| 村名 | 户数 |', '| --- | --- |', '| 南庄 | 126 |', '| 北庄 | 98 |'].join('\n'))).toEqual([['126', 126, '户'], ['98', 98, '户']]);
  });

  it('a bracket in a header that holds no unit', () => {
    expect(tableCellUnits(['项目 金额（预算） 备注', '道路 300 已批', '管网 120 在审'].join('\n')).units.size).toBe(0);
  });
});

describe('unitOf', () => {
  it('reads a unit, a rate, a percentage, a multiplied unit; nothing else', () => {
    expect(unitOf('吨')).toEqual({ unit: '吨', exponent: 0 });
    expect(unitOf('元/平方米')).toEqual({ unit: '元/平方米', exponent: 0 });
    expect(unitOf('%')).toEqual({ unit: '%', exponent: 0 });
    expect(unitOf('万元')).toEqual({ unit: '元', exponent: 4 });
    expect(unitOf('千克')?.exponent).toBe(0);
    expect(unitOf('预算')).toBeUndefined();
    expect(unitOf('吨左右')).toBeUndefined();
  });
});

describe('a unit for the whole table, in a note on the line above it', () => {
  it('gives every bare number its unit, a header’s own bracket first', () => {
    const budget = ['各县区民生投入（单位：万元）', '县区 教育 医疗 增幅（%）', '东城区 3200 1850 6.5', '西城区 2760 1420 4.8'].join('\n');
    expect(figures(budget)).toEqual([
      ['3200', 32000000, '元'],
      ['1850', 18500000, '元'],
      ['6.5', 6.5, '%'],
      ['2760', 27600000, '元'],
      ['1420', 14200000, '元'],
      ['4.8', 4.8, '%'],
    ]);
  });

  it('from the paragraph over it, when a sentence leading into the table ends on the note (`…如下表（单位：公里）：`)', () => {
    const table = ['县区 全年计划 已完成 完成率', '东城区 150 148 98.7%', '西城区 180 171 95.0%'].join('\n');
    expect(findFigureSpans(table, '各县区建设进度如下表（单位：公里）：').map((s) => [s.text, s.value, s.unit])).toEqual([
      ['150', 150, '公里'],
      ['148', 148, '公里'],
      ['98.7%', 98.7, '%'],
      ['180', 180, '公里'],
      ['171', 171, '公里'],
      ['95.0%', 95, '%'],
    ]);
    // (Without it the bare numbers print no unit and give no figure.)
    expect(figures(table)).toEqual([
      ['98.7%', 98.7, '%'],
      ['95.0%', 95, '%'],
    ]);
  });

  it('not from a line that only speaks of a 单位 (a work unit)', () => {
    expect(figures(['报名单位：各乡镇', '乡镇 名额 咨询电话', '东湖镇 12 6391234', '西岭乡 8 6391235'].join('\n'))).toEqual([]);
  });
});

describe('cells that date or identify, under a unit for the whole table', () => {
  it('a column of years and codes or phone numbers give no figure', () => {
    const output = ['（单位：吨）', '序 年份 产量 电话', '1 2023 860 13800001111', '2 2024 920 03556391234'].join('\n');
    expect(figures(output)).toEqual([
      ['860', 860, '吨'],
      ['920', 920, '吨'],
    ]);
  });
});

describe('a bare number printed with a thousands comma', () => {
  it('is one figure of its whole value', () => {
    expect(figures(['县区 投资（万元） 受益户数（户）', '东城区 1,200 860', '西城区 980 1,045'].join('\n'))).toEqual([
      ['1,200', 12000000, '元'],
      ['860', 860, '户'],
      ['980', 9800000, '元'],
      ['1,045', 1045, '户'],
    ]);
  });
});

describe('a fixed-width table: rules across it, a header on two lines', () => {
  it('gives the cells under a rule their units, and a header broken over two lines its bracketed unit', () => {
    const roads = ['县区 新改建(公里) 投资(万元)', '-------------------', '壶关县 41.2 1620', '长子县 36.8 1410', '-------------------', '合计 78.0 3030'].join('\n');
    expect(figures(roads)).toEqual([
      ['41.2', 41.2, '公里'],
      ['1620', 16200000, '元'],
      ['36.8', 36.8, '公里'],
      ['1410', 14100000, '元'],
      ['78.0', 78, '公里'],
      ['3030', 30300000, '元'],
    ]);
    const income = ['乡镇 城镇居民人均 农村居民人均', '可支配收入(元) 可支配收入(元)', '东和乡 28310 12570', '西营镇 27120 11860'].join('\n');
    expect(figures(income)).toEqual([
      ['28310', 28310, '元'],
      ['12570', 12570, '元'],
      ['27120', 27120, '元'],
      ['11860', 11860, '元'],
    ]);
  });
});

describe('a chart printed as rows: its numbers take the unit its title prints in brackets', () => {
  it('with bars between the name and the number, or none', () => {
    expect(figures(['各乡镇新建户厕数量（座）', '东和乡  ██████  320', '西营镇  ███  150', '南宋乡  ██  96'].join('\n'))).toEqual([
      ['320', 320, '座'],
      ['150', 150, '座'],
      ['96', 96, '座'],
    ]);
    expect(figures(['图表：各县区集中供暖面积（万平方米）', '沁县  86.5', '武乡县  74.2'].join('\n'))).toEqual([
      ['86.5', 865000, '平方米'],
      ['74.2', 742000, '平方米'],
    ]);
  });
});

describe('a chart whose unit a 单位 line under its title gives', () => {
  it('gives it to the numbers of its rows', () => {
    expect(figures(['各县区城镇新增就业', '单位：人', '沁县  ███  1860', '武乡县  ██  1420'].join('\n'))).toEqual([
      ['1860', 1860, '人'],
      ['1420', 1420, '人'],
    ]);
  });
});

describe('a table whose title prints the unit in brackets', () => {
  it('gives it to the bare numbers of columns that print none', () => {
    const split = ['各乡镇新建户厕（座）', '乡镇  户厕  乡镇  户厕', '东和乡  320  西营镇  150', '南宋乡  96  北呈乡  210', '苏店镇  88  荫城镇  64'].join('\n');
    expect(figures(split).map(([, value, unit]) => `${value}${unit}`)).toEqual(['320座', '150座', '96座', '210座', '88座', '64座']);
  });
  it('but not a time in the title’s brackets', () => {
    const dated = ['各乡镇户厕改造（截至10月底）', '乡镇  新建  改造', '东和乡  320  280', '西营镇  150  176', '南宋乡  96  88'].join('\n');
    expect(figures(dated)).toEqual([]);
  });
});

describe('a column heading that counts by a measure word (`班数`, `受益户数`)', () => {
  it('gives that measure word as its cells\' unit; a noun\'s count (`床位数`) gives none', () => {
    const plan = ['学校 班数 名额（人） 受益户数', '第一中学 16 800 120', '第四中学 14 700 95'].join('\n');
    expect(figures(plan)).toEqual([
      ['16', 16, '班'],
      ['800', 800, '人'],
      ['120', 120, '户'],
      ['14', 14, '班'],
      ['700', 700, '人'],
      ['95', 95, '户'],
    ]);
    expect(figures(['社区 床位数 护理员（人）', '东街社区 40 6', '西街社区 32 5'].join('\n'))).toEqual([
      ['6', 6, '人'],
      ['5', 5, '人'],
    ]);
  });
});

describe('a rate per a span named in words, in a column heading', () => {
  it('gives its cells that rate over that span (价格（元/平方米·采暖期）), kept as printed', () => {
    expect(unitOf('元/平方米·采暖期')).toEqual({ unit: '元/平方米·采暖期', exponent: 0 });
    expect(unitOf('元·采暖期')).toBeUndefined();
    const table = ['类别 计费方式 价格（元/平方米·采暖期）', '居民住宅 按面积 22.00', '居民住宅 按热量 8.80', '非居民 按面积 30.50'].join('\n');
    const spans = findFigureSpans(table);
    expect(spans.map((s) => [s.text, s.value, s.unit])).toEqual([
      ['22.00', 22, '元/平方米·采暖期'],
      ['8.80', 8.8, '元/平方米·采暖期'],
      ['30.50', 30.5, '元/平方米·采暖期'],
    ]);
  });
});

describe('a cell naming its number', () => {
  it('gives the number, in its column\'s unit (基本热价 8.80)', () => {
    const table = ['类别 计费方式 价格（元/平方米·采暖期）', '居民住宅 按面积 22.00', '居民住宅 按热量 基本热价 8.80', '非居民 按面积 30.50'].join('\n');
    expect(findFigureSpans(table).map((s) => [s.text, s.value, s.unit])).toEqual([
      ['22.00', 22, '元/平方米·采暖期'],
      ['8.80', 8.8, '元/平方米·采暖期'],
      ['30.50', 30.5, '元/平方米·采暖期'],
    ]);
  });
});
