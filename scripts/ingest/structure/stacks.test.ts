// Stacks of lines around headlines and at the ends of articles, in forms new dev pages printed (issue 15):
// a page's section label over a kicker, a 县：… headline over a deck without dashes, topic tags closing an item
// before the next column's name, a part of the text set between rules, notices that give a number to call,
// captions credited to who gave the picture or under a 文/图 byline. The lines are made up in those forms.
import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitBlocks } from '../blocks.ts';
import { structurePage } from '../segment.ts';
import { readPageLine } from './page-lines.ts';
import { endsBroken } from './shape.ts';

const kinds = (raw: string[]) => classifyBlocks(raw).map((b) => b.kind);
const TEXT = '入冬以来，城区各供热站点24小时值守，管网压力、水温实时监测，居民家中室温普遍在20度以上。';
const TEXT_2 = '据统计，今年全区新建改造供热管网36公里，新增供热面积120万平方米。';

describe('lines stacked over a headline', () => {
  it("under the page header, a column name over a kicker names the page's section", () => {
    expect(kinds(['2026年1月6日 星期二 第4版', '民生·热线', '#我为群众办实事#', '城区新增三座换热站', '本报记者 孔 亮', TEXT])).toEqual([
      'furniture', 'furniture', 'kicker', 'headline', 'byline', 'paragraph',
    ]);
  });

  it('a 县：… headline over a line with no dashes over the byline: the line is its deck', () => {
    expect(kinds([TEXT, '平顺县：换热站建到山村里', '冬日山村 家家屋里暖', '本报通讯员 周宁', TEXT_2])).toEqual(['paragraph', 'headline', 'deck', 'byline', 'paragraph']);
  });

  it('two plain lines alone over a byline are the headline and its deck', () => {
    const page = (upper: string, lower: string) => kinds(['2025年12月5日 星期五 第4版', upper, lower, '本报记者 孔 亮', TEXT]).slice(1, 3);
    expect(page('城区供热管网改造全部完工', '新增供热面积120万平方米 惠及居民1.6万户')).toEqual(['headline', 'deck']);
    expect(page('全市城市更新项目冲刺四季度', '累计完成投资占年度任务的96.7%')).toEqual(['headline', 'deck']);
    // After running text too: a report's two lines, not a caption over a headline.
    expect(kinds([TEXT, '城区供热管网改造全部完工', '新增供热面积120万平方米', '本报记者 孔 亮', TEXT_2]).slice(1, 3)).toEqual(['headline', 'deck']);
  });

  it('over a headline that names its subject first, or under a lead-in, the upper line is the kicker', () => {
    const page = (upper: string, lower: string) => kinds(['2025年12月5日 星期五 第4版', upper, lower, '本报记者 孔 亮', TEXT]).slice(1, 3);
    expect(page('非遗工坊带富一方百姓', '荫城铁器：老手艺敲出“就业经”')).toEqual(['kicker', 'headline']);
    expect(page('让老人在家门口吃上热乎饭', '城区社区食堂覆盖所有街道')).toEqual(['kicker', 'headline']);
    expect(page('“暖气热了，心里也暖了”', '城区供热管网改造全部完工')).toEqual(['kicker', 'headline']);
    expect(page('稳就业 促增收', '城区新增就业岗位三千个')).toEqual(['kicker', 'headline']);
  });

  it("a column's name over the two is their kicker", () => {
    expect(kinds(['新闻发布会', '今冬供暖“成绩单”出炉', '全市集中供热面积突破1.1亿平方米', '记者 赵 磊', TEXT])).toEqual(['kicker', 'headline', 'deck', 'byline', 'paragraph']);
  });

  it('after running text, a line that says who does what where stays the caption of the article above', () => {
    expect(kinds([TEXT, '村民在新建的文化广场上跳舞', '城区新增三座换热站', '本报记者 孔 亮', TEXT_2]).slice(1, 3)).toEqual(['caption', 'headline']);
  });
});

