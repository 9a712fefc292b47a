// What 涉及 counts, in one home (label-involves.ts, finding #15 of session 32): a count after 涉及 is of the works a figure
// before it counted (label-context.ts asks involvedAfter) or, with no figure before, of the works the clause before names
// (involvedOf). Made-up sentences in the forms the papers print, with near misses.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';
import { involvedAfter, INVOLVES } from './label-involves.ts';

describe('涉及, one word for every reader', () => {
  it('is 涉及 with or without a word of the whole before it', () => {
    expect(INVOLVES.test('共涉及小区412个')).toBe(true);
    expect(INVOLVES.test('涉及楼栋318栋')).toBe(true);
    expect(INVOLVES.test('惠及居民1.2万户')).toBe(false);
  });

  it('puts a label opening on 涉及 under the works a figure before counted, once', () => {
    expect(involvedAfter('涉及楼栋', '改造老旧小区')).toBe('改造老旧小区涉及楼栋');
    expect(involvedAfter('共涉及楼栋', '改造老旧小区')).toBe('改造老旧小区共涉及楼栋');
    expect(involvedAfter('改造老旧小区涉及楼栋', '改造老旧小区')).toBe('');
    expect(involvedAfter('惠及居民', '改造老旧小区')).toBe('');
  });
});

describe('涉及 after any word of the whole INVOLVES names (共, 共计, 总共, 一共): one label, its works kept (F10, session 33)', () => {
  it('reads 总共涉及, 一共涉及 and 共计涉及 as 共涉及 is read', () => {
    expect(label('今年全县改造老旧小区46个，总共涉及楼栋318栋。', '318栋')).toBe(label('今年全县改造老旧小区46个，共涉及楼栋318栋。', '318栋'));
    expect(label('今年全县改造老旧小区46个，共计涉及楼栋318栋。', '318栋')).toBe(label('今年全县改造老旧小区46个，共涉及楼栋318栋。', '318栋'));
    expect(label('今年全县实施庭院管网改造，一共涉及小区46个。', '46个')).toBe('庭院管网改造涉及小区');
    expect(label('今年全县实施庭院管网改造，总共涉及小区46个。', '46个')).toBe('庭院管网改造涉及小区');
  });
});

describe('a count after 涉及 with no figure before it in its sentence', () => {
  it('is of what the works the clause before names involved', () => {
    expect(label('今年全市提前完成了庭院管网改造，涉及小区46个。', '46个')).toBe('庭院管网改造涉及小区');
    expect(label('4月，全市老旧小区改造项目集中开工，涉及小区186个。', '186个')).toBe('老旧小区改造项目涉及小区');
    expect(label('今年，某区在韩店街道实施雨污分流改造工程，涉及老旧小区46个。', '46个')).toBe('雨污分流改造工程涉及老旧小区');
  });

  it('keeps 涉及 where the clause before tells no works, and leaves it as it was where a figure before gave them', () => {
    // (Those the cut reaches, not every 小区: dev 730's and 748's notices, two writers' golds [停水|涉及, 居民].)
    expect(label('二、停水范围：长兴路以东、淮海路以西区域，涉及小区27个。', '27个')).toBe('涉及小区');
    expect(label('停水范围：潞州区英雄中路以东、太行西街以北区域，涉及居民约3200户。', '3200户')).toBe('涉及居民');
    expect(label('今年潞州区改造老旧小区27个，涉及楼栋264栋。', '264栋')).not.toMatch(/涉及.*涉及/);
  });

  it('names no works where the clause before tells a time, a cause or who told, with a verb but no works (finding #14)', () => {
    expect(label('12月5日9时至17时停水，涉及小区27个。', '27个')).toBe('涉及小区');
    expect(label('据市住建局介绍，涉及小区46个。', '46个')).toBe('涉及小区');
    expect(label('本次停水由管网维修引起，涉及小区27个。', '27个')).toBe('涉及小区');
    expect(label('因供热管道爆裂，涉及小区12个。', '12个')).toBe('涉及小区');
    expect(label('市民反映的问题主要集中在物业服务方面，涉及小区46个。', '46个')).toBe('涉及小区');
    // works named before stay: a check, a traffic control
    expect(label('全市开展燃气安全大排查，涉及小区320个。', '320个')).toBe('燃气安全大排查涉及小区');
    expect(label('施工期间实行交通管制，涉及路段12条。', '12条')).toBe('交通管制涉及路段');
    // and so does a state the clause tells of its subject (dev 612's form)
    expect(label('经排查，小区的问题出在庭院管网老化，涉及住户312户。', '312户')).toBe('庭院管网老化涉及住户');
  });
});
