// The comparisons the page eval makes: spacing, width, wrapping and place forms do not count; words do.
import { describe, expect, it } from 'vitest';
import { byline, caption, deck, opening, place, placeSet, samePeriod, squash } from './normalize.ts';

describe('normalize', () => {
  it('squashes spaces and widths', () => {
    expect(squash('本报记者　张三 通讯员 李四')).toBe('本报记者张三通讯员李四');
    expect(squash('２０２５年')).toBe('2025年');
  });

  it('reads the opening after a 本报讯 dateline or an ornament', () => {
    expect(opening('本报讯（记者 王芳）11月19日，记者从市教育局获悉')).toBe('11月19日,记者从市教育局获悉');
    expect(opening('本报讯 记者史晓萍报道：1月26日，我市召开')).toBe('1月26日,我市召开');
    expect(opening('■ 近日，屯留区上村镇')).toBe(opening('近日，屯留区上村镇'));
    expect(opening('本报讯 近日，武乡县')).toBe(opening('近日，武乡县'));
  });

  it('takes the wrapping off bylines, decks and captions', () => {
    expect(byline('（本报记者 郝静）')).toBe('本报记者郝静');
    expect(byline('□ 史晓东')).toBe('史晓东');
    expect(byline('本报讯 记者贾志敏 通讯员郭艳波报道：')).toBe(byline('记者 贾志敏 通讯员 郭艳波'));
    expect(deck('——访长子县人民医院院长陈建国')).toBe('访长子县人民医院院长陈建国');
    expect(caption('图②：专家为村民讲解高血压防治知识。')).toBe(caption('图② ：专家为村民讲解高血压防治知识'));
  });

  it('gives one key to every form of a place and keeps unknown words as they are', () => {
    expect(place('王和镇')).toBe('沁源县王和镇');
    expect(place('沁源县王和镇')).toBe('沁源县王和镇');
    expect(place('高新区')).toBe(place('长治高新区'));
    expect(place('让城乡')).toBe('让城乡');
  });

  it("compares an article's places with each town's county beside it, and keeps other counties apart", () => {
    expect(placeSet(['王和镇'])).toEqual(placeSet(['沁源县', '沁源县王和镇']));
    expect(placeSet(['沁源县王和镇', '沁源县'])).toEqual(['沁源县', '沁源县王和镇']);
    expect(placeSet(['王和镇'])).not.toEqual(placeSet(['沁源县']));
    expect(placeSet(['王和镇', '武乡县'])).toEqual(['武乡县', '沁源县', '沁源县王和镇'].sort());
    expect(placeSet(['长治市'])).toEqual(['长治市']);
  });
});

describe('samePeriod', () => {
  it("holds a span to be the same with or without the figure's own year, and another year to differ", () => {
    expect(samePeriod('2025年前三季度', '前三季度', 2025)).toBe(true);
    expect(samePeriod('前三季度', '2025年 前三季度', 2025)).toBe(true);
    expect(samePeriod('2024年前三季度', '前三季度', 2025)).toBe(false);
    expect(samePeriod('截至2024年底', '截至2024年底', 2025)).toBe(true);
    expect(samePeriod('2025年前三季度', '前三季度', null)).toBe(false);
    expect(samePeriod(undefined, '前三季度', 2025)).toBe(false);
  });
});