describe('the end of an item', () => {
  it("a photo item's caption with its credit, after its text, closes the unsigned item: the next line heads its own", () => {
    const page = ['壶关县：太行山上修起“致富路”', '12月2日，壶关县的旅游公路全线贯通，全长21.6公里。', '图为通车后的旅游公路。（壶关县融媒体中心 供图）', '冬季义诊进乡村', '图① 医生为村民测量血压。', '图② 医生为老人讲解用药常识。', '近日，上党区组织32名医生开展冬季巡回义诊。', '本报通讯员 李晓峰/摄'];
    expect(kinds(page).slice(2, 4)).toEqual(['caption', 'headline']);
  });

  it('topic tags right under the text, with a column name and the next headline after them, close the item', () => {
    expect(kinds([TEXT, '#平安过冬# #供热服务#', '百姓身边', '城区新增三座换热站', '本报记者 孔 亮', TEXT_2])).toEqual([
      'paragraph', 'paragraph', 'kicker', 'headline', 'byline', 'paragraph',
    ]);
  });

  it('a caption under a 文/图 byline needs no credit: a short clause after the last paragraph', () => {
    const article = ['城区新增三座换热站', '文/图 本报通讯员 周 宁', TEXT, TEXT_2];
    expect(kinds([...article, '工人在换热站检修设备。', '郊区公交首末站投用', '本报记者 孔 亮', TEXT])[4]).toBe('caption');
    expect(kinds([...article, '截至目前，全区供热面积达到120万平方米。'])[4]).toBe('paragraph');
    expect(kinds(['城区新增三座换热站', '本报记者 孔 亮', TEXT, TEXT_2, '工人在换热站检修设备。'])[4]).toBe('paragraph');
  });

  it("a caption credited to who gave the picture, glued to its sentence, is the article's caption", () => {
    const blocks = classifyBlocks(['城区新增三座换热站', '本报记者 孔 亮', TEXT, TEXT_2, '工人在换热站检修设备。图片由区住建局提供']);
    expect(blocks[4]).toMatchObject({ kind: 'caption', text: '工人在换热站检修设备。', credit: '图片由区住建局提供' });
  });
});

describe('parts of the text and notices', () => {
  it('a label set between rules is a part of the text, not a deck', () => {
    expect(kinds(['城区新增三座换热站', '本报记者 孔 亮', TEXT, '——记者手记——', TEXT_2])[3]).toBe('heading');
  });

  it('a notice that gives a number to call is text, never a caption, and ends on that number', () => {
    expect(kinds([TEXT, '供暖报修：区热力公司24小时热线 0355-2021234'])[1]).toBe('paragraph');
    expect(endsBroken('停水期间请提前储水。咨询电话：0355-2034567')).toBe(false);
  });

  it("a service's number is the article's, the paper's own desks are the page's", () => {
    expect(readPageLine('服务热线：12345（24小时）')).toBeUndefined();
    expect(readPageLine('新闻热线：0355-2188888 投稿邮箱：news@example.cn')).toEqual({});
  });
});

describe('a hotline line after a list', () => {
  it('is text, not a caption: it gives a number after its label', () => {
    expect(kinds(['城区新增三座换热站', '本报记者 孔 亮', TEXT, '● 室温低于18℃可报修；', '● 报修后2小时内上门。', '供热热线：12345（24小时）', '郊区公交首末站投用', `本报讯（记者 周宁）${TEXT_2}`])[5]).toBe('paragraph');
  });
});

