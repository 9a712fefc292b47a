// Roles by the form of a line and where it stands, on page layouts the seeds do not have (issue 15). The
// lines are made up in the forms Chinese local papers print; classifyBlocks runs blocks.ts and roles.ts.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { structurePage } from '../segment.ts';

const roles = (raw: string[]) => classifyBlocks(raw).map((b) => [b.kind, b.text]);
const PARAGRAPH = '初冬时节，沿着新修的公路驱车而行，沥青路面平整宽阔，护栏、标线一应俱全。';
const PARAGRAPH_2 = '今年以来，全县新建改造农村公路112公里，完成危桥改造8座。';

describe('a headline directly above a byline line', () => {
  it('is a headline, with the byline as byline, even in the middle of a page', () => {
    expect(roles([PARAGRAPH, '沁源县：一条公路连起十个村', '本报记者 张三 通讯员 李四', PARAGRAPH_2])).toEqual([
      ['paragraph', PARAGRAPH],
      ['headline', '沁源县：一条公路连起十个村'],
      ['byline', '本报记者 张三 通讯员 李四'],
      ['paragraph', PARAGRAPH_2],
    ]);
  });

  it('is a headline past its deck, and when it asks a question or holds a comma', () => {
    expect(roles([PARAGRAPH, '老旧小区“焕新”记', '——潞州区今年改造老旧小区46个', '本报记者 郭雅琴', PARAGRAPH_2]).map(([k]) => k)).toEqual([
      'paragraph', 'headline', 'deck', 'byline', 'paragraph',
    ]);
    expect(roles(['家门口的这些事，大家怎么看？', '本报记者 李宁 实习生 赵欣', PARAGRAPH])[0]).toEqual(['headline', '家门口的这些事，大家怎么看？']);
  });

  it('is not made of a sentence over a photo credit: the credit closes the photo above it', () => {
    const [first] = classifyBlocks(['8月3日，市民在湿地公园赏荷拍照。', '本报记者 李伟 摄']);
    expect(first!.kind).toBe('paragraph');
  });

  it('takes an English headline over an English byline', () => {
    expect(roles(['Rural bus stops in Changzhi get heated waiting rooms', 'By Wang Fang', 'Changzhi has opened heated waiting rooms at 36 rural bus stops this winter.']).map(([k]) => k)).toEqual([
      'headline', 'byline', 'paragraph',
    ]);
  });
});

describe('column names', () => {
  it('a short label right over a headline with a byline is its kicker', () => {
    expect(roles([PARAGRAPH, '基层传真', '平顺县：快递进村 山货出山', '通讯员 申晓峰', PARAGRAPH_2]).map(([k]) => k)).toEqual([
      'paragraph', 'kicker', 'headline', 'byline', 'paragraph',
    ]);
    expect(roles(['#我为群众办实事#', '潞城区：不到30分钟拿到不动产证', '本报记者 吴婷', PARAGRAPH])[0]).toEqual(['kicker', '#我为群众办实事#']);
  });

  it('a column name over the line that opens running text makes that line a headline', () => {
    expect(roles([PARAGRAPH, '图说民生', '智能充电桩进小区', '10月25日，居民在丽景小区内为电动自行车充电。', '本报记者 宋宇 摄']).map(([k]) => k)).toEqual([
      'paragraph', 'kicker', 'headline', 'paragraph', 'byline',
    ]);
  });

  it('a column name over a list of items is furniture', () => {
    expect(roles([PARAGRAPH, '简讯', '■ 11月18日，成家川街道为独居老人安装了烟雾报警器。（通讯员 李娜）'])[1]).toEqual(['furniture', '简讯']);
  });

  it('a label among the page header lines, or over them at the top of the page, is furniture', () => {
    expect(roles(['2025年6月17日 星期二', '政策解读', '第7版', '高龄津贴怎么领？这些问题一次说清', '本报记者 马丽娜 整理', PARAGRAPH]).map(([k]) => k)).toEqual([
      'furniture', 'furniture', 'furniture', 'headline', 'byline', 'paragraph',
    ]);
    expect(roles(['襄垣新闻', '2025年4月22日 星期二 第2版 综合新闻 责任编辑：李晓红', '虒亭镇：调解中心化解矛盾在基层', '本报记者 赵鹏', PARAGRAPH]).map(([k]) => k)).toEqual([
      'furniture', 'furniture', 'headline', 'byline', 'paragraph',
    ]);
  });

  it('several short lines over a headline are captions, not kickers (photos printed over it)', () => {
    const kinds = roles(['八义窑红绿彩陶瓷', '振东制药自动化生产线', '全面深化改革 奋进“四宜”上党', '本报记者 张三', PARAGRAPH]).map(([k]) => k);
    expect(kinds).toEqual(['caption', 'caption', 'headline', 'byline', 'paragraph']);
  });
});

