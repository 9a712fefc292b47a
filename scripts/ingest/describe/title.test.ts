import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { block } from './seed-fixtures.ts';
import { asTitle, findTitles, firstClause, NO_TITLE, stripLeadingDate } from './title.ts';

describe('asTitle', () => {
  it('keeps a text whole, however long: a made-up title is never cut with an ellipsis', () => {
    expect(asTitle('加强组织引导 发挥党员优势')).toBe('加强组织引导 发挥党员优势');
    const long = '长治高新区智能高端装备制造产业园宏达聚益机械设备有限公司生产车间内';
    expect(asTitle(long)).toBe(long);
  });

  it('drops trailing punctuation and quotation marks left unbalanced, keeps balanced ones', () => {
    expect(asTitle('“村民在家门口就业，一个月能有3000元左右的收入')).toBe('村民在家门口就业，一个月能有3000元左右的收入');
    expect(asTitle('“四好”农村路打通了群众的“幸福路”')).toBe('“四好”农村路打通了群众的“幸福路”');
    expect(asTitle('就业是民生之本。')).toBe('就业是民生之本');
  });

  it('is never empty and never ends in an ellipsis it added', () => {
    expect(asTitle('')).toBe(NO_TITLE);
    expect(asTitle('——')).toBe(NO_TITLE);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const title = asTitle(s);
        expect(title.trim()).not.toBe('');
        if (!s.includes('…')) expect(title).not.toMatch(/…$/);
      }),
    );
  });
});

describe('findTitles without a headline', () => {
  it('takes a long first sentence by its first clause, whole', () => {
    const sentence = '长治市委常委、组织部部长杨保春介绍，长治市共2436个村完成“清化收”工作，许多村走上乡村振兴的快车道。';
    const { title, titleFrom } = findTitles([block('paragraph', sentence, 0)], 'article');
    expect(titleFrom).toBe('inferred');
    expect(title).toBe('长治市委常委、组织部部长杨保春介绍');
  });
});

describe('stripLeadingDate and firstClause', () => {
  it('takes the first clause of a photo caption without its date (seed 001)', () => {
    const text = '1月24日，潞州区淮海社区联合平顺麦丰农业电子商务有限公司、长青八班企业家联合开展春节慰问活动，为辖区环卫工人';
    expect(firstClause(stripLeadingDate(text))).toBe('潞州区淮海社区联合平顺麦丰农业电子商务有限公司、长青八班企业家联合开展春节慰问活动');
    expect(stripLeadingDate('近日，由省总工会举办的竞赛落下帷幕')).toBe('由省总工会举办的竞赛落下帷幕');
  });
});

describe('findTitles', () => {
  it("leaves a box label's bullet before it out of the title; a headline's own words after a bullet stay as they are (issue 15)", () => {
    const box = (headline: string) => findTitles([block('headline', headline, 0), block('paragraph', '某某，1950年生，某县某镇人。', 1)], 'sidebar').title;
    expect(box('■人物小传')).toBe('人物小传');
    expect(box('■ 某镇改造农村公路12公里')).toBe('■ 某镇改造农村公路12公里');
  });

  it('takes a deck set in round brackets as subtitle without them, and leaves a short mark in brackets as printed (issue 15)', () => {
    const blocks = (deck: string) => [block('headline', '入户测温1200户 平均室温20℃', 0), block('deck', deck, 1), block('paragraph', '12月8日，某局对城区小区进行了入户测温。', 2)];
    expect(findTitles(blocks('（某局开展供暖季首次室温抽查）'), 'article').subtitle).toBe('某局开展供暖季首次室温抽查');
    expect(findTitles(blocks('（上）'), 'article').subtitle).toBe('（上）');
  });

  it('takes a second headline as subtitle when it comes with a deck', () => {
    const titles = findTitles(
      [block('headline', '民生为本 幸福生活成色足', 19), block('headline', '壶关县精准施策织密织牢民生保障网', 20)],
      'article',
    );
    expect(titles).toEqual({ title: '民生为本 幸福生活成色足', titleFrom: 'headline', subtitle: '壶关县精准施策织密织牢民生保障网' });
  });

  it('says where an inferred title came from', () => {
    const { warning } = findTitles([block('heading', '加强组织引导 发挥党员优势', 45)], 'article');
    expect(warning?.code).toBe('untitled');
    expect(warning?.blocks).toEqual([45]);
    expect(warning?.message).toMatch(/section heading/);
  });

  it('gives an article without any text the placeholder title', () => {
    expect(findTitles([block('furniture', '2026', 1)], 'article').title).toBe(NO_TITLE);
  });
});

describe('findTitles: kicker', () => {
  it('takes the bullet off a column name set over a headline', () => {
    const blocks = [block('kicker', '■ 基层传真', 0), block('headline', '某镇：小院里办起“老年课堂”', 1)];
    expect(findTitles(blocks, 'article').kicker).toBe('基层传真');
  });
});

