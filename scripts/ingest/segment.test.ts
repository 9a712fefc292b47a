import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, structurePage } from './segment.ts';
import type { Block, Dropped } from './types.ts';

// Blocks as classify/repair hand them over, texts cut from seeds/*.txt; `source` is the raw index.
function b(kind: Block['kind'], source: number, text: string, extra: Partial<Block> = {}): Block {
  return { kind, text, source: [source], ...extra };
}
const sources = (blocks: Block[]) => blocks.map((x) => x.source[0]);

describe('segment: seed 001, a page of many articles', () => {
  const page: Block[] = [
    b('kicker', 0, '发扬“四敢”精神 推动长治高质量发展 | 基层实践'),
    b('headline', 1, '上党区聚焦民生“关键小事”提升群众幸福指数'),
    b('paragraph', 2, '零工市场搭起了6000余人的就业“桥梁”……各项民生事业同步发展、亮点纷呈。'),
    b('heading', 3, '构建养老新体系 守护最美“夕阳红”'),
    b('paragraph', 17, '与此同时，上党区还拨付专项资金170余万元……幸福指数不断攀升。'),
    b('byline', 18, '·白雪峰·'),
    b('headline', 19, '全市征兵工作电视电话会召开 崔元斌陈丙骞出席'),
    b('paragraph', 20, '1月26日，我市召开征兵工作电视电话会。', { byline: '本报讯 记者史晓萍报道：' }),
    b('paragraph', 22, '陈丙骞强调，要扛起主责主业，凝聚为战征兵的整体合力。'),
    b('headline', 31, '市博物馆邀请返乡大学生 座谈助力文博事业发展'),
    b('paragraph', 32, '1月26日，市博物馆举行“龙行龘龘 共话长博”大学生座谈会。', { byline: '本报讯 记者梁家秀报道：' }),
    b('paragraph', 34, '此次大学生座谈会是市博物馆引导大学生关心关注家乡文博事业发展的有力举措。'),
    b('paragraph', 35, '1月24日，潞州区淮海社区联合开展春节慰问活动。', { credit: '本报记者 姚晋华摄' }),
    b('paragraph', 36, '1月27日，长治高新区智能高端装备制造产业园生产车间内，工人加紧生产。', { credit: '本报记者 董雷 摄' }),
    b('headline', 37, '潞安化工余吾煤业成功入选全省首批零碳(近零碳)矿山试点'),
    b('paragraph', 38, '近日，省发改委公布首批创建零碳(近零碳)产业示范区试点名单。', { byline: '本报讯 记者贾志敏 通讯员郭艳波报道：' }),
    b('continuation', 42, '(上接第一版)'),
    b('paragraph', 43, '“村民在家门口就业，一个月能有3000元左右的收入。”武明胜说。'),
    b('heading', 45, '加强组织引导 发挥党员优势'),
    b('paragraph', 65, '“我们的总体思路是，在党建引领下，摸清资源、找准方向。”长治市委主要负责人介绍。'),
    b('byline', 66, '(人民日报记者 郑洋洋)'),
    b('headline', 67, '新年新气象 奋斗正当时'),
    b('byline', 68, '桑梓'),
    b('furniture', 69, '新闻时评'),
    b('furniture', 70, 'XINWENSHIPI'),
    b('paragraph', 71, '涓涓细流，汇成壮阔的大海；坚实脚步，走出不凡的历程。'),
  ];

  it('cuts a feature, news items, photo news, a continued report and a commentary', () => {
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([
      [0, 1, 2, 3, 17, 18],
      [19, 20, 22],
      [31, 32, 34],
      [35],
      [36],
      [37, 38],
      [42, 43, 45, 65, 66],
      [67, 68, 69, 70, 71],
    ]);
  });

  it('marks only the report from page one as continued', () => {
    expect(segment(page).map((s) => s.continued)).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined, { from: '第一版' }, undefined,
    ]);
  });
});

