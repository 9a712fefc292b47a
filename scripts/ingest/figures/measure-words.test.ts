// Figures found by the form of the unit after the number (issue 15): measure words that close a word of their
// own, a count unit with 次, rates `A/B`, 百分点 without 个, 块 as pieces or as spoken yuan. Made-up sentences,
// each form beside what only looks like it.
import { describe, expect, it } from 'vitest';
import { findFigureSpans } from './spans.ts';
import { blockIsMoney, closesWord } from './measure-words.ts';

const spans = (text: string) => findFigureSpans(text).map(({ text, value, unit }) => ({ text, value, unit }));
const first = (text: string) => spans(text)[0];

describe('measure words', () => {
  it('counts in a measure word that closes a word of its own', () => {
    expect(first('今年新打机井11眼，解决了1.6万人吃水问题。')).toEqual({ text: '11眼', value: 11, unit: '眼' });
    expect(first('村里打了3口井。')).toEqual({ text: '3口', value: 3, unit: '口' });
    expect(first('修缮4孔窑洞')).toEqual({ text: '4孔', value: 4, unit: '孔' });
    expect(first('出动无人机12架')).toEqual({ text: '12架', value: 12, unit: '架' });
    expect(first('发放棉被200床、帐篷30顶')).toEqual({ text: '200床', value: 200, unit: '床' });
    expect(spans('发放棉被200床、帐篷30顶')[1]).toEqual({ text: '30顶', value: 30, unit: '顶' });
    expect(first('放流鱼苗3000尾')).toEqual({ text: '3000尾', value: 3000, unit: '尾' });
    expect(first('每天往返6班，方便群众')).toEqual({ text: '6班', value: 6, unit: '班' });
    expect(first('为困难群众送去米面油500袋')).toEqual({ text: '500袋', value: 500, unit: '袋' });
    expect(first('人均日生活用水量达到60升。')).toEqual({ text: '60升', value: 60, unit: '升' });
  });

  it('leaves the character alone where it opens a longer word', () => {
    expect(spans('新增500床位')).toEqual([]);
    expect(spans('车牌10尾号限行')).toEqual([]);
    expect(spans('全县3具备条件的村')).toEqual([]);
    expect(spans('新开2口岸')).toEqual([]);
    expect(spans('水位从50升到80')).toEqual([]);
    expect(closesWord('新增500床位', 5, '床')).toBe(false);
    expect(closesWord('新打机井11眼，', 6, '眼')).toBe(true);
  });

  it('counts vaccine or medicine doses (剂) and orders (单), not the words they open (单元, 单位, 剂量) nor an ordinal', () => {
    expect(first('卫生院今年已接种疫苗3600余剂。')).toEqual({ text: '3600余剂', value: 3600, unit: '剂' });
    expect(first('全县累计接种5.2万剂，无不良反应。')).toEqual({ text: '5.2万剂', value: 52000, unit: '剂' });
    expect(first('网店一天能接800多单。')).toEqual({ text: '800多单', value: 800, unit: '单' });
    expect(spans('家住3单元的老人')).toEqual([]);
    expect(spans('共有12单位参加')).toEqual([]);
    expect(spans('每次2剂量')).toEqual([]);
    expect(spans('寄出当天的第5单快递')).toEqual([]);
  });

  it('counts in a common measure word whatever word jieba would make of it and what follows', () => {
    for (const [text, figure] of [['一家有5个人参加', '5个'], ['来了3家人', '3家'], ['捐赠200本书', '200本'], ['分到2套房', '2套'], ['养了5头牛', '5头']]) {
      expect(first(text), text).toMatchObject({ text: figure });
    }
    expect(first('分4批次发放')).toEqual({ text: '4批次', value: 4, unit: '批次' });
  });

  it('never reads a word made with a lone Chinese digit, an ordinal or a vague count', () => {
    for (const text of ['他看了一眼', '一口气跑完', '三番五次上门', '第3次上门', '来了几次', '一块儿去', '两口子', '一班人马']) {
      expect(spans(text), text).toEqual([]);
    }
  });
});

describe('a count unit with 次', () => {
  it('is one unit', () => {
    expect(first('出动车辆120台次')).toEqual({ text: '120台次', value: 120, unit: '台次' });
    expect(spans('开行班车300班次，检查企业45家次')).toEqual([
      { text: '300班次', value: 300, unit: '班次' },
      { text: '45家次', value: 45, unit: '家次' },
    ]);
    expect(first('累计服务4.5万件次')).toEqual({ text: '4.5万件次', value: 45_000, unit: '件次' });
  });
});