describe('lines that read as what they are', () => {
  it('an ornamented byline is a byline, not a list item', () => {
    expect(roles(['■ 本报评论员', '办好民生实事要久久为功', PARAGRAPH]).map(([k]) => k)).toEqual(['byline', 'headline', 'paragraph']);
  });

  it('page date lines, page numbers and staff credits are furniture wherever they stand', () => {
    expect(roles([PARAGRAPH, '— 3 —'])[1]![0]).toBe('furniture');
    expect(roles(['上党晚报 2025年11月19日 星期三 A4 县域新闻 责任编辑：赵丽萍 校对：范晶', '沁源县：一条山路串起九个村', '本报记者 张三', PARAGRAPH])[0]![0]).toBe('furniture');
  });

  it('a caption is one that reads as a caption: `图为…`, `图①：…`, its credit cut off', () => {
    const blocks = classifyBlocks([PARAGRAPH, '图为上党区荫城镇中心卫生院里，市级专家正在为群众坐诊。 本报记者 常青 摄', '图②：专家为村民讲解高血压防治知识。']);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'caption', 'caption']);
    expect(blocks[1]).toMatchObject({ text: '图为上党区荫城镇中心卫生院里，市级专家正在为群众坐诊。', credit: '本报记者 常青 摄' });
  });

  it('list items, notes and footnotes are running text, however short', () => {
    expect(roles(['● 新建改造供热管网 21.6公里', '- 家庭收入证明*', '（作者单位：长治学院）', '[1] 数据来源：《长治市2025年1—8月民生实事进展通报》']).map(([k]) => k)).toEqual([
      'paragraph', 'paragraph', 'paragraph', 'paragraph',
    ]);
  });

  it('a list printed under its lead-in in one block is text, and no broken paragraph', () => {
    const { blocks } = structurePage(['使用方法：\n1. 下载APP\n2. 实名认证', '温馨提示：如遇问题请拨打12345。'].join('\n\n'));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(structurePage(['使用方法：\n1. 下载APP\n2. 实名认证', '温馨提示：如遇问题请拨打12345。'].join('\n\n')).repair.joins).toEqual([]);
  });

  it('a topic tag at a line start is text, not Markdown heading markup', () => {
    const [tag, kicker, headline] = classifyBlocks(['#夏季防溺水# 入夏以来，沁源县开展防溺水安全宣传。', '#民生微实事# 上遥镇：路灯亮了 村民心也亮了']);
    expect(tag).toMatchObject({ kind: 'paragraph', text: '#夏季防溺水# 入夏以来，沁源县开展防溺水安全宣传。' });
    // Before a headline on its line the tag is the headline's kicker, as it is on the line over it.
    expect(kicker).toMatchObject({ kind: 'kicker', text: '#民生微实事#' });
    expect(headline!.text).toBe('上遥镇：路灯亮了 村民心也亮了');
  });

  it('a line over one paragraph and its photo credit line is a photo news item\'s headline', () => {
    const kinds = roles([PARAGRAPH, '图片新闻', '秋收时节', '9月20日，武乡县农民正在晾晒玉米。', '李四 摄']).map(([k]) => k);
    expect(kinds).toEqual(['paragraph', 'furniture', 'headline', 'paragraph', 'byline']);
  });

  it('a line over a brief opening with its reporter in brackets is its headline', () => {
    const blocks = classifyBlocks([PARAGRAPH, '平顺县举办农民丰收节', '（通讯员 申晓峰）9月23日，平顺县农民丰收节在青羊镇举行。']);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'headline', 'paragraph']);
    expect(blocks[2]!.byline).toBe('（通讯员 申晓峰）');
  });

  it('a line over signed running text is that item\'s headline, not a section heading', () => {
    const kinds = roles(['本报讯（记者 郝静）', PARAGRAPH, '长子县“一站式”结算惠及患者', '日前，记者在县人民医院看到，患者出院时在一个窗口就能完成结算。', '“出院当天就结清了。”患者李福生说。（本报记者 郝静）']).map(([k]) => k);
    expect(kinds[2]).toBe('headline');
    expect(roles([PARAGRAPH, '医院里办起养老院', PARAGRAPH_2, PARAGRAPH]).map(([k]) => k)[1]).toBe('heading');
  });

  it('a section of an unsigned feature is a section, though the feature is signed at its end', () => {
    const feature = ['医养结合 让晚年生活更有“医”靠', PARAGRAPH, '医院里办起养老院', PARAGRAPH_2, '“老人突发疾病，医生3分钟就能赶到。”中心负责人说。（本报记者 孙丽华）'];
    expect(roles(feature).map(([k]) => k)).toEqual(['headline', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    const signedTwice = ['让群众在家门口看好病', '本报记者 郝静', PARAGRAPH, '长子县“一站式”结算惠及患者', PARAGRAPH_2, '“出院当天就结清了。”患者说。（本报记者 郝静）'];
    expect(roles(signedTwice).map(([k]) => k)[3]).toBe('headline');
  });
});

