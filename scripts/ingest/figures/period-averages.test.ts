import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

// Made-up monitoring and wage sentences: an average measured over a closed span (a month, a week, a quarter) is
// counted over it; a standard set, and any price under a start running to now, holds for a time and takes none.
const period = (paragraph: string, figure: string) => periodOf(scopeFor(paragraph, figure, { article: { pageYear: 2025 } })).period;

describe('averages measured over a closed span, standards set', () => {
  it('dates an average price or income measured in a month, a week or a quarter', () => {
    expect(period('监测显示，10月全县鸡蛋平均零售价为每斤4.6元。', '4.6元')).toBe('10月');
    expect(period('本周，城区农贸市场猪肉均价为每斤12.8元。', '12.8元')).toBe('本周');
    expect(period('上半年，园区务工人员人均月收入约3100元。', '3100元')).toBe('上半年');
    // A price of goods by weight in a monitored span is what the market asked in it, as its average is.
    expect(period('本周，城区农贸市场芹菜每斤2.6元，菠菜每斤3.2元。', '3.2元')).toBe('本周');
    expect(period('监测显示，11月县城超市鸡蛋每公斤9.8元。', '9.8元')).toBe('11月');
  });

  it('gives none to a standard set in the span, nor to a price under a start', () => {
    expect(period('1至10月，全县发放低保金2800万元，城市低保标准为每人每月720元。', '720元')).toBeUndefined();
    expect(period('上半年，全县发放创业担保贷款9000万元，个人最高可贷20万元。', '20万元')).toBeUndefined();
    expect(period('今年以来，助餐点老人每餐只需付5元。', '5元')).toBeUndefined();
    expect(period('今年以来，合作社以每斤3元的保护价收购谷子。', '3元')).toBeUndefined();
  });
});

describe('an average reached under a start (period-levels.ts, AVERAGE_OVER)', () => {
  it('is measured over the span, as the guide counts averages', () => {
    expect(period('今年以来，县急救中心共出车1.2万车次，平均到达现场时间缩短到14分钟。', '14分钟')).toBe('今年以来');
    expect(period('10月以来，城区公交日均客运量达到9.8万人次。', '9.8万人次')).toBe('10月以来');
  });
  it('leaves a level reached with no average, a limit, and an average at the end of a thing’s life', () => {
    expect(period('今年以来，全县上门检修2100余次，群众报修平均响应时间缩短到2小时以内。', '2小时以内')).toBeUndefined();
    expect(period('自2022年建成以来，中心共救治患者900余例，平均救治时间缩短至60分钟。', '60分钟')).toBeUndefined();
    expect(period('今年以来，全县政务服务事项办理时限缩短到3个工作日。', '3个工作日')).toBeUndefined();
    expect(period('今年以来，全县农村公路总里程达到2300公里。', '2300公里')).toBeUndefined();
  });
});

describe('a holiday named with 假期 or 期间 opening its clause without a comma (period-printed.ts)', () => {
  it('is the span of what the clause counts', () => {
    expect(period('红色景区人气旺，国庆假期接待游客12.6万人次。', '12.6万人次')).toBe('国庆假期');
    expect(period('街区完成改造后，中秋国庆假期接待游客8.2万人次。', '8.2万人次')).toBe('中秋国庆假期');
  });
  it('not a holiday inside a name, nor a holiday alone before a noun', () => {
    expect(period('县里举办“春节假期文化惠民”活动18场。', '18场')).toBeUndefined();
    expect(period('国庆档电影票房达到360万元。', '360万元')).toBeUndefined();
  });
  it('not a time before or after the holiday (the review of 10d1fd09)', () => {
    expect(period('为方便群众出行，国庆假期前县里新开通公交线路3条。', '3条')).toBeUndefined();
    expect(period('国庆假期后，县里新开通公交线路3条。', '3条')).toBeUndefined();
    expect(period('春节假期结束后，全市新增就业岗位1200个。', '1200个')).toBeUndefined();
  });
});

describe('a limit counted in working days (period-levels.ts, WORKING_DAYS)', () => {
  it('holds for each case: no span', () => {
    expect(period('今年以来，县政务中心把一般事项办理时限由5个工作日压缩至2个工作日。', '2个工作日')).toBeUndefined();
  });
  it('leaves days worked, counted over the span', () => {
    expect(period('今年以来，县志愿服务队累计服务群众3600天次。', '3600天次')).toBe('今年以来');
  });
});
