// The year of a figure (period-years.ts), read through periodOf: compared years, the page's year, the nearest
// governing lead and undated pages.
import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

// A dated page unless a test says otherwise: its article's year is the year printed (pageYear), as the
// pipeline dates every article of a page that prints its date.
const period = (paragraph: string, figure: string, article: { year?: number; pageYear?: number; date?: string; siblingYear?: number; asOf?: string; presentUnknown?: boolean } = {}) =>
  periodOf(scopeFor(paragraph, figure, { article: { pageYear: 'year' in article ? article.year : 2025, ...article } }));

describe('periodOf, comparisons', () => {
  it('does not take the year a figure is compared with', () => {
    expect(period('截至目前，全市公办园在园幼儿占比达到56.3%，较去年提高4.2个百分点。', '4.2个百分点').year).toBe(2025);
    expect(period('全镇人居环境整治参与率由去年的六成提高到九成以上。', '九成以上').year).toBe(2025);
    expect(period('与去年相比，百岁老人的津贴标准提高了200元。', '200元').year).toBe(2025);
    // (A start date is none: from then on, the rule's figures are that year's.)
    expect(period('从2026年1月1日起，全县门诊慢特病病种由33种增至41种。', '41种').year).toBe(2026);
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

describe('periodOf, an as-of day after a coming year', () => {
  it('dates a count made on a day this year (截至11月20日) by the page, not by the coming scheme year told before it', () => {
    const p = '2026年度职工医保缴费工作启动以来，截至11月20日，全县已有8.6万人完成缴费。';
    expect(period(p, '8.6万人').year).toBe(2025);
    // A plan for the coming year keeps its year; so does a past year's as-of day (the year told is not ahead).
    expect(period('2026年度，全县计划新增参保人员5000人。', '5000人').year).toBe(2026);
    expect(period('2024年度工作中，截至12月底，全县完成参保8.1万人。', '8.1万人').year).toBe(2024);
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

  it('places 今年 and 目前 nowhere when the article tells its named year and 今年 apart, but still dates what a year governs', () => {
    const undated = { year: 2024, pageYear: undefined, presentUnknown: true };
    expect(period('今年，该县又对42个村的老旧管网进行了改造，目前已覆盖361个村。', '361个', undated)).toEqual({});
    expect(period('今年以来，景区带动发展农家乐320家。', '320家', undated).year).toBeUndefined();
    expect(period('2024年，景区共接待游客186万人次。', '186万人次', undated)).toEqual({ year: 2024 });
    expect(period('当年，全县新增公办学位2400个。', '2400个', undated)).toEqual({ year: 2024 });
    // (Where it does not, 今年 is the year it names: `2025年前三季度民生账单` over `今年前三季度…`.)
    expect(period('今年前三季度，全县民生支出15.2亿元。', '15.2亿元', { year: 2025, pageYear: undefined })).toEqual({ year: 2025, period: '前三季度' });
  });
});

describe('periodOf, a table cell by its column heading', () => {
  it('dates a cell by the year or the span heading its column, not by another column printed before it', () => {
    const air = ['| 指标 | 2024年 | 2025年 | 变化 |', '| --- | --- | --- | --- |', '| 优良天数 | 240天 | 256天 | +16天 |', '| 重污染天数 | 9天 | 4天 | -5天 |'].join('\n');
    expect(period(air, '240天').year).toBe(2024);
    expect(period(air, '9天').year).toBe(2024);
    expect(period(air, '4天').year).toBe(2025);
    const spans = ['| 项目 | 1至10月 | 全年目标 |', '| --- | --- | --- |', '| 新增就业 | 4200人 | 5000人 |', '| 技能培训 | 8600人次 | 10000人次 |'].join('\n');
    expect(period(spans, '8600人次')).toEqual({ year: 2025, period: '1至10月' });
  });
});

describe('periodOf, by a short section heading', () => {
  it('dates a figure that names no time by the heading over it', () => {
    expect(periodOf(scopeFor('● 新建幼儿园 3所', '3所', { headings: ['明年计划'], article: { year: 2025, pageYear: 2025 } })).year).toBe(2026);
    expect(periodOf(scopeFor('今年新建幼儿园5所。', '5所', { headings: ['明年计划'], article: { year: 2025, pageYear: 2025 } })).year).toBe(2025);
  });
});

describe('periodOf, spans counted back from now (FG, session 16)', () => {
  it('reads a span back from now after a year told before it as of now, and prints N年间 as a span', () => {
    expect(period('全县曾于2023年建成农村公路120公里，近两年又新改建农村公路86公里。', '86公里')).toEqual({ year: 2025, period: '近两年' });
    expect(period('全县曾于2023年建成农村公路120公里，近两年又新改建农村公路86公里。', '120公里').year).toBe(2023);
    expect(period('五年间，全市新建改造农村供水管网3400余公里。', '3400余公里')).toEqual({ year: 2025, period: '五年间' });
  });
  it('leaves a span back from now unplaced on a page that prints no date', () => {
    expect(period('2023年，该镇成立合作社；近三年，合作社累计带动1200余户农户增收。', '1200余户', { year: 2023, pageYear: undefined, presentUnknown: true }).year).toBeUndefined();
  });
});

describe('periodOf, a count of years after a closed span (FX6, session 16)', () => {
  it('reads N年间 / N年来 told after a closed span in its sentence as that span, not as back from now', () => {
    expect(period('回顾2016—2020年，五年间，全县新建农村公路620公里。', '620公里')).toEqual({ year: 2020, period: '2016—2020年' });
    expect(period('2011年至2015年，“十二五”五年间，全县新建农村公路620公里。', '620公里')).toEqual({ year: 2015, period: '2011年至2015年' });
    expect(period('2016—2020年，五年来，全县累计建成农村公路620公里。', '620公里')).toEqual({ year: 2020, period: '2016—2020年' });
    // (With no span before it, the count still runs back from now.)
    expect(period('五年间，全市新建改造农村供水管网3400余公里。', '3400余公里')).toEqual({ year: 2025, period: '五年间' });
  });
});

describe('periodOf, a span running from one year into the next', () => {
  it('dates it by its start, as a season in force (于2025年11月15日起…至2026年3月15日, 2025—2026年采暖季)', () => {
    expect(period('今年采暖季于2025年11月15日起开始供热，至2026年3月15日结束，供热期121天。', '121天').year).toBe(2025);
    expect(period('全县2025—2026年采暖季共设临时保供点12处。', '12处').year).toBe(2025);
  });

  it('keeps a plan’s year, a span within one year and a closed span of years', () => {
    expect(period('老旧管网改造计划2026年3月底前完成，共涉及46公里。', '46公里').year).toBe(2026);
    expect(period('二期工程于2026年4月1日起开工，至2026年10月31日完工，工期214天。', '214天').year).toBe(2026);
    expect(period('2021年至2025年，全县累计新建公路320公里。', '320公里').year).toBe(2025);
  });
});

describe('periodOf, a count of a coming year\'s scheme as of a day of this year', () => {
  it('dates it this year where the day opens the chain before the scheme\'s year, the year before or after the figure (fails before)', () => {
    expect(period('截至11月20日，全市2026年度城乡居民基本医疗保险已缴费212.4万人，完成征缴任务的78.2%。', '212.4万人').year).toBe(2025);
    expect(period('截至11月底，全市已有218.6万人完成2026年度参保缴费，参保率达到91.3%。', '218.6万人').year).toBe(2025);
    expect(period('截至11月底，全市已有218.6万人完成2026年度参保缴费，参保率达到91.3%。', '91.3%').year).toBe(2025);
    // (near misses: the scheme's standard, and a plan for the coming year after a semicolon)
    expect(period('2026年度个人缴费标准为每人每年400元。', '400元').year).toBe(2026);
    expect(period('截至11月底，全县已完成投资3亿元；2026年度计划新增就业5000人。', '5000人').year).toBe(2026);
  });

  it('not the scheme\'s standards, plans or money told after the day: only a count done or a level reached by it (review R5 F16, fails before)', () => {
    expect(period('截至11月底，全市已有218.6万人完成参保缴费，2026年度个人缴费标准为每人每年400元。', '400元').year).toBe(2026);
    expect(period('截至11月底，全市2026年度城乡居民医保个人缴费标准为每人每年400元。', '400元').year).toBe(2026);
    expect(period('截至11月底，全市2026年度拟新增城镇就业岗位5000个。', '5000个').year).toBe(2026);
    expect(period('截至11月底，我市2026年度民生实事项目已确定12件，总投资36亿元。', '36亿元').year).toBe(2026);
    // (near miss: what was decided by the day is counted this year)
    expect(period('截至11月底，我市2026年度民生实事项目已确定12件，总投资36亿元。', '12件').year).toBe(2025);
  });
});
