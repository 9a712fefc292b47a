import { describe, expect, it } from 'vitest';
import { findKind, isOneLineNews } from './kind.ts';
import { block, commentary001, conscriptionNews001, continuedReport001, photoNews001 } from './seed-fixtures.ts';

describe('findKind', () => {
  it('knows the kinds on seed 001', () => {
    expect(findKind(conscriptionNews001)).toBe('news');
    expect(findKind(photoNews001)).toBe('photo-news');
    expect(findKind(commentary001)).toBe('commentary');
    expect(findKind(continuedReport001)).toBe('article');
  });

  it('does not take a continued piece or the page lead for a sidebar', () => {
    const paragraphs = [block('paragraph', '“村民在家门口就业，一个月能有3000元左右的收入。”武明胜说', 43)];
    expect(findKind({ blocks: paragraphs }, { index: 2 })).toBe('sidebar');
    expect(findKind({ blocks: paragraphs, continued: { from: '第一版' } }, { index: 2 })).toBe('article');
    expect(findKind({ blocks: paragraphs }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [block('headline', '新年新气象 奋斗正当时', 67), ...paragraphs] }, { index: 2 })).toBe('article');
  });

  it('takes a copy\'s item under a bracketed headline for news, a signed feature under one for an article', () => {
    const item = [block('headline', '【某街道普惠托育点开园】', 1), block('paragraph', '12月1日，某街道普惠托育点开园，设托位60个。', 2), block('paragraph', '“孩子放在这里，我们上班也放心。”一位家长说。', 3), block('caption', '▲家长带孩子参观托育点', 4)];
    expect(findKind({ blocks: item }, { index: 0 })).toBe('news');
    expect(findKind({ blocks: [item[0]!, block('byline', '本报记者 某某', 5), ...item.slice(1)] }, { index: 0 })).toBe('article');
  });

  it('takes a long headless piece for an article, not a box', () => {
    const long = Array.from({ length: 6 }, (_, i) => block('paragraph', '上党区聚焦民生“关键小事”提升群众幸福指数。', i));
    expect(findKind({ blocks: long }, { index: 1 })).toBe('article');
  });
});

describe('findKind on page forms (issue 15)', () => {
  const headline = block('headline', '漳泽湖畔赏荷忙', 0);
  const one = block('paragraph', '8月3日，市民在潞州区漳泽湖湿地公园赏荷拍照。', 1);

  it('a lone paragraph with a photo credit on a line of its own is photo news', () => {
    expect(findKind({ blocks: [headline, one, block('byline', '本报记者 李伟 摄', 2)] })).toBe('photo-news');
    expect(findKind({ blocks: [headline, block('byline', '文/图 刘涛', 1), one] })).toBe('photo-news');
    expect(findKind({ blocks: [headline, block('byline', '本报记者 李伟', 1), one] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [headline, block('byline', '本报记者 张宏伟 通讯员 李建斌', 1), one, one] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [headline, block('byline', '通讯员 刘晋 贾敏', 1), one, one] }, { index: 0 })).toBe('article');
  });

  it('a wire byline on its own line, or a signature closing the text, makes a news item', () => {
    expect(findKind({ blocks: [headline, block('byline', '本报讯（通讯员 杨晓军）', 1), one] })).toBe('news');
    expect(findKind({ blocks: [block('paragraph', '■ 11月18日，成家川街道为独居老人安装了烟雾报警器。', 0, { credit: '（通讯员 李娜）' })] })).toBe('news');
  });

  it('a column named …评 is commentary; a box of list items is a sidebar', () => {
    expect(findKind({ blocks: [block('kicker', '快评', 0), headline, one] }, { index: 0 })).toBe('commentary');
    const items = ['● 新增城镇就业 3120人', '● 改造农村户厕 1850座'].map((t, i) => block('paragraph', t, i + 1));
    expect(findKind({ blocks: [headline, ...items] }, { index: 0 })).toBe('sidebar');
  });

  it('a table typed with bars under its headline, maybe with a note on its data, is a sidebar; a table in a report is not', () => {
    const table = block('paragraph', '| 项目 | 数量 |\n| 养老服务站 | 46个 |', 1);
    expect(findKind({ blocks: [headline, table, block('paragraph', '数据来源: 某县民政局', 2)] }, { index: 1 })).toBe('sidebar');
    expect(findKind({ blocks: [headline, one, table] }, { index: 1 })).toBe('article');
  });
});

