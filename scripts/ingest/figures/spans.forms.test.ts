// Number forms of issue 15 the figure scan must read (F9): a number set apart from its unit by a blank, a
// temperature below zero or in Chinese numerals where the clause speaks of warmth, the Chinese and mixed
// numerals papers print, a range that runs upwards; and what only looks like one of them. Made-up sentences.
import { describe, expect, it } from 'vitest';
import { findFigureSpans } from './spans.ts';
import { pastGap, temperatureClause } from './units.ts';

const spans = (text: string) => findFigureSpans(text).map(({ text, value, unit, qualifier }) => ({ text, value, unit, qualifier }));

describe('rounds', () => {
  it('reads rounds of checks (检查3轮) as a count, not 第一轮 nor a lone 两轮', () => {
    expect(spans('市县两级开展食堂食品安全检查3轮，抽检样品860批次。')[0]).toMatchObject({ text: '3轮', value: 3, unit: '轮' });
    expect(spans('第一轮检查已结束，两轮督查后整改到位。')).toEqual([]);
  });
});

describe('half an hour', () => {
  it('reads 半个钟头 and 半小时 as 0.5 hour, not 上半年 or 一个半小时', () => {
    expect(spans('现在去县城只要半个钟头。')[0]).toMatchObject({ value: 0.5 });
    expect(spans('排队不到半小时就办完了。')[0]).toMatchObject({ value: 0.5, unit: '小时' });
    expect(spans('上半年全县新增就业2100人。').map((f) => f.value)).toEqual([2100]);
  });
});

describe('a lone Chinese digit of times in a frequency', () => {
  it('reads 两次 after the period it recurs in, not a lone 两次 that tells no frequency', () => {
    expect(spans('12名队员每月走进社区两次，为老人上门理发。')).toContainEqual({ text: '两次', value: 2, unit: '次', qualifier: 'exact' });
    expect(spans('医生每周三次上门巡诊。')[0]).toMatchObject({ value: 3, unit: '次' });
    expect(spans('充值3000元，才用了两次店就关了。').map((f) => f.text)).toEqual(['3000元']);
  });
});

describe('a stray space inside an OCR copy\'s full-width number', () => {
  it('reads one number across one space between digit runs that opens after a word and closes on its unit', () => {
    expect(spans('县里投入资金３ ２００万元，')[0]).toMatchObject({ text: '３ ２００万元', value: 32_000_000, unit: '元' });
    expect(spans('为６ ２０户群众送去棉被')[0]).toMatchObject({ value: 620, unit: '户' });
    expect(spans('满意率达到９ ６．５％')[0]).toMatchObject({ value: 96.5, unit: '%' });
    // (Not a table's cells, each set off by spaces: `沁源县 ２４ ８９．２％`.)
    expect(spans('沁源县 ２４ ８９．２％').map((f) => f.value)).toEqual([89.2]);
  });

  it('reads Arabic digits grouped by thousands with a space (8 600余人) as one number, its unit right after the group', () => {
    expect(spans('惠及群众8 600余人。')[0]).toMatchObject({ text: '8 600余人', value: 8600, unit: '人' });
    expect(spans('累计投入12 400万元，')[0]).toMatchObject({ value: 124_000_000, unit: '元' });
    // (Not a table's cells set off by spaces, nor a group of fewer than three digits after the space.)
    expect(spans('襄垣县 24 892户').map((f) => f.value)).toEqual([892]);
    expect(spans('为12 个村配备').map((f) => f.value)).toEqual([12]);
  });
});

describe('a number set apart from its unit', () => {
  it('reads a unit or multiplier after a space, a tab or a line break', () => {
    expect(spans('投入资金1200 万元，')).toEqual([{ text: '1200 万元', value: 12_000_000, unit: '元', qualifier: 'exact' }]);
    expect(spans('冬储大白菜\t320\t吨')).toEqual([{ text: '320\t吨', value: 320, unit: '吨', qualifier: 'exact' }]);
    expect(spans('共筹集1000\n万元')[0]).toMatchObject({ value: 10_000_000, unit: '元' });
    expect(spans('参加人数达1.2万 人')[0]).toMatchObject({ text: '1.2万 人', value: 12_000, unit: '人' });
  });

  it('reads nothing across a blank that no unit follows, nor an ordinal or a date', () => {
    expect(spans('电话 12345 转 2')).toEqual([]);
    expect(spans('第 3 次会议')).toEqual([]);
    expect(spans('3 月 5 日')).toEqual([]);
    expect(spans('2025 年')).toEqual([]);
    expect(pastGap('12   个', 2)).toBe(2);
  });
});

