// Projects a programme or a batch settles, and what a meeting publishes (status.ts PROGRAMME, status-words.ts): set for the
// future, planned, whatever the tense of the verb setting them. Made-up sentences beside near misses.
import { describe, expect, it } from 'vitest';
import { statusOf } from './status.ts';
import { scopeFor } from './scope.fixture.ts';

const status = (paragraph: string, figure: string) => statusOf(scopeFor(paragraph, figure, { article: { year: 2025, pageYear: 2025 } }));

describe('statusOf: projects settled and what a meeting publishes', () => {
  it('plans the projects a programme settles and a batch arranges, not those already begun', () => {
    const p = '截至10月底，两年行动确定的150个项目已开工132个，完工96个。';
    expect(status(p, '150个')).toBe('plan');
    expect(status(p, '132个')).toBe('actual');
    expect(status('本批共安排项目8个，拟投入资金960万元。', '8个')).toBe('plan');
    expect(status('今年以来，镇里把群众最关心的事列入实事清单，共确定项目10项，已完成7项。', '10项')).toBe('actual');
    // A year's list arranged, told with what is done of it: actual, as with 确定.
    expect(status('今年，全镇共安排项目18个，已完工15个。', '18个')).toBe('actual');
    expect(status('今年全区共安排项目64个，完成投资21亿元。', '64个')).toBe('actual');
    expect(status('今年已安排项目4个，全部完工。', '4个')).toBe('actual');
  });
  it('plans what a meeting publishes for the year, not what it reports as done', () => {
    expect(status('会议还公布了今年县级民生实事项目，共10件，总投资6.2亿元。', '10件')).toBe('plan');
    expect(status('会议还公布了今年县级民生实事项目，共10件，总投资6.2亿元。', '6.2亿元')).toBe('plan');
    expect(status('会议公布了去年民生实事完成情况，10件已全部完成。', '10件')).toBe('actual');
  });
});
