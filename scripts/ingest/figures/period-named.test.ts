import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

const period = (paragraph: string, figure: string) => periodOf(scopeFor(paragraph, figure, { article: { year: 2025, pageYear: 2025 } })).period;

describe('periodOf: a festival\'s, a week\'s or a month\'s time, unquoted', () => {
  it('reads 宪法宣传周期间, 文化节期间, 春节、元宵节期间 opening a clause as the span of every figure after it (fails before)', () => {
    const week = '宪法宣传周期间，全市共开展法治宣传活动420余场，发放宣传资料12万余份。';
    expect(period(week, '420余场')).toBe('宪法宣传周期间');
    expect(period(week, '12万余份')).toBe('宪法宣传周期间');
    expect(period('记者从县文化和旅游局获悉，春节、元宵节期间，我县将举办群众文化活动86场，其中“村晚”42场。', '42场')).toBe('春节、元宵节期间');
    expect(period('文化节期间，上党区荫城镇共接待游客3.2万人次。', '3.2万人次')).toBe('文化节期间');
  });

  it('reads the name alone, not the clause\'s place or 在 before it (review R4 F8, fails before)', () => {
    expect(period('我市宪法宣传周期间，共开展法治宣传活动420余场。', '420余场')).toBe('宪法宣传周期间');
    expect(period('据了解，我县在文化节期间，共接待游客3.2万人次。', '3.2万人次')).toBe('文化节期间');
    expect(period('记者了解到，在第三届文化节期间，共接待游客3.2万人次。', '3.2万人次')).toBe('第三届文化节期间');
    expect(period('第十二届中国长治上党文化节期间，全市共接待游客86万人次。', '86万人次')).toBe('第十二届中国长治上党文化节期间');
    // (near miss: a place in the festival's name is its own)
    expect(period('上党区文化节期间，共接待游客3.2万人次。', '3.2万人次')).toBe('上党区文化节期间');
  });

  it('reads no subject before 在 wherever it stands, and no whole place after 在 (review R5 F7, fails before)', () => {
    expect(period('全市各景区在国庆节期间，共接待游客86万人次。', '86万人次')).toBe('国庆节期间');
    expect(period('全县上下在安全生产月期间，共排查隐患3200处。', '3200处')).toBe('安全生产月期间');
    expect(period('县医院在春节期间，共接诊患者3200人次。', '3200人次')).toBe('春节期间');
    expect(period('在全市安全生产月期间，共排查隐患3200处。', '3200处')).toBe('安全生产月期间');
    expect(period('今年我市第三届文化节期间，共接待游客3.2万人次。', '3.2万人次')).toBe('第三届文化节期间');
    // (near misses: 今年 after the place, and a place in the name)
    expect(period('全县今年春节期间，共接待游客12万人次。', '12万人次')).toBe('春节期间');
    expect(period('荫城镇铁货文化节期间，共接待游客3.2万人次。', '3.2万人次')).toBe('荫城镇铁货文化节期间');
  });

  it('not a state\'s or a works\' time (供暖期间, 施工期间, 会议期间), nor one inside a clause', () => {
    expect(period('供暖期间，区里开通了供热服务热线，已受理群众诉求1300余件。', '1300余件')).toBeUndefined();
    expect(period('会议期间，委员们共提交提案126件。', '126件')).toBeUndefined();
    expect(period('施工期间，将在府后东街设置临时供水点4处。', '4处')).toBeUndefined();
  });
});

describe('periodOf: a time standing as a clause of its own governs the segments after it', () => {
  it('reads 11月份，… and 今年秋季学期，… over the figures after a semicolon too (fails before)', () => {
    const month = '记者12月2日从市生态环境局获悉，11月份，我区空气质量优良天数为22天，同比增加4天；细颗粒物平均浓度为41微克/立方米，同比下降8.9%。';
    expect(period(month, '22天')).toBe('11月份');
    expect(period(month, '41微克/立方米')).toBe('11月份');
    expect(period(month, '8.9%')).toBe('11月份');
    expect(period('今年秋季学期，全市开展食堂检查3轮，抽检样品860批次；发现并整改问题136个。', '136个')).toBe('今年秋季学期');
  });

  it('not across the semicolon to a segment with a time of its own or a stock (review R4 F13, fails before)', () => {
    expect(period('11月份，我区空气质量优良天数为22天；全区现有空气质量监测站点12个。', '12个')).toBeUndefined();
    expect(period('11月份，我区空气质量优良天数为22天；全年优良天数目标为280天。', '280天')).toBeUndefined();
    expect(period('11月份，我区空气质量优良天数为22天；截至目前，全区共有监测站点12个。', '12个')).toBeUndefined();
    expect(period('今年秋季，全市新建幼儿园8所；目前全市共有幼儿园320所。', '320所')).toBeUndefined();
    // (near misses: a level or a change reached in the span, a count done in it)
    expect(period('今年1至11月，全县乡镇卫生院门急诊量达到28.6万人次，同比增长13.5%；县域内就诊率达到91.2%。', '91.2%')).toBe('1至11月');
    expect(period('今年1至10月，全县城镇新增就业3180人；农村劳动力转移就业4.1万人，比上年同期多1900人。', '1900人')).toBe('1至10月');
    expect(period('今年秋季，全市新建幼儿园8所；新增学位2400个。', '2400个')).toBe('今年秋季');
  });

  it('keeps the span over a part of its own count that a having word brings (review R5 F5, fails before)', () => {
    expect(period('11月份，全区新增城镇就业1200人；其中，有高校毕业生380人。', '380人')).toBe('11月份');
    expect(period('今年1至10月，全市新增城镇就业4.2万人；新增就业人员中，有高校毕业生1.1万人。', '1.1万人')).toBe('1至10月');
    expect(period('11月份，热线共受理群众诉求1300件；有1260件当天办结。', '1260件')).toBe('11月份');
    expect(period('今年1至10月，全县共发放创业担保贷款3200万元；共有180户个体工商户获得贷款。', '180户')).toBe('1至10月');
    // (near misses: a place's stock, its having word after the place or before the noun)
    expect(period('11月份，我区新增就业1200人；全区有12个就业服务站。', '12个')).toBeUndefined();
    expect(period('11月份，我区新增就业1200人；有12个就业服务站。', '12个')).toBeUndefined();
    expect(period('11月份，我区空气质量优良天数为22天；全区共有12个监测站点。', '12个')).toBeUndefined();
  });

  it('not a time inside a clause of other words (学期 over a school\'s count), nor a bare month (an event\'s date)', () => {
    expect(period('学校今年秋季学期开设课程18门；本学期共招收学员320人。', '320人')).toBeUndefined();
    expect(period('今年3月，上党区启动老旧小区改造；全区共改造小区18个。', '18个')).toBeUndefined();
  });
});
