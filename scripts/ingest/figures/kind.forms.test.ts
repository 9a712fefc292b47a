// kindOf (figures/kind.ts) on forms of issue 15, made-up sentences in the forms the papers print: 累计 over a list,
// renewals and works, prices and per-unit amounts, stocks told with works, signed differences, 比例 as rate or share.
// The other forms: kind.test.ts, kind.tables.test.ts.
import { describe, expect, it } from 'vitest';
import { kindOf } from './kind.ts';
import { scopeFor } from './scope.fixture.ts';

const kind = (paragraph: string, figure: string, unit?: string) => kindOf(scopeFor(paragraph, figure, unit ? { unit } : {}));

describe('kindOf, forms of issue 15 (made-up sentences in the forms the papers print)', () => {
  it('keeps 累计 right before a number to that figure, and lets 累计 before a verb cover the list it opens', () => {
    const p = '全年举办招聘活动120场，参会单位累计3200家，提供岗位4.1万个，达成就业意向8600人。';
    expect(kind(p, '3200家')).toBe('cumulative');
    expect(kind(p, '4.1万个')).toBe('total');
    expect(kind(p, '8600人')).toBe('total');
    expect(kind('今年以来，该镇累计发放积分卡900张，兑换物品2600件。', '2600件')).toBe('cumulative');
  });

  it('reads a part named after 其中 that reaches a level of its own after a rate as that rate, a part 占 of it as a share', () => {
    expect(kind('全区燃气普及率为91%，其中城区达到99.5%。', '99.5%')).toBe('rate');
    expect(kind('全区燃气普及率为91%，其中城区用户占76%。', '76%')).toBe('share');
    expect(kind('全区燃气用户12万户，其中城区达到76%。', '76%')).toBe('share');
  });

  it('reads a percentage named as a change\'s size (涨幅, 降幅, 波动幅度) as a change, not a share', () => {
    expect(kind('预计春节前猪肉价格涨幅在5%左右。', '5%左右')).toBe('change');
    expect(kind('力争主要农产品价格波动幅度控制在8%以内。', '8%以内')).toBe('change');
    // The size named in a clause before is not the figure's own: a price after it stays per one.
    expect(kind('本周蔬菜价格涨幅较大，西红柿每斤4.6元。', '4.6元')).toBe('per');
  });

  it('reads 多出 after a comparison (比计划多出12公里) as a change, as 高出 is', () => {
    expect(kind('全年完成造林2.6万亩，比计划多出3000亩。', '3000亩')).toBe('change');
    expect(kind('全年完成造林2.6万亩，比计划多出3000亩。', '2.6万亩')).not.toBe('change');
  });

  it('reads roads paved by the length (硬化…公里) as works, and villages whose roads were paved as reached', () => {
    expect(kind('今年，该乡硬化通组道路26.4公里。', '26.4公里')).toBe('new');
    expect(kind('全县已有48个村完成道路硬化。', '48个')).toBe('total');
  });

  it('reads works whose building is done (完成主体施工) as works, and a stock of builders as a stock', () => {
    expect(kind('截至10月底，已有36栋楼完成主体施工。', '36栋')).toBe('new');
    expect(kind('全县计划新建的8所学校中，已有5所完成主体工程。', '5所')).toBe('new');
    expect(kind('全县现有建筑施工企业32家。', '32家')).toBe('total');
  });

  it('reads additions named new as new under a running sum, other works told one after another as a running sum, and a level as a stock', () => {
    expect(kind('2023年以来，该县累计新建公共充电桩420个。', '420个')).toBe('new');
    expect(kind('近年来，该镇先后建成日光温室300座，蔬菜种植面积达到2100亩。', '300座')).toBe('cumulative');
    expect(kind('近年来，该镇先后建成日光温室300座，蔬菜种植面积达到2100亩。', '2100亩')).toBe('total');
    expect(kind('全县农村劳动力累计转移就业达到12.6万人。', '12.6万人')).toBe('cumulative');
    expect(kind('村民用攒了半年的120分换回一袋面粉。', '120分', '分')).toBe('cumulative');
  });

  it('reads renewing, treating and equipment given by the piece as new, what a thing was made into and where a work reaches as not', () => {
    expect(kind('公司更换老化阀门26个。', '26个')).toBe('new');
    expect(kind('该镇完成5处农村黑臭水体治理。', '5处')).toBe('new');
    expect(kind('计划为乡镇卫生院配备救护车6辆。', '6辆')).toBe('new');
    expect(kind('今年为全县网格配备专职网格员300名。', '300名')).toBe('total');
    expect(kind('社区把闲置的锅炉房改造成了450平方米的活动中心。', '450平方米')).toBe('total');
    expect(kind('管网由热源厂引出，铺设至东村、西村等6个村庄。', '6个')).toBe('total');
    expect(kind('明年该镇计划再发展中药材种植2000亩。', '2000亩')).toBe('new');
  });

  it('reads a price asked, a case set by a lead clause, a day’s capacity and a season of one household as per', () => {
    expect(kind('两菜一汤，老人只需交3元。', '3元')).toBe('per');
    expect(kind('住院花了5000元，自己只掏了1200元。', '1200元')).toBe('total');
    expect(kind('每拆除一处旱厕，镇里补助800元。', '800元')).toBe('per');
    expect(kind('水厂建成后，日供水能力达到2万立方米。', '2万立方米')).toBe('per');
    expect(kind('首日接待游客4000余人次。', '4000余人次')).toBe('total');
    expect(kind('一季度已发放贷款900万元。', '900万元')).toBe('total');
    expect(kind('充满一次约需2元。', '2元')).toBe('per');
    expect(kind('“以前一个冬天得烧3吨煤。”', '3吨')).toBe('per');
    expect(kind('推出“一件事一次办”事项25项。', '25项')).toBe('total');
    expect(kind('力争全年城镇新增就业不低于4万人。', '4万人')).toBe('new');
  });

  it('reads a unit printed per unit (元/吨), one of a unit before the number (一亩打了…) and an average price as per; the size of one thing as a total', () => {
    expect(kind('村里水价统一执行3.5元/吨。', '3.5元/吨', '元')).toBe('per');
    expect(kind('补贴标准为150元/人·月。', '150元/人·月', '元')).toBe('per');
    expect(kind('市区新建商品住宅成交均价6500元。', '6500元')).toBe('per');
    expect(kind('“一亩打了五百来斤。”', '五百来斤', '斤')).toBe('per');
    expect(kind('社区腾出一间40平方米的活动室。', '40平方米')).toBe('total');
  });

  it('reads 已建成 this period as works, a whole place’s 已建成 as its stock, and 为 after a noun as “is”', () => {
    expect(kind('西街街道今年已建成爱心驿站11个。', '11个')).toBe('new');
    expect(kind('交警大队在小区周边新施划停车位60个。', '60个')).toBe('new');
    expect(kind('敬老院还新修了通往镇区的无障碍坡道150米。', '150米')).toBe('new');
    expect(kind('镇里还建起核桃烘干厂3座。', '3座')).toBe('new');
    expect(kind('全镇已有15个村建起积分超市。', '15个')).toBe('total');
    expect(kind('今年，全镇15个村全部建起了“积分超市”。', '15个')).toBe('total');
    expect(kind('县医院帮助乡镇卫生院新开展适宜技术30项。', '30项')).toBe('new');
    // (So is 已建成 against a plan of additions in its sentence; as of a date alone it is what a place has.)
    expect(kind('计划新建乡镇污水处理站12座，已建成9座。', '9座')).toBe('new');
    expect(kind('截至11月底，开发区已建成人才公寓300套。', '300套')).toBe('total');
    expect(kind('今冬，全市已建成户外劳动者服务站386个。', '386个')).toBe('total');
    expect(kind('今年，我市城镇新增就业的全年目标任务为4万人。', '4万人')).toBe('new');
    expect(kind('为126户独居老人安装了烟雾报警器。', '126户')).toBe('total');
  });

  it('reads facilities built (建设…) and firms moved in (入驻) as new, villages built into a programme as reached', () => {
    expect(kind('明年计划在两个镇建设3个县域医疗次中心。', '3个')).toBe('new');
    expect(kind('今年计划建设6个精品示范村。', '6个')).toBe('total');
    expect(kind('投入2000万元推进3个精品示范村、20个提档升级村建设。', '20个')).toBe('total');
    expect(kind('今年计划建设4个精品示范村和30个提档升级村。', '4个')).toBe('total');
    expect(kind('张店镇3座新建的村级日间照料中心同时投入使用。', '3座')).toBe('new');
    expect(kind('完成2057座农村户厕改建。', '2057座')).toBe('new');
    expect(kind('首批入驻企业40家，提供岗位900余个。', '40家')).toBe('new');
    expect(kind('全年实施城市更新项目90个。', '90个')).toBe('total');
  });

  it('reads what works involve, other than people and households, as the works’, and a count holding the works’ object as reached', () => {
    const p = '今年该区要改造老旧小区20个，目前已全部完工，涉及楼栋140栋，惠及居民3600户。';
    expect(kind(p, '140栋')).toBe('new');
    expect(kind(p, '3600户')).toBe('total');
    expect(kind('今年，该区对城区40个老旧小区的供热管网实施改造。', '40个')).toBe('total');
    expect(kind('31个老旧小区41栋楼的改造提升了居住环境。', '41栋')).toBe('new');
  });

  it('reads works of renewal (改造提升) as works, not a rise', () => {
    expect(kind('今年新建20个、改造提升12个，全部投入使用。', '12个')).toBe('new');
  });

  it('reads works in a 的-phrase naming the subject as describing it: the verb after them counts the figure', () => {
    expect(kind('新建成的敬老院可容纳老人120名。', '120名')).toBe('total');
    expect(kind('新建改造后的换热站服务面积达到80万平方米。', '80万平方米')).toBe('total');
    expect(kind('今年新建的日间照料中心共有床位260张。', '260张')).toBe('total');
    expect(kind('今年，两镇新接入集中供热的小区有14个。', '14个')).toBe('new');
    expect(kind('依托新建的15个便民服务站，累计服务群众3万人次。', '15个')).toBe('new');
  });

  it('reads a verb opening the noun after 的 as qualifying it (定制, 改装), not as the predicate of the figure', () => {
    expect(kind('上月，平顺县开通青羊镇至县城医院的定制班车3条。', '3条')).toBe('new');
    expect(kind('镇里新建了通往各村的感应路灯60盏。', '60盏')).toBe('new');
    // Near miss: a verb after the noun (接待) is the predicate, and counts the figure.
    expect(kind('新建成的日间照料中心已接待老人800名。', '800名')).toBe('total');
  });

  it('reads a standard, a price, a speed, an average per unit (X均) and an amount per one of a thing as per', () => {
    expect(kind('我市城市低保标准为780元。', '780元')).toBe('per');
    expect(kind('全市最低工资标准调整为2080元。', '2080元')).toBe('per');
    expect(kind('线路设计时速80公里。', '80公里')).toBe('per');
    expect(kind('全县校均学生数达到620人。', '620人')).toBe('per');
    expect(kind('住院次均费用下降到5200元。', '5200元')).toBe('per');
    expect(kind('新鲜玉米售价3元一穗。', '3元')).toBe('per');
    expect(kind('全市万人拥有律师数达到3.2名。', '3.2名')).toBe('per');
    expect(kind('全县养老床位数达到3200张。', '3200张')).toBe('total');
    expect(kind('全市村集体收入全部突破10万元。', '10万元')).toBe('per');
    expect(kind('年收入30万元以上村达到58.2%。', '30万元以上', '元')).toBe('per');
    expect(kind('2024年以来共新增充电桩2800余个，惠及6个社区2.2万余户居民。', '2.2万余户', '户')).toBe('total');
    expect(kind('婴儿死亡率下降到2.8‰。', '2.8‰', '‰')).toBe('rate');
    expect(kind('今年确定民生实事15项，截至11月底，14项已完工。', '14项')).toBe('total');
    expect(kind('列入户厕改造计划的村共26个。', '26个')).toBe('total');
    expect(kind('义务教育生均公用经费达到800元。', '800元')).toBe('per');
    expect(kind('“一周能挣600多元。”', '600多元')).toBe('per');
  });

  it('reads a per-unit change with its object between as a change, a saving per unit and a level reached as per', () => {
    expect(kind('项目区每亩增加收入600元。', '600元')).toBe('change');
    expect(kind('群众平均每次缩短等待时间20分钟。', '20分钟')).toBe('change');
    expect(kind('入托家庭每月可节省费用约800元。', '约800元', '元')).toBe('per');
    expect(kind('每户补贴增加到800元。', '800元')).toBe('per');
  });

  it('reads a stock told with works inside it, problems fixed and a running sum told as a level by their form', () => {
    expect(kind('今年新增的托育机构达到15家。', '15家')).toBe('new');
    expect(kind('全市现有新建成的养老机构32家。', '32家')).toBe('total');
    expect(kind('全县累计新建改造供热管网达到560公里。', '560公里')).toBe('cumulative');
    expect(kind('全县整治安全隐患320处。', '320处')).toBe('total');
    expect(kind('今年整治背街小巷12条。', '12条')).toBe('new');
    expect(kind('全县新建改造农村公路总里程达到2180公里。', '2180公里')).toBe('total');
  });

  it('reads a signed number as a difference', () => {
    expect(kind('| 养老机构 | +8个 |', '+8个', '个')).toBe('change');
  });

  it('reads 比例 after its noun as a rate, after 的 as a share', () => {
    expect(kind('全县村通硬化路比例达到100%。', '100%')).toBe('rate');
    expect(kind('享受助餐补贴的老人比例达到40%。', '40%')).toBe('rate');
    expect(kind('老人中享受助餐补贴的比例达到40%。', '40%')).toBe('share');
  });

  it('reads 多 or 少 right before the verb that counts a figure as a difference (FG, session 16)', () => {
    expect(kind('“在家门口上班，一年下来家里能多攒1万多元。”', '1万多元', '元')).toBe('change');
    expect(kind('全区已为2860户老人安装了一键呼叫设备，比上年多安装了740户。', '740户')).toBe('change');
    expect(kind('全区今年安装了一键呼叫设备740户。', '740户')).toBe('new');
    expect(kind('农家乐一天最多接待游客300人。', '300人')).not.toBe('change');
  });

  it('reads the time after works (建成后, 改造后) as when, not as the verb that counts the figure (FG, session 16)', () => {
    expect(kind('项目建成后可解决8万人的饮水问题。', '8万人')).toBe('total');
    expect(kind('这座供热站建成后可新增供热面积300万平方米。', '300万平方米')).toBe('new');
  });
});

