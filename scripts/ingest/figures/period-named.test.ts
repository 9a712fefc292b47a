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

  it('not a state\'s or a works\' time (供暖期间, 施工期间, 会议期间), nor one inside a clause', () => {
    expect(period('供暖期间，区里开通了供热服务热线，已受理群众诉求1300余件。', '1300余件')).toBeUndefined();
    expect(period('会议期间，委员们共提交提案126件。', '126件')).toBeUndefined();
    expect(period('施工期间，将在府后东街设置临时供水点4处。', '4处')).toBeUndefined();
  });
});
