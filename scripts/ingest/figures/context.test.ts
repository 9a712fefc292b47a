import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../src/domain/topics.ts';
import { regionOf, topicOf, yearOf } from './context.ts';

const article = { regions: ['长治市'], topics: ['employment', 'health', 'childcare'] as Topic[], year: 2025 };

describe('regionOf', () => {
  it('takes the county the sentence names before the figure (seed 001)', () => {
    const s = '“平顺县村均人口不足900人，山区面积占到总面积的85%。”';
    expect(regionOf(s, s.indexOf('900'), { regions: ['上党区'] })).toBe('平顺县');
  });
  it('maps a town or a short form to its county', () => {
    const s = '为苏店镇、西池乡16个村的8000余户村民安装了电暖画';
    expect(regionOf(s, s.indexOf('16个'), article)).toBe('上党区');
    expect(regionOf('“幸福壶关”建设中新增停车位4300余个', 12, article)).toBe('壶关县');
  });
  it('falls back to the article’s first region', () => {
    expect(regionOf('全年开展专项招聘活动474场', 10, article)).toBe('长治市');
    expect(regionOf('全年开展专项招聘活动474场', 10, { regions: [] })).toBeUndefined();
  });
});

describe('yearOf', () => {
  it('takes the year named nearest before the figure', () => {
    const s = '2023年，上党区把建设零工市场作为重点民生实事项目之一，自2024年1月正式投入运营以来，共服务企业48个';
    expect(yearOf(s, s.indexOf('48个'), article)).toBe(2024);
  });
  it('takes a year after the figure when none is before, else the article’s', () => {
    expect(yearOf('签约额145亿元，为2025年目标', 3, article)).toBe(2025);
    expect(yearOf('提供岗位47.7万个', 4, { year: 2023 })).toBe(2023);
  });
});

describe('topicOf', () => {
  it('picks the article topic whose keywords the sentence has', () => {
    expect(topicOf('124所乡镇卫生院、21所社区卫生服务中心和2436个行政村卫生室', article)).toBe('health');
    expect(topicOf('可提供托位1.4万个', article)).toBe('childcare');
  });
  it('falls back to the article’s first topic', () => {
    expect(topicOf('完成交通系统3家企业破产清算', article)).toBe('employment');
  });
  it('never gives a topic the article is not filed under', () => {
    expect(topicOf('新建改造供热管网38.1公里', article)).toBe('employment');
  });
});
