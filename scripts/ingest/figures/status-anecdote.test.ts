import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { isAnecdote } from './status-anecdote.ts';

const anecdote = (paragraph: string, figure: string) => isAnecdote(scopeFor(paragraph, figure));

describe('isAnecdote', () => {
  it('reads a quote as its speaker’s story by its words or by a resident named beside it, not an official', () => {
    expect(anecdote('“以前家里温度总徘徊在18℃，现在稳稳维持在22℃以上。”', '22℃以上')).toBe(true);
    expect(anecdote('“上个月在工地干了26天。”刚从外地回来的李建军笑着说。', '26天')).toBe(true);
    expect(anecdote('“全县今年新建日间照料中心12个。”县民政局局长王军介绍。', '12个')).toBe(false);
    expect(anecdote('县委书记李明说：“全县村均人口不足800人。”', '800人')).toBe(false);
  });

  it('reads one person named by a kin word or after a role of many as one story, a role alone as a statistic', () => {
    expect(anecdote('王大娘家今年种了3亩辣椒。', '3亩')).toBe(true);
    expect(anecdote('村民王改花用攒了3个月的86分换回一桶油。', '86分')).toBe(true);
    expect(anecdote('全县患者住院费用平均下降12%。', '12%')).toBe(false);
  });
});

describe('isAnecdote: topic tags', () => {
  it('reads no one\'s story in a topic tag (#我为群众办实事#), but still in the words after it', () => {
    const p = '近日，#我为群众办实事# 县人社局在故城镇举办专场招聘会6场，87家企业提供岗位2100个。';
    expect(anecdote(p, '6场')).toBe(false);
    expect(anecdote(p, '87家')).toBe(false);
    expect(anecdote('#我为群众办实事# 村民王大爷说，我家今年种了8亩地。', '8亩')).toBe(true);
  });
});

describe('isAnecdote: a household named by its member', () => {
  it('reads a name before 家 and what the household has, paid or grew as one story', () => {
    expect(anecdote('刘桂芬家有4个大棚，今年的西红柿已经卖完了。', '4个')).toBe(true);
    expect(anecdote('加装电梯时，孙志强家出了2.8万元。', '2.8万元')).toBe(true);
  });
  it('not a word of many or of a body ending on 家 (大家, 商家, 农家, 专家)', () => {
    expect(anecdote('今年，全县商家有320个参加了促销活动。', '320个')).toBe(false);
    expect(anecdote('活动中，专家有12名到场义诊。', '12名')).toBe(false);
    expect(anecdote('全镇农家有860户办起了民宿。', '860户')).toBe(false);
  });
});

describe('isAnecdote: a resident named after their noun, then a time (namedThenTime)', () => {
  it('reads 种植户/种粮大户/养殖户 + a name jieba cuts apart or letter-spaced + 今年/去年 as one person’s story', () => {
    expect(anecdote('种植户刘春生今年种了15亩黄芩，预计收入4万元左右。', '15亩')).toBe(true);
    expect(anecdote('种植户刘春生今年种了15亩黄芩，预计收入4万元左右。', '4万元左右')).toBe(true);
    expect(anecdote('种粮大户常满仓今年种了600亩玉米。', '600亩')).toBe(true);
    expect(anecdote('种植户郭 建 平 今年种了20亩谷子，亩产达到 400斤。', '400斤')).toBe(true);
    expect(anecdote('养殖户赵红兵去年出栏肉牛120头。', '120头')).toBe(true);
  });
  it('leaves a role alone, a count of households, a noun jieba knows after the role, and a one-character time', () => {
    expect(anecdote('村民代表今年共提出建议120条。', '120条')).toBe(false);
    expect(anecdote('全村128户今年全部用上了天然气，新建燃气管网3公里。', '3公里')).toBe(false);
    expect(anecdote('农户收入今年增长8%，达到1.2万元。', '1.2万元')).toBe(false);
    expect(anecdote('种植户今年共种植黄芩3.2万亩。', '3.2万亩')).toBe(false);
    expect(anecdote('为保障改造户温暖过冬，各县区组建了86支运维服务队。', '86支')).toBe(false);
    expect(anecdote('为了让独居老人过好冬，县民政局还为全县186户独居老人安装了一键呼叫设备。', '186户')).toBe(false);
  });
});