describe('kindOf: a size told with 总长度, those who benefit, problems fixed named at length (session 18)', () => {
  it('reads them as totals beside works that are new', () => {
    const p = '今年，该区改造背街小巷46条，总长度18.6公里，同步铺设雨污管网9.2公里，受益居民1.1万户。';
    expect(kind(p, '46条')).toBe('new');
    expect(kind(p, '18.6公里')).toBe('total');
    expect(kind(p, '9.2公里')).toBe('new');
    expect(kind(p, '1.1万户')).toBe('total');
    expect(kind('全市排查整改电动自行车违规充电隐患3400余处。', '3400余处')).toBe('total');
    expect(kind('新建道路总长12公里。', '12公里')).toBe('total');
  });
});

describe('kindOf: those who benefit, added or reached (session 18)', () => {
  it('keeps 新增受益 new and lets a task after 受益 take the works’ kind', () => {
    expect(kind('工程建成后可新增受益人口3.5万人。', '3.5万人')).toBe('new');
    expect(kind('全市完成农村供水工程改造89处，受益群众12.6万人，年度任务为100处。', '100处')).toBe('new');
  });
});

describe('kindOf: more of a thing (session 18)', () => {
  it('reads 再增加 and 再购置 as new', () => {
    expect(kind('下一步，县教育局将再增加校车3辆。', '3辆')).toBe('new');
    expect(kind('卫生院下一步将再购置2台巡诊车。', '2台')).toBe('new');
  });

  it('leaves money set aside and those a point serves as totals', () => {
    expect(kind('县里再增加专项资金500万元。', '500万元', '元')).toBe('total');
    expect(kind('已为6800人接种疫苗。', '6800人')).toBe('total');
  });
});

describe('kindOf: 建成 after a whole place in a sentence that dates and plans nothing', () => {
  it('reads what the whole place has built as its stock (全市建成…316个), as 全县已建成 is', () => {
    expect(kind('全市建成老年助餐点316个。', '316个')).toBe('total');
    expect(kind('截至目前，全县建成村级幸福食堂58个。', '58个')).toBe('total');
  });

  it('leaves works of a period or a plan new (今年, 2024年, 计划, 再)', () => {
    expect(kind('今年，全市建成老年助餐点36个。', '36个')).toBe('new');
    expect(kind('2024年，全镇种植谷子2.3万亩，建成加工车间4个。', '4个')).toBe('new');
    expect(kind('明年，全县计划再建成日间照料中心10个。', '10个')).toBe('new');
    // Said new (新建成) or told of the year's works (全年): the period's works (review finding #28).
    expect(kind('全市新建成老年助餐点36个。', '36个')).toBe('new');
    expect(kind('全区新建成投用社区食堂12个。', '12个')).toBe('new');
    expect(kind('全市全年建成老年助餐点316个。', '316个')).toBe('new');
  });
});
