import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

// A dated page unless a test says otherwise: its article's year is the year printed (pageYear), as the
// pipeline dates every article of a page that prints its date.
const period = (paragraph: string, figure: string, article: { year?: number; pageYear?: number; date?: string; siblingYear?: number; asOf?: string } = {}) =>
  periodOf(scopeFor(paragraph, figure, { article: { pageYear: 'year' in article ? article.year : 2025, ...article } }));

describe('periodOf', () => {
  it('keeps a month and the start of what began in it as the span (今年3月开课以来), and people taking part over it', () => {
    const p = '今年3月开课以来，“银龄课堂”已开设课程14门，累计授课560余节，参与老人达到2300余人次。';
    expect(period(p, '14门').period).toBe('今年3月开课以来');
    expect(period(p, '2300余人次').period).toBe('今年3月开课以来');
    // With 自 the month alone is printed, as the guide has it.
    expect(period('零工市场自今年3月运营以来，累计发布用工信息1.1万条。', '1.1万条').period).toBe('今年3月以来');
    // A stock's level reached is no count over the span.
    expect(period('今年以来，全区老年食堂达到41个。', '41个').period).toBeUndefined();
  });

  it('carries a reporting period set off as a clause over the next sentence that names no time of its own', () => {
    const p = '记者从县人社局获悉，1至10月，全县城镇新增就业3120人。全县发放创业担保贷款2.1亿元，扶持创业600余人。';
    expect(period(p, '2.1亿元').period).toBe('1至10月');
    expect(period(p, '600余人').period).toBe('1至10月');
    expect(period('上半年，全区新建健身广场12个。区体育局共举办赛事45场。', '45场').period).toBe('上半年');
    // A start goes on too (入冬以来，…。); not past a lead of its own, not what 累计 sums, not into a sentence with its
    // own time.
    expect(period('今年以来，全区新建健身广场12个。区体育局共举办赛事45场。', '45场').period).toBe('今年以来');
    expect(period('1至10月，全市新增就业5万人。在住房方面，全市筹集保障性租赁住房2360套。', '2360套').period).toBeUndefined();
    expect(period('1至10月，全市新增就业5万人。全市累计发放创业担保贷款30亿元。', '30亿元').period).toBeUndefined();
    expect(period('1至10月，全市新增就业5万人。去年全市发放贷款8亿元。', '8亿元').period).toBeUndefined();
  });

  it('gives a figure after a start running to now (今年以来) the article\'s year, though a year before it is named', () => {
    const p = '合作社负责人介绍，合作社去年带动周边5个村的村民增收，今年以来订单增加了两成。';
    expect(period(p, '两成').year).toBe(2025);
    expect(period(p, '5个').year).toBe(2024);
  });

  it('dates a table\'s rows by the period its introducing paragraph sets off (首周，…情况如下：)', () => {
    const table = '| 片区 | 抽测户数 | 达标率 |\n|---|---|---|\n| 城东片区 | 640户 | 97.5% |';
    const rows = (preceding: string, figure: string) => periodOf({ ...scopeFor(table, figure, { article: { pageYear: 2025 } }), preceding }).period;
    expect(rows('12月1日全县开始供暖。首周，热力公司逐户抽测室温，情况如下：', '640户')).toBe('首周');
    expect(rows('1至10月，各片区完成情况如下：', '97.5%')).toBe('1至10月');
    // The paragraph right before the table dates it without a colon too (period-carried.test.ts); one that sets off
    // no period gives none.
    expect(rows('首周，热力公司逐户抽测室温。', '640户')).toBe('首周');
    expect(rows('热力公司逐户抽测室温，情况如下：', '640户')).toBeUndefined();
  });

  it('gives the size of a year\'s programme (N件民生实事) no span', () => {
    expect(period('今年以来，全县10件民生实事项目陆续落地。', '10件').period).toBeUndefined();
    expect(period('今年前9个月，全县10件民生实事已完成投资的80%。', '10件').period).toBeUndefined();
    expect(period('今年以来，12345热线受理群众诉求4100件。', '4100件').period).toBe('今年以来');
  });

  it('reads 高标准 and 标准化 as what is built, not a standard that holds over no span', () => {
    expect(period('近年来，该镇先后建成高标准农田3.2万亩。', '3.2万亩').period).toBe('近年来');
    expect(period('今年以来，园区新建标准化厂房12栋。', '12栋').period).toBe('今年以来');
    expect(period('今年以来，每户补助标准提高到5000元。', '5000元').period).toBeUndefined();
  });

  it('keeps a deadline of this year (年底前, 11月底前) and a whole season (整个冰雪季) as printed', () => {
    expect(period('计划年底前再完成清洁取暖改造800户，新建村级养老服务站6个。', '6个').period).toBe('年底前');
    expect(period('剩余7个小区将在11月底前完工。', '7个').period).toBe('11月底前');
    expect(period('预计整个冰雪季可接待游客15万人次。', '15万人次').period).toBe('整个冰雪季');
    // A year's end that says which estates is none (`2000年底前建成的`).
    expect(period('计划2026年底前完成2000年底前建成的老旧小区改造任务，共涉及小区412个。', '412个').period).toBe('2026年底前');
  });

  it('keeps a school term and a start with its year as printed (今年秋季学期, 今年秋季开学以来)', () => {
    expect(period('今年秋季学期，市县两级开展食堂检查3轮，抽检样品860批次。', '860批次').period).toBe('今年秋季学期');
    expect(period('今年秋季开学以来，长子县新开通校园公交线路6条。', '6条').period).toBe('今年秋季开学以来');
    expect(period('长期以来，该村饮水困难，全村有86户。', '86户').period).toBeUndefined();
  });

  it('gives a price, a fee or a month’s pay no span it holds over', () => {
    expect(period('入冬以来，黎城县开通预约式“暖心车”线路14条，每人每次票价3元。', '3元').period).toBeUndefined();
    expect(period('今年以来，街道建成充电驿站9处，充满一次约需1.5元。', '1.5元').period).toBeUndefined();
    expect(period('今年以来，荫城镇吸纳村民就业320人，人均月收入3500元左右。', '3500元左右').period).toBeUndefined();
    expect(period('今年以来，荫城镇吸纳村民就业320人，人均月收入3500元左右。', '320人').period).toBe('今年以来');
  });

  it('dates what a scheme sets by the scheme’s year, not the days its procedures run on', () => {
    const p = '2026年度城乡居民基本医疗保险集中缴费期为2025年9月1日至12月31日，个人缴费标准为每人每年400元。';
    expect(period(p, '400元').year).toBe(2026);
    expect(period('2025年9月1日起，全市发放补贴1200万元。', '1200万元').year).toBe(2025);
  });

  it('takes the article’s year when the text names none, and none when that is unknown', () => {
    expect(period('新建改造供热管网38.1公里。', '38.1公里')).toEqual({ year: 2025 });
    expect(period('新建改造供热管网38.1公里。', '38.1公里', { year: undefined })).toEqual({});
    expect(period('新建改造供热管网38.1公里。', '38.1公里', { year: undefined, date: '2024-12-01' })).toEqual({ year: 2024 });
  });

  it('reads 今年, 去年 and an explicit year in the clause chain', () => {
    expect(period('今年计划建设5个精品示范村。', '5个', { year: 2025 })).toEqual({ year: 2025 });
    expect(period('去年全市新增就业4.2万人。', '4.2万人', { year: 2025 })).toEqual({ year: 2024 });
    expect(period('截至2024年底，上党区战略性新兴产业企业占比低，增加值仅占0.9%。', '0.9%')).toEqual({ year: 2024, period: '截至2024年底' });
    expect(period('上党区定下2025年签约额145亿元的目标。', '145亿元', { year: 2024 })).toEqual({ year: 2025 });
  });

  it('reads a period and its year, without 今年 in it', () => {
    expect(period('今年1至11月，全市共破获案件1420起。', '1420起')).toEqual({ year: 2025, period: '1至11月' });
    expect(period('景区负责人介绍，今年1至10月，景区累计接待游客186万人次；实现旅游收入9.3亿元。', '9.3亿元').period).toBe('1至10月');
    expect(period('方案提出，计划2026年底前完成2000年底前建成的老旧小区改造任务，共涉及小区412个。', '412个')).toEqual({ year: 2026, period: '2026年底前' });
    expect(period('沁县举办2025年冬季专场招聘会，89家企业提供岗位2100余个。', '2100余个')).toEqual({ year: 2025 });
    expect(period('1至10月，全市城镇新增就业4.1万人。', '4.1万人')).toEqual({ year: 2025, period: '1至10月' });
    expect(period('截至10月底，累计发放补贴512.4万元。', '512.4万元')).toEqual({ year: 2025, period: '截至10月底' });
    expect(period('2021—2025年，全市累计改造老旧小区600个。', '600个')).toEqual({ year: 2025, period: '2021—2025年' });
  });

  it('reads a start (以来) as a period running to the article’s year', () => {
    const p = '2024年以来，国家中医药传承创新发展示范项目落地我市，明确了“六大工程”18个项目建设任务。';
    expect(period(p, '18个')).toEqual({ year: 2025, period: '2024年以来' });
    expect(period('今年以来，全市新增托位2000个。', '2000个')).toEqual({ year: 2025, period: '今年以来' });
    expect(period('零工市场自今年3月运营以来，累计发布用工信息1.1万条。', '1.1万条')).toEqual({ year: 2025, period: '今年3月以来' });
    expect(period('产业园建成以来，解决了周边村100多人就业。', '100多人').period).toBe('产业园建成以来');
    expect(period('入冬以来，共检查换热站47座、供热管网96公里。', '96公里').period).toBe('入冬以来');
    expect(period('#夏季防溺水# 入夏以来，设置警示牌420块。', '420块').period).toBe('入夏以来');
    expect(period('热线实行“24小时接听”，开栓以来已受理群众诉求3860件。', '3860件').period).toBe('开栓以来');
    expect(period('长期以来，全县建成幸福院63个。', '63个').period).toBeUndefined();
  });

  it('dates every figure a start governs but not a level the stock reaches at its end', () => {
    const p = '今年以来，潞州区新建社区老年食堂12个，全区老年食堂达到41个，日均就餐老人2600余人次。';
    expect(period(p, '12个').period).toBe('今年以来');
    expect(period(p, '2600余人次').period).toBe('今年以来');
    expect(period(p, '41个').period).toBeUndefined();
    expect(period('产业园建成以来，年销售收入达到3000万元。', '3000万元').period).toBeUndefined();
    // A reporting period measures what reaches a level in it; an as-of date dates stocks.
    expect(period('1至9月，全县农村快递业务量达到138万件。', '138万件').period).toBe('1至9月');
    expect(period('截至11月底，全市托位达到1.46万个。', '1.46万个').period).toBe('截至11月底');
    // (A part of a month, or an hour of a day, is printed with it; a day alone stays a day.)
    expect(period('截至12月上旬，全县已完成改造户厕820座。', '820座').period).toBe('截至12月上旬');
    expect(period('截至3月5日17时，大会共收到代表建议214件。', '214件').period).toBe('截至3月5日17时');
    expect(period('截至3月5日，大会共收到代表建议214件。', '214件').period).toBe('截至3月5日');
  });

  it('reads a campaign’s time as printed, and 截至目前 as now, not a period', () => {
    expect(period('今年“春风行动”期间，屯留区计划举办招聘会32场。', '32场')).toEqual({ year: 2025, period: '“春风行动”期间' });
    expect(period('截至目前，10个书房累计接待读者4.2万人次。', '4.2万人次')).toEqual({ year: 2025 });
    expect(period('“十五五”期间我市将大力发展普惠托育服务，计划新增托位1万个。', '1万个')).toEqual({ year: 2030, period: '“十五五”期间' });
    const since = '2023年，上党区把建设零工市场作为重点民生实事项目之一，自2023年11月正式投入运营以来，共服务企业48个。';
    expect(period(since, '48个')).toEqual({ year: 2023, period: '2023年11月以来' });
    // (A month alone after 自 is this year's month: 自9月启动以来 → 9月以来.)
    expect(period('全县燃气安全专项整治行动自10月启动以来，共排查商户1260家。', '1260家')).toEqual({ year: 2025, period: '10月以来' });
  });

  it('does not take a year from another segment of the sentence', () => {
    const p = '2024年新建公路20公里；今年新建公路30公里。';
    expect(period(p, '30公里', { year: 2025 }).year).toBe(2025);
    expect(period(p, '20公里', { year: 2025 }).year).toBe(2024);
  });

  it('reads the paragraph’s lead year for its later sentences', () => {
    const p = '2024年，壶关县持续加大投入。全县新增停车场20个。';
    expect(period(p, '20个', { year: 2025 }).year).toBe(2024);
  });
});

