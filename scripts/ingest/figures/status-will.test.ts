// statusOf (figures/status.ts): 将 right before a preposition (将在, 将于, 将对, 将为, 将通过) is "will", though a verb that
// could follow 将 = 把 (建成, 改造为, 纳入) stands later in its clause; 将 before an object stays 把.
import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { statusOf } from './status.ts';

const status = (paragraph: string, figure: string) => statusOf(scopeFor(paragraph, figure));

describe('statusOf: 将 before a preposition', () => {
  it('reads 将在…建成, 将于…建成, 将通过…建成 as plans', () => {
    expect(status('区住建局负责人表示，年底前将在城东片区建成口袋公园4个，新增绿地1.2万平方米。', '4个')).toBe('plan');
    expect(status('区住建局负责人表示，年底前将在城东片区建成口袋公园4个，新增绿地1.2万平方米。', '1.2万平方米')).toBe('plan');
    expect(status('县里将于明年6月前建成日间照料中心8个。', '8个')).toBe('plan');
    expect(status('街道将通过腾退闲置厂房建成停车场，新增车位260个。', '260个')).toBe('plan');
  });

  it('keeps 将 before an object made into something (将3处闲置厂房改造为…) as done', () => {
    expect(status('今年，街道将3处闲置厂房改造为停车场，新增车位260个。', '3处')).toBe('actual');
    expect(status('今年，街道将辖区闲置厂房建成停车场，新增车位260个。', '260个')).toBe('actual');
  });

  it('keeps 将 before 在X的, a 的-phrase and no preposition, as 把 (将在建的18个项目纳入…)', () => {
    const p = '去年，该县将在建的18个供热项目纳入重点监管，当年完成投资1.6亿元。';
    expect(status(p, '18个')).toBe('actual');
    expect(status(p, '1.6亿元')).toBe('actual');
    expect(status('今年，全市将在用的320部老旧电梯列入改造清单。', '320部')).toBe('actual');
  });
});
