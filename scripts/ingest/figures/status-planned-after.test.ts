// statusOf (figures/status.ts PLANNED_AFTER): a plan told after the count it governs, 计划/拟 with a time
// (`某社区首批3部电梯计划于明年3月开工`), and near misses where 计划 is a noun or the thing is done.
import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { statusOf } from './status.ts';

const status = (paragraph: string, figure: string) => statusOf(scopeFor(paragraph, figure, {}));

describe('statusOf, a plan verb with its time after the count', () => {
  it('reads 计划于/拟在 + a time after the counted things as planned', () => {
    expect(status('某社区首批3部电梯计划于明年3月开工。', '3部')).toBe('plan');
    expect(status('全县今年已完成改造12个，其余5个村拟在年底前通水。', '5个')).toBe('plan');
    expect(status('第二批8所学校计划2026年秋季投用。', '8所')).toBe('plan');
  });
  it('leaves 计划 as a noun, and what is done, alone', () => {
    expect(status('今年全县新建改造供水管网96公里，超额完成年度计划。', '96公里')).toBe('actual');
    expect(status('3所新建学校已按计划于9月开学。', '3所')).toBe('actual');
    expect(status('今年全县新建公厕12座，列入明年计划的还有8座。', '12座')).toBe('actual');
  });
  it('leaves a plan told of the past alone: done later in the sentence, or of a year before the page’s', () => {
    expect(status('首批3部电梯计划于今年3月开工，目前已全部投入使用。', '3部')).toBe('actual');
    expect(statusOf(scopeFor('这12个项目计划2024年开工，去年底全部完工。', '12个', { article: { year: 2025, pageYear: 2025 } }))).toBe('actual');
  });
});
