// Title parts labelled by a page export (引题 / 主题 / 副题), read by their labels; made-up lines in that form.
import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitBlocks } from '../blocks.ts';

const TEXT = '12月8日，记者从市卫健委获悉，全市已建成普惠托育点86个，提供托位3200个。';
const read = (page: string[]) => classifyBlocks(splitBlocks(page.join('\n\n'))).map((b) => [b.kind, b.text]);

describe('labelled title parts', () => {
  it('reads 引题, 主题 over two lines and 副题 as kicker, headline and deck, without their labels', () => {
    expect(read(['引题：守护“一老一小”\n主题：社区托育点\n开到家门口\n副题：全市已建成普惠托育点86个\n本报记者 王 磊', TEXT])).toEqual([
      ['kicker', '守护“一老一小”'], ['headline', '社区托育点\n开到家门口'], ['deck', '全市已建成普惠托育点86个'], ['byline', '本报记者 王 磊'], ['paragraph', TEXT],
    ]);
    expect(read(['【肩题】守护“一老一小”', '【正题】社区托育点开到家门口', '本报记者 王 磊', TEXT]).slice(0, 2)).toEqual([['kicker', '守护“一老一小”'], ['headline', '社区托育点开到家门口']]);
  });

  it('leaves a lone labelled line, such as a notice’s theme, as it was', () => {
    const kinds = classifyBlocks(['某社区举办迎新春活动', '本报讯 1月20日，某社区举办迎新春活动。', '主题：喜迎新春 共建文明']).map((b) => b.text);
    expect(kinds.at(-1)).toBe('主题：喜迎新春 共建文明');
  });
});