describe('isAnecdote: a temperature read off a thermometer', () => {
  const reads = (paragraph: string, figure: string) => isAnecdote(scopeFor(paragraph, figure));

  it('reads the thermometer\'s reading in the clause chain as one room\'s (fails before)', () => {
    expect(reads('12月3日上午，县城第二中学的教室里，墙上的温度计显示18℃。', '18℃')).toBe(true);
    expect(reads('记者走进一户居民家中，温控器显示，客厅温度是21℃。', '21℃')).toBe(true);
    expect(reads('她把温度计挂在卧室门后，数字停在了20.5℃。', '20.5℃')).toBe(true);
  });

  it('keeps a temperature no thermometer reads, and a thermometer\'s count, as statistics', () => {
    expect(reads('开栓以来，全市居民家中平均室温20.5℃，达标率98.6%。', '20.5℃')).toBe(false);
    expect(reads('今冬室外气温最低降到零下15℃，供热企业提前升温。', '零下15℃')).toBe(false);
    expect(reads('社区为独居老人发放温度计300支，随时掌握室温。', '300支')).toBe(false);
  });

  it('keeps an average read off many meters a statistic (review R3 F8, fails before)', () => {
    expect(reads('市热力公司在200户居民家中安装了智能温控器，温控器显示，这些住户平均室温达到21.3℃。', '21.3℃')).toBe(false);
    expect(reads('据热力公司监测平台统计，全市1.2万块智能温控器显示，居民平均室温为20.6℃。', '20.6℃')).toBe(false);
    expect(reads('供热期间，全市布设的500个测温仪显示，居民室温达标率为98%，平均室温20.8℃。', '20.8℃')).toBe(false);
    // (near misses: one room's meter, one meter in one home)
    expect(reads('走进王大娘家，墙上的温度计显示21℃。', '21℃')).toBe(true);
    expect(reads('客厅的1个温控器显示，屋里温度是22℃。', '22℃')).toBe(true);
    expect(reads('记者看到，客厅里一个温控器显示，温度是22℃。', '22℃')).toBe(true);
  });

  it('reads one home\'s reading as one room\'s though the chain names a rate, a standard or meters handed out (review R4 F1, fails before)', () => {
    expect(reads('为检验供热达标率，记者走进东街一户居民家中，墙上的温度计显示19℃。', '19℃')).toBe(true);
    expect(reads('记者随机走进一户居民家中，对照供热标准，墙上的温度计显示19℃。', '19℃')).toBe(true);
    expect(reads('社区今冬发放了300支温度计，记者在一户人家看到，温度计显示19℃。', '19℃')).toBe(true);
    expect(reads('记者走进东街一户居民家中，卧室和客厅两个温度计都显示21℃。', '21℃')).toBe(true);
    expect(reads('记者在这户居民家看到，温控器显示近一周平均室温21℃。', '21℃')).toBe(true);
    // (near misses: many meters read, counted in words too; an average over many homes; a whole place)
    expect(reads('记者看到，十一个温控器显示，室温都在20℃左右。', '20℃左右')).toBe(false);
    expect(reads('热力公司安装的两万块智能温控器显示，室温普遍在20℃以上。', '20℃以上')).toBe(false);
    expect(reads('开栓以来，全市居民家中的温控器显示，室温在20℃以上。', '20℃以上')).toBe(false);
  });

  it('reads one home\'s reading as one room\'s whatever place word stands before the home (review R5 F6, fails before)', () => {
    expect(reads('记者走进我市东街一户居民家中，墙上的温度计显示19℃。', '19℃')).toBe(true);
    expect(reads('全县集中供暖首日，记者来到城关镇一户居民家中，温度计显示19℃。', '19℃')).toBe(true);
    expect(reads('在我县王家庄村一户村民家中，温度计显示室温18℃。', '18℃')).toBe(true);
    expect(reads('记者在老李家看到，温控器显示近一周平均室温21℃。', '21℃')).toBe(true);
    // (near misses: a whole place as the meters' subject, after the home or with none)
    expect(reads('记者在老李家看到，全市温控器显示平均室温21℃。', '21℃')).toBe(false);
    expect(reads('据监测平台数据，全市温控器显示平均室温20.6℃。', '20.6℃')).toBe(false);
  });
});

