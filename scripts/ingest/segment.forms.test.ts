// segment on forms pages print that the seeds do not (issue 15): a photo credit or signature closing a paragraph,
// photo items after a captioned article, leads printed before their headline, continuation marks inside a
// paragraph, briefs, a byline over its headline, a data box inside an article, an unsigned report after a signed
// feature. The seeds' pages, headlines, sidebars and any sequence of blocks are in segment.test.ts.
import { describe, expect, it } from 'vitest';
import { segment, structurePage } from './segment.ts';
import type { Block } from './types.ts';

// Blocks as classify/repair hand them over; `source` is the raw index.
function b(kind: Block['kind'], source: number, text: string, extra: Partial<Block> = {}): Block {
  return { kind, text, source: [source], ...extra };
}
const sources = (blocks: Block[]) => blocks.map((x) => x.source[0]);

describe('segment: a paragraph ending with a photo credit or a signature (issue 15)', () => {
  const feature = [
    b('headline', 0, '长子县：乡村“大舞台”唱响好日子'),
    b('byline', 1, '本报记者 赵敏'),
    b('paragraph', 2, '夏夜的长子县色头镇琚村文化广场灯火通明，一场文艺晚会正在上演。'),
  ];

  it('is the last paragraph of the open article it ends, with its photo credit', () => {
    const segments = segment([...feature, b('paragraph', 3, '晚会结束后，村民们又在文化广场上跳起了广场舞。', { credit: '通讯员 牛晓军 摄' })]);
    expect(segments.map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3]]);
  });

  it('is an item of its own when it opens with its date, or follows a closed article', () => {
    const dated = b('paragraph', 3, '8月1日，屯留区余吾镇北张村的村民正在采摘辣椒。', { credit: '本报记者 王晶 摄' });
    const next = b('paragraph', 4, '一场秋雨过后，村民正在给连翘苗除草。', { credit: '通讯员 王磊 摄' });
    expect(segment([...feature, dated, next]).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3], [4]]);
  });

  it('is an item of its own after a wire item, which carries no photo credit at its end', () => {
    const wire = [b('headline', 0, '黎城县开展“敬老月”系列活动'), b('paragraph', 1, '近日，黎城县在全县开展“敬老月”系列活动。', { byline: '本报讯（记者 李芳）' })];
    const photo = b('paragraph', 2, '一场秋雨过后，武乡县韩北镇的连翘种植基地里，村民正在给连翘苗除草。', { credit: '通讯员 王磊 摄' });
    expect(segment([...wire, photo]).map((s) => sources(s.blocks))).toEqual([[0, 1], [2]]);
  });
});

describe('segment: a photo item after an article whose photo was captioned and credited (issue 15)', () => {
  // Made-up page in the form of a photo page printed in another order: the article's caption and its credit
  // end its photo, and a dated paragraph with a credit of its own is the next photo news item.
  const article = [
    b('headline', 0, '屯留区：背街小巷换新颜'),
    b('byline', 1, '通讯员 王磊'),
    b('paragraph', 2, '走进屯留区麟绛镇的东街小巷，新铺的路面平整干净。'),
    b('caption', 3, '图为改造后的东街小巷。'),
    b('byline', 4, '（图片由屯留区住建局提供）'),
  ];

  it('starts its own item when it opens with its date, its credit on the next line', () => {
    const page = [...article, b('paragraph', 5, '11月3日，黎城县的志愿者为老人送去冬衣。今冬已送出冬衣300件。'), b('byline', 6, '图片由黎城县融媒体中心提供')];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3, 4], [5, 6]]);
  });

  it('starts its own item as a 图为 caption of its own date that goes on past one sentence, its credit at its end', () => {
    const page = [...article, b('paragraph', 5, '图为11月3日，黎城县的志愿者为老人送去冬衣。今冬已送出冬衣300件。', { credit: '李娜 摄' })];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3, 4], [5]]);
  });

  it('stays in the article as text when it carries no credit, or as a one-sentence 图为 caption', () => {
    const more = b('paragraph', 5, '11月3日，改造后的小巷迎来第一批游客。');
    expect(segment([...article, more]).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3, 4, 5]]);
    const caption = b('paragraph', 5, '图为11月3日，居民在小巷里散步。', { credit: '李娜 摄' });
    expect(segment([...article, caption]).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('a credit over its caption opens the next item after the credit that closed the photo above, a rule line between them', () => {
    const page = [
      b('paragraph', 0, '12月5日，武乡县的种植户在温室大棚里采摘西红柿。'),
      b('byline', 1, '韩 雪/摄'),
      b('furniture', 2, '---'),
      b('byline', 3, '图/通讯员 马 骏'),
      b('paragraph', 4, '12月6日，沁源县的中小学生在冰雪运动场上体验滑冰。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1], [2, 3, 4]]);
  });

  it('starts its own item after a photo whose credit stood over its one paragraph', () => {
    const page = [
      b('byline', 0, '图/通讯员 马 骏'),
      b('paragraph', 1, '12月6日，沁源县的中小学生在冰雪运动场上体验滑冰。'),
      b('paragraph', 2, '12月5日，武乡县的种植户在温室大棚里采摘西红柿。'),
      b('byline', 3, '韩 雪/摄'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1], [2, 3]]);
  });
});