describe('findKind: an author set off by an ornament', () => {
  it('is a commentary; a reporter\'s byline or a dotted name is not', () => {
    const text = [block('headline', '让“微实事”办到群众心坎上', 0), block('paragraph', '一盏路灯、一张长椅，看似是“小事”。', 2), block('paragraph', '办好“微实事”，关键在“问需于民”。', 3)];
    expect(findKind({ blocks: [text[0]!, block('byline', '□ 史晓东', 1), ...text.slice(1)] }, { index: 0 })).toBe('commentary');
    expect(findKind({ blocks: [text[0]!, block('byline', '本报记者 史晓东', 1), ...text.slice(1)] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [text[0]!, ...text.slice(1), block('byline', '·白雪峰·', 4)] }, { index: 0 })).toBe('article');
  });
});

describe('findKind: a brief', () => {
  it('is news: a dated list item alone', () => {
    expect(findKind({ blocks: [block('paragraph', '● 3月5日，沁县开展“学雷锋”志愿服务活动。', 0)] }, { index: 2 })).toBe('news');
  });
});

describe('findKind: interviews', () => {
  it('takes questions of the paper answered by a named person for an interview', () => {
    const turns = ['记者：村里变化大吗？', '村民代表周桂兰：路修好了。', '记者：还有什么期待？', '村民代表周桂兰：希望多些文化活动。'];
    const blocks = [block('headline', '听听村里人怎么说', 0), ...turns.map((t, i) => block('paragraph', t, i + 1))];
    expect(findKind({ blocks })).toBe('interview');
  });

  it('takes a deck that names whom the paper visits over questions set as subheads, answers unlabelled, for an interview', () => {
    const qa = ['今年学位扩充了多少？', '全区新增学位2000个，新建学校两所。', '课后服务怎么安排？', '每所学校都开设了课后服务，家长自愿参加。'];
    const body = qa.map((t, i) => block(i % 2 === 0 ? 'subheading' : 'paragraph', t, i + 3));
    const heads = [block('headline', '让每个孩子都能上好学', 0), block('deck', '——访某区教育局局长孙某某', 1), block('byline', '本报记者 某某', 2)];
    expect(findKind({ blocks: [...heads, ...body] }, { index: 0 })).toBe('interview');
    // Without the deck it is a report that asks and answers its own questions.
    expect(findKind({ blocks: [heads[0]!, heads[2]!, ...body] }, { index: 0 })).toBe('article');
  });

  it('reads a turn’s label past an ornament, emphasis, brackets or a role after the name', () => {
    const turns = ['■ 记者：村里变化大吗？', '【周桂兰】路修好了。', '**记者：**还有什么期待？', '周桂兰（村民代表）：希望多些文化活动。'];
    const blocks = [block('headline', '听听村里人怎么说', 0), ...turns.map((t, i) => block('paragraph', t, i + 1))];
    expect(findKind({ blocks })).toBe('interview');
  });
});

describe('findKind: a 本报讯 item with a photo', () => {
  it('is news, not photo news', () => {
    const blocks = [
      block('headline', '某区新建3处口袋公园', 0),
      block('paragraph', '今年，某区利用闲置地块新建口袋公园3处。', 1, { byline: '本报讯' }),
      block('byline', '（周洋 摄）', 2),
    ];
    expect(findKind({ blocks })).toBe('news');
  });
});

