// A sum whose label ends on per-words takes the money named before it (label-per-money.ts). Made-up paragraphs.
import { describe, expect, it } from 'vitest';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

const label = (paragraph: string, figure: string, title?: string) => labelOf(scopeFor(paragraph, figure, title ? { article: { title } } : {}));

describe('a sum of money labelled by per-words alone', () => {
  it('takes the money named earlier in the sentence, before its per-words', () => {
    expect(label('全县居民用水价格今年不变，按户计量的，每立方米每月3.2元。', '3.2元')).toContain('用水价格');
  });

  it('takes the money the paragraph before named, after whom it is paid to', () => {
    const paragraph = '武乡县今年提高了残疾人护理补贴。一级重度残疾人每人每月120元。';
    const got = label(paragraph, '120元');
    expect(got).toContain('护理补贴');
    expect(got).toContain('重度残疾人');
  });

  it('takes the money the headline names when the text names none', () => {
    expect(label('答：70至79周岁的老人每人每月30元。', '30元', '长寿补贴怎么发')).toContain('长寿补贴');
  });

  it('reads 每餐 and 每顿 as per-words of a sum (label-per-words.ts PER_WORD)', () => {
    expect(label('７０岁以上老人就餐可享受每餐３元的补贴。', '３元')).toBe('每餐补贴');
    expect(label('对独居老人，每顿再补贴2元。', '2元')).toBe('每顿补贴');
  });

  it('leaves a label that names its money, and a paying verb is no money', () => {
    expect(label('县里发放取暖补贴，每户每年补贴600元。', '600元')).not.toContain('取暖补贴取暖');
    expect(label('该小区按面积收费，每平方米每月2.8元。', '2.8元')).not.toContain('收费');
  });
});

describe('the money a verb before it names what it is for', () => {
  it('keeps a verb right before the noun of money after a verb that takes the two, or a time (发放取暖补贴, 冬季取暖补贴)', () => {
    expect(label('今冬区里继续对低保户发放取暖补贴，每户900元，共惠及3100户。', '900元')).toBe('取暖补贴每户');
    expect(label('县里向特困家庭发放冬季取暖补贴，每户500元。', '500元')).toBe('取暖补贴每户');
    // Near miss: the verb that pays it, after whom it is paid to, is no part of the money.
    expect(label('县里对困难家庭给予补贴，每户800元。', '800元')).toBe('补贴每户');
  });
});

describe('labelOf, the price of one meal told by its dishes', () => {
  it('puts 每餐 before what was paid after 一荤两素一碗汤, 两荤两素一汤', () => {
    expect(labelOf(scopeFor('“一荤两素一碗汤，我们只掏3块钱。”', '3块钱', { unit: '元' }))).toBe('每餐掏');
    expect(label('两荤两素一汤，老人只需付8元。', '8元')).toBe('每餐老人需付');
  });

  it('leaves a label that has its per-word, and takings after a count of meals, as they were', () => {
    expect(label('一荤两素一汤，60岁以上老人每餐只需8元。', '8元')).toBe('60岁以上老人每餐');
    expect(label('食堂今年供应一荤两素套餐1.2万份，收入9.6万元。', '9.6万元')).not.toMatch(/^每餐/);
  });

  it('puts no 每餐 before a year\'s funds, spending or takings told after the dishes (finding #24)', () => {
    expect(label('食堂推出一荤两素套餐，今年区里补贴资金50万元。', '50万元')).toBe('补贴资金');
    expect(label('两荤一素，去年全区财政投入200万元用于老年助餐。', '200万元')).not.toMatch(/^每餐/);
    expect(label('一荤两素，一年下来这家食堂营业额达到80万元。', '80万元')).not.toMatch(/^每餐/);
    expect(label('一荤两素，这家食堂一年下来挣了5万元。', '5万元')).not.toMatch(/^每餐/);
  });
});
