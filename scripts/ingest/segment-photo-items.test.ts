// segment on a photo news item printed right after another article's text, its credit on the line under it (issue 15):
// `12月5日，…。` / `韩 雪/摄` is an item of its own; an article's last paragraph over its photo's credit, a dated
// paragraph with no credit under it, and a group photo's text under its numbered captions stay in their article.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

/** The segments of a page, each as its first block's text. */
const starts = (page: string) => structurePage(page).segments.map((s) => s.blocks[0]!.text);
const flat = (lines: string[]) => lines.join('\n');
const blank = (lines: string[]) => lines.join('\n\n');

const REPORT = [
  '沁县新建农村互助幸福院9个',
  '本报记者 郭某某',
  '今年以来，沁县在南里镇、册村镇等地新建农村互助幸福院9个，为800余名老人提供助餐、照料服务。',
  '县民政局负责人介绍，明年还将再建幸福院6个，让更多老人在家门口养老。',
];
const PHOTO = '12月6日，黎城县西井镇的农户在新建的食用菌大棚里采摘香菇。今年，该镇食用菌种植规模达到120万棒。';

describe('segment: a photo news item after another article’s text, its credit under it (issue 15)', () => {
  it('starts an item of its own, with or without blank lines, whatever form its credit takes', () => {
    for (const credit of ['李某某/摄', '摄影：通讯员 王某某', '本报通讯员 赵某 摄影报道', '图片由黎城县融媒体中心提供']) {
      for (const join of [flat, blank]) expect(starts(join([...REPORT, PHOTO, credit]))).toEqual([REPORT[0], PHOTO]);
    }
  });

  it('leaves an article’s own last paragraph, a dated paragraph with no credit and a group photo’s text in their article', () => {
    // Its last paragraph, opened by no date, over the photo's credit: the article's photo.
    expect(starts(flat([...REPORT, '在南里镇幸福院，老人们吃过午饭，跳起了广场舞。', '本报记者 郭某某 摄']))).toHaveLength(1);
    // A dated paragraph that goes on with more text and no credit: a paragraph of the report.
    expect(starts(flat([...REPORT, '12月6日，记者在册村镇幸福院看到，老人们正在吃午饭。', '“饭菜可口，还便宜。”75岁的李大爷说。']))).toHaveLength(1);
    // A group photo: its text under its numbered captions, then one credit for them all.
    const group = ['冬季义诊进乡村', '图①　12月6日，屯留区上村镇卫生院的医生为村民测量血压。', '图②　医生为老人讲解冬季用药常识。', '近日，屯留区卫健局组织医生深入6个乡镇开展巡回义诊，为群众免费体检1200余人次。', '本报通讯员 孙某某/摄'];
    for (const join of [flat, blank]) expect(starts(join(group))).toEqual([group[0]]);
  });
});

describe('segment: a photo item that says its news in one clause, then dates it, credited at its end', () => {
  const COMMENT = ['□快评', '冬储菜要储得住也要卖得动', '□ 林 舟', '菜窖建起来了，销路还得跟上。储得住、卖得动，菜农的冬天才有底气。'];
  const ITEM = '沁县蔬菜冷链仓储中心建成投用。12月2日，仓储中心迎来首批入库的白菜，库容可达5000吨。';

  it('after a short comment signed at its top, is an item of its own', () => {
    for (const join of [flat, blank]) expect(starts(join([...COMMENT, `${ITEM}（王某 摄）`]))).toEqual([COMMENT[0], ITEM]);
  });

  it('a last paragraph that goes on from the text, or one with no photo credit, stays', () => {
    // Its first sentence holds a comma: text going on, over the article's photo.
    expect(starts(blank([...COMMENT, '说到底，冬储菜是民生菜。12月2日起，县里还将开通销售专线。（王某 摄）']))).toHaveLength(1);
    // A signature in brackets, no photo's credit: the comment's last paragraph, signed.
    expect(starts(blank([...COMMENT, `${ITEM}（林 舟）`]))).toHaveLength(1);
  });
});

