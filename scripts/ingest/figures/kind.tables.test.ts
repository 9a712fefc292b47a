// kindOf (figures/kind.ts) on figures printed outside running text: a table cell by its column heading, a big number
// printed over its label lines. Sentences: kind.test.ts, kind.forms.test.ts.
import { describe, expect, it } from 'vitest';
import { kindOf } from './kind.ts';
import { scopeFor } from './scope.fixture.ts';

const kind = (paragraph: string, figure: string, unit?: string) => kindOf(scopeFor(paragraph, figure, unit ? { unit } : {}));

describe('kindOf, a table cell by its column heading', () => {
  const prices = ['| 品名 | 单位 | 均价 | 环比 | 同比 |', '| --- | --- | --- | --- | --- |', '| 大白菜 | 元/斤 | 0.85 | -5.6% | +3.2% |', '| 猪后腿肉 | 元/公斤 | 26.80 | 1.1% | -7.8% |'].join('\n');
  it('reads a column of changes (环比, 同比, 涨幅, 增减, 变化) as changes, signed or not', () => {
    expect(kind(prices, '-5.6%', '%')).toBe('change');
    expect(kind(prices, '1.1%', '%')).toBe('change');
    expect(kind(['| 指标 | 2025年 | 涨幅 |', '| --- | --- | --- |', '| 居民水价 | 3.65元 | 4.2% |', '| 非居民水价 | 5.10元 | 3.0% |'].join('\n'), '4.2%', '%')).toBe('change');
  });

  it('reads a cell printed as an arrow and its amount as a change, under any heading; the price beside it stays per', () => {
    const arrows = ['品名｜单位｜均价（元）｜较上周', '土豆｜斤｜1.30｜↑0.05', '猪肉（后腿）｜斤｜13.50｜↓0.30'].join('\n');
    expect(kind(arrows, '0.05', '元/斤')).toBe('change');
    expect(kind(arrows, '0.30', '元/斤')).toBe('change');
    expect(kind(arrows, '13.50', '元/斤')).toBe('per');
    const box = ['■本周主要农副产品零售均价（单位：元/斤）', '大白菜　　0.85　　↑0.05', '土　豆　　1.30　　—', '西红柿　　3.60　　↑0.20', '鸡　蛋　　4.10　　↓0.10', '注：↑为比上周上涨，↓为比上周下降，—为持平。'].join('\n');
    expect(kind(box, '0.20', '元/斤')).toBe('change');
    expect(kind(box, '0.10', '元/斤')).toBe('change');
    expect(kind(box, '3.60', '元/斤')).toBe('per');
  });

  it('reads a price column, or a unit per unit, as per', () => {
    expect(kind(prices, '0.85', '元/斤')).toBe('per');
    expect(kind(['| 类别 | 标准 |', '| --- | --- |', '| 城市低保 | 780元 |', '| 农村低保 | 6000元 |'].join('\n'), '780元')).toBe('per');
    expect(kind('县区 PM2.5浓度 优良天数比例\n沁源县 24 89.2%\n武乡县 29 84.7%', '24', '微克/立方米')).toBe('per');
  });

  it('reads any other cell as the clause its row and column make', () => {
    const years = ['年份 新筹集保障性租赁住房 发放住房租赁补贴', '2022年 5120套 2860户', '2023年 6340套 3150户', '2024年 4980套 3520户'].join('\n');
    expect(kind(years, '6340套')).toBe('new');
    expect(kind(years, '3150户')).toBe('total');
    const works = ['| 区县 | 完工小区 | 加装电梯 | 投入资金（万元） |', '| --- | --- | --- | --- |', '| 上党区 | 21 | 8 | 3200 |', '| 潞城区 | 17 | 6 | 2600 |'].join('\n');
    expect(kind(works, '8', '部')).toBe('new');
    expect(kind(works, '2600', '元')).toBe('total');
  });

  it('reads a column headed by a dimension (长度, 里程, 面积, 规模) as the size of the thing, a column headed 进度 as a rate', () => {
    const roads = ['路段 长度（公里） 进度', '东环路改造 4.6 85%', '西环路新建 7.8 40%'].join('\n');
    expect(kind(roads, '4.6', '公里')).toBe('total');
    expect(kind(roads, '85%', '%')).toBe('rate');
    expect(kind('截至7月底，东环路改造工程进度达85%。', '85%')).toBe('rate');
    // (A heading that names additions is not a dimension: `新增面积` counts what was added.)
    expect(kind(['县区 新增面积（万平方米） 户数', '东城区 42.5 3200', '西城区 18.2 1500'].join('\n'), '42.5', '平方米')).toBe('new');
  });

  it('reads a plan column beside a done column (全年计划 已完成) as the done column counts the works', () => {
    const progress = ['县区 全年计划 已完成 完成率', '东城区 150 148 98.7%', '西城区 180 171 95.0%'].join('\n');
    expect(kind(progress, '150', '公里')).toBe('new');
    expect(kind(progress, '148', '公里')).toBe('new');
    // (With no done column, a plan names no works: the cell reads as its row and heading say.)
    expect(kind(['县区 全年计划 备注', '东城区 150 按期', '西城区 180 按期'].join('\n'), '150', '公里')).toBe('total');
  });

  it('keeps a temperature below zero a level', () => {
    expect(kind('今晨最低气温-12℃。', '-12℃', '℃')).toBe('total');
  });

  it('reads the rest of works counted in steps, and the values of a key line of works, as the works', () => {
    expect(kind('今年计划改造120个，已完成改造98个，其余22个正在施工。', '22个')).toBe('new');
    expect(kind('老旧小区改造：开工48个，完工31个，惠及居民1.26万户。', '48个')).toBe('new');
    expect(kind('新增停车泊位：共2150个，其中公共充电车位420个。', '2150个')).toBe('new');
    expect(kind('新增停车泊位：共2150个，其中公共充电车位420个。', '420个')).toBe('new');
    // (Not those reached, nor a stock told after the works without a key: `…，全县已建成幸福食堂126个` is what it has.)
    expect(kind('老旧小区改造：开工48个，完工31个，惠及居民1.26万户。', '1.26万户')).toBe('total');
    expect(kind('今年新建幸福食堂12个，全县已建成幸福食堂126个。', '126个')).toBe('total');
  });

  it('reads more works of the kind under way as the works, a count of projects under way as a total', () => {
    expect(kind('截至11月底，壶关县今年已完成加装电梯21部，另有9部正在施工。', '9部')).toBe('new');
    expect(kind('今年新建日间照料中心14个，还有6个正在建设。', '6个')).toBe('new');
    // (Not without works counted before it, nor without works under way after it.)
    expect(kind('截至9月底，沁县在建民生工程17个，已完成投资3.2亿元。', '17个')).toBe('total');
    expect(kind('今年新建日间照料中心14个，另有6个社区提出申请。', '6个')).toBe('total');
  });
});