describe('time limits', () => {
  it('keeps 内 after a duration as the limit’s qualifier word, whatever the verb after it', () => {
    expect(spans('承诺24小时内响应、3个工作日内办结。')).toEqual([
      { text: '24小时内', value: 24, unit: '小时', qualifier: 'under' },
      { text: '3个工作日内', value: 3, unit: '工作日', qualifier: 'under' },
    ]);
    expect(spans('县医院专家15分钟内就能出报告。').map((s) => s.text)).toEqual(['15分钟内']);
    // (Not after a count, where 内 says where: `12个村内`; nor a service round the clock.)
    expect(spans('12个村内').map((s) => s.text)).toEqual(['12个']);
    expect(spans('提供24小时服务')).toEqual([]);
  });
});

describe('signs and halves', () => {
  it('reads a + that opens a table cell as a change printed with its figure, never a code', () => {
    expect(spans('| 社区养老服务站 | 46个 | +8个 |')[1]).toEqual({ text: '+8个', value: 8, unit: '个', qualifier: 'exact' });
    expect(spans('同比 +3.5%')).toEqual([{ text: '+3.5%', value: 3.5, unit: '%', qualifier: 'exact' }]);
    expect(spans('推行1+N模式')).toEqual([]);
    expect(spans('5+2=7个')).toEqual([]);
  });

  it('reads a - that opens a table cell as a fall printed with its figure, never a dash between numbers', () => {
    expect(spans('| 大白菜 | 元/斤 | 0.85 | -5.6% |').at(-1)).toEqual({ text: '-5.6%', value: -5.6, unit: '%', qualifier: 'exact' });
    expect(spans('长治 256天 -7.9%').at(-1)).toEqual({ text: '-7.9%', value: -7.9, unit: '%', qualifier: 'exact' });
    expect(spans('2021-2025年累计建设3-5个').map((s) => s.text)).not.toContain('-5个');
    expect(spans('咨询电话 0355-2186000')).toEqual([]);
  });

  it('reads "and a half" after a measure of hours', () => {
    expect(spans('路上要一个半小时，')).toEqual([{ text: '一个半小时', value: 1.5, unit: '小时', qualifier: 'exact' }]);
    expect(spans('排队两个半小时，')[0]).toMatchObject({ value: 2.5, unit: '小时' });
    expect(spans('需要1个半小时，')).toEqual([{ text: '1个半小时', value: 1.5, unit: '小时', qualifier: 'exact' }]);
  });
});

describe('qualifier words', () => {
  it('reads a negated comparison as the bound it sets, not as the comparison it negates', () => {
    expect(spans('家长每月负担不超过800元，')).toEqual([{ text: '不超过800元', value: 800, unit: '元', qualifier: 'under' }]);
    expect(spans('服务期不少于6年。')).toEqual([{ text: '不少于6年', value: 6, unit: '年', qualifier: 'over' }]);
    expect(spans('每月上门至少3次，')).toEqual([{ text: '至少3次', value: 3, unit: '次', qualifier: 'over' }]);
    expect(spans('负担超过800元，')[0]).toMatchObject({ text: '超过800元', qualifier: 'over' });
  });

  it('keeps 突破, the clause’s verb, out of the text and reads it as over', () => {
    expect(spans('线上销售额突破2600万元，')).toEqual([{ text: '2600万元', value: 26_000_000, unit: '元', qualifier: 'over' }]);
  });

  it('reads yuan with 钱 after it whole, as 块钱 is read', () => {
    expect(spans('一顿饭才花10元钱。')).toEqual([{ text: '10元钱', value: 10, unit: '元', qualifier: 'exact' }]);
  });

  it('reads the tenths of a yuan people speak of (毛钱) as yuan, scaled, with a lone Chinese digit too', () => {
    expect(spans('“每斤比超市便宜5毛钱。”')).toEqual([{ text: '5毛钱', value: 0.5, unit: '元', qualifier: 'exact' }]);
    expect(spans('“一斤能多卖两毛钱。”')).toEqual([{ text: '两毛钱', value: 0.2, unit: '元', qualifier: 'exact' }]);
    // Near misses: 毛 in a word (毛巾, 羊毛) is no money.
    expect(spans('发放毛巾3条，')).toEqual([{ text: '3条', value: 3, unit: '条', qualifier: 'exact' }]);
    expect(spans('收购羊毛2吨。')).toEqual([{ text: '2吨', value: 2, unit: '吨', qualifier: 'exact' }]);
  });

  it('reads hours people speak of as hours', () => {
    expect(spans('一天只供2个钟头，')).toEqual([{ text: '2个钟头', value: 2, unit: '小时', qualifier: 'exact' }]);
    expect(spans('等了两个钟头。')[0]).toMatchObject({ value: 2, unit: '小时' });
  });
});