describe('findKind: photo news by its credit', () => {
  const para = (credit?: string) => block('paragraph', '12月7日，某街道户外劳动者服务站里，环卫工人在喝热水。', 1, credit ? { credit } : {});
  it('takes a photographer’s report and a credit naming who provided the photo for photo news', () => {
    expect(findKind({ blocks: [block('headline', '初雪里的暖心驿站', 0), para(), block('byline', '本报记者 崔浩 摄影报道', 2)] }, { index: 1 })).toBe('photo-news');
    expect(findKind({ blocks: [block('headline', '初雪里的暖心驿站', 0), para('（图片由某区融媒体中心提供）')] }, { index: 1 })).toBe('photo-news');
  });
  it('takes a lone paragraph under a column of photos for photo news, its credit lost', () => {
    expect(findKind({ blocks: [block('kicker', '【光影长治】', 0), block('headline', '初雪里的暖心驿站', 1), para()] }, { index: 1 })).toBe('photo-news');
    expect(findKind({ blocks: [block('kicker', '百姓身边', 0), block('headline', '初雪里的暖心驿站', 1), para()] }, { index: 1 })).toBe('news');
  });
  it('keeps a reporter’s bracketed signature news', () => {
    expect(findKind({ blocks: [block('headline', '初雪里的暖心驿站', 0), para('（通讯员 李娜）')] }, { index: 1 })).toBe('news');
  });
});

describe('findKind: a box of tips printed as one block', () => {
  it('is a sidebar, not a brief, when two bulleted lines stand in its one paragraph', () => {
    const blocks = [block('headline', '【温馨提醒】', 0), block('paragraph', '● 冬季取暖请注意通风，谨防煤气中毒；\n● 接到陌生来电索要银行卡信息，请立即挂断。', 1)];
    expect(findKind({ blocks }, { index: 1 })).toBe('sidebar');
  });
});

describe('findKind: a data box printed as one block', () => {
  it('is a sidebar though its lines stand in one paragraph', () => {
    const blocks = [block('headline', '民生账单', 0), block('paragraph', '★ 新增城镇就业 2.1万人\n★ 新建公办幼儿园 12所', 1)];
    expect(findKind({ blocks })).toBe('sidebar');
  });
});

describe('findKind: an English item', () => {
  it('is a brief (news) when a few paragraphs stand under its headline', () => {
    const blocks = [
      block('headline', 'New library opens in Pingshun', 0),
      block('paragraph', 'Pingshun County opened a new public library on Monday, the county government said.', 1),
      block('paragraph', 'The library holds 60,000 books and is open every day.', 2),
    ];
    expect(findKind({ blocks })).toBe('news');
  });
  it('is a brief, not a box, with its headline left on its first line or with none, among other pieces', () => {
    const glued = [block('paragraph', 'Free skating for pupils in Huguan\nHuguan County opened its ice rink to pupils for free on Saturday, local officials said.', 1)];
    expect(findKind({ blocks: glued }, { index: 3 })).toBe('news');
    const untitled = [
      block('paragraph', 'Licheng: A new bus line to Shangyao Town opened on Monday, carrying 900 riders in its first week.', 1),
      block('paragraph', 'Pingshun: The county planted 3,000 mu of walnut trees this year.', 2),
    ];
    expect(findKind({ blocks: untitled }, { index: 3 })).toBe('news');
    expect(findKind({ blocks: [block('paragraph', 'Tunliu: The district built 3.5 km of heating pipes this autumn.', 1)] }, { index: 3 })).toBe('news');
    // Near miss: a short Chinese paragraph under no headline among other pieces stays a box.
    expect(findKind({ blocks: [block('paragraph', '供暖报修电话：0355-1234567，24小时有人值守。', 1)] }, { index: 3 })).toBe('sidebar');
    // Near miss: an English line under no headline that tells nothing in a sentence (a contact, a label) stays a box.
    expect(findKind({ blocks: [block('paragraph', 'Contact us: news@example.cn', 1)] }, { index: 3 })).toBe('sidebar');
    expect(findKind({ blocks: [block('paragraph', 'Tips: Wear a mask. Keep warm.', 1)] }, { index: 3 })).toBe('sidebar');
  });
});

describe('findKind: a reporter’s notes', () => {
  it('is commentary under a 手记 kicker', () => {
    const blocks = [block('kicker', '记者手记', 0), block('headline', '小事里的大民生', 1), block('paragraph', '从“跑断腿”到“指尖办”，变化看得见。', 2)];
    expect(findKind({ blocks })).toBe('commentary');
  });
});