describe('a headline broken over two blocks', () => {
  it("is one headline when the upper line is a place's subject and the lower its predicate", () => {
    const blocks = classifyBlocks([TEXT, '平顺县乡镇卫生院', '开通远程会诊“直通车”', '本报记者 孔 亮', TEXT_2]);
    expect(blocks.map((b) => [b.kind, b.source])).toEqual([['paragraph', [0]], ['headline', [1, 2]], ['byline', [3]], ['paragraph', [4]]]);
  });

  it('leaves a kicker that reads on its own over its headline', () => {
    expect(kinds([TEXT, '百姓身边', '开通远程会诊“直通车”', '本报记者 孔 亮', TEXT_2])).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
    expect(kinds([TEXT, '平顺县：医疗服务再升级', '开通远程会诊“直通车”', '本报记者 孔 亮', TEXT_2]).slice(1, 3)).toEqual(['headline', 'deck']);
  });

  it('is one headline when the upper line sets its place off with a colon and has no verb', () => {
    const blocks = classifyBlocks([TEXT, '壶关县：“银发食堂”', '让老人吃上热乎饭', '本报记者 孔 亮', TEXT_2]);
    expect(blocks.map((b) => [b.kind, b.source])).toEqual([['paragraph', [0]], ['headline', [1, 2]], ['byline', [3]], ['paragraph', [4]]]);
  });

  it('is one headline when the upper line breaks off after its verb and the lower is its object', () => {
    const blocks = classifyBlocks([TEXT, '平顺县：“流动超市”开进', '高山小村', '通讯员 周 宁', TEXT_2]);
    expect(blocks.map((b) => [b.kind, b.source])).toEqual([['paragraph', [0]], ['headline', [1, 2]], ['byline', [3]], ['paragraph', [4]]]);
  });

  it('is one headline over its deck opened by dashes, with a lead-in of two quoted phrases over it', () => {
    const blocks = classifyBlocks([TEXT, '从“靠天吃饭”到“按需供水”', '襄垣县：智能灌溉', '覆盖千亩果园', '——全县节水灌溉面积达到3万亩', '本报记者 孔 亮', TEXT_2]);
    expect(blocks.map((b) => [b.kind, b.source])).toEqual([
      ['paragraph', [0]], ['kicker', [1]], ['headline', [2, 3]], ['deck', [4]], ['byline', [5]], ['paragraph', [6]],
    ]);
  });

  it('is one headline when a place and its colon stand alone on the upper line, or the lower holds a verb jieba does not know', () => {
    const joined = (upper: string, lower: string) => classifyBlocks([TEXT, '守护万家温暖', upper, lower, '通讯员 郭 瑞', TEXT_2]).map((b) => b.kind);
    expect(joined('襄垣县王桥镇：', '小小积分卡兑出文明新风')).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
    expect(joined('壶关县：旱地西红柿', '成了致富果')).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
    expect(joined('沁源县：一条山路串起', '九个村的希望')).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
  });

  it("is one headline when the upper line names the paper's own place (我区, 我县), with its lead-in and deck in one block", () => {
    const blocks = classifyBlocks(splitBlocks(['某县供热 一条管网连起两个镇\n我区集中供热\n延伸到两个镇\n——城乡居民共享温暖冬天', '通讯员 郭 瑞 记者 韩 丽', TEXT_2].join('\n\n')));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['kicker', '某县供热 一条管网连起两个镇'], ['headline', '我区集中供热\n延伸到两个镇'], ['deck', '——城乡居民共享温暖冬天'], ['byline', '通讯员 郭 瑞 记者 韩 丽'], ['paragraph', TEXT_2],
    ]);
  });

  it('reads a name in quotes after where it is (小山村里的“大食堂”) over a broken headline after running text as its kicker', () => {
    expect(kinds([TEXT, '小山村里的“大食堂”', '沁县：“爱心餐桌”', '让留守老人吃上热乎饭', '实习生 苗 壮 记者 杜 鑫', TEXT_2])).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
    // Who does what in the photo is its caption, quotes and all.
    expect(kinds([TEXT, '村民在“爱心餐桌”前排队打饭', '某镇：“爱心餐桌”让留守老人吃上热乎饭', '记者 杜 鑫', TEXT_2])[1]).toBe('caption');
  });

  it('is one headline over a deck that gives its figures with no dashes', () => {
    const blocks = classifyBlocks([TEXT, '襄垣县：智能灌溉', '覆盖千亩果园', '全县节水灌溉面积达到3万亩', '本报记者 孔 亮', TEXT_2]);
    expect(blocks.map((b) => [b.kind, b.source])).toEqual([['paragraph', [0]], ['headline', [1, 2]], ['deck', [3]], ['byline', [4]], ['paragraph', [5]]]);
  });

  it('cuts a lead-in from a headline over two lines in one block of three title lines', () => {
    const blocks = classifyBlocks(splitBlocks(['守护“一老一小” 温暖千家万户\n潞城区：社区托育点\n开到居民家门口', '本报记者 王 磊', TEXT_2].join('\n\n')));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([['kicker', '守护“一老一小” 温暖千家万户'], ['headline', '潞城区：社区托育点\n开到居民家门口'], ['byline', '本报记者 王 磊'], ['paragraph', TEXT_2]]);
  });

  it('reads a phrase in quotes as one name in a headline broken over two lines', () => {
    expect(kinds([TEXT, '让群众办事更方便', '平顺县“一枚印章管审批”', '跑出服务“加速度”', '本报记者 陈 晨', TEXT_2])).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
    expect(kinds([TEXT, '小积分兑出大文明', '壶关县：“积分超市”', '激活乡村治理“一池春水”', '——全县行政村实现积分超市全覆盖', '通讯员 李 华', TEXT_2])).toEqual(['paragraph', 'kicker', 'headline', 'deck', 'byline', 'paragraph']);
  });

  it('reads a deck without dashes under a headline that sets its topic off with a colon', () => {
    expect(kinds([TEXT, '老旧小区改造：改出居民“新生活”', '拆违建、通管网、加电梯 家门口变了样', '本报记者 李 丹', TEXT_2]).slice(1, 3)).toEqual(['headline', 'deck']);
  });

  it('leaves a place’s headline over a deck that gives its figures', () => {
    expect(kinds([TEXT, '沁县：智能灌溉', '全县节水灌溉面积达到5.6万亩', '本报记者 孔 亮', TEXT_2]).slice(1, 3)).toEqual(['headline', 'deck']);
  });

  it("is one headline between a series' name and a deck opened by dashes, a comma inside the upper line", () => {
    const blocks = classifyBlocks([TEXT, '实事回头看②', '灯亮了，背街小巷', '不再黑了', '——襄垣县改造背街小巷路灯860盏', '本报记者 孔 亮', TEXT_2]);
    expect(blocks.map((b) => [b.kind, b.source])).toEqual([['paragraph', [0]], ['kicker', [1]], ['headline', [2, 3]], ['deck', [4]], ['byline', [5]], ['paragraph', [6]]]);
  });

  it('reads a lead-in with its comma, a headline and a line of figures over the byline as kicker, headline and deck', () => {
    expect(kinds([TEXT, '家门口看病更方便，', '潞城区社区医院服务量两年翻了一番', '全区家庭医生签约率达到76%', '本报记者 孔 亮', TEXT_2])).toEqual([
      'paragraph', 'kicker', 'headline', 'deck', 'byline', 'paragraph',
    ]);
  });

  it('leaves a whole headline with its verb over a deck of its own', () => {
    expect(kinds([TEXT, '沁县：换热站建到山村里', '山村冬日家家暖', '本报记者 孔 亮', TEXT_2]).slice(1, 3)).toEqual(['headline', 'deck']);
  });
});

