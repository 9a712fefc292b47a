import { describe, expect, it } from 'vitest';
import { kindOf } from './kind.ts';
import { statusOf } from './status.ts';
import { scopeFor } from './scope.fixture.ts';

// Made-up sentences naming a figure as the value of an aim or a task: `…增长目标为N`, `年度任务为N`, `N的年度任务`.
const read = (paragraph: string, figure: string) => {
  const scope = scopeFor(paragraph, figure, { article: { pageYear: 2025 } });
  return [statusOf(scope), kindOf(scope)];
};

describe('a figure named as an aim’s or a task’s value', () => {
  it('is a target, a change when the aim is a growth (预期增长目标为, 增速目标是)', () => {
    expect(read('县发改局负责人表示，今年全县规上工业增加值预期增长目标为7%左右。', '7%左右')).toEqual(['target', 'change']);
    expect(read('今年全区固定资产投资增速目标是8%。', '8%')).toEqual(['target', 'change']);
  });

  it('counts the works of its chain when it is a task (改造…，年度任务为N)', () => {
    expect(read('截至9月底，全县完成农村户厕改造1860户，年度任务为2000户。', '2000户')).toEqual(['target', 'new']);
    expect(read('今年全镇新建蔬菜大棚320座，超额完成300座的年度任务。', '300座')[0]).toBe('target');
  });

  it('leaves a ratio to a task and a forecast alone', () => {
    expect(read('截至9月底，全县完成农村户厕改造1860户，完成年度任务的93%。', '93%')).toEqual(['actual', 'rate']);
    expect(read('据介绍，全年接待游客预期可达120万人次。', '120万人次')[0]).toBe('forecast');
  });
});
