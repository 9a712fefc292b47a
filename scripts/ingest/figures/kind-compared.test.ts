// kindOf (figures/kind.ts): a difference told by a comparison with its object between (较…新增供热面积), by 涨/跌 after 比, and
// by 增产 with what grew more; made-up sentences with near misses.
import { describe, expect, it } from 'vitest';
import { kindOf } from './kind.ts';
import { scopeFor } from './scope.fixture.ts';

const kind = (paragraph: string, figure: string) => kindOf(scopeFor(paragraph, figure));

describe('kindOf: a comparison', () => {
  it('reads 较/比 … 新增 with its object, 比上周涨/跌 and 增产 with its object as a change', () => {
    expect(kind('今冬全县集中供热面积达到980万平方米，较上个采暖季新增供热面积36万平方米。', '36万平方米')).toBe('change');
    expect(kind('鸡蛋 4.30元/斤 比上周涨0.15元', '0.15元')).toBe('change');
    expect(kind('白菜 0.52元/斤 比上周跌0.03元', '0.03元')).toBe('change');
    expect(kind('示范区亩均增产玉米约80斤。', '约80斤')).toBe('change');
  });
  it('leaves a table row under a 同比 or 比重 heading, and 节水 naming what is built', () => {
    expect(kind('指标 1—10月 同比增长\n城镇新增就业（人） 2360 4.1%', '2360')).not.toBe('change');
    expect(kind('民生支出占比重\n城镇新增就业｜2.6万人', '2.6万人')).not.toBe('change');
    expect(kind('今年全县新增节水灌溉面积1.2万亩。', '1.2万亩')).toBe('new');
  });
  it('reads 比 … 新增 only where 比 compares with a time, and leaves 增收 out of what 增产 grew', () => {
    expect(kind('全区比上年新增快递网点12个。', '12个')).toBe('change');
    expect(kind('今年全县体育节比赛新增项目7个。', '7个')).toBe('new');
    expect(kind('本届岗位练兵比武新增参赛工种4个。', '4个')).toBe('new');
    expect(kind('协会帮助增产增收种植户860户。', '860户')).toBe('total');
  });
});
