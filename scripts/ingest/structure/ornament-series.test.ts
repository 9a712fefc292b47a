// ornamentSeriesHeads, through classifyBlocks: heads of a list set off by one ornament are no authors' names.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';

const TEXT = '某街道负责人介绍，明年计划再建2个嵌入式养老服务站，让老人在家门口就能享受服务。';

describe('ornamentSeriesHeads (issue 15)', () => {
  it('reads an ornamented label among lines opened by its ornament as a head, not a byline, and the title over the series as a headline', () => {
    const page = [TEXT, '本周社区服务一览', '◎ 老年助浴', '时间：每周二、周四\n说明：每次收费30元', '◎ 健康讲座·冬季防滑\n时间：12月9日（周二）15:00', '◎ 上门助洁', '时间：每周三\n说明：每次收费20元'];
    const kinds = classifyBlocks(page).map((b) => b.kind);
    expect(kinds[1]).toBe('headline');
    expect(kinds).not.toContain('byline');
  });
  it('leaves an author set off by an ornament alone a byline', () => {
    const page = ['某县：冬日暖阳照进敬老院', '◎ 李 明', TEXT];
    expect(classifyBlocks(page).map((b) => b.kind)).toContain('byline');
  });
  it('leaves an author signing under the headline a column label over it sets off by the same ornament a byline', () => {
    const page = ['□短评', '民生实事要实到群众心坎上', '□ 方 远', '十件完成、两件冲刺，成绩单背后是一件件看得见的变化。'];
    expect(classifyBlocks(page).map((b) => b.kind)).toEqual(['kicker', 'headline', 'byline', 'paragraph']);
  });
});