describe('periodOf: more printed spans', () => {
  it('reads a day and the start of what began on it, and a season with what says which one', () => {
    expect(period('11月15日开栓以来，全市共受理供热诉求3200件。', '3200件').period).toBe('11月15日开栓以来');
    expect(period('本采暖季，全市新增集中供热面积120万平方米。', '120万平方米').period).toBe('本采暖季');
    expect(period('去年冬季，全县新增清洁取暖用户2000户。', '2000户').period).toBe('去年冬季');
  });

  it('gives no span to a clause about the whole year after it, but to a share of the year\'s task', () => {
    expect(period('1至10月全县新增就业3200人，全年目标为4000人。', '4000人').period).toBeUndefined();
    expect(period('1至10月，全县新增就业4200人，完成全年目标任务的105%。', '105%').period).toBe('1至10月');
  });

  it('reads 本周 (not 上周, a comparison) and a summer\'s holidays with its year (今年暑期，…) as spans, as printed', () => {
    expect(period('本周，县发展和改革局对5个农贸市场进行了价格监测。', '5个').period).toBe('本周');
    expect(period('今年暑期，全县开设暑期托管班28个。', '28个').period).toBe('今年暑期');
    expect(period('去年暑期，全县共开设托管班19个。', '19个', { year: 2025, pageYear: 2025 })).toEqual({ year: 2024, period: '去年暑期' });
    expect(period('暑假里，孩子们在托管班学了书法，共有学生40名。', '40名').period).toBeUndefined();
  });

  it('reads the year a thing was built, as a clause of its own, as that event\'s date, not the year of what is told of it after', () => {
    const p = '据了解，这个照料中心2022年建成，面积720平方米，设有床位36张。';
    expect(period(p, '720平方米', { year: 2025, pageYear: 2025 }).year).toBe(2025);
    expect(period('这个照料中心2022年建成并设床位36张。', '36张', { year: 2025, pageYear: 2025 }).year).toBe(2022);
    expect(period('该区将建设一座体育馆，预计2026年投用，可容纳观众1200人。', '1200人', { year: 2025, pageYear: 2025 }).year).toBe(2026);
  });

  it('reads an event\'s run of days as its date, no span', () => {
    expect(period('12月8日至11日，王和镇举办技能培训班，共培训农民210人。', '210人').period).toBeUndefined();
  });

  it('reads a count of years back to now (五年来) as the span of its sentence, ending in the year a January review looks back on', () => {
    const p = '五年来，全县新建改造农村公路620公里，新增学位8600个，累计发放创业担保贷款3.8亿元。';
    const review = { date: '2026-01-22', pageYear: 2026 };
    expect(period(p, '620公里', review)).toEqual({ year: 2025, period: '五年来' });
    expect(period(p, '3.8亿元', review)).toEqual({ year: 2025, period: '五年来' });
    expect(period('五年来，全县新增学位8600个。', '8600个', { date: '2025-11-12', pageYear: 2025 })).toEqual({ year: 2025, period: '五年来' });
    // (A count of months or days back, `一个月来`, likewise.)
    expect(period('延时服务推出一个月来，共办理业务600余件。一个月来，共办理延时业务860余件，群众满意率99.6%。', '99.6%').period).toBe('一个月来');
    // No count, no start: 多年来 is no span.
    expect(period('多年来，村里坚持种植小米3000亩。', '3000亩').period).toBeUndefined();
  });

  it('dates the items of a list by the span or as-of date its introducing paragraph opens on (截至9月底，…如下：)', () => {
    const item = (intro: string, line: string, figure: string) => periodOf({ ...scopeFor(line, figure, { article: { pageYear: 2025 } }), intro }).period;
    expect(item('截至9月底，潞州区15项民生实事进展如下：', '老旧小区改造：开工48个，完工31个。', '31个')).toBe('截至9月底');
    expect(item('1至10月，各县区完成情况如下：', '背街小巷整治：完成整治62条。', '62条')).toBe('1至10月');
    expect(item('日前，记者从县发改局获悉，截至9月底，该县12项民生实事已完成10项，主要指标进展如下：', '农村公路：新建改造里程达96公里。', '96公里')).toBe('截至9月底');
    // (An item with its own time keeps it; an intro that opens on no span, or on a start, gives none.)
    expect(item('截至9月底，进展如下：', '老旧小区改造：上半年开工48个。', '48个')).toBe('上半年');
    expect(item('潞州区15项民生实事进展如下：', '老旧小区改造：开工48个。', '48个')).toBeUndefined();
    expect(item('今年以来，进展如下：', '老旧小区改造：开工48个。', '48个')).toBeUndefined();
  });

  it('dates the items of a weekly report by 本周 its introducing line opens on (本周诉求量前五位：), as the guide reads 本周', () => {
    const item = (intro: string, line: string, figure: string) => periodOf({ ...scopeFor(line, figure, { article: { pageYear: 2025 } }), intro }).period;
    expect(item('本周诉求量前五位：', '1.供热供暖　4260件', '4260件')).toBe('本周');
    expect(item('本周各类诉求如下：', '物业管理　2130件', '2130件')).toBe('本周');
    // (Last week is what a change is measured on, not a span of the list: none.)
    expect(item('上周诉求量前五位：', '1.供热供暖　3860件', '3860件')).toBeUndefined();
  });
});

