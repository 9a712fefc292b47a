import { describe, expect, it } from 'vitest';
import { findYear, postedYear, presentYear } from './year.ts';

describe('findYear', () => {
  it('reads the year the text names (seed 002)', () => {
    expect(findYear('2025年，壶关县始终锚定“民生优先”导向')).toBe(2025);
  });

  it('takes the year named most often (seed 000)', () => {
    const text =
      '2024年以来，上党区以保障和改善养老服务为切入点，为确保采暖季的供热工作有条不紊进行，2024年5月，上党区城投供热有限公司早早就启动了供热准备工作；2023年建成';
    expect(findYear(text)).toBe(2024);
  });

  it('counts 截至 as a past date but not targets (seed 003)', () => {
    const text = '步入2025年，上党区紧跟中央部署。截至2024年底，上党区战略性新兴产业企业占比低。计划2025年完成投资10亿元以上';
    expect(findYear(text)).toBe(2025);
    expect(findYear('截至2024年底，上党区战略性新兴产业企业占比低，到2035年基本实现')).toBe(2024);
    expect(findYear('2023年开工，2021—2025年规划')).toBe(2023);
  });

  it('reads 到 a year as a past date when the next clause says it is done (已), as a target otherwise', () => {
    expect(findYear('到2024年底，全县已建成村级幸福院86所。')).toBe(2024);
    expect(findYear('到2027年底，全县将建成村级幸福院120所。')).toBeUndefined();
    expect(findYear('到2027年底，全县建成幸福院120所，目前已完成过半。')).toBeUndefined();
  });

  it('leaves out the years of more plan forms: 下一步, 要, a plan’s title', () => {
    expect(findYear('2026年，全县要完成清洁取暖改造3000户。')).toBeUndefined();
    expect(findYear('2024年要闻回顾：全县新建学校5所。')).toBe(2024);
    expect(findYear('下一步，2026年全县还将新建公路50公里。')).toBeUndefined();
    expect(findYear('市政府印发《长治市2026年民生实事实施方案》，确定12件实事。')).toBeUndefined();
    expect(findYear('《2024年政府工作报告》显示，全市新增就业3万人。')).toBe(2024);
  });

  it('dates by a year named otherwise before a scheme’s year (2026年度医保)', () => {
    expect(findYear('2026年度城乡居民医保开始缴费，截止日期为2025年12月31日。')).toBe(2025);
    expect(findYear('2024年度考核中，该县位列全省第一。')).toBe(2024);
  });

  it('gives a tie to the later year (seed 001 commentary)', () => {
    expect(findYear('回望过去的2023年，我们接续奋斗，砥砺前行。阔步2024年，我们该以什么样的作为开启新希望？')).toBe(2024);
  });

  it('uses the page year for news dated by day only (seed 001)', () => {
    const text = '1月26日，我市召开征兵工作电视电话会';
    expect(findYear(text, 2024)).toBe(2024);
    expect(findYear(text)).toBeUndefined();
    expect(findYear('近日，由省总工会、省公安厅交通管理局联合举办的竞赛落下帷幕', 2024)).toBe(2024);
  });

  it('ignores years that are not dates of events', () => {
    expect(findYear('长治交警支队荣获“2024山西公安交警系统交通安全宣讲比武竞赛”团体二等奖')).toBeUndefined();
    expect(findYear('20世纪1990年代的老厂房')).toBeUndefined();
    expect(findYear('力争2030年实现碳达峰，2024年启动', 2024)).toBe(2024);
    expect(findYear('向2025届毕业生发放一次性求职补贴512.4万元')).toBe(2025);
  });

  it('leaves text without any date undated', () => {
    expect(findYear('涓涓细流，汇成壮阔的大海', 2024)).toBeUndefined();
  });
});