describe('segment: headlines', () => {
  it('takes a headline with its deck over a section heading as the title of an article without one (seed 002)', () => {
    const page = [
      b('furniture', 0, '聚焦'),
      b('kicker', 3, '谋好篇 布好局'),
      b('paragraph', 6, '时值寒冬，壶关县处处涌动着暖意。'),
      b('caption', 18, '燕子池体育场'),
      b('headline', 19, '民生为本 幸福生活成色足'),
      b('deck', 20, '壶关县精准施策织密织牢民生保障网'),
      b('heading', 21, '城乡提质焕新颜 宜居家园更舒心'),
      b('paragraph', 22, '让群众“住得暖”，更要住得舒服。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 3, 6, 18, 19, 20, 21, 22]]);
  });

  it('starts a new article at a headline over a paragraph, taking the furniture and kicker set over it', () => {
    const page = [
      b('headline', 0, '办好民生实事 书写幸福答卷'),
      b('paragraph', 1, '增进民生福祉，擦亮幸福底色。'),
      b('caption', 2, '新建上党区人民医院'),
      b('furniture', 3, '新闻时评'),
      b('kicker', 4, '向人民报告'),
      b('headline', 5, '新年新气象 奋斗正当时'),
      b('paragraph', 6, '涓涓细流，汇成壮阔的大海；坚实脚步，走出不凡的历程。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3, 4, 5, 6]]);
  });

  it('keeps a headline and the (上接第一版) under it together (seed 004)', () => {
    const [only, ...rest] = segment([
      b('headline', 0, '把民生愿景绘成幸福实景'),
      b('continuation', 1, '(上接第一版)'),
      b('paragraph', 2, '政府搭“桥”，让企业和求职者收获满满。'),
    ]);
    expect(rest).toEqual([]);
    expect(only!.continued).toEqual({ from: '第一版' });
    expect(only!.blocks).toHaveLength(3);
  });

  it('ends an article at (下转第三版): what follows is another article', () => {
    const segments = segment([
      b('headline', 0, '把民生愿景绘成幸福实景'),
      b('paragraph', 1, '政府搭“桥”，让企业和求职者收获满满。'),
      b('continuation', 2, '(下转第三版)'),
      b('paragraph', 3, '涓涓细流，汇成壮阔的大海；坚实脚步，走出不凡的历程。'),
    ]);
    expect(segments.map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3]]);
    expect(segments[0]!.continued).toEqual({ to: '第三版' });
  });
});

describe('segment: sidebars', () => {
  const page = [
    b('headline', 4, '全面深化改革 奋进“四宜”上党'),
    b('paragraph', 48, '站在新的历史起点，时代的浪潮奔涌向前，绘就更加绚烂的时代华章。'),
    b('paragraph', 52, '就业是民生之本。上党区积极开展“春风行动”等公共就业专项活动。'),
    { kind: 'paragraph', text: '教育是民生之基。加强与北京市通州区合作办学。', source: [53, 54] } as Block,
    b('paragraph', 55, '文化是民生幸福指标。上党区深入践行社会主义核心价值观。'),
  ];
  const dropped: Dropped[] = [
    { block: 49, duplicateOf: 54, exact: true },
    { block: 50, duplicateOf: 55, exact: true },
    { block: 51, duplicateOf: 53, exact: false },
    { block: 56, duplicateOf: 53, exact: false },
  ];

  it('sets apart a box the page reprinted around itself (seed 003)', () => {
    expect(segment(page, { dropped }).map((s) => s.blocks.map((x) => x.source))).toEqual([
      [[4], [48]],
      [[52], [53, 54], [55]],
    ]);
  });

  it('does not split where nothing was reprinted, or where the copies are of the text above', () => {
    expect(segment(page)).toHaveLength(1);
    const copiesOfAbove = dropped.map((d) => ({ ...d, duplicateOf: 48 }));
    expect(segment(page, { dropped: copiesOfAbove })).toHaveLength(1);
  });
});

describe('segment: odd pages', () => {
  it('gives no segment for an empty page', () => {
    expect(segment([])).toEqual([]);
  });

  it('gives one segment for a page of only captions (seed 004, 47–52)', () => {
    const captions = ['铁骑铸魂倾心守护万家安宁', '水清岸绿共绘美丽生态画卷', '警民一家建和谐平安长治'].map((t, i) => b('caption', 47 + i, t));
    expect(segment(captions).map((s) => sources(s.blocks))).toEqual([[47, 48, 49]]);
  });

  it('gives stray captions between two articles to the one before', () => {
    const segments = segment([
      b('paragraph', 0, '1月24日，潞州区淮海社区联合开展春节慰问活动。', { credit: '本报记者 姚晋华摄' }),
      b('caption', 1, '供热隔压站'),
      b('headline', 2, '新年新气象 奋斗正当时'),
      b('paragraph', 3, '涓涓细流，汇成壮阔的大海；坚实脚步，走出不凡的历程。'),
    ]);
    expect(segments.map((s) => sources(s.blocks))).toEqual([[0, 1], [2, 3]]);
  });
});

const KINDS: Block['kind'][] = ['headline', 'deck', 'kicker', 'heading', 'subheading', 'paragraph', 'caption', 'byline', 'continuation', 'furniture'];
const TEXTS = ['(上接第一版)', '(下转第三版)', '·白雪峰·', '聚焦', '新年新气象 奋斗正当时', '利民之事，丝发必兴。', '续、安全感更有保障。', '…加强与北京市通', ''];

describe('segment: any sequence of blocks', () => {
  it('assigns every block to exactly one segment, in reading order', () => {
    const block = fc.record({
      kind: fc.constantFrom(...KINDS),
      text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 12 })),
      byline: fc.option(fc.constant('本报讯 记者王涵报道：'), { nil: undefined }),
      credit: fc.option(fc.constant('本报记者 董雷 摄'), { nil: undefined }),
      gap: fc.nat(3),
    });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), fc.array(fc.nat(60), { maxLength: 10 }), (drafts, droppedAt) => {
        let index = 0;
        const blocks: Block[] = drafts.map(({ kind, text, byline, credit, gap }) => {
          index += 1 + gap;
          return { kind, text, source: [index], ...(byline && { byline }), ...(credit && { credit }) };
        });
        const used = new Set(blocks.map((x) => x.source[0]));
        const dropped = droppedAt.filter((i) => !used.has(i)).map((i) => ({ block: i, duplicateOf: i + 1, exact: true }));
        const segments = segment(blocks, { dropped });
        expect(segments.flatMap((s) => s.blocks)).toEqual(blocks);
        for (const s of segments) expect(s.blocks.length).toBeGreaterThan(0);
        expect(segments.length === 0).toBe(blocks.length === 0);
      }),
      { numRuns: 500 },
    );
  });
});

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
