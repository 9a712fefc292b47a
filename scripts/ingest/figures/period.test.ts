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
    // An intro that is no lead-in to the table (no colon), or sets off no period, gives none.
    expect(rows('首周，热力公司逐户抽测室温。', '640户')).toBeUndefined();
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
  });

  it('reads a campaign’s time as printed, and 截至目前 as now, not a period', () => {
    expect(period('今年“春风行动”期间，屯留区计划举办招聘会32场。', '32场')).toEqual({ year: 2025, period: '“春风行动”期间' });
    expect(period('截至目前，10个书房累计接待读者4.2万人次。', '4.2万人次')).toEqual({ year: 2025 });
    expect(period('“十五五”期间我市将大力发展普惠托育服务，计划新增托位1万个。', '1万个')).toEqual({ year: 2030, period: '“十五五”期间' });
    const since = '2023年，上党区把建设零工市场作为重点民生实事项目之一，自2023年11月正式投入运营以来，共服务企业48个。';
    expect(period(since, '48个')).toEqual({ year: 2023, period: '2023年11月以来' });
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

describe('periodOf, comparisons', () => {
  it('does not take the year a figure is compared with', () => {
    expect(period('截至目前，全市公办园在园幼儿占比达到56.3%，较去年提高4.2个百分点。', '4.2个百分点').year).toBe(2025);
    expect(period('全镇人居环境整治参与率由去年的六成提高到九成以上。', '九成以上').year).toBe(2025);
    expect(period('与去年相比，百岁老人的津贴标准提高了200元。', '200元').year).toBe(2025);
  });
});

describe('periodOf, the page’s year', () => {
  it('reads 今年 as the year the page was printed, and checks the article’s year against it', () => {
    expect(period('今年新建公路30公里。', '30公里', { year: 2024, pageYear: 2025 }).year).toBe(2025);
    expect(period('新建公路30公里。', '30公里', { year: 2024, pageYear: 2025 }).year).toBe(2024);
    expect(period('新建公路30公里。', '30公里', { year: 2000, pageYear: 2025 }).year).toBe(2025);
    expect(period('新建公路30公里。', '30公里', { year: undefined, pageYear: 2025 }).year).toBe(2025);
  });
});

describe('periodOf, the nearest governing time', () => {
  it('takes the nearest sentence lead of its paragraph that names a time, 如今 resetting 前年', () => {
    const p = '前年，村里投入80万元修了文化广场。如今，全村有文艺队3支。上半年，文艺队演出42场。';
    expect(period(p, '80万元').year).toBe(2023);
    expect(period(p, '3支').year).toBe(2025);
    expect(period(p, '42场')).toEqual({ year: 2025, period: '上半年' });
    expect(period('去年，全县新建幸福院8个。幸福院共为老人助餐1.2万人次。', '1.2万人次').year).toBe(2024);
  });

  it('reads a span counted from an opening (开诊半个月来, 系统开通一个月来, 产业园建成以来)', () => {
    expect(period('开诊半个月来，夜诊累计接诊患者1180人次。', '1180人次').period).toBe('开诊半个月来');
    expect(period('系统开通一个月来，累计办件3200件。', '3200件').period).toBe('系统开通一个月来');
  });

  it('dates a rate of the cases handled in a span by the span, not a level of coverage', () => {
    const p = '入冬以来，潞城区开通供热服务热线，累计受理居民供热诉求1260件，办结率达到99.2%。';
    expect(period(p, '99.2%').period).toBe('入冬以来');
    expect(period('今年以来，全县农村自来水覆盖率达到98%。', '98%').period).toBeUndefined();
  });

  it('reads a review’s 过去一年 over the paragraphs after it in its section that name no time', () => {
    const review = '过去一年，全市民生支出占一般公共预算支出的比重达到80.5%。';
    const p = '教育方面，新建改扩建中小学和幼儿园21所，新增学位1.3万个。';
    const at = (paragraph: string, figure: string, preceding: string) =>
      periodOf({ ...scopeFor(paragraph, figure, { article: { year: 2026, pageYear: 2026, date: '2026-01-15' } }), preceding });
    expect(at(p, '21所', review).year).toBe(2025);
    // A paragraph naming its own time keeps it; another lead does not reach past its paragraph.
    expect(at('今年将新建中小学10所。', '10所', review).year).toBe(2026);
    expect(at(p, '21所', '2024年，全市新建中小学15所。').year).toBe(2026);
  });

  it('reads 过去一年 on a page of the first quarter as the year before it, later as the same year', () => {
    expect(period('过去一年，全市新增城镇就业4.6万人。', '4.6万人', { year: 2026, date: '2026-01-20' }).year).toBe(2025);
    expect(period('过去一年，全市新增城镇就业4.6万人。', '4.6万人', { year: 2025, date: '2025-12-20' }).year).toBe(2025);
  });

  it('reads the year of a level reached from now by the plan, and the start level as now', () => {
    const p = '该县计划2027年建成二期工程，届时普及率将由目前的76%提高到90%以上。';
    expect(period(p, '90%以上').year).toBe(2027);
    expect(period(p, '76%').year).toBe(2025);
  });

  it('leaves a stock’s level and a level’s change from last year in points undated by a span, not by an as-of date', () => {
    const p = '1至9月，全区新建健身广场20个，人均体育场地面积达到2.5平方米，全民健身覆盖率较去年提高3个百分点。';
    expect(period(p, '20个').period).toBe('1至9月');
    expect(period(p, '2.5平方米').period).toBeUndefined();
    expect(period(p, '3个百分点').period).toBeUndefined();
    expect(period('1至9月，报销比例达到70%，较去年同期提高2个百分点。', '2个百分点').period).toBe('1至9月');
    expect(period('截至9月底，污水处理率达到97%，比去年提高1个百分点。', '1个百分点').period).toBe('截至9月底');
    expect(period('1至9月，全区新建驿站30个，驿站已覆盖80%的社区。', '80%').period).toBeUndefined();
  });

  it('leaves a period to its clauses when a time of the figure’s own stands nearer', () => {
    const p = '该县计划2026年底前完成水厂建设，到2028年全县自来水普及率达到98%。';
    expect(period(p, '98%')).toEqual({ year: 2028 });
  });

  it('keeps a season as printed, reads a whole month opening its clause, not a month that says which works', () => {
    expect(period('今年冬季，全县推出冬季旅游线路6条。', '6条').period).toBe('今年冬季');
    expect(period('县文旅局预计，12月全县接待游客可达5万人次。', '5万人次').period).toBe('12月');
    expect(period('4月开工建设的热网工程全长9公里。', '9公里').period).toBeUndefined();
    expect(period('12月15日起，全市新开公交线路3条。', '3条').period).toBeUndefined();
  });

  it('dates no standard, ceiling or amount per night or month by a span', () => {
    expect(period('今年以来，全市新增家庭养老床位800张，每户补助标准最高3000元。', '3000元').period).toBeUndefined();
    expect(period('上半年，全县发放创业担保贷款8000万元，个人最高可贷20万元。', '20万元').period).toBeUndefined();
    expect(period('上半年，全县发放创业担保贷款8000万元，个人最高可贷20万元。', '8000万元').period).toBe('上半年');
  });

  it('dates no count of places that reached a state by a span', () => {
    const p = '今年以来，全县新建村级寄递物流服务站40个，全县190个行政村实现快递进村。';
    expect(period(p, '40个').period).toBe('今年以来');
    expect(period(p, '190个').period).toBeUndefined();
    expect(period('今年以来，零工市场帮助1800余人实现灵活就业。', '1800余人').period).toBe('今年以来');
  });

  it('counts a 其中 sentence over the span of the sentence before it', () => {
    const p = '1—10月，全县接待游客520万人次。其中，两个重点镇接待游客210万人次。';
    expect(period(p, '210万人次').period).toBe('1—10月');
  });

  it('drops the year opening a span of months or quarters, as 今年 is dropped', () => {
    expect(period('2025年前三季度，全区新建公园8个。', '8个')).toEqual({ year: 2025, period: '前三季度' });
    expect(period('2024年1至10月，全区新建公园8个。', '8个')).toEqual({ year: 2024, period: '1至10月' });
  });

  it('keeps a start as printed, 今年 and all (the annotation guide)', () => {
    expect(period('今年端午以来，景区接待游客5.2万人次。', '5.2万人次').period).toBe('今年端午以来');
    expect(period('今年入冬以来，全区共入户走访群众2.3万户。', '2.3万户').period).toBe('今年入冬以来');
    expect(period('入冬以来，全区共入户走访群众2.3万户。', '2.3万户').period).toBe('入冬以来');
    expect(period('今年以来，景区接待游客5.2万人次。', '5.2万人次').period).toBe('今年以来');
    expect(period('今年5月以来，景区接待游客5.2万人次。', '5.2万人次').period).toBe('今年5月以来');
  });

  it('dates a figure of the year an article’s data footnote names by its as-of date, unless it prints a period', () => {
    const asOf = '截至2025年10月底';
    expect(period('全区新增学位1200个。', '1200个', { asOf })).toEqual({ year: 2025, period: asOf });
    expect(period('1至9月，全区新增学位1200个。', '1200个', { asOf }).period).toBe('1至9月');
    expect(period('明年计划新增学位800个。', '800个', { asOf })).toEqual({ year: 2026 });
  });

  it('reads more printed spans: 去年以来, 1月至10月, 第一季度, 前10月, a holiday, 开通一个月来', () => {
    expect(period('去年以来，全区新建公园9个。', '9个')).toEqual({ year: 2025, period: '去年以来' });
    expect(period('1月至10月，全县接待游客300万人次。', '300万人次').period).toBe('1月至10月');
    expect(period('今年第一季度，全市新增市场主体1.2万户。', '1.2万户').period).toBe('第一季度');
    expect(period('前10月，全市快递业务量增长12%。', '12%').period).toBe('前10月');
    expect(period('国庆假期，景区接待游客6.8万人次。', '6.8万人次').period).toBe('国庆假期');
    expect(period('平台开通一个月来，已受理诉求560件。', '560件').period).toBe('平台开通一个月来');
    expect(period('今年暑假，全市开设托管班62个。', '62个').period).toBeUndefined();
  });
});

describe('periodOf on an undated page', () => {
  it('takes the year the page’s other articles report on where the article and its text name none', () => {
    expect(period('全县新建幸福院8个。', '8个', { year: undefined, siblingYear: 2024 })).toEqual({ year: 2024 });
    expect(period('2023年，全县新建幸福院8个。', '8个', { year: undefined, siblingYear: 2024 })).toEqual({ year: 2023 });
    expect(period('全县新建幸福院8个。', '8个', { year: 2022, siblingYear: 2024 })).toEqual({ year: 2022 });
  });
});

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

describe('periodOf: starts within a month, months with 份, names and standards', () => {
  it('reads a start in part of a month (11月下旬以来, 10月初以来) and a month with 份 as a clause of its own', () => {
    const p = '11月下旬以来，县民政局为全县1860户困难家庭发放取暖补贴，每户500元，共计93万元。';
    expect(period(p, '1860户').period).toBe('11月下旬以来');
    expect(period(p, '93万元').period).toBe('11月下旬以来');
    // (A standard per household holds for a time, not over the span.)
    expect(period(p, '500元').period).toBeUndefined();
    expect(period('10月初以来，全市受理供热诉求1200件。', '1200件').period).toBe('10月初以来');
    expect(period('11月份，中心共受理各类业务1.35万件。', '1.35万件').period).toBe('11月份');
  });

  it('reads no price per time in a name in quotes (推出“一件事一次办”事项38项)', () => {
    expect(period('今年以来，县里推出“一件事一次办”事项38项。', '38项').period).toBe('今年以来');
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

  it('reads an event\'s run of days as its date, no span', () => {
    expect(period('12月8日至11日，王和镇举办技能培训班，共培训农民210人。', '210人').period).toBeUndefined();
  });
});

describe('periodOf: first days inside a clause, joined holidays, levels kept and listed', () => {
  it('reads the first days of what opened inside a clause, and two holidays as one span', () => {
    expect(period('乐园设有滑雪道4条，开园首周接待游客1.6万人次。', '1.6万人次').period).toBe('开园首周');
    expect(period('国庆中秋假期，全市高速公路出入口车流量达到86.3万车次。', '86.3万车次').period).toBe('国庆中秋假期');
  });

  it('gives an open span to no level kept, nor to what a clause of nouns lists after a level reached', () => {
    const p = '今年以来，全县新开通城乡公交线路6条，线路总数达到38条，运营车辆126辆，建制村通客车率保持100%。';
    expect(period(p, '6条').period).toBe('今年以来');
    expect(period(p, '126辆').period).toBeUndefined();
    expect(period(p, '100%').period).toBeUndefined();
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

describe('periodOf: what 累计 sums, carried', () => {
  it('goes on over a start, not over a closed span', () => {
    expect(period('入冬以来，全县新增供热面积35万平方米。供热企业累计上门维修2360家次。', '2360家次').period).toBe('入冬以来');
    expect(period('1至10月，全市新增就业5万人。全市累计发放创业担保贷款30亿元。', '30亿元').period).toBeUndefined();
  });
});