describe('segment: a photo item under a section label, after a box (issue 15)', () => {
  // Made-up: a 链接 box, then a label line of the page's own, one paragraph and its photo's credit under it.
  const box = [b('kicker', 0, '链接'), b('headline', 1, '什么是“助餐点”'), b('paragraph', 2, '助餐点是指为老年人提供集中就餐和送餐服务的场所。')];
  const photo = [b('paragraph', 4, '初冬时节，某镇的雾凇吸引了不少游客。本周末接待游客8000人次。'), b('byline', 5, '本报通讯员 孔 亮 摄')];

  it('starts its own item, the label with it, not the box’s last paragraph signed by the credit', () => {
    expect(segment([...box, b('furniture', 3, '光影长治'), ...photo]).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3, 4, 5]]);
  });

  it('not when the line between is a page’s line, nor when no photo credit closes the paragraph', () => {
    expect(segment([...box, b('furniture', 3, '第3版'), ...photo])).toHaveLength(1);
    expect(segment([...box, b('furniture', 3, '光影长治'), photo[0]!, b('byline', 5, '本报通讯员 孔 亮')])).toHaveLength(1);
  });
});

describe('segment: a lead printed before its headline (issue 15)', () => {
  const headline = (source: number, text: string) => [b('headline', source, text), b('byline', source + 1, '本报记者 杨帆')];

  it('opens that headline’s article at the top of the page', () => {
    const page = [
      b('furniture', 0, '2025年12月9日 星期二 第6版'),
      b('paragraph', 1, '入冬以来，武乡县把群众温暖过冬作为头等大事。'),
      ...headline(2, '武乡县：清洁取暖让山村暖起来'),
      b('paragraph', 4, '走进武乡县丰州镇南关村村民段玉珍家，空气源热泵正在运转。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('opens it in the middle of the page when it is an editor’s note', () => {
    const page = [
      ...headline(0, '武乡县：清洁取暖让山村暖起来'),
      b('paragraph', 2, '县发改局负责人表示，下一步将对老旧设备逐步更新。'),
      b('paragraph', 3, '编者按：托育服务关系千家万户。今年以来，屯留区聚焦“幼有所育”。'),
      ...headline(4, '屯留区：普惠托育让年轻父母“带娃不再难”'),
      b('paragraph', 6, '早上8点，屯留区麟绛街道康庄社区托育园里，孩子们在做早操。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3, 4, 5, 6]]);
  });

  it('is no lead when the headline has no byline line under it, or the text runs long', () => {
    const paragraphs = [1, 2, 3, 4].map((i) => b('paragraph', i, `第${i}段文字，记录着这座县城的变化。`));
    expect(segment([b('headline', 0, '甲'), ...paragraphs.slice(0, 1), b('headline', 5, '乙'), b('paragraph', 6, '正文。')])).toHaveLength(2);
    expect(segment([...paragraphs, ...headline(5, '乙'), b('paragraph', 7, '正文。')])).toHaveLength(2);
    expect(segment([paragraphs[0]!, b('headline', 5, '乙'), b('paragraph', 7, '正文。')])).toHaveLength(2);
  });
});

describe('segment: continuation marks printed inside a paragraph (issue 15)', () => {
  it('ends the article at `…（下转第二版）` and starts one at `（上接第一版）…`', () => {
    const page = [
      b('headline', 0, '全市今冬供热“升温”提质'),
      b('paragraph', 1, '开栓以来已受理群众诉求3860件，办结率99.2%。', { continued: { to: '第二版' } }),
      b('paragraph', 2, '11月24日，长治至平顺城乡公交线路开通运营。', { byline: '本报讯（记者 程丽）' }),
      b('paragraph', 3, '针对部分老旧小区供热不达标的问题，热力公司组建了服务队。', { continued: { from: '第一版' } }),
    ];
    const segments = segment(page);
    expect(segments.map((s) => [sources(s.blocks), s.continued])).toEqual([
      [[0, 1], { to: '第二版' }],
      [[2], undefined],
      [[3], { from: '第一版' }],
    ]);
  });
});

describe('segment: briefs (issue 15)', () => {
  it('makes each dated list item that ends a sentence an item of its own, not the items of a data box', () => {
    const briefs = [
      b('headline', 0, '沁县：小米“串”起致富链'),
      b('paragraph', 1, '走进沁县次村乡的小米加工厂，机器轰鸣。'),
      b('furniture', 2, '简讯'),
      b('paragraph', 3, '● 近日，沁县郭村镇为辖区80户困难家庭送去取暖煤。'),
      b('paragraph', 4, '● 3月5日，沁县开展“学雷锋”志愿服务活动。'),
    ];
    expect(segment(briefs).map((s) => sources(s.blocks))).toEqual([[0, 1], [2, 3], [4]]); // the column's name goes with the first item
    const box = [b('headline', 0, '壶关县民生账单'), b('paragraph', 1, '● 新增城镇就业 3120人'), b('paragraph', 2, '● 改造农村户厕 1850座')];
    expect(segment(box)).toHaveLength(1);
  });
});

describe('segment: a byline printed over its headline (issue 15)', () => {
  it('gives a reporter line over a headline to the article below when the one above is signed already', () => {
    const page = [
      b('headline', 0, '某镇建成老年食堂'),
      b('byline', 1, '本报记者 何静'),
      b('paragraph', 2, '近日，某镇老年食堂开张，每天为80位老人供餐。'),
      b('byline', 3, '记者 周洋 通讯员 孙立'),
      b('headline', 4, '某县新开两条公交线路'),
      b('paragraph', 5, '日前，某县新开通两条城乡公交线路。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3, 4, 5]]);
  });

  it('leaves a closing signature with the article it signs when that article names no one else', () => {
    const page = [
      b('headline', 0, '某镇建成老年食堂'),
      b('paragraph', 1, '近日，某镇老年食堂开张，每天为80位老人供餐。'),
      b('byline', 2, '（记者 周洋）'),
      b('headline', 3, '某县新开两条公交线路'),
      b('paragraph', 4, '日前，某县新开通两条城乡公交线路。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3, 4]]);
  });
});

describe('segment: a photo credit under a caption (issue 15)', () => {
  it('ends the photo, not the article', () => {
    const page = [
      b('headline', 0, '某镇：学校里的“小书院”'),
      b('paragraph', 1, '走进某镇中心学校，孩子们正在阅览室里读书。'),
      b('caption', 2, '上图：孩子们在读书。'),
      b('byline', 3, '（图片由某县教育局提供）'),
      b('paragraph', 4, '据了解，“小书院”共配备图书12万册。'),
    ];
    expect(segment(page)).toHaveLength(1);
  });
});

describe('a data box set inside an article', () => {
  const page = (note = '') => [
    '某县：民生实事件件落地', '本报记者 孔 亮', '今年，某县把12件民生实事作为重点工作，逐项推进。',
    '◆ 数读民生 ◆', '◆ 新建幼儿园 4所\n◆ 改造农村公路 86公里', ...(note ? [note] : []),
    '截至11月底，12件民生实事已全部完成。', '“路修到了家门口。”村民李大娘说。',
  ].join('\n\n');

  it('gives the text after the box back to the article, the box its lines', () => {
    const { segments } = structurePage(page());
    expect(segments.map((s) => s.blocks.map((b) => b.kind))).toEqual([
      ['headline', 'byline', 'paragraph', 'paragraph', 'paragraph'],
      ['headline', 'paragraph'],
    ]);
  });

  it('leaves a note on the box’s data with the box', () => {
    const { segments } = structurePage(page('（数据截至2025年11月底）'));
    expect(segments.map((s) => s.blocks.length)).toEqual([5, 3]);
    expect(segments[1]!.blocks.at(-1)!.text).toBe('（数据截至2025年11月底）');
  });
});

describe('an unsigned report after a signed feature (issue 15)', () => {
  it('is an article of its own when its headline has a headline form and its text opens with its time and place', async () => {
    const { structurePage } = await import('./segment.ts');
    const page = [
      '老旧小区“焕新”记', '', '本报记者 某某', '',
      '清晨七点，潞州区一处小区的院子里，老人已经在新铺的健身步道上走了两圈。', '',
      '今年潞州区共改造老旧小区46个，惠及居民1.2万户。', '',
      '社区食堂开到家门口 老人吃饭不再难', '',
      '中午11点半，潞州区太行东街街道幸福里社区食堂里已经坐满了老人。', '',
      '一荤两素一汤，60岁以上老人每餐只需8元。', '',
    ].join('\n');
    expect(structurePage(page).segments.length).toBe(2);
  });
  it('keeps a lone short section heading in its article', async () => {
    const { structurePage } = await import('./segment.ts');
    const page = ['老旧小区“焕新”记', '', '本报记者 某某', '', '清晨七点，潞州区一处小区的院子里，老人已经在步道上走了两圈。', '', '今年潞州区共改造老旧小区46个。', '', '加装电梯', '', '截至10月底，潞州区今年已完成加装电梯37部。', ''].join('\n');
    expect(structurePage(page).segments.length).toBe(1);
  });
});

describe('an English item after a signed English item on a Chinese page, digits full-width (issue 15)', () => {
  const chinese = ['某区：24个暖心驿站开门迎客', '本报记者 某某', '11月13日，某区24个“暖心驿站”全部开放，为环卫工人提供热水和休息场所。', ''];
  // An OCR copy: full-width digits inside the English text.
  const signed = ['Cold-weather shelters open in Changzhi', 'By Li Na', 'CHANGZHI, Nov １３ — Changzhi opened ２４ cold-weather shelters on Thursday, the bureau said.', 'Volunteers will patrol railway stations every night until March.', ''];
  it('is an item of its own, its headline a headline, not a section heading of the item above', () => {
    const page = [...chinese, ...signed, 'Library extends hours: "Read till 9"', 'Changzhi Library will stay open until ９ pm on weekdays from Dec １.', '', '责任编辑：某某'].join('\n');
    const { segments } = structurePage(page);
    expect(segments.length).toBe(3);
    expect(segments[2]!.blocks[0]).toMatchObject({ kind: 'headline', text: 'Library extends hours: "Read till 9"' });
  });
  it('leaves a Chinese article\'s lone short heading where it was', () => {
    const page = [...chinese, '加装电梯', '截至10月底，某区今年已完成加装电梯37部。'].join('\n');
    expect(structurePage(page).segments.length).toBe(1);
  });
});

describe('segment: a copy whose items open with a 【headline】 line of their own, no blank lines (issue 15)', () => {
  const page = [
    '【甲县今冬新增供热面积40万平方米】',
    '11月30日，记者从甲县住建局获悉，今年全县新增供热面积40万平方米。',
    '▲工作人员检修换热站',
    '【乙镇普惠托育点开园】',
    '12月1日，乙镇普惠托育点正式开园，可提供托位60个。',
  ].join('\n');

  it('starts an article at each bracketed headline, the ▲ line staying the caption of the item above', () => {
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks.map((x) => x.kind))).toEqual([['headline', 'paragraph', 'caption'], ['headline', 'paragraph']]);
    expect(segments[1]!.blocks[0]!.text).toBe('【乙镇普惠托育点开园】');
  });

  it('is the headline over its first numbered section (`【…】` / `一、时间地点`), not a caption of the item above', () => {
    const { segments } = structurePage([page, '【丙县冬季招聘会下周举行】', '一、时间地点', '12月8日9:00，丙县人力资源市场。'].join('\n'));
    expect(segments.map((s) => s.blocks.map((x) => x.kind))).toEqual([
      ['headline', 'paragraph', 'caption'],
      ['headline', 'paragraph'],
      ['headline', 'heading', 'paragraph'],
    ]);
  });

  it('keeps a column name in brackets (`【教育】`) no item headline', async () => {
    const { isBracketedHeadline } = await import('./structure/run-headline.ts');
    expect([isBracketedHeadline('【教育】'), isBracketedHeadline('【乙镇普惠托育点开园】'), isBracketedHeadline('【温馨提示：】')]).toEqual([false, true, false]);
  });
});

describe('segment: a heading ruled off from the article above (issue 15)', () => {
  const article = [
    b('headline', 0, '药品集采：217种常用药平均降价52%'),
    b('byline', 1, '本报记者 某某'),
    b('paragraph', 2, '记者从市医保局获悉，12月1日起，我市落实新一批药品集中带量采购结果。'),
  ];
  it('heads a piece of its own: its headline, the text under it its body', () => {
    const segments = segment([...article, b('furniture', 3, '---'), b('heading', 4, '【健康小贴士】', { level: 2 }), b('paragraph', 5, '> 室内每天开窗通风2~3次。')]);
    expect(segments.map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(segments[1]!.blocks.find((x) => x.source[0] === 4)?.kind).toBe('headline');
  });
  it('without a rule over it stays a section heading of the article', () => {
    const segments = segment([...article, b('heading', 4, '【健康小贴士】', { level: 2 }), b('paragraph', 5, '室内每天开窗通风2~3次。')]);
    expect(segments.map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 4, 5]]);
  });
});

describe('segment: a box title in a label\'s form inside an article with photo captions (issue 15)', () => {
  const article = (heading: string) => [
    b('headline', 0, '老旧管网换新 两万户暖气热起来'),
    b('byline', 1, '本报记者 王 刚'),
    b('paragraph', 2, '11月26日，潞州区英雄南路供热管网改造工程完成接驳。'),
    b('heading', 3, heading),
    b('paragraph', 4, '城区供热公司24小时值守，接到报修后30分钟内到达现场。'),
    b('caption', 5, '工人在英雄南路更换供热管道', { credit: '本报记者 王 刚 摄' }),
  ];
  it('stays a heading (相关链接, ■ 温馨提示): a box\'s title, not one more caption', () => {
    for (const label of ['相关链接', '■ 温馨提示']) expect(segment(article(label))[0]!.blocks[3]!.kind).toBe('heading');
  });
  it('still reads a lone heading in a clause\'s form as one more caption', () => {
    expect(segment(article('工作人员为老人测量血压'))[0]!.blocks[3]!.kind).toBe('caption');
  });
});

describe('segment: a labelled box of numbered lines inside an article (issue 15)', () => {
  const article = [
    b('headline', 0, '城区社区食堂覆盖所有街道'),
    b('byline', 1, '本报记者 孔 亮'),
    b('paragraph', 2, '今年以来，城区新建社区食堂28个，老人就餐每餐可享受3元补贴。'),
  ];
  const box = b('paragraph', 3, '■ 温馨提示\n1.老人首次就餐，需携带身份证办理就餐卡；\n2.站点服务时间为每天8:00—18:00。');

  it('is a sidebar of its own when its caption or text goes on under it, the article keeping them (ruled in session 13)', () => {
    const caption = b('caption', 4, '老人们在社区食堂就餐。', { credit: '本报记者 孔 亮 摄' });
    expect(segment([...article, box, caption]).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 4], [3, 3, 3]]);
    const text = b('paragraph', 4, '街道还为行动不便的老人提供送餐上门服务。');
    expect(segment([...article, box, text]).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 4], [3, 3, 3]]);
  });

  it('stands apart at the end of the article, and a bulleted news item with its head is an item of its own', () => {
    expect(segment([...article, box]).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3, 3, 3]]);
    const item = b('paragraph', 3, '■ 东阳关镇改造农村公路12公里\n12月3日，东阳关镇最后一段农村公路完成改造。');
    const text = b('paragraph', 4, '街道还为行动不便的老人提供送餐上门服务。');
    expect(segment([...article, item, text]).map((s) => sources(s.blocks))[1]![0]).toBe(3);
  });
});

