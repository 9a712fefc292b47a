// Spans carried over from other sentences (period-carried.ts), read through periodOf.
import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

// A dated page unless a test says otherwise: its article's year is the year printed (pageYear), as the
// pipeline dates every article of a page that prints its date.
const period = (paragraph: string, figure: string, article: { year?: number; pageYear?: number; date?: string; siblingYear?: number; asOf?: string } = {}) =>
  periodOf(scopeFor(paragraph, figure, { article: { pageYear: 'year' in article ? article.year : 2025, ...article } }));

describe('periodOf: first days and whole years', () => {
  it('reads the first day, week or month of what starts, as a clause of its own (开栓首周, 开园首日)', () => {
    expect(period('开栓首周，县供热公司抽测室温1860户，达标率97.6%。', '1860户').period).toBe('开栓首周');
    expect(period('开园首日，冰雪乐园接待游客3200余人次。', '3200余人次').period).toBe('开园首日');
  });

  it('carries no span over a sentence that counts the whole year, but over a share of the year\'s task', () => {
    const p = '1至10月，全县完成固定资产投资18亿元。全年共开展义诊活动120场，服务群众1.5万人次。';
    expect(period(p, '120场').period).toBeUndefined();
    expect(period('1至10月，全县城镇新增就业4200人。完成全年目标任务的105%。', '105%').period).toBe('1至10月');
  });
});

describe('periodOf: a start set off as a clause goes on over the next sentence', () => {
  it('dates the next sentence that names no time, but not a measure\'s source nor a price per meal', () => {
    const p = '入冬以来，全县新增集中供热面积35万平方米。供热服务热线共受理群众诉求1260件。据对全县300户居民的入户抽测，室温平均达到20.6℃。';
    expect(period(p, '1260件').period).toBe('入冬以来');
    expect(period(p, '300户').period).toBeUndefined();
    expect(period('今年以来，全县新建老年食堂24个。老人每餐只需交2元。', '2元').period).toBeUndefined();
  });
});

describe('periodOf: a span back from now opening a paragraph goes on over its sentences', () => {
  it('dates every later sentence that names no time, in the year a January review looks back on, up to one that does', () => {
    const p = '五年来，全县累计新增城镇就业2.1万人。农村居民人均可支配收入年均增长6.5%。新建改扩建学校23所，新增学位5400个。过去一年，全县新增就业4300人。';
    const jan = { year: 2026, pageYear: 2026, date: '2026-01-16' };
    expect(period(p, '6.5%', jan)).toEqual({ year: 2025, period: '五年来' });
    expect(period(p, '5400个', jan)).toEqual({ year: 2025, period: '五年来' });
    expect(period(p, '4300人', jan).period).toBeUndefined();
    // (Not a count of years inside a sentence, which dates its own clause only.)
    expect(period('全县新增就业4300人，五年来，累计新增2.1万人。新建学校23所。', '23所').period).toBeUndefined();
  });
});

describe('periodOf: what 累计 sums, carried', () => {
  it('goes on over a start, not over a closed span', () => {
    expect(period('入冬以来，全县新增供热面积35万平方米。供热企业累计上门维修2360家次。', '2360家次').period).toBe('入冬以来');
    expect(period('1至10月，全市新增就业5万人。全市累计发放创业担保贷款30亿元。', '30亿元').period).toBeUndefined();
  });
});

describe('periodOf: a sentence opening on 其中 is counted over the span of the one it breaks down', () => {
  it('past a year it is compared with', () => {
    const p = '今年以来，全县12345热线共受理诉求5.2万件。其中，供暖、物业类诉求1.9万件，较去年同期新增4200件。';
    expect(period(p, '4200件').period).toBe('今年以来');
  });
});

