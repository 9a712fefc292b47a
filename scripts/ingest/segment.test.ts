// segment on the seeds' forms: a page of many articles (seed 001), headlines, sidebars, odd pages, and any
// sequence of blocks (a property). Forms the seeds do not print (issue 15) are in segment.forms.test.ts.
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

  it('takes no headline over a section heading as the title of a brief or a wire item above it: that item is whole', () => {
    const below = [b('headline', 1, '2026年1月1日起 这些新规将施行'), b('byline', 2, '本报记者 闫某'), b('heading', 3, '一、住宅专项维修资金使用更方便'), b('paragraph', 4, '新修订的办法明确，业主可线上申请使用维修资金。')];
    const brief = b('paragraph', 0, '■壶关县：今年以来，壶关县太行山大峡谷景区接待游客186万人次，实现旅游收入9.3亿元。');
    expect(segment([brief, ...below]).map((s) => sources(s.blocks))).toEqual([[0], [1, 2, 3, 4]]);
    const wire = b('paragraph', 0, '近日，武乡县为全县2.1万名老人购买意外伤害保险。', { byline: '本报讯（记者 郭某）' });
    expect(segment([wire, ...below]).map((s) => sources(s.blocks))).toEqual([[0], [1, 2, 3, 4]]);
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
        // The junk guard (segment-junk.ts) may read a block again as page furniture, a kicker or a
        // section heading; every other field is the block as it came, in the order it came.
        const out = segments.flatMap((s) => s.blocks);
        const bare = ({ kind: _kind, level: _level, ...rest }: Block) => rest;
        expect(out.map(bare)).toEqual(blocks.map(bare));
        out.forEach((o, i) => {
          if (o.kind !== blocks[i]!.kind) expect(['furniture', 'kicker', 'heading']).toContain(o.kind);
        });
        for (const s of segments) expect(s.blocks.length).toBeGreaterThan(0);
        expect(segments.length === 0).toBe(blocks.length === 0);
      }),
      { numRuns: 500 },
    );
  });
});