describe('findKind: forms of the 2025-12 dev pages (issue 15)', () => {
  const headline = (text: string) => block('headline', text, 0);
  const para = (text: string, i: number) => block('paragraph', text, i);

  it('a box of list items closed by a bracketed note on its data is a sidebar', () => {
    const items = ['● 民生支出 38.6亿元', '● 新增学位 4680个', '（文中数据截至2025年11月底）'].map((t, i) => para(t, i + 1));
    expect(findKind({ blocks: [headline('数读某区民生'), ...items] }, { index: 1 })).toBe('sidebar');
  });

  it('a photo item that prints its own caption is a report with a photo (news), not photo news', () => {
    const text = para('12月2日，县文旅局组织的文艺演出走进某镇。今年全县已开展送戏下乡演出186场。', 1);
    const credit = block('byline', '文/图 韩 雪', 3);
    expect(findKind({ blocks: [headline('文艺演出走进某镇'), text, block('caption', '图为演员在表演上党梆子。', 2), credit] }, { index: 2 })).toBe('news');
    expect(findKind({ blocks: [headline('文艺演出走进某镇'), text, credit] }, { index: 2 })).toBe('photo-news');
  });

  it('the reporter in brackets on a line of their own makes a news item; a compiler’s credit does not', () => {
    const body = [para('今年以来，某县新建公共停车场9处。', 2), para('12月起，停车场实行扫码缴费。', 3)];
    expect(findKind({ blocks: [headline('某县停车难有了缓解'), block('byline', '（记者 秦 凯）', 1), ...body] }, { index: 1 })).toBe('news');
    expect(findKind({ blocks: [headline('某县停车难有了缓解'), block('byline', '（本报记者 李珂 整理）', 1), ...body] }, { index: 0 })).toBe('article');
  });

  it('a feature signed with the reporter in brackets (a column over it, a photo with its caption) stays an article', () => {
    const body = [para('今年以来，某县新建公共停车场9处。', 3), para('12月起，停车场实行扫码缴费。', 4)];
    const signed = [headline('某县停车难有了缓解'), block('byline', '（记者 秦 凯 通讯员 韩 玲）', 2), ...body];
    expect(findKind({ blocks: [block('kicker', '民生视点', 0), ...signed] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [...signed, block('caption', '图为车主在扫码缴费。', 5)] }, { index: 0 })).toBe('article');
  });

  it('an ornament before a reporter with their role is a report\'s byline, not an author\'s', () => {
    const body = [para('今年以来，某县新建公共停车场9处。', 2), para('12月起，停车场实行扫码缴费。', 3)];
    expect(findKind({ blocks: [headline('某县停车难有了缓解'), block('byline', '■ 记者 任 静', 1), ...body] }, { index: 0 })).toBe('article');
  });

  it('a headline labelled with an opinion column, or an ornament before a spaced name, is commentary', () => {
    const body = [para('Changzhi’s heating network now reaches more homes than ever.', 2), para('Fixing old windows takes patient work.', 3)];
    expect(findKind({ blocks: [headline('Opinion: Warm homes need more than hot pipes'), block('byline', 'By Shi Wei', 1), ...body] })).toBe('commentary');
    expect(findKind({ blocks: [headline('快评：让口袋公园多些烟火气'), para('公园建起来了，更要用起来。', 1)] }, { index: 0 })).toBe('commentary');
    expect(findKind({ blocks: [headline('让口袋公园多些烟火气'), block('byline', '□ 史 伟', 1), para('公园建起来了，更要用起来。', 2)] }, { index: 0 })).toBe('commentary');
    expect(findKind({ blocks: [headline('潞州区：老旧小区换新颜'), para('今年潞州区改造老旧小区46个。', 1), para('居民纷纷点赞。', 2)] }, { index: 0 })).toBe('article');
  });
});

