// Labels that keep what a count or a share is of, by the form of the clause: the object after 的 that the verb
// before a count took (label-counted.ts), and the part and whole of a share told with 占 (label-phrases.ts,
// label-context.ts). Lines made up in the forms the papers print, with near misses.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

const withPrevious = (paragraph: string, previous: string, figure: string) => {
  const before = labelOf(scopeFor(paragraph, previous))!;
  return labelOf(scopeFor(paragraph, figure), { previous: { label: before, end: paragraph.indexOf(previous) + previous.length } });
};

describe('a count whose noun is followed by 的 and what the verb before it did', () => {
  it('counts those it was done for, with the object after 的 (a verb may open it)', () => {
    expect(label('今年，该乡解决了4600户农户的吃水问题。', '4600户')).toBe('解决吃水问题的农户');
    expect(label('县里已完成了27个村的道路硬化。', '27个')).toBe('完成道路硬化的村');
    expect(label('镇卫生院解决了1.3万名群众的看病难问题。', '1.3万名')).toContain('看病难问题');
  });

  it('leaves a count with one word after 的, or a predicate after the noun phrase, as it was', () => {
    // (One word after 的 is no object phrase: `惠及9个村的群众`.)
    expect(label('新修的公路惠及9个村的群众。', '9个')).toBe('惠及村');
    // (The phrase after 的 runs on into a verb of its own: not an object closing the clause.)
    expect(label('县里走访了160户群众的家庭了解情况。', '160户')).not.toContain('家庭了解');
  });
});

describe('a share told with 占', () => {
  it('reads the part before 占 past the place that bounds the whole', () => {
    expect(label('乡镇敬老院入住老人占全县集中供养人数的64%。', '64%')).toBe('乡镇敬老院入住老人占全县集中供养人数');
    expect(label('农家乐收入占全村集体收入的三成。', '三成')).toContain('农家乐收入占');
  });

  it('keeps the place a boundary where nothing names the part before 占', () => {
    expect(label('已占到全市新能源车销量的三分之一。', '三分之一')).toBe('新能源车销量');
  });

  it('puts 占 between the part the figure before counted and the whole the clause names', () => {
    expect(withPrevious('全县新建养老床位420张，占全市新增床位总数的37%。', '420张', '37%')).toBe('养老床位占新增床位总数');
    // (A share named 占比 alone keeps its own word.)
    expect(withPrevious('全县文旅收入18亿元，占比达到15%。', '18亿元', '15%')).not.toContain('占占');
  });
});

describe('a how-much alone after a clause (总额, 总金额)', () => {
  it('is of what the clause before closed on, past a count and its measure word', () => {
    expect(label('区里今年分两批发放文旅消费券，总额800万元。', '800万元')).toBe('文旅消费券总额');
    expect(label('今年全县发放助学贷款1260笔，总金额1.1亿元。', '1.1亿元')).toContain('贷款总金额');
  });

  it('leaves a total that names its own thing as it is', () => {
    expect(label('今年全县发放助学贷款1260笔，贷款总额1.1亿元。', '1.1亿元')).toBe('助学贷款总额');
  });
});
