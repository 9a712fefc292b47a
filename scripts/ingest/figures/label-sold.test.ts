// A price told by the verb of selling (label-sold.ts), read through labelOf on made-up clauses.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';

describe('labelOf, a price told by 卖', () => {
  it('names what one weight sells at, 每斤售价, not the verb', () => {
    expect(label('“如今一斤红富士苹果能卖到6元，比往年强多了。”', '6元')).toBe('红富士苹果每斤售价');
    expect(label('经过分级包装，黄花菜每公斤卖40元。', '40元')).toBe('黄花菜每公斤售价');
  });

  it('reads 一斤 of a price as 每斤 and keeps the verb of a change (多卖)', () => {
    expect(label('“放进冷库错峰上市，一斤能多卖三毛钱。”', '三毛钱')).toBe('每斤多卖');
  });

  it('leaves money after 卖 with no weight of one: takings, not a price', () => {
    expect(label('“光这一季大棚草莓就卖了8万多元。”', '8万多元')).not.toContain('售价');
  });
});