describe('findKind: news briefs', () => {
  const para = (text: string, i: number) => block('paragraph', text, i);

  it('one item of a list of news, a sentence, is news; a data box line alone is not', () => {
    expect(findKind({ blocks: [para('◆ 某镇完成农村户厕改造310户，今年改造任务全部完成。', 0)] }, { index: 3 })).toBe('news');
    expect(findKind({ blocks: [para('● 1至11月，全县城镇新增就业4380人，完成年度目标的109.5%。', 0)] }, { index: 3 })).toBe('news');
    expect(findKind({ blocks: [para('● 改造农村户厕 1850座', 0)] }, { index: 3 })).toBe('sidebar');
  });

  it('an item under a column of news is news', () => {
    const body = [para('某镇在12个村建成村级光伏电站，总装机容量3.6兆瓦。', 2), para('今年1至11月，光伏电站发电收益达到216万元。', 3)];
    expect(findKind({ blocks: [block('kicker', '■ 乡镇动态', 0), block('headline', '某镇：光伏板上“长”出村集体收入', 1), ...body] }, { index: 1 })).toBe('news');
    expect(findKind({ blocks: [block('kicker', '百姓身边', 0), block('headline', '某镇：光伏板上“长”出村集体收入', 1), ...body] }, { index: 1 })).toBe('article');
  });

  it('reads a column name past its brackets and ornaments (【记者手记】, #教育快递#), and a headline label set off as a tag', () => {
    const body = [para('某县今年新建乡镇寄递物流站18个，覆盖全部行政村。', 2), para('村民寄取包裹不出村。', 3)];
    const headline = block('headline', '某县寄递物流站覆盖全部行政村', 1);
    expect(findKind({ blocks: [block('kicker', '【记者手记】', 0), headline, ...body] }, { index: 1 })).toBe('commentary');
    expect(findKind({ blocks: [block('kicker', '#教育快递#', 0), headline, block('byline', '通讯员 某某', 2), ...body] }, { index: 2 })).toBe('news');
    expect(findKind({ blocks: [block('headline', '#Opinion# Warm homes need more than hot pipes', 0), para('Heating is on.', 1)] }, { index: 1 })).toBe('commentary');
    expect(findKind({ blocks: [block('headline', '【快评】让民生实事更有温度', 0), ...body] }, { index: 1 })).toBe('commentary');
    expect(findKind({ blocks: [block('headline', '**Opinion:** Warm homes need more than hot pipes', 0), para('Heating is on.', 1)] }, { index: 1 })).toBe('commentary');
  });

  it('an item under a beat’s express column (教育快递) is news; a kicker about parcels is not a column', () => {
    const body = [para('某县今年新建乡镇寄递物流站18个，覆盖全部行政村。', 2), para('村民寄取包裹不出村。', 3)];
    const headline = block('headline', '某县寄递物流站覆盖全部行政村', 1);
    expect(findKind({ blocks: [block('kicker', '教育快递', 0), headline, block('byline', '通讯员 某某', 2), ...body] }, { index: 2 })).toBe('news');
    expect(findKind({ blocks: [block('kicker', '快递进村', 0), headline, block('byline', '通讯员 某某', 2), ...body] }, { index: 2 })).toBe('article');
  });
});

