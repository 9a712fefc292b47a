// statusOf (figures/status.ts) on a table's cells: by its column heading or a short section heading, and a row whose
// name holds a word of plan. Sentences: status.test.ts, status.forms.test.ts.
import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { statusOf } from './status.ts';

const status = (paragraph: string, figure: string, options = {}) => statusOf(scopeFor(paragraph, figure, options));

describe('statusOf, by a table column’s heading or a short section heading', () => {
  it('reads a cell by its column heading, not by the header row’s words before it', () => {
    const table = ['| 项目 | 2025年完成 | 2026年计划 |', '| --- | --- | --- |', '| 新建幼儿园 | 5所 | 3所 |', '| 新增学位 | 1800个 | 900个 |'].join('\n');
    expect(statusOf(scopeFor(table, '1800个'))).toBe('actual');
    expect(statusOf(scopeFor(table, '900个'))).toBe('plan');
  });

  it('reads a column of what was done as done beside a column of the plan (tab table, unit in the heading)', () => {
    const table = ['乡镇\t计划改造（户）\t完成改造（户）\t完成率', '甲镇\t1200\t1260\t105%', '乙镇\t900\t810\t90%'].join('\n');
    expect(status(table, '1200')).toBe('plan');
    expect(status(table, '1260')).toBe('actual');
    expect(status(table, '90%')).toBe('actual');
    const aims = ['村名\t完成目标（户）\t已改造（户）', '东村\t350\t120', '西村\t280\t300'].join('\n');
    expect(status(aims, '350')).toBe('target');
    expect(status(aims, '120')).toBe('actual');
  });

  it('reads a figure under a short heading that plans or aims as planned or aimed at', () => {
    expect(statusOf(scopeFor('● 新建幼儿园 3所', '3所', { headings: ['数读', '明年计划'] }))).toBe('plan');
    expect(statusOf(scopeFor('● 普惠性幼儿园覆盖率 95%', '95%', { headings: ['2026年目标'], article: { year: 2025, pageYear: 2025 } }))).toBe('target');
    expect(statusOf(scopeFor('● 新建幼儿园 5所', '5所', { headings: ['今年完成'] }))).toBe('actual');
  });
});

describe('statusOf, a table row whose name holds a word of plan (issue 15, F12)', () => {
  it('plans nothing in that row nor in the rows under it; a row opening on a plan still plans', () => {
    const table = ['序号 事项名称 办结时限 收费', '1 城乡规划许可 10个工作日 免费', '2 户籍迁移 5个工作日 20元'].join('\n');
    expect(status(table, '10个工作日')).toBe('actual');
    expect(status(table, '20元')).toBe('actual');
    const planned = ['项目 数量', '计划新建学校 3所', '改造操场 12个'].join('\n');
    expect(status(planned, '3所')).toBe('plan');
  });
});