describe('isAnecdote: a quoted name is no one\'s person', () => {
  it('reads no person in an award\'s or a campaign\'s quoted name before the figure (fails before)', () => {
    expect(anecdote('12月20日，全县“好婆婆好儿媳”表彰会召开，18户家庭受到表彰。', '18户')).toBe(false);
    expect(anecdote('社区把修路灯作为“我为群众办实事”的项目，已修复路灯46盏。', '46盏')).toBe(false);
  });

  it('keeps the person a quote does not hold', () => {
    expect(anecdote('他把修好的“老伙计”推回院里，今年又修了3台。', '3台')).toBe(true);
    expect(anecdote('“最美家庭”评选中，王大娘家种了6个大棚。', '6个')).toBe(true);
  });

  it('keeps a resident\'s short remark, its closing mark inside the sentence, the speaker\'s (review R3 F15, fails before)', () => {
    expect(anecdote('“我家的暖气热乎乎的”，屋里温度达到22℃。', '22℃')).toBe(true);
    expect(anecdote('“老伴的药费能报销一大半”，今年报销了3000多元。', '3000多元')).toBe(true);
    expect(anecdote('她笑着说：“我家这个冬天不冷了”，一个冬天省了800多元。', '800多元')).toBe(true);
    // (near misses: a quoted name opening the sentence before a noun, one after a verb)
    expect(anecdote('“好婆婆好儿媳”表彰会上，全县18户家庭受到表彰。', '18户')).toBe(false);
    expect(anecdote('全县开展“我为群众办实事”，已修复路灯46盏。', '46盏')).toBe(false);
  });

  it('reads a quoted name standing as the sentence\'s lead, no one speaking it, as a name (review R4 F3, fails before)', () => {
    expect(anecdote('“我为群众办实事”，全县已修复路灯46盏。', '46盏')).toBe(false);
    expect(anecdote('活动主题：“我为群众办实事”，全县已修复路灯46盏。', '46盏')).toBe(false);
    expect(anecdote('“我的家乡我的年”，全市共举办民俗活动120场。', '120场')).toBe(false);
    expect(anecdote('“好婆婆好儿媳”，全县今年共评出18人。', '18人')).toBe(false);
    expect(anecdote('“奶奶的饭桌”，社区食堂今年供餐3万份。', '3万份')).toBe(false);
    // (near misses: a remark that says what was done, or one a verb of saying gives a speaker, stays the speaker's)
    expect(anecdote('“我家装上了新暖气”，屋里温度达到22℃。', '22℃')).toBe(true);
    expect(anecdote('“老伴有了新棉袄”，她花了300元。', '300元')).toBe(true);
    expect(anecdote('他说：“我家今年种了8亩地”，收入3万元。', '3万元')).toBe(true);
  });

  it('keeps a remark that names a household the speaker\'s though the clause after names the county as giver or rule (review R5 F4, fails before)', () => {
    expect(anecdote('“我家今年装上了新暖气”，县里补贴了2000元。', '2000元')).toBe(true);
    expect(anecdote('“我家的地流转出去了”，按照全县统一标准，每年能拿租金4000元。', '4000元')).toBe(true);
    expect(anecdote('“老伴住院花了不少钱”，按照市里的政策，报销了3000多元。', '3000多元')).toBe(true);
    expect(anecdote('“老伴的救命钱”，今年报销了3000多元。', '3000多元')).toBe(true);
    // (near misses: a campaign's name over a whole place, one over a body)
    expect(anecdote('“我为群众办实事”，社区今年已修复路灯46盏。', '46盏')).toBe(false);
    expect(anecdote('“我的家乡我的年”，全市共举办民俗活动120场。', '120场')).toBe(false);
  });
});
