// A run of days set off as a clause of its own before a report's statistics (period-printed.ts), and a week of a month
// (`12月第2周`): periods as printed. Made-up sentences, each beside a near miss.
import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

const period = (paragraph: string, figure: string) => periodOf(scopeFor(paragraph, figure, { article: { pageYear: 2025 } })).period;

describe('periodOf: a run of days and a week of a month', () => {
  it('reads a run of days opening the sentence as the span its counts are over', () => {
    const week = '12月1日至7日，市12345便民热线共受理群众诉求1.52万件，环比下降3.6%。';
    expect(period(week, '1.52万件')).toBe('12月1日至7日');
    expect(period('10月1日—7日，全县共接待游客21.6万人次。', '21.6万人次')).toBe('10月1日—7日');
    expect(period('记者从县文旅局获悉，10月1日至7日，全县共接待游客21.6万人次。', '21.6万人次')).toBe('10月1日至7日');
    expect(period('县供热监测平台数据显示，12月1日至7日，城区抽测的800户居民中，室温达标率为97.2%。', '97.2%')).toBe('12月1日至7日');
  });
  it('not a run of days inside a clause, nor a level reached in it', () => {
    expect(period('报名时间为12月1日至7日，共设岗位120个。', '120个')).toBeUndefined();
    expect(period('12月1日至7日，全市公共充电桩总数达到1.2万个。', '1.2万个')).toBeUndefined();
    // (An event's dates: the sentence goes on to what was held.)
    expect(period('11月3日至9日，县妇联开展了家政技能培训，共培训学员86人。', '86人')).toBeUndefined();
    // (Nor an event's or a visit's dates, the sentence telling no sum nor comparison after them, nor dates after an arrangement.)
    expect(period('11月3日至9日，第五届农民运动会在县体育场进行，共有800名运动员参赛。', '800名')).toBeUndefined();
    expect(period('11月3日至5日，第三届职业技能大赛在县职教中心落幕，86名选手获奖。', '86名')).toBeUndefined();
    expect(period('按照安排，12月1日至3日，省专家组来我县检查验收，抽查项目20个。', '20个')).toBeUndefined();
    expect(period('12月1日至3日，县农技中心专家深入8个乡镇。', '8个')).toBeUndefined();
    expect(period('10月1日至7日，县城有12个景区免费开放。', '12个')).toBeUndefined();
  });
  it('reads a week of a month whole (12月第2周), not its month alone', () => {
    expect(period('12月第2周，市区18种监测品种中，7种上涨。', '7种')).toBe('12月第2周');
    expect(period('县文旅局预计，12月全县接待游客可达8万人次。', '8万人次')).toBe('12月');
  });
});