describe('temperatures', () => {
  it('keeps the sign of a temperature below zero', () => {
    expect(spans('最低气温零下5度，')).toEqual([{ text: '零下5度', value: -5, unit: '℃', qualifier: 'exact' }]);
    expect(spans('夜间最低气温-12℃，')).toEqual([{ text: '-12℃', value: -12, unit: '℃', qualifier: 'exact' }]);
  });

  it('reads a degree in Chinese numerals only where the clause speaks of temperature', () => {
    expect(spans('室温达到二十度，')).toEqual([{ text: '二十度', value: 20, unit: '℃', qualifier: 'exact' }]);
    expect(spans('用电二十度')).toEqual([]);
    expect(spans('转了三百六十度')).toEqual([]);
    expect(temperatureClause('室温达到二十度，老人很满意', 5)).toBe(true);
    expect(temperatureClause('天很冷，转了三百六十度', 8)).toBe(false);
  });
});

describe('Chinese and mixed numerals', () => {
  it.each([
    ['受益群众占三分之一。', '三分之一', 33.33, '%'],
    ['占比两成。', '两成', 20, '%'],
    ['，近六成村民', '近六成', 60, '%'],
    ['共有一万二千人参加', '一万二千人', 12_000, '人'],
    ['种植1.2万余亩', '1.2万余亩', 12_000, '亩'],
    ['建成十余个站点', '十余个', 10, '个'],
    ['，约4成', '约4成', 40, '%'],
    ['走路二十分钟，', '二十分钟', 20, '分钟'],
    ['组织百余名志愿者，', '百余名', 100, '名'],
    ['惠及千余户群众', '千余户', 1000, '户'],
    ['，超千人参加', '超千人', 1000, '人'],
    ['，不足百人', '不足百人', 100, '人'],
  ])('%s', (sentence, text, value, unit) => {
    expect(spans(sentence)[0]).toMatchObject({ text, value, unit });
  });

  it('reads no bare 百/千/万 without 余/多 or a word of nearness: idioms and names', () => {
    for (const text of ['千家万户', '千年古村', '万众一心', '百年老店', '有百多年历史']) expect(spans(text), text).toEqual([]);
  });

  it('reads no range that runs downwards', () => {
    expect(spans('2024-12℃')).toEqual([]);
    expect(spans('投资3-5万元')[0]).toMatchObject({ text: '3-5万元', value: 30_000 });
  });
});