describe('segment: a box of questions and answers under its own heading after an article (issue 15)', () => {
  const page = (qa: string[]) => ['市区公办初中招生方案公布', '本报记者 孔 亮', '今年市区公办初中招生继续实行网上报名，报名时间为6月15日至20日。', '市教育局负责人提醒，家长可登录公众号查询学区划分。', '家长关心的几个问题', ...qa].join('\n\n');

  it('is a piece of its own, not a section of the article', () => {
    const { segments } = structurePage(page(['问：随迁子女如何报名？', '答：持居住证在网上报名。', '问：多校划片如何录取？', '答：采取电脑随机派位。']));
    expect(segments.map((s) => s.blocks.map((b) => b.kind))).toEqual([
      ['headline', 'byline', 'paragraph', 'paragraph'],
      ['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
    ]);
  });

  it('leaves a heading over text that is not questions and answers a section', () => {
    const { segments } = structurePage(page(['随迁子女持居住证在网上报名。', '多校划片的学校采取电脑随机派位。']));
    expect(segments.length).toBe(1);
  });
});

describe('segment: a column name and a headline over a section heading, after an article (issue 15)', () => {
  const top = ['某市举行民生实事新闻发布会', '本报记者 张某', '1月20日上午，市政府新闻办举行新闻发布会。', '记者：今年有哪些安排？', '李某：今年计划改造老旧小区156个。'];
  const heads = (page: string) => structurePage(page).segments.map((s) => s.blocks.find((x) => x.kind === 'headline')?.text);

  it('starts the next article at the headline, its column name the kicker', () => {
    const page = [...top, '聚焦两会', '政府工作报告民生要点摘编', '◆过去一年', '过去一年，全市新建幼儿园18所。', '◆今年目标', '今年将新增普惠托位1500个。'].join('\n\n');
    const { segments } = structurePage(page);
    expect(heads(page)).toEqual(['某市举行民生实事新闻发布会', '政府工作报告民生要点摘编']);
    expect(segments[1]!.blocks.map((x) => x.kind).slice(0, 3)).toEqual(['kicker', 'headline', 'heading']);
  });

  it("leaves a lone line over a section heading to the article: a photo's caption", () => {
    const page = [...top, '某镇医养结合护理中心', '◆养老院里有了医生', '在某镇敬老院，医生每周两次上门巡诊。'].join('\n\n');
    expect(heads(page)).toEqual(['某市举行民生实事新闻发布会']);
  });
});

describe('segment: replies printed one after another, each closed by its contacts (issue 15)', () => {
  it('starts the next reply at the head under the contacts line', () => {
    const page = [
      '关于加快城区供水管网改造的建议\n答复单位：市水务局', '王某代表：', '您提出的建议收悉。现答复如下：今年改造管网43公里。', '联系人：李某　联系电话：0355-2186523',
      '对市政协某次会议第086号提案的答复', '提案人：张某委员\n答复单位：市民政局', '您提出的提案收悉。现答复如下：已建成互助幸福院1120个。', '联系单位：市民政局养老服务科　电话：0355-3036617',
    ].join('\n\n');
    const heads = structurePage(page).segments.map((s) => s.blocks.find((x) => x.kind === 'headline')?.text);
    expect(heads).toEqual(['关于加快城区供水管网改造的建议', '对市政协某次会议第086号提案的答复']);
  });
});

describe("segment: an editor's note over bracketed replies (issue 15)", () => {
  it('opens the first reply with the note, and reads each bracketed head over its labelled line as a headline', () => {
    const page = [
      '编者按：代表建议是群众意愿的集中反映。本版选登部分建议的答复。',
      '【关于加快农村供水管网改造的建议】', '代表：壶关县 冯某', '答复摘要：您的建议已收悉。今年改造管网60公里。', '联系人：刘某　联系电话：0355-2025168',
      '【关于增加城区公办幼儿园学位的建议】', '代表：张某（潞州区）', '承办单位：市教育局', '答复摘要：今年新建公办幼儿园11所。', '联系人：赵某　电话：0355-2186023',
    ].join('\n\n');
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks.find((x) => x.kind === 'headline')?.text)).toEqual(['【关于加快农村供水管网改造的建议】', '【关于增加城区公办幼儿园学位的建议】']);
    expect(segments[0]!.blocks[0]!.text).toMatch(/^编者按/u);
    expect(segments[1]!.blocks[1]).toMatchObject({ kind: 'paragraph', text: '代表：张某（潞州区）' });
  });
});

