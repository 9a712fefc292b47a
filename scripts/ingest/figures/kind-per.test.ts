import { describe, expect, it } from 'vitest';
import { perKind } from './kind-per.ts';
import { clauseOf, segmentOf } from './scope.ts';
import { scopeFor } from './scope.fixture.ts';

function per(paragraph: string, figure: string, unit?: string) {
  const scope = scopeFor(paragraph, figure, unit ? { unit } : {});
  const clause = clauseOf(scope);
  const before = scope.sentence.slice(clause.start, scope.start).trimEnd();
  const chain = scope.sentence.slice(segmentOf(scope).start, scope.start);
  return perKind(scope, undefined, { before, chain, after: scope.sentence.slice(scope.end, clause.end) });
}

describe('perKind', () => {
  it('reads per words, averages, units per unit and one of a unit as per', () => {
    expect(per('全区老年食堂日均就餐老人2600余人次。', '2600余人次')).toBe('per');
    expect(per('村里水价统一执行3.2元/吨。', '3.2元/吨', '元')).toBe('per');
    expect(per('“一亩打了四百来斤。”', '四百来斤', '斤')).toBe('per');
    expect(per('“一顿饭8块钱，比在家做还划算。”', '8块钱', '元')).toBe('per');
    expect(per('社区腾出一间40平方米的活动室。', '40平方米')).toBeUndefined();
    expect(per('周末单日接待游客超过6000人次。', '超过6000人次', '人次')).toBe('per');
    expect(per('现在坐公交只要3元，车就停在村口。', '3元')).toBe('per');
  });

  it('reads 一个人 after a pronoun as alone (我一个人种了…), not per head, and 一个人 opening a clause as per head', () => {
    expect(per('“我一个人承包了45亩果园。”', '45亩')).toBeUndefined();
    expect(per('她自己一个人照看了12个孩子。', '12个')).toBeUndefined();
    expect(per('“一个人一天能包800个饺子。”', '800个')).toBe('per');
    expect(per('以前一个人要管20多户。', '20多户')).toBe('per');
  });

  it('reads money that holds for each case as per, and a per-unit change with its object between as a change', () => {
    expect(per('每座户厕改造，县财政补助1200元。', '1200元')).toBe('per');
    expect(per('我市城市低保标准为780元。', '780元')).toBe('per');
    expect(per('今年完成投资3.2亿元。', '3.2亿元', '元')).toBeUndefined();
    expect(per('项目区每亩增加收入600元。', '600元')).toBe('change');
  });

  it('reads a time limit, a duration with 内, as per case, and a bare duration as none of its own', () => {
    expect(per('接到举报后，执法人员须在24小时内赶到现场。', '24小时内', '小时')).toBe('per');
    expect(per('群众来访后，中心须在3个工作日内受理。', '3个工作日内', '个工作日')).toBe('per');
    expect(per('全县新建改造农村公路620公里，工期18个月。', '18个月', '个月')).toBeUndefined();
  });

  it('reads working days, and a duration named a limit (时限, 公示期), as per case', () => {
    expect(per('该区将营业执照办理时限由原来的5个工作日压缩至1个工作日。', '1个工作日', '个工作日')).toBe('per');
    expect(per('拟录取名单公示期7天。', '7天', '天')).toBe('per');
    expect(per('企业开办全流程办理时限压缩至2天，比去年快了一半。', '2天', '天')).toBe('per');
    expect(per('志愿者连续服务了15天。', '15天', '天')).toBeUndefined();
  });

  it('reads a capacity per day or year as per that time, whatever it handles (FG, session 16)', () => {
    expect(per('门诊楼建成后，年门诊服务能力将提升至60万人次。', '60万人次', '人次')).toBe('per');
    expect(per('下一步，镇里计划年加工能力达到500吨。', '500吨', '吨')).toBe('per');
    expect(per('今年全县加工能力达到500吨。', '500吨', '吨')).toBeUndefined();
  });
});

describe('perKind, a capacity per year or day (FX6, session 16)', () => {
  it('reads 年 or 日 as the time of a capacity only where it opens a word of its own, not inside 老年人 or 青年', () => {
    expect(per('今年全县完成老年人能力评估1200人次。', '1200人次', '人次')).toBeUndefined();
    expect(per('全市开展青年创业能力培训3200人。', '3200人', '人')).toBeUndefined();
    expect(per('镇里年加工能力达到500吨。', '500吨', '吨')).toBe('per');
    expect(per('门诊楼建成后，年门诊服务能力将提升至60万人次。', '60万人次', '人次')).toBe('per');
  });
});