describe('what only looks like a figure', () => {
  it.each([
    ['a guess between two digits', '一亩地能多收两三百元。'],
    ['a guess between two digits', '来了五六千人'],
    ['a threshold that makes a condition', '室内温度低于18℃可拨打12345热线'],
    ['a list of conditions closing on 的', '体温不超过38.5℃、精神状态好的，可以先在家观察'],
    ['a list of conditions closing on 后', '缴费满15年、达到法定退休年龄后，可按月领取养老金'],
    ['a comparison sign before a condition', '使用年限 > 8年、出现老化开裂的，须及时更换'],
    ['a whole day of service', '服务热线：12345（24小时）'],
    ['a whole day of service', '现在24小时都有水。'],
  ])('%s: %s', (_, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('reads an average age or a life expectancy, never a person’s or a group’s age', () => {
    expect(spans('全市人均预期寿命达到78.5岁。')).toEqual([{ text: '78.5岁', value: 78.5, unit: '岁', qualifier: 'exact' }]);
    expect(spans('队员平均年龄45岁，')[0]).toMatchObject({ text: '45岁' });
    expect(spans('72岁的刘桂兰已经')).toEqual([]);
    expect(spans('60岁以上老人每餐只需8元')).toEqual([{ text: '8元', value: 8, unit: '元', qualifier: 'exact' }]);
  });

  it('keeps what the same words print as a fact, a deadline or time spent', () => {
    expect(spans('家长负担不超过800元，')[0]).toMatchObject({ text: '不超过800元' });
    expect(spans('已满3年。')[0]).toMatchObject({ text: '3年' });
    expect(spans('承诺24小时内办结')[0]).toMatchObject({ text: '24小时内' });
    expect(spans('用时24小时完成抢修')[0]).toMatchObject({ text: '24小时' });
    expect(spans('室温低于18℃的1460户居民')).toEqual([{ text: '1460户', value: 1460, unit: '户', qualifier: 'exact' }]);
  });
});

describe('durations before a noun, an interval and a deadline in days (session 18)', () => {
  it('reads the length of a span a noun names (…期, …程) as a figure', () => {
    expect(spans('自缴费之日起设置3个月等待期，')[0]).toMatchObject({ text: '3个月', value: 3, unit: '个月' });
    expect(spans('逾期缴费的设90天待遇等待期。')[0]).toMatchObject({ text: '90天', value: 90, unit: '天' });
    expect(spans('从县城到景区只有20分钟车程。')[0]).toMatchObject({ text: '20分钟', value: 20, unit: '分钟' });
  });

  it('reads an interval after 每', () => {
    expect(spans('线路全长18.5公里，每15分钟一班。').map((f) => f.text)).toEqual(['18.5公里', '15分钟']);
    expect(spans('网格员每2小时巡查一次。')[0]).toMatchObject({ text: '2小时', value: 2, unit: '小时' });
  });

  it('reads a deadline counted in days (日内) after a number that is no date', () => {
    expect(spans('请债权人自本公告见报之日起45日内向本公司申报债权。')).toEqual([{ text: '45日内', value: 45, unit: '日', qualifier: 'under' }]);
    expect(spans('聘用人员须在接到通知后3日内报到，')[0]).toMatchObject({ text: '3日内', value: 3, unit: '日' });
    expect(spans('须在30日以内办结。')[0]).toMatchObject({ text: '30日以内', value: 30, unit: '日' });
  });

  it('leaves a service, a plan and a date alone', () => {
    expect(spans('打造15分钟便民生活圈。')).toEqual([]);
    expect(spans('实施3年行动计划。')).toEqual([]);
    expect(spans('请于12月31日内缴清，1月26日起执行。')).toEqual([]);
    expect(spans('2025-12-31日内有效')).toEqual([]);
    expect(spans('第3日内')).toEqual([]);
    expect(spans('申报时间为12月1日至20日内。')).toEqual([]);
    expect(spans('请于12月1日至15日内办理，')).toEqual([]);
    expect(spans('活动为期100天期间')).toEqual([]);
  });
});

describe('a lone Chinese digit counted after its noun (session 18)', () => {
  it('reads a count that closes its clause after the noun it counts, or follows 其余/另有/已有', () => {
    expect(spans('今年新建“一老一小”服务中心三个，改造日间照料中心十二个。').map((f) => f.text)).toEqual(['三个', '十二个']);
    expect(spans('全县共有乡镇卫生院九所。')[0]).toMatchObject({ text: '九所', value: 9, unit: '所' });
    expect(spans('已有七件完成年度目标，其余三件正在加紧推进。').map((f) => f.text)).toEqual(['七件', '三件']);
    expect(spans('剩下的两项工程明年完工。')[0]).toMatchObject({ text: '两项', value: 2, unit: '项' });
  });

  it('reads the days a thing takes in a longer period in words (每周…坐诊两天) as a count', () => {
    expect(spans('镇卫生院的医生每周到村卫生室坐诊三天。')[0]).toMatchObject({ text: '三天', value: 3, unit: '天' });
    // Near misses: days with no period before them, and 每天 (a day holds no days).
    expect(spans('他在村里住了两天。')).toEqual([]);
    expect(spans('每天到村里走两天')).toEqual([]);
  });

  it('reads a number in Markdown strong emphasis (**24小时内**) as printed plain, not as a code beside an asterisk', () => {
    expect(spans('维修人员 **2小时内** 上门，')[0]).toMatchObject({ text: '2小时内', value: 2, unit: '小时' });
    // Near misses: an asterisk of a code or a product (3*4米) and a power (a**2) stay codes.
    expect(spans('板材规格3*4米。')).toEqual([]);
    expect(spans('x**2米')).toEqual([]);
  });

  it('reads the li of a walk told in words where 外, 路 or 远 follows it, not a word made with 里', () => {
    expect(spans('以前要到三里外的河沟里挑水。')[0]).toMatchObject({ text: '三里', value: 3, unit: '里' });
    expect(spans('上学要走五里山路，')[0]).toMatchObject({ text: '五里', value: 5, unit: '里' });
    // Near misses: 十里八乡, 方圆十里, 百里挑一 are words.
    expect(spans('十里八乡的群众都来了。')).toEqual([]);
    expect(spans('方圆十里没有一家诊所。')).toEqual([]);
  });

  it('reads a lone digit after a list of as many places as it says: the things of those places counted', () => {
    expect(spans('西火镇、八义镇两所敬老院已投入使用。')[0]).toMatchObject({ text: '两所', value: 2, unit: '所' });
    expect(spans('新开通西营镇至县城、南宋镇至县城两条公交线路，')[0]).toMatchObject({ text: '两条', value: 2, unit: '条' });
    // Near misses: a list of other words, a count that is not the list's, and a noun that only qualifies another (的).
    expect(spans('比赛分为初赛、复赛两个环节，')).toEqual([]);
    expect(spans('西火镇、八义镇、苏店镇两所敬老院')).toEqual([]);
    expect(spans('连接西火镇、八义镇两个镇的公路')).toEqual([]);
  });

  it('leaves a lone digit in prose alone: before its noun, after a verb, a pronoun, a span or 每, the digit one, an ordinal', () => {
    expect(spans('两个村的群众都来了。')).toEqual([]);
    expect(spans('他们三个，都是村里的党员。')).toEqual([]);
    expect(spans('每户一个。')).toEqual([]);
    expect(spans('这是第三个。')).toEqual([]);
    expect(spans('他家只有一所。')).toEqual([]);
    expect(spans('前三个，')).toEqual([]);
    expect(spans('下一次楼要歇三回，把单子分成两组，班车一天四趟。')).toEqual([]);
  });
});

describe('units printed as symbols, cases counted in 宗, and a share printed as a fraction (session 18)', () => {
  it('reads ㎡, m², m³, km, kg and kWh as the units they stand for', () => {
    expect(spans('新建住宅15000㎡，改造道路3.5km。')).toEqual([
      { text: '15000㎡', value: 15000, unit: '平方米', qualifier: 'exact' },
      { text: '3.5km', value: 3.5, unit: '公里', qualifier: 'exact' },
    ]);
    expect(spans('日处理污水2万m³，年发电量1200万kWh，回收废品860kg。').map((f) => [f.value, f.unit])).toEqual([
      [20000, '立方米'],
      [12_000_000, '千瓦时'],
      [860, '公斤'],
    ]);
    expect(spans('人均居住面积35m²。')[0]).toMatchObject({ value: 35, unit: '平方米' });
    expect(spans('新增绿地3.5km²。')[0]).toMatchObject({ text: '3.5km²', value: 3.5, unit: '平方公里' });
  });

  it('counts cases in 宗 and reads 延长米 as 延米', () => {
    expect(spans('受理土地纠纷案件1200宗。')[0]).toMatchObject({ text: '1200宗', value: 1200, unit: '宗' });
    expect(spans('铺设燃气管道1.2万延长米。')[0]).toMatchObject({ value: 12000, unit: '延米' });
  });

  it('reads a fraction of one-digit numbers as a share where it stands as one', () => {
    expect(spans('全市有1/3的村实现集中供水。')[0]).toMatchObject({ text: '1/3', value: 33.33, unit: '%' });
    expect(spans('达到总数的2/3以上。')[0]).toMatchObject({ text: '2/3以上', value: 66.67, unit: '%', qualifier: 'over' });
  });

  it('leaves codes, models, dates and a 5G alone', () => {
    expect(spans('建成5G基站，购置4K设备，G5京昆高速，1/12版。')).toEqual([]);
    expect(spans('于11/25开始，比分3/2。')).toEqual([]);
    expect(spans('城乡供水系列报道之（2/5）')).toEqual([]);
    expect(spans('宗教场所3处')).toEqual([{ text: '3处', value: 3, unit: '处', qualifier: 'exact' }]);
  });
});

describe('百分之百 (issue 15)', () => {
  it('is a hundred per cent', () => {
    expect(findFigureSpans('农村客运班线通达率达百分之百。').map((f) => [f.text, f.value, f.unit])).toEqual([['百分之百', 100, '%']]);
  });
  it('leaves 百 alone elsewhere a numeral of nothing (百姓, 百花)', () => {
    expect(findFigureSpans('百姓满意度高，百花齐放。')).toEqual([]);
  });
});