describe('a reprinted box', () => {
  it('drops its heading lines with its copied items', () => {
    const page = ['数读', '壶关县民生账单', '● 新增城镇就业 3120人', '● 改造农村户厕 1850座', '壶关县：民生账本里的“温度”', '本报记者 韩冰', PARAGRAPH, '数读', '壶关县民生账单', '● 新增城镇就业 3120人', '● 改造农村户厕 1850座'];
    const { segments, repair } = structurePage(page.join('\n\n'));
    expect(repair.dropped.map((d) => [d.block, d.duplicateOf])).toEqual([[7, 0], [8, 1], [9, 2], [10, 3]]);
    expect(segments.map((s) => s.blocks.map((b) => b.source[0]))).toEqual([[0, 1, 2, 3], [4, 5, 6]]);
  });
});

describe('an English item on a Chinese page (issue 15)', () => {
  it('is an article of its own, with or without a byline, its headline a headline', () => {
    const page = [
      '太行山大峡谷冬季游人气旺',
      '本报记者 韩璐',
      PARAGRAPH,
      'Rural bus stops in Changzhi get heated waiting rooms this winter',
      'Changzhi has opened heated waiting rooms at 36 rural bus stops, the transport bureau said.',
      'The rooms have benches, drinking water and bus timetables.',
      '沁县沁州黄小米喜获丰收',
      '本报讯（通讯员 任小伟）金秋时节，沁县沁州黄镇的谷子迎来丰收。',
    ];
    const { blocks, segments } = structurePage(page.join('\n\n'));
    expect(blocks[3]!.kind).toBe('headline');
    expect(segments.map((s) => s.blocks.map((b) => b.source[0]))).toEqual([[0, 1, 2], [3, 4, 5], [6, 7]]);
  });

  it('starts where English running text follows Chinese, headline or not', () => {
    const page = [PARAGRAPH, 'Changzhi has opened heated waiting rooms at 36 rural bus stops, the transport bureau said.', PARAGRAPH_2];
    expect(structurePage(page.join('\n\n')).segments).toHaveLength(3);
  });
});


describe("a Chinese source's dateline alone on its line (issue 15, point 2)", () => {
  const kindOf = (page: string[], line: string) => classifyBlocks(page).find((b) => b.text === line)?.kind;
  it('is text, never a heading, caption or headline, between paragraphs or over the next piece', () => {
    for (const line of ['新华社太原12月2日电（记者 某某）', '本报讯', '某县融媒体中心消息', '人民日报北京11月18日电']) {
      expect(kindOf(['某县新建日间照料中心8个', '本报记者　某　某', PARAGRAPH, line, PARAGRAPH_2], line)).toBe('paragraph');
      expect(kindOf([PARAGRAPH, line], line)).toBe('paragraph');
    }
  });
  // A headline that names a wire or a dispatch, and a caption, are read as before.
  it('leaves a headline about a paper or a day, and a caption at the end, as they were', () => {
    expect(kindOf(['某县新建日间照料中心8个', '本报记者　某　某', PARAGRAPH, '老人们在照料中心下棋'], '老人们在照料中心下棋')).toBe('caption');
    expect(kindOf(['新华社记者走进太行山村', '本报记者　某　某', PARAGRAPH], '新华社记者走进太行山村')).toBe('headline');
  });
});

describe("a note of who the writer is, under a commentary (issue 15, point 2)", () => {
  it('is text, never a caption or a headline', () => {
    const page = ['让好政策落到群众心坎上', '赵晓峰', PARAGRAPH, PARAGRAPH_2, '作者单位：长治学院', '某县新建日间照料中心8个', '本报记者　某　某', PARAGRAPH];
    expect(classifyBlocks(page).find((b) => b.text === '作者单位：长治学院')?.kind).toBe('paragraph');
  });
});