describe('perKind: intervals, tickets, fees, a case’s ceiling or floor, one machine’s cost (session 18)', () => {
  it('reads an interval, a ticket price, a fee and a ceiling or floor named by its word as per', () => {
    expect(per('早晚高峰发车间隔缩短至8分钟。', '8分钟')).toBe('per');
    expect(per('新线路发车间隔20分钟，票价2元。', '20分钟')).toBe('per');
    expect(per('景区联票120元，学生票60元。', '120元')).toBe('per');
    expect(per('景区联票120元，学生票60元。', '60元')).toBe('per');
    expect(per('首小时收费不超过3元，之后每小时1.5元。', '不超过3元', '元')).toBe('per');
    expect(per('年度最高支付限额提高至8000元。', '8000元')).toBe('per');
    expect(per('大病保险起付线为1.5万元，', '1.5万元', '元')).toBe('per');
    expect(per('加装一部电梯花费约60万元，', '约60万元', '元')).toBe('per');
  });

  it('leaves a year’s ticket takings, fees collected in all and a count of lifts alone', () => {
    expect(per('景区全年门票收入达3000万元。', '3000万元', '元')).toBeUndefined();
    expect(per('今年累计收费2.3亿元。', '2.3亿元', '元')).toBeUndefined();
    expect(per('全市已加装电梯412部。', '412部')).toBeUndefined();
    expect(per('一部分群众领取补贴300元。', '300元')).toBeUndefined();
  });

  it('leaves what one machine did or holds, fees taken in and tickets sold or issued alone (RV p3, p13)', () => {
    expect(per('一部微电影播放量达到50万次。', '50万次', '次')).toBeUndefined();
    expect(per('一台挖掘机清理河道1200米。', '1200米', '米')).toBeUndefined();
    expect(per('一座城市书房面积达200平方米。', '200平方米', '平方米')).toBeUndefined();
    expect(per('今年停车场收费80万元。', '80万元', '元')).toBeUndefined();
    expect(per('县公交公司收费120万元。', '120万元', '元')).toBeUndefined();
    expect(per('全年开具发票300万元。', '300万元', '元')).toBeUndefined();
    expect(per('今年销售体育彩票3000万元。', '3000万元', '元')).toBeUndefined();
    expect(per('停车收费标准为每小时2元。', '2元', '元')).toBe('per');
    expect(per('居民用户每平方米建筑面积收费5.6元，', '5.6元', '元')).toBe('per');
  });

  it('reads a day\'s or a month\'s output or pay (日产, 月产, 日结) as per that time', () => {
    expect(per('厂里目前月产光伏组件2万块，', '2万块', '块')).toBe('per');
    expect(per('“在工地干活，日结200元。”', '200元')).toBe('per');
    // Near misses: 本月 and 上月 name the month, not a rate.
    expect(per('本月产蔬菜300吨。', '300吨')).toBeUndefined();
    expect(per('上月产量达到3000吨。', '3000吨')).toBeUndefined();
  });
});

describe('perKind: a whole span is no per (PER, SINCE_START)', () => {
  it('reads a whole year, a year of no one unit and a span since a start as no per', () => {
    expect(per('老周说：“跑运输一年下来能挣6万多元。”', '6万多元')).toBeUndefined();
    expect(per('“在外头干活，一年到头也就攒下2万来块。”', '2万来块')).toBeUndefined();
    expect(per('“合作社分红加上务工，一年能挣5万多元。”', '5万多元')).toBeUndefined();
    expect(per('便民超市开业一个月销售额达到18万元。', '18万元')).toBeUndefined();
    expect(per('服务站开通一周已接待群众230人次。', '230人次')).toBeUndefined();
  });
  it('keeps one unit’s year, a year’s standard and one month of anyone as per', () => {
    expect(per('“一座大棚一年能收入4万多元。”', '4万多元')).toBe('per');
    expect(per('按政策，一年可以领取补贴2400元。', '2400元')).toBe('per');
    expect(per('“现在一个月能挣3600元。”', '3600元')).toBe('per');
    expect(per('“以前一天能挣80元。”', '80元')).toBe('per');
  });
});

describe('perKind: a price told in speech (PRICE_PAID, ENOUGH_AFTER)', () => {
  it('reads 才花 and spoken money enough for a thing as per', () => {
    expect(per('“两菜一汤，才花4块钱。”', '4块钱', '元')).toBe('per');
    expect(per('“现在3块钱就到县城了。”', '3块钱', '元')).toBe('per');
    expect(per('村民花2元钱就能坐公交进城。', '2元钱', '元')).toBe('per');
  });
  it('leaves a sum in figures that is enough, and what one time cost', () => {
    expect(per('项目投入50万元就能建成。', '50万元', '元')).toBeUndefined();
    expect(per('“来回得花100块钱车费。”', '100块钱', '元')).toBeUndefined();
  });
});