describe('periodOf: a table is counted over the span its introducing paragraph prints', () => {
  const table = (intro: string, rows: string, figure: string) => periodOf({ ...scopeFor(rows, figure, { article: { pageYear: 2025 } }), preceding: intro });
  const rows = '县区 备案机构(家) 床位(张)\n甲县 23 960\n乙县 15 820';
  it('takes a span the paragraph prints inside a clause, an as-of date before a start', () => {
    expect(table('3月2日，市统计局发布1至2月各县区主要指标。', rows, '960').period).toBe('1至2月');
    expect(table('截至6月底，全市有备案机构86家。今年以来，全市新增床位900张。', rows, '23').period).toBe('截至6月底');
    expect(table('今年以来，全市新增床位900张，详见下表。', rows, '820').period).toBe('今年以来');
  });
  it('takes the week or ten days of a month a price table was monitored over, not into a column of another week', () => {
    const prices = '品名 本周均价 上周均价\n白菜 0.92 0.98\n土豆 1.65 1.65';
    expect(table('市价格监测中心数据显示，本周主要农副产品价格见下表。', prices.replace('本周均价', '均价'), '0.92').period).toBe('本周');
    expect(table('11月下旬，记者走访多家农贸市场。', rows, '23').period).toBe('11月下旬');
    expect(table('市价格监测中心数据显示，本周主要农副产品价格见下表。', prices, '0.98').period).toBeUndefined();
  });
  it('into a column of this year’s (今年新增), which names the year, not a span', () => {
    const works = '项目 单位 累计 今年新增\n农村公路 公里 1860 52\n户厕改造 户 24100 1900';
    expect(table('截至10月底，全县农村基础设施建设情况如下：', works, '52').period).toBe('截至10月底');
    expect(table('截至10月底，全县农村基础设施建设情况如下：', works, '24100').period).toBe('截至10月底');
    expect(table('截至10月底，全县农村基础设施建设情况如下：', works.replace('今年新增', '2024年'), '52').period).toBeUndefined();
  });
  it('not a deadline, nor for a cell whose row or column is a time of its own', () => {
    expect(table('全市计划年底前再新增床位500张。', rows, '960').period).toBeUndefined();
    const byYear = '指标 2024年 2025年\n机构(家) 70 86\n床位(张) 820 960';
    expect(table('1至6月，全市新增床位140张。', byYear, '960').period).toBeUndefined();
  });
});

describe('periodOf: a span opening a clause counts the parts after the semicolon', () => {
  it('a closed span or as-of date, not a start, nor over a part with a time of its own', () => {
    const p = '市统计局发布数据，上半年全市社会消费品零售总额412亿元，增长5.1%；网上零售额86亿元，增长9.4%。';
    expect(period(p, '86亿元').period).toBe('上半年');
    expect(period('据介绍，今年以来全县新建公厕26座；改造农村户厕1800户。', '1800户').period).toBeUndefined();
    expect(period('市统计局发布数据，上半年全市新增就业2.1万人；全年目标为4万人。', '4万人').period).toBeUndefined();
  });
});

describe('periodOf: a data piece counted over the span its deck opens on', () => {
  const decked = (paragraph: string, figure: string, deck: string) => periodOf(scopeFor(paragraph, figure, { article: { pageYear: 2025, year: 2025, deck } })).period;
  it('reads a deck that names the data (1—11月全市就业数据) as the span of figures that print none, not sizes', () => {
    const box = '5.36万人\n城镇新增就业\n\n2.15万人\n农村劳动力转移就业规模';
    expect(decked(box, '5.36万人', '1—11月全市就业数据')).toBe('1—11月');
    expect(decked('各县区城镇新增就业（人）\n潞州区　9120\n上党区　4530', '9120', '前三季度全市就业数据')).toBe('前三季度');
    expect(decked(box, '2.15万人', '1—11月全市就业数据')).toBeUndefined();
  });
  it('leaves a deck that is a sentence, and figures that print a time of their own', () => {
    expect(decked('5.36万人\n城镇新增就业', '5.36万人', '1—11月，全市城镇新增就业超过5万人')).toBeUndefined();
    expect(decked('全年城镇新增就业5.36万人。', '5.36万人', '1—11月全市就业数据')).toBeUndefined();
  });
});

describe('periodOf: the span of data a sentence publishes goes on over the next', () => {
  it('reads 发布1至10月… as the span of the next sentence that names no time, not a sentence with its own', () => {
    const p = '12月3日，市统计局发布1至10月全市居民收入数据。全市城镇居民人均可支配收入35120元，同比增长4.8%。';
    expect(period(p, '35120元').period).toBe('1至10月');
    expect(period(p, '4.8%').period).toBe('1至10月');
    const own = '12月3日，市统计局发布1至10月全市居民收入数据。去年全市城镇居民人均可支配收入33500元。';
    expect(period(own, '33500元').period).toBeUndefined();
  });
});

describe('periodOf: a data run under the paragraph that hands over to it', () => {
  const run = (paragraph: string, figure: string, preceding: string) =>
    periodOf({ ...scopeFor(paragraph, figure, { article: { pageYear: 2025 } }), preceding });
  const intro = '今年前三季度，我市坚持把财力向民生倾斜，一批实事落地见效。一组数字，看民生温度——';

  it('counts a number over its label, and the runs after it, over the span the intro opens on', () => {
    expect(run('312.6亿元\n民生支出', '312.6亿元', intro).period).toBe('前三季度');
    expect(run('城镇新增就业｜3.12万人\n新增普惠托位｜1260个', '1260个', `${intro}\n312.6亿元\n民生支出`).period).toBe('前三季度');
    expect(run('312.6亿元\n民生支出', '312.6亿元', '截至10月底，全县民生数据如下：').period).toBe('截至10月底');
  });

  it('not when the intro does not hand over, opens on a start, or the run names a time of its own', () => {
    expect(run('312.6亿元\n民生支出', '312.6亿元', '今年前三季度，我市坚持把财力向民生倾斜。').period).toBeUndefined();
    expect(run('57个\n新建助餐点', '57个', '今年以来，全市民生投入持续加大。一组数字——').period).toBeUndefined();
    expect(run('98.6%\n去年采暖季供热达标率', '98.6%', intro).period).toBeUndefined();
    expect(run('全市民生支出312.6亿元，同比增长5%。', '312.6亿元', intro).period).toBeUndefined();
  });
});