describe('a headline that says where its article began', () => {
  it('is the headline without the mark, and its article goes on from that page', () => {
    const { blocks, segments } = structurePage(['城区供热管网改造完工（上接第一版）', TEXT, TEXT_2].join('\n\n'));
    expect(blocks[0]).toMatchObject({ kind: 'headline', text: '城区供热管网改造完工', continued: { from: '第一版' } });
    expect(segments[0]!.continued).toEqual({ from: '第一版' });
  });
});

describe('kickers set off in more ways', () => {
  const under = ['城区新增三座换热站', '本报记者 孔 亮', TEXT];

  it('a column name in brackets or between two ornaments, and a lead-in of two phrases set apart by a comma', () => {
    for (const kicker of ['（新春走基层）', '■ 新春走基层 ■', '守护万家温暖，筑牢民生底线']) expect(kinds([kicker, ...under])[0], kicker).toBe('kicker');
    expect(kinds([TEXT_2, '守护万家温暖，筑牢民生底线', ...under])[1]).toBe('kicker');
  });

  it('leaves a note in brackets and an unbalanced clause with a comma as they were', () => {
    expect(kinds(['（作者单位：长治学院）', ...under])[0]).toBe('paragraph');
    expect(kinds([TEXT_2, '晚会结束后，村民们又跳起了广场舞', ...under])[1]).toBe('caption');
  });
});