describe('perKind: what one unit can yield, and what each pack holds', () => {
  it('reads one of a thing, then 能 or 可 (a season or a year between), as per that one', () => {
    expect(per('老李说，一个大棚能收黄瓜1.2万斤。', '1.2万斤')).toBe('per');
    expect(per('村里一座温室一季可收草莓3000斤左右。', '3000斤')).toBe('per');
    expect(per('她一场直播能卖出核桃300多单。', '300多单', '单')).toBe('per');
  });
  it('not one thing that did or holds it, without 能 or 可', () => {
    expect(per('一台挖掘机清理河道1200米。', '1200米')).toBeUndefined();
    expect(per('一座城市书房面积达200平方米。', '200平方米')).toBeUndefined();
  });
  it('not the one thing named or just built (一 after 的, 这, 只有…, or after its works)', () => {
    expect(per('新建的一座冷库可储存果蔬2000吨。', '2000吨')).toBeUndefined();
    expect(per('这一个项目可带动周边群众就业200人。', '200人')).toBeUndefined();
    expect(per('全县只有一个乡镇能提供托育服务80个。', '80个')).toBeUndefined();
    expect(per('建成后，一座水库可灌溉农田3000亩。', '3000亩')).toBeUndefined();
  });
  it('reads the items each pack holds, listed, as per pack', () => {
    expect(per('每份礼包包括围巾、手套、保温杯等5件物品。', '5件')).toBe('per');
    expect(per('每袋含大米、面粉、食用油等3种物资。', '3种')).toBe('per');
    expect(per('共发放围巾、手套、保温杯等物品5000件。', '5000件')).toBeUndefined();
  });
  it('reads the value of what each pack holds, told after its list, as per pack; a whole’s value not', () => {
    expect(per('社区为独居老人送去爱心包，每个爱心包内有毛毯、保温杯和挂面，价值260元，共投入资金3.1万元。', '260元')).toBe('per');
    expect(per('每份礼包含围巾、手套等4件物品和价值80元的购物卡。', '80元')).toBe('per');
    expect(per('镇里发放爱心包600份，每份含围巾、手套、保温杯、挂面等物品，总价值9.6万元。', '9.6万元')).toBeUndefined();
    expect(per('镇里发放爱心包600份，价值9.6万元。', '9.6万元')).toBeUndefined();
    // A count of the packs between the list and 价值: the value is the whole's.
    expect(per('每个爱心包内有米面油和棉衣，共送出500个，价值15万元。', '15万元')).toBeUndefined();
  });
});

describe('perKind: one meal told by its dishes before what it costs', () => {
  it('reads the price after 一荤两素一碗汤, 两荤一素一汤 or 两菜一汤 as per meal, paid once or not', () => {
    expect(per('两荤一素一汤，76岁的老人刷卡付了3元。', '3元', '元')).toBe('per');
    expect(per('“一荤一素一碗粥，我自己掏9块钱，剩下的街道给补。”', '9块钱', '元')).toBe('per');
    expect(per('“两菜一汤才8块钱，比自己做饭省事多了。”', '8块钱', '元')).toBe('per');
  });

  it('leaves the takings after a count of meals or a sum as they were', () => {
    expect(per('食堂今年供应一荤两素套餐1.2万份，收入9.6万元。', '9.6万元', '元')).toBeUndefined();
    expect(per('一荤两素的套餐卖得好，全年共收入12万元。', '12万元', '元')).toBeUndefined();
  });

  it('leaves funds, spending and takings after the dishes as they were: a meal\'s price is paid, in no 万 or 亿 (finding #22)', () => {
    expect(per('食堂推出一荤两素套餐，今年区里补贴资金50万元。', '50万元', '元')).toBeUndefined();
    expect(per('两荤一素，去年全区财政投入200万元用于老年助餐。', '200万元', '元')).toBeUndefined();
    expect(per('一荤两素，一年下来这家食堂营业额达到80万元。', '80万元', '元')).toBeUndefined();
    expect(per('一荤两素，这家食堂一年下来挣了5万元。', '5万元', '元')).toBeUndefined();
    // a price paid after the dishes stays per, 补贴 of one meal too
    expect(per('两荤一素一汤，老人只需付3元。', '3元', '元')).toBe('per');
  });
});