describe('periodOf: a span set off as a clause governs its paragraph until a new time or a new lead', () => {
  it('goes on past sentences that name no time, not past one opening on a lead of its own (目前，)', () => {
    const p = '记者从市人社局获悉，今年1—10月，全市城镇新增就业4.36万人。失业人员再就业6820人。全市发放创业担保贷款7.8亿元，扶持创业1.2万人。目前，全市共有零工市场12个。在册灵活就业人员3.8万人。';
    expect(period(p, '7.8亿元').period).toBe('1—10月');
    expect(period(p, '1.2万人').period).toBe('1—10月');
    expect(period(p, '3.8万人').period).toBeUndefined();
  });

  it('goes on past a part opened by 其中, and over a sentence that names only a year it compares with', () => {
    const p = '前三季度，全市居民人均可支配收入2.61万元。其中，城镇居民人均可支配收入3.52万元。全市居民人均消费支出1.72万元，增长5.6%。';
    expect(period(p, '1.72万元').period).toBe('前三季度');
    const q = '11月1日开栓以来，热力公司共受理用户诉求1460件。维修人员入户服务1280户次。城区用户平均室温21.4℃，比去年同期提高0.6℃。';
    expect(period(q, '0.6℃').period).toBe('11月1日开栓以来');
  });

  it('carries a holiday set off as a clause (国庆假期，…) as it does a closed span', () => {
    const p = '国庆假期，我县接待游客68.4万人次，实现旅游收入5.2亿元。花坡景区日均接待游客1.2万人次。';
    expect(period(p, '1.2万人次').period).toBe('国庆假期');
  });
});

describe('periodOf: a span carried over a paragraph reaches no quotation, speaker\'s words or plan', () => {
  it('leaves a quoted price, a speaker\'s standard and a plan after the span undated', () => {
    const p = '今年以来，全区新建老年食堂24个。食堂日均就餐800余人次。“在食堂吃一顿饭6块钱，比自己做还省事。”负责人介绍，服务费用由政府补贴70%。下一步还将新建食堂5个。';
    expect(period(p, '800余人次').period).toBe('今年以来');
    expect(period(p, '6块钱').period).toBeUndefined();
    expect(period(p, '70%').period).toBeUndefined();
    expect(period(p, '5个').period).toBeUndefined();
  });
});

describe('periodOf: past the next sentence, a span reaches what was done in it, not a stock or a level', () => {
  it('gives no span to a stock (有, 共有) or a population two sentences after it', () => {
    const p = '今年以来，全区新建老年食堂24个。食堂日均就餐800余人次。全区60岁以上老人有8.6万人。';
    expect(period(p, '800余人次').period).toBe('今年以来');
    expect(period(p, '8.6万人').period).toBeUndefined();
    expect(period('1至11月，全市新增城镇就业4.2万人。技能培训2.1万人次。全市共有公共就业服务机构136个。', '136个').period).toBeUndefined();
    expect(period('1至11月，全市新增城镇就业4.2万人。技能培训2.1万人次。全市常住人口318.5万人。', '318.5万人').period).toBeUndefined();
  });

  it('gives no span to a rate that is a level (率为) two sentences after it, but to one of the cases handled in it', () => {
    const p = '1至11月，全市新增城镇就业4.2万人。技能培训2.1万人次。全市城镇登记失业率为2.9%。';
    expect(period(p, '2.1万人次').period).toBe('1至11月');
    expect(period(p, '2.9%').period).toBeUndefined();
    expect(period('入冬以来，热线共受理诉求1260件。维修人员入户服务980户次。诉求办结率为99.2%。', '99.2%').period).toBe('入冬以来');
  });

  it('still reaches counts of what was done, and amounts a trade reached in it, two sentences after', () => {
    expect(period('1至11月，全市新增城镇就业4.2万人。技能培训2.1万人次。全市举办招聘会186场。', '186场').period).toBe('1至11月');
    expect(period('国庆假期，全县接待游客36.2万人次。花坡景区日均接待游客1.1万人次。全县星级农家乐营业额达到2860万元。', '2860万元').period).toBe('国庆假期');
  });
});