describe('a big number printed over its label lines', () => {
  it('reads its own lines, up to the line of the next figure', () => {
    expect(kind('4.2万户\n天然气用户\n较去年新增3600户', '4.2万户')).toBe('total');
    expect(kind('4.2万户\n天然气用户\n较去年新增3600户', '3600户')).toBe('change');
    expect(kind('26座\n新建改造换热站', '26座')).toBe('new');
  });

  it('reads a percentage opening the value of a key line as the key names it: a rate under a …率 or 比例 key', () => {
    expect(kind('门诊报销比例：55%，一个年度内最高支付400元。', '55%')).toBe('rate');
    expect(kind('● 老年人健康管理率：71.3%', '71.3%')).toBe('rate');
    // Near misses: a key naming a part of a whole, and a colon after words that name no measure.
    expect(kind('脱贫户占比：12%', '12%')).toBe('share');
    expect(kind('抽检结果：96%的样品合格', '96%')).toBe('share');
  });

  it('reads a percentage going on from a rate of its sentence with no measure of its own as that rate', () => {
    expect(kind('全县农村集中供水率去年已达到91.5%，今年力争提高到95%。', '95%')).toBe('rate');
    expect(kind('城镇职工医保报销比例提高到80%，城乡居民医保提高到70%。', '70%')).toBe('rate');
    // Near misses: a part of a whole after it (占, 其中, 的), and no rate before.
    expect(kind('全县签约率达到82.6%，其中重点人群占60%。', '60%')).toBe('share');
    expect(kind('缴费比例为20%，其中8%计入个人账户。', '8%')).toBe('share');
    expect(kind('全县签约率达到82.6%，覆盖90%的行政村。', '90%')).toBe('share');
    expect(kind('全县农村人口去年减少了3000人，今年力争稳定在95%。', '95%')).toBe('share');
  });

  it('reads a part of works done (完成80%) as their progress, and a named intensity (投入强度) as a rate', () => {
    expect(kind('目前主车道已完成80%，计划明年通车。', '80%')).toBe('rate');
    expect(kind('全县研发投入强度为1.6%。', '1.6%')).toBe('rate');
    expect(kind('全县已完成改造的小区占80%。', '80%')).toBe('share');
  });
});