describe('rates', () => {
  it('reads a unit per a unit or a span of time as one unit', () => {
    expect(first('PM2.5平均浓度为36微克/立方米，同比下降10%。')).toEqual({ text: '36微克/立方米', value: 36, unit: '微克/立方米' });
    expect(first('收费标准为18元/平方米')).toEqual({ text: '18元/平方米', value: 18, unit: '元/平方米' });
    expect(first('日均接待2000人次/日')).toEqual({ text: '2000人次/日', value: 2000, unit: '人次/日' });
    expect(first('发放补贴120元/人·月')).toEqual({ text: '120元/人·月', value: 120, unit: '元/人·月' });
    expect(first('补助1.5万元/户')).toEqual({ text: '1.5万元/户', value: 15_000, unit: '元/户' });
    expect(first('收取物业费1.2元/平方米·月')).toEqual({ text: '1.2元/平方米·月', value: 1.2, unit: '元/平方米·月' });
    expect(first('电价0.8元/度，')).toEqual({ text: '0.8元/度', value: 0.8, unit: '元/度' });
    expect(first('白菜卖3块/斤，')).toEqual({ text: '3块/斤', value: 3, unit: '元/斤' });
    expect(first('房价8000元/平米，')).toEqual({ text: '8000元/平米', value: 8000, unit: '元/平方米' });
    expect(first('补贴300元/人/月，')).toEqual({ text: '300元/人/月', value: 300, unit: '元/人/月' });
  });

  it('stops at the unit when what follows the slash is no unit', () => {
    expect(first('票价2元/张三说')).toMatchObject({ text: '2元/张', unit: '元/张' });
    expect(first('补贴500元/次申请')).toMatchObject({ text: '500元/次' });
    expect(first('价格5元/ 斤')).toMatchObject({ text: '5元', unit: '元' });
  });
});

describe('working days', () => {
  it('are a duration of their own', () => {
    expect(first('5个工作日内办结')).toEqual({ text: '5个工作日内', value: 5, unit: '工作日' });
  });
});

describe('short forms of square and cubic metres', () => {
  it('are recorded in the metres they shorten', () => {
    expect(first('面积3000平米')).toEqual({ text: '3000平米', value: 3000, unit: '平方米' });
    expect(first('日供水3万立方，')).toEqual({ text: '3万立方', value: 30_000, unit: '立方米' });
    expect(first('供水3万立方米')).toEqual({ text: '3万立方米', value: 30_000, unit: '立方米' });
  });
});

describe('百分点 and 块', () => {
  it('reads 百分点 without 个 as percentage points', () => {
    expect(first('比例下降3百分点。')).toEqual({ text: '3百分点', value: 3, unit: '个百分点' });
    expect(first('提高0.5百分点')).toEqual({ text: '0.5百分点', value: 0.5, unit: '个百分点' });
  });

  it('tells pieces from spoken yuan by what stands before the number', () => {
    expect(blockIsMoney('一天能挣260块，', 5, 9)).toBe(true);
    expect(blockIsMoney('共划出菜地160块，', 5, 9)).toBe(false);
    expect(blockIsMoney('划分成120块小菜地', 3, 7)).toBe(false);
    expect(blockIsMoney('设置农田防护标志牌    1200块', 13, 18)).toBe(false);
  });

  it('reads 块 after a compound jieba does not know as pieces of it: such a compound is a noun', () => {
    // (户表, 井盖板: no dictionary words; jieba tags them x.)
    expect(first('今年更换户表1.6万块，')).toEqual({ text: '1.6万块', value: 16_000, unit: '块' });
    // Near misses: after a verb (挣) or a particle (了), and after a word for money, 块 is yuan.
    expect(first('一个月多挣了300块，')).toEqual({ text: '300块', value: 300, unit: '元' });
    expect(first('光路费就花了50多块，')).toEqual({ text: '50多块', value: 50, unit: '元' });
    // (… and after a compound jieba does not know that opens on a verb or an adverb: 要花, 还省.)
    expect(first('一个冬天烧煤要花3000多块，')).toEqual({ text: '3000多块', value: 3000, unit: '元' });
    expect(first('比烧煤还省500多块。')).toEqual({ text: '500多块', value: 500, unit: '元' });
  });
});

describe('measure words of grains and pieces, tables, times, lessons, kits and loads (session 18)', () => {
  it('counts in each where it closes a word of its own', () => {
    expect(first('公司目前月产芯片3000万颗，')).toEqual({ text: '3000万颗', value: 30_000_000, unit: '颗' });
    expect(first('为农户发放玉米良种8000余粒。')).toEqual({ text: '8000余粒', value: 8000, unit: '粒' });
    expect(first('运动员摘得奖牌12枚。')).toEqual({ text: '12枚', value: 12, unit: '枚' });
    expect(first('假期一天最多接待了90多桌。')).toEqual({ text: '90多桌', value: 90, unit: '桌' });
    expect(first('以前爬6楼要歇3回。')).toEqual({ text: '3回', value: 3, unit: '回' });
    expect(first('每期培训8课时，')).toEqual({ text: '8课时', value: 8, unit: '课时' });
    expect(first('累计培训24学时。')).toEqual({ text: '24学时', value: 24, unit: '学时' });
    expect(first('购置大型农机具15台套。')).toEqual({ text: '15台套', value: 15, unit: '台套' });
    expect(first('清理排水渠1200延米。')).toEqual({ text: '1200延米', value: 1200, unit: '延米' });
    expect(first('清运建筑垃圾3000余车，')).toEqual({ text: '3000余车', value: 3000, unit: '车' });
    expect(first('名师送课下乡46堂。')).toEqual({ text: '46堂', value: 46, unit: '堂' });
    expect(first('为困难户送去种子300包。')).toEqual({ text: '300包', value: 300, unit: '包' });
    expect(first('助餐点每天供餐200余顿，')).toEqual({ text: '200余顿', value: 200, unit: '顿' });
  });

  it('leaves them alone where the character opens a longer word, and a year, a date or an ordinal alone', () => {
    expect(spans('他们3回到家中')).toEqual([]);
    expect(spans('新建2车道公路')).toEqual([]);
    expect(spans('第3回合')).toEqual([]);
    expect(spans('2025年12月3日回访，第5包村干部')).toEqual([]);
    expect(spans('已有12包括在内')).toEqual([]);
  });
});
