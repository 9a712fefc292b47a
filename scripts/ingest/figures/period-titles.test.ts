import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { titleSpan } from './period-titles.ts';
import { scopeFor } from './scope.fixture.ts';

// Made-up boxes and sections: a title of data holding a closed span or an as-of date dates the lines under it that
// print no time of their own.
const period = (line: string, figure: string, options: { headings?: string[]; title?: string; box?: boolean }) =>
  periodOf(scopeFor(line, figure, { headings: options.headings ?? [], article: { pageYear: 2025, title: options.title, box: options.box } })).period;

describe('the span of a title of data over its lines', () => {
  it('dates the ● lines of a box headed by a span (数说·前三季度) and the lines under a section heading so titled', () => {
    expect(period('● 全县新增城镇就业2150人', '2150人', { title: '数说平顺·前三季度', box: true })).toBe('前三季度');
    expect(period('● 发放创业担保贷款8600万元', '8600万元', { title: '1—10月就业账本', box: true })).toBe('1—10月');
    expect(period('全区完成户厕改造860户。', '860户', { headings: ['重点任务进展（截至9月底）'] })).toBe('截至9月底');
  });

  it('gives none to a line with a time of its own, to a plan, nor under a story’s headline', () => {
    expect(period('● 今年以来新建公厕36座', '36座', { title: '数说黎城·前三季度', box: true })).toBe('今年以来');
    expect(period('● 全年计划新建公厕40座', '40座', { title: '数说黎城·前三季度', box: true })).toBeUndefined();
    expect(period('全区完成户厕改造860户。', '860户', { title: '前三季度我区户厕改造提速' })).toBeUndefined();
  });

  it('dates the lines of data under a title opening on 本周, not a sentence of a box listing the week’s events', () => {
    expect(period('小米　6.50元/斤　比上周涨0.10元', '6.50元/斤', { title: '本周农产品价格', box: true })).toBe('本周');
    expect(period('大白菜　0.45元/斤', '0.45元/斤', { headings: ['本周主要蔬菜价格'] })).toBe('本周');
    expect(period('名额：30人，先到先得', '30人', { title: '本周为老服务活动一览', box: true })).toBeUndefined();
  });

  it('reads the week’s dates printed in brackets after 本周 as the week (本周热线来电分类（12月1日—12月5日）)', () => {
    expect(period('供暖　136件　占41.2%', '136件', { title: '本周热线来电分类（12月1日—12月5日）', box: true })).toBe('本周');
    expect(titleSpan('本周热线来电分类（11月27日—12月3日）', false, true)?.text).toBe('本周');
    // (A sentence under it is no line of data; and a title of 本周 beside another span dates neither.)
    expect(period('供暖类来电最多，共136件。', '136件', { title: '本周热线来电分类（12月1日—12月5日）', box: true })).toBeUndefined();
    expect(titleSpan('本周与前三季度对比', false, true)).toBeUndefined();
  });

  it('reads a title, not a sentence, holding one closed span or as-of date', () => {
    expect(titleSpan('数说襄垣·1至9月')?.text).toBe('1至9月');
    expect(titleSpan('“十四五”以来成就回眸')).toBeUndefined();
    expect(titleSpan('前三季度，全县新增就业2100人')).toBeUndefined();
    expect(titleSpan('一季度与二季度对比')).toBeUndefined();
  });

  it('reads a title that is only its span (前三季度, 1—10月, （截至10月底）) as one over its lines', () => {
    expect(titleSpan('前三季度')?.text).toBe('前三季度');
    expect(titleSpan('1—10月')?.text).toBe('1—10月');
    expect(titleSpan('截至10月底')?.text).toBe('截至10月底');
    expect(titleSpan('（截至10月底）')?.text).toBe('截至10月底');
    expect(period('● 全县新增城镇就业1340人', '1340人', { title: '前三季度', box: true })).toBe('前三季度');
    expect(period('全镇完成旱厕改造420户。', '420户', { headings: ['（截至10月底）'] })).toBe('截至10月底');
  });
});

describe('a section heading\'s start over its subheads', () => {
  it('dates the paragraphs of a section headed by a start (一、今年以来工作回顾), past a subhead naming only a matter', () => {
    expect(period('全县新建改扩建幼儿园3所，新增学位540个。', '540个', { headings: ['一、今年以来工作回顾', '教育事业均衡发展'] })).toBe('今年以来');
    expect(period('全县民生支出达到14.2亿元。', '14.2亿元', { headings: [], title: '今年以来民生投入持续加大', box: true })).toBeUndefined();
  });
});
