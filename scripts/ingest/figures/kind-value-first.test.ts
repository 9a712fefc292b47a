// valueFirstName and kindOf on lines of a data box printed value first (made-up lines in the forms the papers print).
import { describe, expect, it } from 'vitest';
import { kindOf } from './kind.ts';
import { valueFirstName } from './kind-value-first.ts';
import { scopeFor } from './scope.fixture.ts';

describe('valueFirstName', () => {
  it('gives the name after the colon of a line that opens on its figure, ornaments allowed before it', () => {
    expect(valueFirstName(scopeFor('▶ 3400余个：今年新增充电桩', '3400余个'))).toBe('今年新增充电桩');
    expect(valueFirstName(scopeFor('● 1.6万户：农村户厕改造户数\n● 92.4%：农村生活垃圾处理率', '92.4%'))).toBe('农村生活垃圾处理率');
    expect(valueFirstName(scopeFor('87.5%: 城区绿化覆盖率', '87.5%'))).toBe('城区绿化覆盖率');
  });

  it('gives nothing for a key printed first, a figure inside a line, or a colon opening a clause with its own numbers', () => {
    expect(valueFirstName(scopeFor('城镇新增就业：3860人', '3860人'))).toBeUndefined();
    expect(valueFirstName(scopeFor('全县新增托位320个：其中普惠托位260个', '320个'))).toBeUndefined();
    expect(valueFirstName(scopeFor('▶ 46个：新建社区食堂，日均就餐2300人次', '46个'))).toBeUndefined();
  });
});

describe('kindOf, a line printed value first', () => {
  it('reads the figure by its name after the colon: works are new, a …率 a rate', () => {
    expect(kindOf(scopeFor('▶ 3400余个：今年新增充电桩', '3400余个'))).toBe('new');
    expect(kindOf(scopeFor('● 1.6万户：农村户厕改造户数', '1.6万户'))).toBe('new');
    expect(kindOf(scopeFor('● 92.4%：农村生活垃圾处理率', '92.4%'))).toBe('rate');
    expect(kindOf(scopeFor('● 7.2万辆：全市新能源汽车保有量', '7.2万辆'))).toBe('total');
  });
});