describe('findYear: never a plan or a target (issue 15)', () => {
  it('leaves out the years of plans, targets and deadlines', () => {
    expect(findYear('方案提出，计划2026年底前完成改造任务；到2027年，全市加装电梯不少于600部。')).toBeUndefined();
    expect(findYear('2026年，该县计划投资1.2亿元，计划2027年秋季投入使用。')).toBeUndefined();
    expect(findYear('县里力争2027年实现农村清洁取暖全覆盖。2024年，全县新建改造农村公路112公里。')).toBe(2024);
    expect(findYear('明年将在2026年新建3所学校，预计2026年投入使用。')).toBeUndefined();
  });

  it('reads 争取 as winning money or a project, not a plan, where it wins them (争取到, 争取…资金)', () => {
    expect(findYear('答复：2024年，我局争取省级资金8600万元，改造农村供水管网120公里。')).toBe(2024);
    expect(findYear('2023年，县里争取到中央预算内投资3亿元。')).toBe(2023);
    expect(findYear('2024年，县里争取上级项目12个。')).toBe(2024);
    expect(findYear('2023年，全县争取中央预算内资金2亿元。')).toBe(2023);
    expect(findYear('2024年，全镇争取专项债券资金6000万元。')).toBe(2024);
    // … but a plan where it aims at doing (争取 + what is to be done).
    expect(findYear('2026年，全县争取新建改造农村公路200公里。')).toBeUndefined();
    expect(findYear('县里争取2027年实现农村供水全覆盖。')).toBeUndefined();
    // … and where a verb stands between 争取 and the project or the money: a target, not a win.
    expect(findYear('2026年，全区争取实施民生项目25个，完成投资40亿元。')).toBeUndefined();
    expect(findYear('2027年，全市争取实现城乡供水项目全覆盖。')).toBeUndefined();
    expect(findYear('2026年，该镇争取新建产业项目8个。')).toBeUndefined();
    expect(findYear('2026年，县里争取完成债券资金支付。')).toBeUndefined();
  });

  it('takes past references: 2024年以来, a year that opens a sentence', () => {
    expect(findYear('2024年以来，平顺县新建冷库14座。下一步计划2026年再建10座。')).toBe(2024);
  });
});

describe('findYear: never the year a figure is compared with', () => {
  it('leaves out 比2024年, 较2023年, 与2024年相比', () => {
    expect(findYear('今年前三季度，全县新增就业2860人，比2024年同期增加310人。')).toBeUndefined();
    expect(findYear('全县优良天数较2023年增加12天，与2024年相比又多了5天。')).toBeUndefined();
    expect(findYear('2024年，全县新增就业3100人，比2023年增加200人。')).toBe(2024);
  });
});

describe('findYear: the first months of a year are not a deadline', () => {
  it('reads 2025年前三季度 and 2024年前10个月 as that year, 2026年前 as a deadline', () => {
    expect(findYear('2025年前三季度，某区新建健身广场12个，比2024年底增加3个。预计2026年投用。')).toBe(2025);
    expect(findYear('2024年前10个月，全县接待游客80万人次。')).toBe(2024);
    expect(findYear('2023年前半年，全县新增就业900人。')).toBe(2023);
    expect(findYear('确保2026年前完成全部改造。')).toBeUndefined();
    expect(findYear('2026年前建成3所学校。')).toBeUndefined();
  });
});

describe('presentYear: the year a text dates by the day', () => {
  it('reads a day date, in running text or a date line', () => {
    expect(presentYear('2025年11月18日 星期二 第3版 民生')).toBe(2025);
    expect(presentYear('本报讯 2024年 12月 3日，某县举办招聘会。')).toBe(2024);
    expect(presentYear('本报讯（记者 王芳）2024年12月3日，某县举办招聘会。')).toBe(2024);
  });

  it('reads nothing from a day further into the text', () => {
    expect(presentYear('同台比武亮本领。2023年10月15日，某县乡镇干部同台展示。')).toBeUndefined();
  });

  it('reads nothing from a year named alone, a plan or a rule yet to take effect', () => {
    expect(presentYear('2024年，全县新增就业3100人。')).toBeUndefined();
    expect(presentYear('某县计划2026年3月1日前完成改造。')).toBeUndefined();
    expect(presentYear('2026年1月1日起，这些新规将施行。')).toBeUndefined();
    expect(presentYear('与2024年11月相比，降幅明显。')).toBeUndefined();
  });
});