describe('periodOf, a chart row named by a year printed bare', () => {
  it('dates the row\'s figure by that year, as `2021年` does', () => {
    const chart = ['全市集中供热面积（万平方米）', '2021　9800', '2022　10350', '2023　10820'].join('\n');
    expect(period(chart, '9800').year).toBe(2021);
    expect(period(chart, '10820').year).toBe(2023);
  });

  it('gives a row named by a year no span of years its title prints (近三年…), but keeps a span within the year', () => {
    const series = ['近三年全县农村自来水普及率（%）', '2023年　88.4', '2024年　91.7', '2025年　95.2'].join('\n');
    expect(period(series, '91.7')).toEqual({ year: 2024 });
    const bare = ['近年来城镇新增就业（人）', '2021　4210', '2022　4460', '2023　4630'].join('\n');
    expect(period(bare, '4460')).toEqual({ year: 2022 });
    // A span within each year (`1至10月`) is what each year's row is counted over.
    const months = ['1至10月全县接待游客（万人次）', '2024年　86.5', '2025年　97.3'].join('\n');
    expect(period(months, '86.5').period).toBe('1至10月');
  });
});

describe('periodOf: a data piece\'s headline opening on a year', () => {
  const titled = (paragraph: string, figure: string, title: string) =>
    periodOf(scopeFor(paragraph, figure, { article: { year: 2025, pageYear: 2025, title } })).year;

  it('dates the figures of a piece whose headline is a year and a name (2024年沁源民生账)', () => {
    expect(titled('● 改造老旧小区 18个', '18个', '2024年沁源民生账')).toBe(2024);
  });

  it('reads the year printed bare, opening the headline or closing a short one (2024沁源民生账, 数说2024; fails before)', () => {
    expect(titled('● 改造老旧小区 18个', '18个', '2024沁源民生账')).toBe(2024);
    expect(titled('● 新增学位 1200个', '1200个', '数说2024')).toBe(2024);
    expect(titled('● 新增学位 1200个', '1200个', '数读2024年')).toBe(2024);
    // (Not a headline that says more than a name before the year, nor a span opening on the year.)
    expect(titled('● 新增学位 1200个', '1200个', '我县新增学位超过2024')).toBe(2025);
    expect(titled('● 新增学位 1200个', '1200个', '2024年以来新增学位')).toBe(2025);
  });

  it('not a headline that is a sentence or a span, nor a paragraph that names its own time', () => {
    expect(titled('● 改造老旧小区 18个', '18个', '2024年，沁源改造老旧小区18个')).toBe(2025);
    expect(titled('● 改造老旧小区 18个', '18个', '2021—2025年沁源民生账')).toBe(2025);
    expect(titled('● 今年改造老旧小区 18个', '18个', '2024年沁源民生账')).toBe(2025);
  });

  it('never dates what is done after the page\'s year (review R3 F9: a greeting, 你好2026, on a 2025 page; fails before)', () => {
    expect(titled('全市23个广场举办跨年活动，吸引市民5万余人次参与。', '5万余人次', '你好2026')).toBe(2025);
    expect(titled('市大剧院新年音乐会演出曲目16首，观众1200余人。', '1200余人', '2026新年音乐会奏响')).toBe(2025);
    // (near miss: the page's own year or one before it still dates the lines)
    expect(titled('● 新增学位 1200个', '1200个', '数说2025')).toBe(2025);
    expect(titled('● 新增学位 1200个', '1200个', '数说2024')).toBe(2024);
  });
});