describe('segment: a report after a data box under its own headline (issue 15)', () => {
  const box = ['【数说】', '2024年某县民生账', '● 改造老旧小区 18个', '● 新增普惠托位 240个'];
  const heads = (page: string) => structurePage(page).segments.map((s) => s.blocks.find((x) => x.kind === 'headline')?.text);

  it('starts the next article at a title over a dated opening', () => {
    const page = [...box, '县医保局发布会：参保缴费一次讲清', '2月19日，某县召开医疗保障工作新闻发布会。', '问（某报记者）：今年缴费标准是多少？', '答（张某）：每人400元。'].join('\n\n');
    expect(heads(page)).toEqual(['2024年某县民生账', '县医保局发布会：参保缴费一次讲清']);
  });
});

describe('segment: a county item signed at its end under an unsigned box (issue 15)', () => {
  const box = ['■链接', '什么是嵌入式养老服务中心', '嵌入式养老服务中心建在社区里、家门口，为老年人提供助餐、日间照料等服务。'];
  const heads = (page: string) => structurePage(page).segments.map((s) => s.blocks.find((x) => x.kind === 'headline')?.text);

  it('starts the item at its place headline', () => {
    const page = [...box, '沁县：八件实事件件落到村', '（1）新建农村公路45公里；', '（2）改造农村户厕2600户。', '县财政安排民生实事资金1.8亿元。（记者 冯某 通讯员 郭某）'].join('\n\n');
    expect(heads(page)).toEqual(['什么是嵌入式养老服务中心', '沁县：八件实事件件落到村']);
  });

  it('leaves an unsigned section under its place heading', () => {
    const page = [...box, '沁县：八件实事件件落到村', '（1）新建农村公路45公里；', '（2）改造农村户厕2600户。'].join('\n\n');
    expect(heads(page)).toEqual(['什么是嵌入式养老服务中心']);
  });
});

