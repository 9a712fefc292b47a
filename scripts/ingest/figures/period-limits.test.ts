import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

// Made-up sentences: a time limit holds for each case, not over a span; a clause of its own about the whole year, foreseen
// or striven for, is the year's, not the quarter's told before it (period-levels.ts).
const period = (paragraph: string, figure: string) => periodOf(scopeFor(paragraph, figure, { article: { pageYear: 2025, year: 2025 } })).period;

describe('what a span told before does not date', () => {
  it('a time limit each case is held to', () => {
    expect(period('本采暖季，县热力公司承诺：接到报修后，城区1小时内、乡镇3小时内到达现场。', '1小时内')).toBeUndefined();
    expect(period('入冬以来，我们要求一般问题12小时内处理完毕。', '12小时内')).toBeUndefined();
  });
  it('a whole year foreseen in a clause of its own after a quarter', () => {
    expect(period('市统计局负责人介绍，四季度全市将加快项目投产，预计全年规上工业增加值增长6%左右。', '6%左右')).toBeUndefined();
  });
  it('keeps an average measured over the span and what the quarter itself counts', () => {
    expect(period('今年以来，网格员接到呼叫后平均10分钟内上门，共上门服务2300人次。', '10分钟内')).toBe('今年以来');
    expect(period('四季度，全市新开工项目42个。', '42个')).toBe('四季度');
  });
});