describe('a brief signed at its end, opening on its day behind a topic tag or on the days just past (issue 15)', () => {
  const qa = ['寒假托管三问', '问：今年寒假能报托管班吗？', '答：能。全市各中小学将在放假前两周开放报名。'];
  it('is an item of its own after the text above', () => {
    for (const brief of ['#防汛进行时# 连日来，某县组织干部群众1200余人次排查山洪隐患点86处。（通讯员 张某）', '连日来，某县组织干部群众1200余人次排查山洪隐患点86处。（通讯员 张某）', '#安全生产# 12月2日，某县开展冬季消防演练，参演人员200余人。（通讯员 张某）']) {
      for (const join of [flat, blank]) expect(starts(join([...qa, brief])), brief).toEqual(['寒假托管三问', brief.replace(/（通讯员 张某）$/u, '')]);
    }
  });
  it("stays the text's where the tag opens no day, or nothing signs it", () => {
    for (const last of ['#寒假# 家长可向班主任报名，费用按学期收取。（通讯员 张某）', '#防汛进行时# 连日来，某县组织干部群众1200余人次排查山洪隐患点86处。']) {
      expect(starts(flat([...qa, last])), last).toHaveLength(1);
    }
  });
});

describe('segment: a marked caption after a wire item that is a photo news item of its own', () => {
  const WIRE = ['某镇农家书屋“上新”', '', '本报讯（通讯员 李某）近日，某镇为辖区18个村的农家书屋配送新书3200册，涵盖农业技术、少儿读物等类别。'];
  const NOTICE = ['', '某景区冬季开放时间调整公告', '', '自2025年12月15日起，某景区开放时间调整为每日8:30至17:00。', '', '特此公告。'];
  const CAPTION = '▲12月9日，某村村民在村文化广场排练迎新年文艺节目。今年以来，某镇组建村级文艺队伍15支。';
  const heads = (lines: string[]) => structurePage(lines.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text ?? s.blocks.find((b) => b.kind === 'paragraph')?.text);
  it('opens with its date and tells in two sentences, credited at its end or on the line under it, under a label or not', () => {
    for (const photo of [[`${CAPTION}（通讯员　郝某　摄）`], [CAPTION, '晚报记者　刘　某　摄'], ['图片新闻', CAPTION, '晚报记者　刘　某　摄']]) {
      const got = heads([...WIRE, '', '', ...photo, ...NOTICE]);
      expect(got, photo.join('/')).toHaveLength(3);
      expect(got[1], photo.join('/')).toMatch(/^▲12月9日/u);
      expect(got[2]).toBe('某景区冬季开放时间调整公告');
    }
  });

  it("near misses: a caption of one sentence, one with no date, or one after an article that is no wire item, stays a caption", () => {
    const feature = ['某镇：玉米收获进度过九成', '', '10月26日，某镇的田野里，几台大型收割机来回穿梭，金黄的玉米粒装满了运粮车。'];
    for (const [text, photo] of [[WIRE, '▲12月9日，某村村民在村文化广场排练迎新年文艺节目。'], [WIRE, '▲某村村民在村文化广场排练节目。今年以来，某镇组建村级文艺队伍15支。'], [feature, CAPTION]] as const) {
      expect(heads([...text, '', photo, '晚报记者　刘　某　摄', ...NOTICE]), photo).toHaveLength(2);
    }
  });

  it("near miss (review R3 F18): the item's own photo, credited to the reporter its byline names, stays its caption", () => {
    const own = ['热力公司开展供热管线巡查', '', '本报讯（记者 王 某）为确保供暖季安全运行，市热力公司近日组织30支巡查队，对城区供热主管网开展拉网式巡查。'];
    const photo = '▲12月5日，市热力公司工作人员在英雄南路巡查供热管线。巡查队每天巡查管线约30公里。';
    for (const credit of [['记者 王 某 摄'], ['记者　王　某　摄'], []]) {
      const lines = credit.length > 0 ? [photo, ...credit] : [`${photo}（记者 王某 摄）`];
      const segments = structurePage([...own, '', ...lines, ...NOTICE].join('\n')).segments;
      expect(segments, lines.join('/')).toHaveLength(2);
      expect(segments[0]!.blocks.some((b) => b.kind === 'caption' && b.text.includes('巡查管线约30公里'))).toBe(true);
    }
    // Another reporter's photo after it is still an item of its own.
    expect(heads([...own, '', photo, '通讯员 李 某 摄', ...NOTICE])).toHaveLength(3);
  });

  it("review R4 F16: the same reporter's photo of another event is an item of its own; one of two reporters' photo of the item's event stays", () => {
    const own = ['县图书馆延长冬季开放时间', '', '本报讯（记者 王 某）12月1日起，县图书馆冬季开放时间延长至每晚9时，新增自习座位120个。'];
    const other = '▲12月6日，县城人民广场冰雕展开幕，市民在冰雕前合影留念。本次冰雕展共展出作品60件，将持续至明年2月。';
    for (const credit of ['记者 王 某 摄', '记者 赵 敏　王 某 摄']) expect(heads([...own, '', other, credit, ...NOTICE]), credit).toHaveLength(3);
    const heat = ['热力公司开展供热管线巡查', '', '本报讯（记者 王 某）为确保供暖季安全运行，市热力公司近日组织30支巡查队，对城区供热主管网开展拉网式巡查。'];
    const photo = '▲12月5日，市热力公司工作人员在英雄南路巡查供热管线。巡查队每天巡查管线约30公里。';
    for (const credit of ['记者 赵 敏　王 某 摄', '记者 赵敏 王某 摄', '本报记者 王某 赵敏 摄']) expect(heads([...heat, '', photo, credit, ...NOTICE]), credit).toHaveLength(2);
    // Near miss: the item's own day opens the caption, whatever its words: the item's photo.
    const games = ['县一中举办冬季运动会', '', '本报讯（记者 王 某）12月5日，县第一中学举办冬季田径比赛，1200名学生参加。'];
    expect(heads([...games, '', '▲12月5日，学生们在拔河项目中奋力拼搏。本届共设项目18个。', '记者 王 某 摄', ...NOTICE])).toHaveLength(2);
  });

  it('review R5 F1, F2: another event\'s photo names a thing of its own twice; the item\'s own scene told in words of its own stays its caption', () => {
    const library = ['县图书馆延长冬季开放时间', '', '本报讯（记者 王 某）12月1日起，县图书馆冬季开放时间延长至每晚9时，新增自习座位120个。图书馆工作人员介绍，今冬已接待读者1.2万人次。'];
    // 工作人员 (F1): an ordinary word shared keeps no other event's photo as the item's caption; nor the day a service starts from.
    expect(heads([...library, '', '▲12月6日，县城管局工作人员在人民广场布置冰雕，冰雕展将于元旦开幕。本次冰雕展共展出作品60件，将持续至明年2月。', '记者 王 某 摄', ...NOTICE])).toHaveLength(3);
    const clinic = ['县医院开通夜间便民门诊', '', '本报讯（记者 王 某）12月6日起，县人民医院开通夜间便民门诊，每晚接诊患者约80人次。'];
    expect(heads([...clinic, '', '▲12月6日，县城人民广场冰雕展开幕，游客在冰雕前合影留念。本次冰雕展共展出作品60件，将持续至明年2月。', '记者 王 某 摄', ...NOTICE])).toHaveLength(3);
    // F2: the item's photo in words of its own, no day of the item's: its caption.
    const heat = ['热力公司开展供热管线巡查', '', '本报讯（记者 王 某）为确保供暖季安全运行，市热力公司近日组织30支巡查队，对城区供热主管网开展拉网式巡查，发现并处置隐患17处。'];
    expect(heads([...heat, '', '▲12月5日，工人在英雄南路检修阀门。他们每天要走约30公里。', '记者 王 某 摄', ...NOTICE])).toHaveLength(2);
    const leak = ['城区一供热管道泄漏　抢修6小时恢复供暖', '', '本报讯（记者 王 某）昨日凌晨，英雄南路一处供热管道发生泄漏，市热力公司抢修队接到报修后30分钟赶到现场。'];
    expect(heads([...leak, '', '▲12月5日凌晨，抢修人员在现场连夜作业。天亮前，管道修复完毕。', '记者 王 某 摄', ...NOTICE])).toHaveLength(2);
  });
});