describe('periodOf: a campaign\'s or a reform\'s start, and a headline\'s past year', () => {
  it('reads a start told by the verb that opens a campaign or a reform (开展, 推行, 启动 … 以来) as the span', () => {
    expect(period('专项整治开展以来，市市场监管局查处违规经营42起。', '42起').period).toBe('专项整治开展以来');
    expect(period('公交改革推行以来，沁源县新开通城乡公交线路14条。', '14条').period).toBe('公交改革推行以来');
    // (A body named with its place first, up to eight characters: 壶关县医疗集团成立以来.)
    expect(period('壶关县医疗集团成立以来，累计下派医师860人次。', '860人次').period).toBe('壶关县医疗集团成立以来');
    // Not a start inside a clause that opens on other words: the clause is the figure's own.
    expect(period('今年全县推动医疗服务集团成立以来的各项改革，新增床位60张。', '60张').period).toBeUndefined();
  });

  it('reads a month set apart by a comma as the span of statistics compared over it (同比, 环比), not as an event\'s date', () => {
    expect(period('10月，全市居民消费价格同比上涨0.4%，环比下降0.1%。', '0.4%').period).toBe('10月');
    expect(period('10月，全市居民消费价格同比上涨0.4%，环比下降0.1%。', '0.1%').period).toBe('10月');
    expect(period('今年10月，镇里举办农民丰收节，现场销售农产品8万元。', '8万元').period).toBeUndefined();
  });

  it('reads a day as a start (12月3日以来) as a month is (8月以来), and a day alone as no span', () => {
    expect(period('12月3日以来，县供热服务热线共受理诉求2300件。', '2300件').period).toBe('12月3日以来');
    expect(period('2025年10月8日以来，全区累计办理业务1.2万件。', '1.2万件').period).toBe('2025年10月8日以来');
    expect(period('12月3日，县供热服务热线共受理诉求230件。', '230件').period).toBeUndefined();
  });

  it('keeps the quoted name of what started (“双减”政策推行以来), not only the Han words after the quotes', () => {
    expect(period('“双减”政策推行以来，全县课后服务覆盖学生3.6万人。', '3.6万人').period).toBe('“双减”政策推行以来');
    expect(period('“幸福食堂”建成以来，全镇累计就餐5.2万人次。', '5.2万人次').period).toBe('“幸福食堂”建成以来');
    expect(period('自“一网通办”平台开通以来，共办理业务2.3万件。', '2.3万件').period).toBe('“一网通办”平台开通以来');
  });

  it('dates by a headline opening on a year before the page\'s what the text dates no other way, not what is planned', () => {
    const january = { year: 2026, pageYear: 2026, title: '2025年我市城镇新增就业5.12万人' };
    const of = (p: string, figure: string) => periodOf(scopeFor(p, figure, { article: january })).year;
    expect(of('全市城镇新增就业5.12万人，完成年度任务的106.7%。', '5.12万人')).toBe(2025);
    expect(of('下一步，我市计划城镇新增就业5万人以上。', '5万人以上')).toBe(2026);
    expect(periodOf(scopeFor('全市城镇新增就业5.12万人。', '5.12万人', { article: { year: 2026, pageYear: 2026, title: '我市城镇新增就业5.12万人' } })).year).toBe(2026);
  });
});
