import { describe, expect, it } from 'vitest';
import { withItemHead } from './label-head.ts';
import { label } from './label.fixture.ts';
import { scopeFor } from './scope.fixture.ts';

describe('withItemHead', () => {
  it('names what a numbered item counts where the label says only what was done', () => {
    expect(label('3.新建改造农村户厕。今年计划改造800座，目前已完成改造650座。', '800座', '座')).toBe('改造农村户厕');
    expect(label('（二）新增公办幼儿园学位。计划新增1200个。', '1200个', '个')).toBe('新增公办幼儿园学位');
    // (The item may be a line of a paragraph that keeps a list's lines together.)
    const p = '各项工作进展如下：\n2.提高困难群众救助标准。每人每月提高35元，已全部发放到位。';
    expect(label(p, '35元', '元')).toBe('每人每月提高困难群众救助标准');
  });

  it('leaves a label that names a thing, and a paragraph with no item head', () => {
    expect(withItemHead('新建公共充电桩', scopeFor('4.建设充电基础设施。计划新建公共充电桩3000个。', '3000个'))).toBe('');
    expect(withItemHead('改造', scopeFor('今年计划改造800座，目前已完成改造650座。', '800座'))).toBe('');
    // (A head that holds a number is a value line, not a head: `1.开工48个：…`.)
    expect(withItemHead('改造', scopeFor('1.改造48个。今年计划改造800座。', '800座'))).toBe('');
  });
});