describe('a lone section heading in an article with photo captions', () => {
  it('is one more caption: sections come two or more', () => {
    const page = ['城区新增三座换热站', '本报记者 孔 亮', TEXT, '▲ 工人在换热站检修设备。', TEXT_2, '居民在家中测量室温', '下一步，全区将再建换热站2座。'];
    const { segments } = structurePage(page.join('\n\n'));
    expect(segments[0]!.blocks.map((b) => b.kind)).toEqual(['headline', 'byline', 'paragraph', 'caption', 'paragraph', 'caption', 'paragraph']);
  });

  it('stays a heading where the article has no caption, or numbers its sections', () => {
    const page = ['城区新增三座换热站', '本报记者 孔 亮', TEXT, TEXT_2, '居民在家中测量室温', '下一步，全区将再建换热站2座。'];
    expect(structurePage(page.join('\n\n')).segments[0]!.blocks[4]!.kind).toBe('heading');
  });
});

describe('lines between items', () => {
  it("a series' name and number over a headline after an editor's note is its kicker, not a caption", () => {
    const note = '编者按：岁末年初，本报推出系列报道，回望一年来的民生实事。';
    expect(kinds([note, '民生实事回头看③', '某镇：一座新桥连通两岸', '本报记者 孔 亮', TEXT])).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
  });

  it('a slogan after an article, no headline under it, is page furniture, not the caption of the article above', () => {
    expect(kinds([TEXT, '弘扬时代新风 建设文明乡村', '【一句话新闻】', '▲某镇：12月8日，镇卫生院中医馆开诊。'])[1]).toBe('furniture');
  });
});

describe('a roundup under a 本报讯 lead', () => {
  const lead = '本报讯（记者 孔 亮）入冬以来，各县区扎实推进冬季民生实事，一批项目相继落地见效。';
  const items = ['壶关县：新建换热站3座', '今年，壶关县新建换热站3座，新增供热面积20万平方米。', '沁源县：农村公路通到家门口', '沁源县今年新建改造农村公路86公里。', '黎城县：长者食堂覆盖城区', '黎城县在城区新建长者食堂6个。'];

  it('has its parallel 县：… subheads as sections when its own headline is no place’s', () => {
    expect(kinds(['各县区推进冬季民生实事', lead, ...items])).toEqual(['headline', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('leaves a column of items whose first headline has that form, or whose items are signed, as items', () => {
    expect(kinds(['潞州区：冬季民生实事见成效', lead, ...items])[2]).toBe('headline');
    const signed = [...items.slice(0, 3), '本报讯 ' + items[3], ...items.slice(4)];
    expect(kinds(['各县区推进冬季民生实事', lead, ...signed]).filter((k) => k === 'headline')).toHaveLength(4);
  });
});

describe('a lead-in over the next headline after running text', () => {
  it('is its kicker when it opens with its verb or a preposition; a line that opens with who is in the photo is a caption', () => {
    expect(kinds([TEXT, '让老人在家门口吃上热乎饭', '某区：长者食堂覆盖所有街道', '本报记者 孔 亮', TEXT_2])[1]).toBe('kicker');
    expect(kinds([TEXT, '把课后服务办到家长心坎上', '某县：“四点半课堂”开课', '本报记者 孔 亮', TEXT_2])[1]).toBe('kicker');
    expect(kinds([TEXT, '村民在新建的文化广场上跳舞', '某区：专家坐诊到乡镇', '本报记者 孔 亮', TEXT_2])[1]).toBe('caption');
  });
});

describe('a lead-in that runs into the headline with a dash', () => {
  it('is the headline’s kicker after running text, not a subsection’s lead-in', () => {
    expect(kinds([TEXT, '守护万家温暖——', '某县：一条山路串起九个村', '通讯员 郭 瑞', TEXT_2])).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
  });
});

describe("a record's last field after its text ran on (issue 15)", () => {
  const record = ['留言人：某县居民 李女士\n留言时间：2025年12月1日\n回复内容：经现场查看，该路段路灯线路老化，已于12月3日', '全部更换。', '办理状态：已办结'];
  it('is a field of the record, not a caption: the column name under it is the next piece\'s kicker', () => {
    expect(kinds([...record, '记者回访', '某县路灯全部亮了', '本报记者 孔 亮', TEXT])).toEqual(['paragraph', 'paragraph', 'paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
  });
  it("a place and its colon there heads the next piece", () => {
    expect(kinds([...record.slice(0, 2), '平顺县：路灯全部亮了', '本报记者 孔 亮', TEXT]).slice(2, 3)).toEqual(['headline']);
  });
});