describe('findYear: other printed forms of a year and of a deadline', () => {
  it('reads a year printed in Chinese numerals', () => {
    expect(findYear('二〇二四年，全县新建农村公路112公里。')).toBe(2024);
    expect(findYear('一九九八年建成的老厂房，二〇二四年完成改造。')).toBe(2024);
    expect(findYear('计划二〇二六年底前完成改造。')).toBeUndefined();
    expect(presentYear('二〇二五年十一月十八日 星期二')).toBe(2025);
  });

  it('leaves out a deadline by month or season: 2026年6月底前, 2026年春节前', () => {
    expect(findYear('确保2026年6月底前全部完工。2024年，全县新建公路20公里。')).toBe(2024);
    expect(findYear('2026年春节前完成供热管网改造，2026年汛期之前完成清淤。')).toBeUndefined();
    expect(findYear('2025年前10个月，全县新增就业2100人。')).toBe(2025);
  });
});

describe('findYear: a rule taking effect, the age of an old thing', () => {
  it('leaves out the day a rule takes effect from', () => {
    expect(findYear('自2026年1月1日起，新规正式施行。')).toBeUndefined();
    expect(findYear('2026年起实施新的供热收费标准。2025年，全市新增供热面积200万平方米。')).toBe(2025);
    expect(findYear('2024年起，全县在12个村开展试点。')).toBe(2024);
  });

  it('leaves out the year that says how old a thing is', () => {
    expect(findYear('我们小区是2000年的老楼，暖气片不热。')).toBeUndefined();
    expect(findYear('1998年建成的旧厂房改造成了书屋，2024年投入使用。')).toBe(2024);
    expect(findYear('回望2024年的民生答卷，全县新增就业3100人。')).toBe(2024);
  });
});


describe('postedYear: a copied piece’s own time line', () => {
  const b = (kind: string, text: string) => ({ kind, text });
  it('reads the dashed date of the line under its headline, over the year its text names', () => {
    const blocks = [b('headline', '某区：驿站里等来好活计'), b('furniture', '发布时间：2026-11-30 09:12 来源：某日报 点击：1276'), b('paragraph', '驿站自2025年11月运营以来，累计发布用工信息8600条。')];
    expect(postedYear(blocks)).toBe(2026);
    expect(postedYear([b('headline', '某镇：大棚绿意浓'), b('byline', '某县融媒体中心 张某 2026-11-28'), b('paragraph', '近日，…')])).toBe(2026);
  });
  it('reads one printed over its headline when none stands under it', () => {
    const blocks = [b('furniture', '某融媒 ＞ 民生'), b('furniture', '2025-12-02 16:20 来源：某区融媒体中心 阅读 1.1万'), b('headline', '老楼加装电梯'), b('paragraph', '今年以来，…')];
    expect(postedYear(blocks)).toBe(2025);
  });
  it('not a reprint’s source date in words, a date in the text, a phone number or an impossible day', () => {
    expect(postedYear([b('furniture', '来源：某日报 2026年11月30日 第6版'), b('headline', '小山村里的大食堂'), b('paragraph', '…')])).toBeUndefined();
    expect(postedYear([b('headline', '通知'), b('paragraph', '报名截止2026-12-10。')])).toBeUndefined();
    expect(postedYear([b('headline', '热线'), b('furniture', '电话：0355-2031-2345'), b('furniture', '编号 2026-13-45'), b('paragraph', '…')])).toBeUndefined();
    // A day no month has (the 30th of February, the 31st of April) is no posting date, whatever its digits' shape.
    expect(postedYear([b('headline', '某村：冬储菜上市'), b('furniture', '编号 2026-02-30 来源：某融媒'), b('paragraph', '…')])).toBeUndefined();
    expect(postedYear([b('headline', '某村：冬储菜上市'), b('byline', '某县融媒体中心 张某 2025-04-31'), b('paragraph', '…')])).toBeUndefined();
  });
});