describe('segment: a 本报讯 item signed at the end of its second paragraph (issue 15)', () => {
  it('keeps the signed paragraph in the item; a dated one still starts the next', () => {
    const item = ['某纪念馆暑期迎客流高峰', '本报讯 进入暑期，某纪念馆迎来参观高峰，日均接待游客1.2万人次。'];
    const signed = [...item, '为应对客流，纪念馆新增讲解员26名。（记者 赵某）'].join('\n\n');
    expect(structurePage(signed).segments).toHaveLength(1);
    const dated = [...item, '7月5日，某镇卫生院开设康复科。（通讯员 李某）'].join('\n\n');
    expect(structurePage(dated).segments).toHaveLength(2);
  });
});

describe('segment: a label in brackets over a box of bulleted lines after an article (issue 15)', () => {
  const story = ['今冬供热价格不变', '本报讯 今冬全市居民供热价格保持不变。', '困难群众可享受取暖补贴。'];
  const heads = (page: string) => structurePage(page).segments.map((s) => s.blocks.find((x) => x.kind === 'headline')?.text);

  it('makes the label the box headline, the lines its own piece', () => {
    const page = [...story, '【暖心提醒】', '* 室温<18℃的，可拨打供热服务热线反映；\n* 报修后，供热企业24小时内上门。'].join('\n\n');
    expect(heads(page)).toEqual(['今冬供热价格不变', '【暖心提醒】']);
    const dashes = [...story, '【消费提示】', '- 冬储菜宜放在阴凉通风处；', '- 遇到缺斤短两，可拨打12315投诉。'].join('\n\n');
    expect(heads(dashes)).toEqual(['今冬供热价格不变', '【消费提示】']);
  });
});