describe('made-up titles of briefs', () => {
  const untitled = (text: string, kind: 'news' | 'photo-news' = 'news') => findTitles([block('paragraph', text, 0)], kind).title;

  it('leave out the bullet, the lead-in and the clause that only says when', () => {
    expect(untitled('◆ 屯留区路村乡11个村的1860户村民12月起用上天然气，今年该区农村“煤改气”改造户数达到5200户。')).toBe(
      '屯留区路村乡11个村的1860户村民12月起用上天然气',
    );
    expect(untitled('▲ 截至12月15日，我市今冬已储备供热用煤86万吨，可满足整个采暖季需求。')).toBe('我市今冬已储备供热用煤86万吨，可满足整个采暖季需求');
    expect(untitled('本报讯（通讯员 李晓东）截至11月底，沁源县今年已为农村低保家庭发放冬季取暖补贴486万元，惠及3240户。')).toBe(
      '沁源县今年已为农村低保家庭发放冬季取暖补贴486万元，惠及3240户',
    );
    expect(untitled('■ 11月18日，成家川街道为独居老人安装了烟雾报警器。')).toBe('成家川街道为独居老人安装了烟雾报警器');
    expect(untitled('图为9月10日，游客在大峡谷景区观赏秋景。', 'photo-news')).toBe('游客在大峡谷景区观赏秋景');
  });

  it('keep a text that is all date, and numbers with their commas in English', () => {
    expect(untitled('12月7日。')).toBe('12月7日');
    expect(untitled('● Wuxiang county has trained 2,380 rural workers in welding this year; 1,760 of them earned certificates.')).toBe(
      'Wuxiang county has trained 2,380 rural workers in welding this year',
    );
  });
});


describe('findTitles with a headline in square brackets', () => {
  it('takes the headline without the brackets round it, and keeps brackets inside it', () => {
    expect(findTitles([block('headline', '【某镇新建公厕5座】', 0)], 'news').title).toBe('某镇新建公厕5座');
    expect(findTitles([block('headline', '【回音壁】小区门口的路通了', 0)], 'article').title).toBe('【回音壁】小区门口的路通了');
    expect(findTitles([block('headline', '◆ 数读民生 ◆', 0)], 'sidebar').title).toBe('数读民生');
    expect(findTitles([block('headline', '★ 某镇：新桥通车', 0)], 'news').title).toBe('★ 某镇：新桥通车');
  });
});

describe('findTitles: a kicker that runs into the headline', () => {
  it('is given without its dashes', () => {
    expect(findTitles([block('kicker', '守护万家温暖——', 0), block('headline', '某县：一条山路串起九个村', 1)], 'article').kicker).toBe('守护万家温暖');
  });
});

describe('findTitles: a Chinese headline broken over two lines', () => {
  it('is one line of words, no space where the line broke; English keeps its space', () => {
    expect(findTitles([block('headline', '某县：“四点半课堂”\n让孩子放学有处去', 0)], 'article').title).toBe('某县：“四点半课堂”让孩子放学有处去');
    expect(findTitles([block('headline', 'New library opens\nin Pingshun', 0)], 'news').title).toBe('New library opens in Pingshun');
  });
});

describe('findTitles: a kicker after the text', () => {
  it('heads nothing: a page tail of tag lines is not the kicker of the article above it', () => {
    const blocks = [
      block('kicker', '#就业#', 0),
      block('headline', '某县招聘会现场提供岗位960个', 1),
      block('paragraph', '某县人社局举办冬季招聘会。', 2),
      block('kicker', '往期推荐', 3),
      block('kicker', '#某某发布# 这些便民服务12月起有变化', 4),
    ];
    expect(findTitles(blocks, 'news').kicker).toBe('#就业#');
  });
  it('stands under the headline and its deck, over the text', () => {
    const blocks = [block('headline', '全面深化改革 奋进某区', 0), block('deck', '——某区勇毅奔赴新征程', 1), block('kicker', '展新貌 开新局', 2), block('paragraph', '在全面深化改革的时代浪潮下，某区…', 3)];
    expect(findTitles(blocks, 'article').kicker).toBe('展新貌 开新局');
  });
  it('stands over a headline below a lead printed above it', () => {
    const blocks = [block('paragraph', '编者按：今年以来，某县…', 0), block('kicker', '民生看台', 1), block('headline', '某镇：路灯亮了', 2)];
    expect(findTitles(blocks, 'article').kicker).toBe('民生看台');
  });
});

describe('findTitles: a photo column’s label over a photo item (issue 15)', () => {
  it('is the kicker of the photo item under it, titled or not', () => {
    const titled = [block('furniture', '图片新闻', 0), block('headline', '雪后清扫保畅通', 1), block('paragraph', '12月4日清晨，环卫工人在市区长兴路清扫积雪。', 2)];
    expect(findTitles(titled, 'photo-news').kicker).toBe('图片新闻');
    const untitled = [block('furniture', '图片新闻', 0), block('paragraph', '11月28日，游客在景区观赏雾凇。', 1)];
    expect(findTitles(untitled, 'photo-news').kicker).toBe('图片新闻');
  });
  it('is no kicker of a report, nor when the page’s line is another label or stands higher', () => {
    const over = [block('furniture', '图片新闻', 0), block('headline', '雪后清扫保畅通', 1), block('paragraph', '12月4日清晨，…', 2)];
    expect(findTitles(over, 'article').kicker).toBeUndefined();
    expect(findTitles([block('furniture', '第8版 图片新闻', 0), ...over.slice(1)], 'photo-news').kicker).toBeUndefined();
    expect(findTitles([block('furniture', '本版责编', 0), ...over.slice(1)], 'photo-news').kicker).toBeUndefined();
    expect(findTitles([block('furniture', '图片新闻', 0), block('byline', '本报记者 王 晶', 1), ...over.slice(1)], 'photo-news').kicker).toBeUndefined();
  });
});