describe('findKind: the paper’s commentator and a box by its label', () => {
  const para = (text: string, i: number) => block('paragraph', text, i);

  it('a piece signed by the paper’s commentator is commentary', () => {
    const body = [para('民生实事，贵在落实。', 2), para('办好每一件小事，群众才有获得感。', 3)];
    expect(findKind({ blocks: [block('headline', '把民生实事办到群众心坎上', 0), block('byline', '本报评论员', 1), ...body] }, { index: 0 })).toBe('commentary');
    expect(findKind({ blocks: [block('headline', '把民生实事办到群众心坎上', 0), block('byline', '本报记者 王芳', 1), ...body] }, { index: 0 })).toBe('article');
  });

  it('a box headed 相关链接 or 小贴士 is a sidebar', () => {
    const body = [para('城镇职工基本医疗保险参保人员，在定点医疗机构住院可按比例报销。', 2), para('办理时需携带身份证、医保卡。', 3)];
    expect(findKind({ blocks: [block('headline', '相关链接', 0), ...body] }, { index: 0 })).toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '【小贴士】', 0), ...body] }, { index: 2 })).toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '医保报销链接到村', 0), ...body] }, { index: 0 })).toBe('article');
  });

  it('a piece under a kicker that says it relates to the report beside it (■相关新闻, ◎相关阅读) is a sidebar, unless signed as news', () => {
    const item = [block('headline', '我市开通供热服务热线24小时值守', 1), para('市供热公司近日开通供热服务热线，实行24小时值守。', 2)];
    expect(findKind({ blocks: [block('kicker', '■相关新闻', 0), ...item] }, { index: 2 })).toBe('sidebar');
    expect(findKind({ blocks: [block('kicker', '◎相关阅读', 0), ...item] }, { index: 2 })).toBe('sidebar');
    const signed = [block('kicker', '■相关新闻', 0), item[0]!, { ...para('近日，某县设立医保服务站，已办理业务5600余件。', 2), credit: '（通讯员 郭静）' }];
    expect(findKind({ blocks: signed }, { index: 2 })).toBe('news');
    expect(findKind({ blocks: [block('kicker', '相关部门', 0), ...item] }, { index: 2 })).not.toBe('sidebar');
  });

  it('a box of labelled notices under its title is a sidebar; a Q&A under a headline is not', () => {
    const notices = ['停电通知：12月3日9:00—17:00，东街沿线停电。', '抢修电话：0355-1234567'].map((t, i) => block('paragraph', t, i + 1));
    expect(findKind({ blocks: [block('headline', '服务信息', 0), ...notices] }, { index: 1 })).toBe('sidebar');
    const turns = ['问：补贴怎么领？', '答：到社区服务站申请。'].map((t, i) => block('paragraph', t, i + 1));
    expect(findKind({ blocks: [block('headline', '补贴怎么领', 0), ...turns] }, { index: 1 })).toBe('article');
  });

  it('an unsigned item of one short paragraph under its headline, among others, is a brief', () => {
    const item = [block('headline', '某镇卫生院开设夜间门诊', 0), block('paragraph', '11月以来，某镇卫生院开设夜间门诊，每晚有2名医生值班。', 1)];
    expect(findKind({ blocks: item }, { index: 2 })).toBe('news');
    expect(findKind({ blocks: item }, { index: 0 })).toBe('article');
    const more = ['院长介绍，夜间门诊开设后，群众晚上看病不用再跑到区里。', '下一步，卫生院将开设周末门诊。'].map((t, i) => block('paragraph', t, 2 + i));
    expect(findKind({ blocks: [...item, ...more] }, { index: 2 })).toBe('article');
    expect(findKind({ blocks: [item[0]!, block('byline', '本报记者 孔 亮', 1), item[1]!] }, { index: 2 })).toBe('article');
  });
});

describe('isOneLineNews (issue 15)', () => {
  it('is one finished sentence reporting a count, in digits or in words', () => {
    for (const t of ['县人民医院今年完成白内障复明手术一千一百例。', '册村镇为全镇一百二十户独居老人安装烟雾报警器。', '市区新增公共自行车站点40个，投放自行车1200辆。']) expect(isOneLineNews(t), t).toBe(true);
  });
  it('is no tip, no quote, no label and colon, no two sentences, no sentence without a count', () => {
    for (const t of ['请勿在室内使用炭火盆取暖。', '“这下取暖不愁了。”', '服务时间：每天8时至18时。', '全县新建站点12个。已投入使用10个。', '老旧小区改造是指对住宅小区进行改造。']) expect(isOneLineNews(t), t).toBe(false);
  });
});

describe('findKind: a set of photos over its one paragraph (issue 15)', () => {
  const headline = block('headline', '冬日里的幸福院', 0);
  const text = block('paragraph', '今冬，全区61个农村幸福院全部开灶，为1800余名老人提供助餐服务。', 1);
  it('is photo news, its numbered captions and credit under the text', () => {
    const set = [headline, text, block('caption', '①上村镇幸福院里，老人们在包饺子。', 2), block('caption', '②渔泽镇幸福院的志愿者为老人理发。', 3), block('byline', '本报记者 魏丽君 文/图', 4)];
    expect(findKind({ blocks: set })).toBe('photo-news');
  });
  it('is news where one caption goes with a report (图为…)', () => {
    expect(findKind({ blocks: [headline, text, block('caption', '图为幸福院里，老人们在包饺子。', 2), block('byline', '本报记者 魏丽君 摄', 3)] })).toBe('news');
  });
});
