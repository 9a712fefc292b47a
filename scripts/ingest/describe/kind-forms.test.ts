// Kinds told by the form of a piece (kind.ts): a public document by its title, a report signed in brackets under
// its text, a short unsigned item among others, a writer's notes under their label. Lines made up in the forms
// the papers print, each with a near miss.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TITLE, findKind } from './kind.ts';
import { block } from './seed-fixtures.ts';

describe('a public document by its title', () => {
  it('reads 关于…的通知/公告/建议 and an issuer\'s …公告/…公示 as documents', () => {
    expect(DOCUMENT_TITLE.test('关于做好今冬明春农村道路养护工作的通知')).toBe(true);
    expect(DOCUMENT_TITLE.test('关于增设社区老年食堂的建议的答复')).toBe(true);
    expect(DOCUMENT_TITLE.test('某县2025年第三批乡村医生招聘公告')).toBe(true);
    expect(DOCUMENT_TITLE.test('某区2025年第一批低保对象拟认定人员公示')).toBe(true);
  });
  it('reads a body\'s …启事 under a long title and a correction titled 更正 as notices: articles, not briefs', () => {
    const call = [
      block('headline', '“美丽乡村·幸福家园”短视频作品征集启事', 1),
      block('paragraph', '为展示我县乡村新面貌，县融媒体中心即日起面向社会征集短视频作品，时长不超过3分钟。', 2),
      block('paragraph', '本次征集设一等奖1名，奖金1000元。截稿日期为2026年2月28日。', 3),
    ];
    expect(findKind({ blocks: call }, { index: 3 })).toBe('article');
    const correction = [block('headline', '更正', 1), block('paragraph', '本报12月2日第2版一文中，“某镇”应为“某乡”，特此更正。', 2)];
    expect(findKind({ blocks: correction }, { index: 4 })).toBe('article');
    expect(DOCUMENT_TITLE.test('某县2026年春季招聘启事')).toBe(true);
  });
  it('not a headline that only holds the word, nor a report of one', () => {
    expect(DOCUMENT_TITLE.test('县统计局及时更正错误数据')).toBe(false);
    expect(DOCUMENT_TITLE.test('更正启事发布后群众点赞')).toBe(false);
    const report = [block('headline', '县统计局及时更正错误数据', 1), block('paragraph', '12月2日，县统计局对一组农业数据作出更正，涉及3个乡镇。', 2)];
    expect(findKind({ blocks: report }, { index: 4 })).toBe('news');
  });
  it('not a report of a notice, its headline naming one by 的 or a count before the word (F19, session 33)', () => {
    expect(DOCUMENT_TITLE.test('菜市场里的一则寻物启事')).toBe(false);
    expect(DOCUMENT_TITLE.test('一张泛黄的寻人启事')).toBe(false);
    const item = [block('headline', '菜市场里的一则寻物启事', 1), block('paragraph', '本报讯（记者 王某）12月3日，摊主李大姐在朋友圈发出寻物启事，2小时后钱包物归原主。', 2)];
    expect(findKind({ blocks: item }, { index: 4 })).toBe('news');
    // (near misses: the matter and the word, the notice's own title, stays one)
    expect(DOCUMENT_TITLE.test('长治市第一人民医院2026年招聘启事')).toBe(true);
    expect(DOCUMENT_TITLE.test('“我的家乡”主题征文启事')).toBe(true);
  });
  it('not a report that names one, nor a bare label', () => {
    expect(DOCUMENT_TITLE.test('我市发布供热收费公告后群众反映良好')).toBe(false);
    expect(DOCUMENT_TITLE.test('停气通知')).toBe(false);
    expect(DOCUMENT_TITLE.test('关于供热，你想知道的都在这里')).toBe(false);
  });
  it('is an article though it prints a table and its issuer under it', () => {
    const notice = [
      block('headline', '某县2025年第三批乡村医生招聘公告', 1),
      block('paragraph', '根据工作需要，现面向社会公开招聘乡村医生12名，岗位如下：', 2),
      block('paragraph', '乡镇 | 岗位 | 人数\n甲镇 | 乡村医生 | 5\n乙乡 | 乡村医生 | 7', 3),
      block('paragraph', '某县卫生健康局\n2025年12月2日', 4),
    ];
    expect(findKind({ blocks: notice }, { index: 2 })).toBe('article');
    expect(findKind({ blocks: notice, box: true }, { index: 2 })).toBe('article');
    const bracketed = [block('headline', '【关于增设社区老年食堂的建议】', 1), block('paragraph', '代表：某某', 2), block('paragraph', '答复摘要：今年新建社区老年食堂12个。', 3)];
    expect(findKind({ blocks: bracketed }, { index: 2 })).toBe('article');
    const label = [block('headline', '停气通知', 1), ...notice.slice(1)];
    expect(findKind({ blocks: label, box: true }, { index: 2 })).toBe('sidebar');
  });
});

describe('a notice under its own title (the README\'s kinds: an article however short)', () => {
  const outage = [
    block('headline', '停气通知', 1),
    block('paragraph', '因燃气主管线改线施工，12月3日9:00至17:00，某镇东大街沿线将暂停供气，请用户提前做好准备。', 2),
    block('paragraph', '武乡县燃气公司', 3),
    block('paragraph', '2025年12月1日', 4),
  ];
  it('is an article, signed by its issuer over the day or not, short title or long', () => {
    expect(findKind({ blocks: outage }, { index: 3 })).toBe('article');
    expect(findKind({ blocks: outage.slice(0, 2) }, { index: 3 })).toBe('article');
    const correction = [block('headline', '致歉启事', 1), block('paragraph', '本报12月2日第2版一文中，“某镇”应为“某乡”，特此更正。', 2), block('paragraph', '本报编辑部', 3)];
    expect(findKind({ blocks: correction }, { index: 4 })).toBe('article');
    const works = [block('headline', '某路段夜间封闭施工通告', 1), block('paragraph', '因雨污分流改造，12月5日至12月20日每晚22:00至次日6:00，某路段封闭施工。', 2), block('paragraph', '黎城县住房和城乡建设局', 3)];
    expect(findKind({ blocks: works }, { index: 1 })).toBe('article');
  });
  it('not when a box is drawn round it, nor a report whose long headline only ends on the word', () => {
    const framed = [block('furniture', '┌──────────┐', 0), ...outage, block('furniture', '└──────────┘', 5)];
    expect(findKind({ blocks: framed }, { index: 3 })).toBe('sidebar');
    const report = [block('headline', '县里下发冬季安全生产紧急通知', 1), block('paragraph', '12月1日，县应急管理局下发紧急通知，部署冬季安全生产工作。', 2)];
    expect(findKind({ blocks: report }, { index: 3 })).toBe('news');
  });
});

describe('a report signed in brackets on a line of its own under its text', () => {
  const headline = block('headline', '某镇新建村级托育点6个', 1);
  const text = [block('paragraph', '今年，某镇在6个村新建托育点，设托位120个。', 2), block('paragraph', '托育点由村里的幼儿教师负责照看，每月收费300元。', 3)];
  it('is news', () => {
    expect(findKind({ blocks: [headline, ...text, block('byline', '（融媒记者 某 某）', 4)] }, { index: 0 })).toBe('news');
    expect(findKind({ blocks: [headline, ...text, block('byline', '（通讯员 某某）', 4)] }, { index: 0 })).toBe('news');
  });
  it('not a feature under a column name, a long piece, or a compiler\'s or a contributor\'s credit', () => {
    expect(findKind({ blocks: [block('kicker', '乡村振兴', 0), headline, ...text, block('byline', '（融媒记者 某 某）', 4)] }, { index: 0 })).toBe('article');
    const long = Array.from({ length: 5 }, (_, i) => block('paragraph', '托育点由村里的幼儿教师负责照看，每月收费300元。', 2 + i));
    expect(findKind({ blocks: [headline, ...long, block('byline', '（记者 某某）', 9)] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [headline, ...text, block('byline', '（本报记者 某某 整理）', 4)] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [headline, ...text, block('byline', '（某县卫健局供稿）', 4)] }, { index: 0 })).toBe('article');
  });
});

describe('an unsigned item of two short paragraphs under its own headline, among others', () => {
  const headline = block('headline', '某镇卫生院新门诊楼投用', 5);
  const first = block('paragraph', '某镇卫生院新门诊楼近日投入使用，新增床位30张，设有中医馆和康复室。', 6);
  const second = block('paragraph', '院长介绍，新楼投用后日均门诊量可达200人次。', 7);
  it('is news', () => {
    expect(findKind({ blocks: [headline, first, second] }, { index: 3 })).toBe('news');
  });
  it('not the page\'s first piece, the rest of a jumped piece, a third paragraph, or a paragraph that is not a report', () => {
    expect(findKind({ blocks: [headline, first, second] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [headline, block('continuation', '（上接第1版）', 6), first, second] }, { index: 3 })).toBe('article');
    expect(findKind({ blocks: [headline, first, second, block('paragraph', '下一步，镇里将在3个村建设卫生室。', 8)] }, { index: 3 })).toBe('article');
    expect(findKind({ blocks: [headline, first, block('paragraph', '“以前看病要跑县城，现在出门就到。”村民说。', 7)] }, { index: 3 })).toBe('article');
  });
});

describe("a writer's notes under a headline that is only their label", () => {
  const text = [block('paragraph', '采访中，记者听到最多的一句话是“方便了”。这三个字，是对这项工作最好的评价。', 2)];
  it('is commentary', () => {
    expect(findKind({ blocks: [block('headline', '记者手记', 1), ...text] }, { index: 2 })).toBe('commentary');
    expect(findKind({ blocks: [block('headline', '采访札记', 1), ...text] }, { index: 2 })).toBe('commentary');
  });
  it('not a headline that only ends on the word', () => {
    expect(findKind({ blocks: [block('headline', '一名乡村教师的三十年教学手记', 1), ...text, ...text, ...text, ...text] }, { index: 0 })).toBe('article');
  });
});

describe("a box of tips by its label, an explainer by its question", () => {
  const tip = [block('paragraph', '1.出门前查看路况信息；\n2.雪天驾车请减速慢行。', 2)];
  it('is a sidebar', () => {
    expect(findKind({ blocks: [block('headline', '【出行小贴士】', 1), ...tip] }, { index: 2 })).toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '用电提醒', 1), block('paragraph', '离家时请关闭取暖器电源，不要私拉乱接电线。', 2)] }, { index: 2 })).toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '什么是“共享厨房”？', 1), block('paragraph', '共享厨房是社区提供灶具和场地，居民自带食材做饭的公共空间。', 2)] }, { index: 2 })).toBe('sidebar');
  });
  it('not a report whose headline only ends on such a word, a signed piece, or a long explanation', () => {
    const report = block('paragraph', '12月1日起，市医保局提醒参保群众按时缴纳2026年度医保费用，缴费截止到12月31日。', 2);
    expect(findKind({ blocks: [block('headline', '城乡居民医保缴费提醒', 1), report] }, { index: 2 })).toBe('news');
    // Four characters of matter before the word head a report, though a closing box's label may run so long.
    expect(findKind({ blocks: [block('headline', '供暖缴费提醒', 1), report] }, { index: 2 })).toBe('news');
    expect(findKind({ blocks: [block('headline', '用电提醒', 1), block('byline', '本报记者 某某', 2), report] }, { index: 0 })).toBe('article');
    const long = Array.from({ length: 3 }, (_, i) => block('paragraph', '共享厨房是社区提供灶具和场地，居民自带食材做饭的公共空间。', 2 + i));
    expect(findKind({ blocks: [block('headline', '什么是“共享厨房”？', 1), ...long] }, { index: 0 })).toBe('article');
  });
});

describe('an office that answers the paper’s questions', () => {
  const qa = ['问：今年的补贴标准有变化吗？', '答：每户每年提高到900元，比去年多100元。', '问：补贴什么时候发放？', '答：审核通过后10个工作日内打到社保卡上。'];
  const body = qa.map((t, i) => block('paragraph', t, i + 3));
  const heads = (deck: string) => [block('headline', '补贴怎么领？一次说明白', 0), block('deck', deck, 1), block('byline', '本报记者 某某', 2)];
  it('is an interview under a deck `——某局负责人答记者问` over 问/答 turns', () => {
    expect(findKind({ blocks: [...heads('——某县民政局负责人答记者问'), ...body] }, { index: 0 })).toBe('interview');
    expect(findKind({ blocks: [...heads('——某区医保中心主任答记者问'), ...body] }, { index: 0 })).toBe('interview');
  });
  it('not a press conference’s answers (an article), nor the same Q&A with no such deck', () => {
    expect(findKind({ blocks: [...heads('——某县新闻发布会答记者问'), ...body] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [...heads('——发布人答记者问'), ...body] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [...heads('——群众关心的几个问题'), ...body] }, { index: 0 })).toBe('article');
  });
});

describe('a box of tips by its head', () => {
  const points = ['1. 不要用湿手触摸电暖器开关；', '2. 不要在电暖器上烘烤衣物；', '3. 外出前请切断电源。', '发现线路故障，请拨打供电服务热线。'].map((t, i) => block('paragraph', t, i + 1));
  it('is a sidebar when its head names its matter before a tip’s word, in brackets or before a colon, over two points or more', () => {
    expect(findKind({ blocks: [block('headline', '【冬季用电安全提醒】', 0), ...points] }, { index: 2 })).toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '温馨提示：冬季用电“三不要”', 0), ...points] }, { index: 2 })).toBe('sidebar');
  });
  it('not a report’s headline over the same points, nor a tip’s head over one paragraph of news', () => {
    expect(findKind({ blocks: [block('headline', '某社区开展冬季用电安全宣传', 0), ...points] }, { index: 2 })).not.toBe('sidebar');
    const news = [block('headline', '【冬季用电安全提醒】', 0), block('paragraph', '12月1日起，某县供电公司入户检查线路2300户，发现并整改隐患86处，今冬还将开展用电安全宣传进社区活动。', 1), block('byline', '（通讯员 某某）', 2)];
    expect(findKind({ blocks: news }, { index: 2 })).not.toBe('sidebar');
  });
});

describe('a guest’s opinion piece', () => {
  const text = ['加装电梯是好事，可一些小区卡在了“最后一票”上。', '多听听低层住户的难处，办法总比困难多。'].map((t, i) => block('paragraph', t, i + 3));
  const heads = (kicker: string) => [block('kicker', kicker, 0), block('headline', '加装电梯要多算“邻里账”', 1), block('byline', '张某某', 2)];
  it('is commentary under the column 来论, or closing with where its author works', () => {
    expect(findKind({ blocks: [...heads('来论'), ...text] }, { index: 1 })).toBe('commentary');
    expect(findKind({ blocks: [...heads('百姓心声'), ...text, block('paragraph', '（作者单位：某县委党校）', 5)] }, { index: 1 })).toBe('commentary');
    expect(findKind({ blocks: [...heads('百姓心声'), ...text, block('paragraph', '（作者系某区教育局干部）', 5)] }, { index: 1 })).toBe('commentary');
  });
  it('not a reader’s letter, nor a piece closing with a note on its data', () => {
    expect(findKind({ blocks: [...heads('读者来信'), ...text] }, { index: 1 })).not.toBe('commentary');
    expect(findKind({ blocks: [...heads('百姓心声'), ...text, block('paragraph', '（文中数据截至11月底）', 5)] }, { index: 1 })).not.toBe('commentary');
  });
  it('is commentary under a column whose name ends on 来论, whole, in its brackets or not', () => {
    expect(findKind({ blocks: [...heads('【读者来论】'), ...text] }, { index: 1 })).toBe('commentary');
    expect(findKind({ blocks: [...heads('■ 来论'), ...text] }, { index: 1 })).toBe('commentary');
  });
  it('not a kicker that only holds 来论 inside its words (未来论坛, 往来论道) over a signed report', () => {
    const report = [
      block('headline', '数字乡村建设让山村跟上时代', 1),
      block('byline', '本报记者 王 某', 2),
      block('paragraph', '11月以来，某镇在12个行政村铺设光纤，村民在家就能办理社保认证。', 3),
      block('paragraph', '镇里还培训电商带头人30名，帮助农户在网上销售小米和核桃。', 4),
    ];
    expect(findKind({ blocks: [block('kicker', '未来论坛', 0), ...report] }, { index: 1 })).toBe('article');
    expect(findKind({ blocks: [block('kicker', '往来论道', 0), ...report] }, { index: 1 })).toBe('article');
  });
});

describe('a compiler’s credit', () => {
  const box = (credit: string) => [
    block('kicker', '链接', 0),
    block('headline', '某县清洁取暖这样推进', 1),
    block('paragraph', '截至10月底，全县累计完成清洁取暖改造3.2万户，覆盖率达到96%。', 2, { credit }),
  ];
  it('signs no report: a box put together by a reporter (`（记者 某某 整理）`) is a sidebar still', () => {
    expect(findKind({ blocks: box('（记者 某某 整理）') }, { index: 2 })).toBe('sidebar');
  });
  it('not a reporter’s own credit, which signs a news item', () => {
    expect(findKind({ blocks: box('（记者 某某）') }, { index: 2 })).toBe('news');
  });
});

describe('a photo report', () => {
  const item = (credit: string) => [
    block('paragraph', '12月6日，某县在体育中心举办冬季长跑活动，800余名群众参加。', 0, { byline: '本报讯' }),
    block('byline', credit, 1),
  ];
  it('is photo news when its credit calls it one (`（记者 某某 摄影报道）`), though it opens 本报讯', () => {
    expect(findKind({ blocks: item('（记者 某某 摄影报道）') }, { index: 2 })).toBe('photo-news');
  });
  it('not a 本报讯 item a photo goes with (`（记者 某某 摄）`), which is news', () => {
    expect(findKind({ blocks: item('（记者 某某 摄）') }, { index: 2 })).toBe('news');
  });
});

describe('two photos’ captions in one block', () => {
  const item = (caption: string) => [
    block('headline', '社区里的“银发课堂”', 0),
    block('caption', caption, 1),
    block('paragraph', '今年秋季，某社区老年学校开设课程12门，学员达到300人。', 2),
    block('byline', '本报记者 某某 摄', 3),
  ];
  it('make a set of photos, a photo item, when each line names its photo (`上图：…` / `下图：…`)', () => {
    expect(findKind({ blocks: item('上图：学员在练习书法。\n下图：学员在排练合唱。') }, { index: 2 })).toBe('photo-news');
  });
  it('not one caption of one photo, a report a photo goes with', () => {
    expect(findKind({ blocks: item('图为学员在练习书法。') }, { index: 2 })).toBe('news');
  });
});

describe('a photo’s credit in brackets', () => {
  const piece = (credit: string) => [
    block('headline', '某县老旧小区改造惠及2100户', 0),
    block('byline', '记者 某某 通讯员 某某', 1),
    block('paragraph', '今年，某县实施老旧小区改造项目15个，涉及居民2100户。', 2),
    block('paragraph', '改造内容包括更新管网、增设停车位等，共新增停车位300个。', 3),
    block('paragraph', '某县某小区改造后焕然一新。', 4, { credit }),
  ];
  it('signs no report: a signed feature with a photo credited `（通讯员 某某 摄）` is an article', () => {
    expect(findKind({ blocks: piece('（通讯员 某某 摄）') }, { index: 0 })).toBe('article');
  });
  it('not a text closed by its reporter in brackets, which signs a news item', () => {
    expect(findKind({ blocks: piece('（通讯员 某某）') }, { index: 0 })).toBe('news');
  });
  const text = [block('paragraph', '今年，某镇新修通村水泥路18公里，连通7个自然村。', 2), block('paragraph', '路修好了，村里的核桃和小米也能直接拉到县城卖了。', 3)];
  const headline = block('headline', '某镇通村路修到家门口', 1);
  it('signs no report on a line of its own either, after the last paragraph or under the headline', () => {
    expect(findKind({ blocks: [headline, ...text, block('byline', '（通讯员 某某 摄）', 4)] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [headline, ...text, block('byline', '（记者 某某 摄影）', 4)] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [headline, block('byline', '（记者 某某 摄）', 2), ...text] }, { index: 0 })).toBe('article');
  });
  it('not the reporter’s own line in either place, which signs a news item', () => {
    expect(findKind({ blocks: [headline, ...text, block('byline', '（通讯员 某某）', 4)] }, { index: 0 })).toBe('news');
    expect(findKind({ blocks: [headline, block('byline', '（记者 某某）', 2), ...text] }, { index: 0 })).toBe('news');
  });
});

describe('a box of questions answered under its label', () => {
  const lines = block('paragraph', '问：老人助餐卡在哪里办？\n答：带上身份证到所在社区服务站即可办理。\n问：每餐补贴多少？\n答：80周岁以上老人每餐补贴5元。', 2);
  const pairs = [block('paragraph', '问：老人助餐卡在哪里办？', 2), block('paragraph', '答：带上身份证到所在社区服务站即可办理。', 3), block('paragraph', '问：每餐补贴多少？', 4), block('paragraph', '答：80周岁以上老人每餐补贴5元。', 5)];
  it('is a sidebar, its lines in one block or a paragraph each, the label bracketed or plain', () => {
    expect(findKind({ blocks: [block('headline', '助餐政策问答', 1), lines] }, { index: 2 })).toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '【热线答疑】', 1), ...pairs] }, { index: 2 })).toBe('sidebar');
  });
  it('credited to whoever gathered or sent the answers, the matter before the label up to six characters', () => {
    expect(findKind({ blocks: [block('headline', '冬季燃气安全问答', 1), ...pairs, block('byline', '（本报记者 某某 整理）', 6)] }, { index: 2 })).toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '助餐政策问答', 1), block('byline', '本报记者 某某 整理', 2), lines] }, { index: 2 })).toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '医保缴费热线问答', 1), lines, block('byline', '（某某区医保中心供稿）', 3)] }, { index: 2 })).toBe('sidebar');
  });
  it('not a headline of its own over them, a column over such a label, a signed piece or a label over a report', () => {
    expect(findKind({ blocks: [block('headline', '老人助餐怎么办？这些问题一次说清', 1), lines] }, { index: 2 })).not.toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '社区老人助餐服务政策问答', 1), lines] }, { index: 2 })).not.toBe('sidebar');
    expect(findKind({ blocks: [block('kicker', '网友问·部门答', 0), block('headline', '助餐政策问答', 1), lines] }, { index: 2 })).not.toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '助餐政策问答', 1), block('byline', '本报记者 某某', 2), lines] }, { index: 2 })).not.toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '助餐政策问答', 1), lines, block('byline', '（记者 某某 通讯员 某某）', 3)] }, { index: 2 })).not.toBe('sidebar');
    const report = block('paragraph', '12月1日，某区召开助餐政策问答会，解答群众疑问30余个。', 2);
    expect(findKind({ blocks: [block('headline', '助餐政策问答', 1), report, block('paragraph', '会后，社区服务站还设置了咨询台。', 3)] }, { index: 0 })).not.toBe('sidebar');
  });
});

describe('a correspondent’s dispatch: one short paragraph under its headline, signed by correspondents alone', () => {
  const headline = block('headline', '某某镇：山村通上了天然气', 1);
  const one = block('paragraph', '近日，某某镇12个村的天然气管道全部通气，1300余户村民用上了清洁能源。今年，镇里投资460万元铺设燃气管道18公里。', 3);
  it('is news, its byline above the text or in brackets under it', () => {
    expect(findKind({ blocks: [headline, block('byline', '通讯员 某 某', 2), one] }, { index: 1 })).toBe('news');
    expect(findKind({ blocks: [headline, block('byline', '本报通讯员 某某 某某某', 2), one] }, { index: 1 })).toBe('news');
    expect(findKind({ blocks: [block('kicker', '基层传真', 0), headline, one, block('byline', '（通讯员 某某某）', 4)] }, { index: 1 })).toBe('news');
  });
  it('not a reporter’s, a photo’s credit, two paragraphs, or one with its own photo', () => {
    expect(findKind({ blocks: [headline, block('byline', '本报记者 某某', 2), one] }, { index: 1 })).toBe('article');
    expect(findKind({ blocks: [headline, block('byline', '记者 某某 通讯员 某某', 2), one] }, { index: 1 })).toBe('article');
    expect(findKind({ blocks: [headline, block('byline', '通讯员 某某', 2), one, block('paragraph', '“做饭取暖都方便了，再也不用烧煤了。”村民某某说。', 4)] }, { index: 1 })).toBe('article');
    expect(findKind({ blocks: [headline, block('byline', '通讯员 某某', 2), one, block('caption', '图为工作人员入户检查燃气管道', 4)] }, { index: 1 })).toBe('article');
  });
});

describe('a schedule of entries under their own heads, told in labelled fields', () => {
  const entries = [
    block('paragraph', '时间：12月8日（周一）9:00—11:00\n地点：某某社区党群服务中心', 2),
    block('heading', '◆免费测血压', 3),
    block('paragraph', '时间：12月10日（周三）全天\n地点：某某社区卫生服务站\n名额：50人', 4),
    block('heading', '◆读书会', 5),
    block('paragraph', '◎ 冬日诗会\n时间：12月12日（周五）15:00\n地点：某某街道图书室', 6),
  ];
  it('is a sidebar, unsigned', () => {
    expect(findKind({ blocks: [block('headline', '本周社区活动', 1), ...entries] }, { index: 2 })).toBe('sidebar');
  });
  it('not a reporter’s list under a lead, nor entries told in sentences', () => {
    expect(findKind({ blocks: [block('headline', '家门口的服务清单', 1), block('byline', '本报记者 某某', 1), ...entries] }, { index: 2 })).toBe('article');
    const lead = block('paragraph', '入冬以来，某某街道推出为老服务项目十项，记者梳理其中几项，供居民参考。', 2);
    expect(findKind({ blocks: [block('headline', '本周社区活动', 1), lead, ...entries] }, { index: 2 })).toBe('article');
  });
  it('not a report’s list of projects whose fields are sentences (`项目内容：新建…，新增…。`)', () => {
    const projects = [
      block('headline', '某县2026年为民办实事项目出台', 1),
      block('heading', '养老类', 2),
      block('paragraph', '项目内容：新建农村老年食堂12个，惠及老人3000人。\n牵头单位：县民政局。', 3),
      block('heading', '交通类', 4),
      block('paragraph', '项目内容：改造农村公路80公里，年底前全部完工。\n牵头单位：县交通运输局。', 5),
    ];
    expect(findKind({ blocks: projects }, { index: 2 })).not.toBe('sidebar');
  });
});

describe('a transcript printed as one', () => {
  const turns = [
    block('paragraph', '主持人：王局长，群众反映的问题什么时候能解决？', 2),
    block('paragraph', '市住建局局长王某某：我们承诺本月底前完成改造。', 3),
    block('paragraph', '主持人：李局长，山里的水什么时候能通？', 4),
    block('paragraph', '市水务局副局长李某某：新井已开钻，月底实现全天供水。', 5),
  ];
  it('is an article, as a press conference is', () => {
    expect(findKind({ blocks: [block('headline', '《百姓问政》第三期实录', 1), ...turns] }, { index: 0 })).toBe('article');
  });
  it('not without the word, nor an interview’s own transcript', () => {
    expect(findKind({ blocks: [block('headline', '《百姓问政》第三期', 1), ...turns] }, { index: 0 })).toBe('interview');
    expect(findKind({ blocks: [block('headline', '局长专访实录', 1), ...turns] }, { index: 0 })).toBe('interview');
  });
});

describe('a label of readers’ messages and the replies to them (issue 15)', () => {
  const pairs = [
    block('paragraph', '网友“向阳花”：南环路的路灯坏了好几盏，晚上走路很不安全，什么时候能修好？', 2),
    block('paragraph', '区城市管理局：经核实，南环路共有7盏路灯因线路老化不亮，目前已全部修复。', 3),
    block('paragraph', '网友“老王头”：街道的老年食堂还招志愿者吗？', 4),
    block('paragraph', '街道办事处：街道长期招募助餐志愿者，欢迎有意愿的居民报名。', 5),
  ];
  it('is a box over its message/reply lines', () => {
    expect(findKind({ blocks: [block('headline', '网友留言 ︱ 部门回复', 1), ...pairs] }, { index: 3 })).toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '网友留言｜回复', 1), ...pairs] }, { index: 3 })).toBe('sidebar');
  });
  it('not a headline of its own that names a message, nor the label over a report, nor under a byline', () => {
    expect(findKind({ blocks: [block('headline', '网友留言：南环路路灯何时修好？', 1), ...pairs] }, { index: 3 })).not.toBe('sidebar');
    const report = [
      block('paragraph', '今年以来，区城市管理局共办理网友留言1260件，办结率98%。', 2),
      block('paragraph', '其中，路灯维修类留言最多，占三成以上。', 3),
    ];
    expect(findKind({ blocks: [block('headline', '网友留言 ︱ 部门回复', 1), ...report] }, { index: 3 })).not.toBe('sidebar');
    expect(findKind({ blocks: [block('headline', '网友留言 ︱ 部门回复', 1), block('byline', '本报记者 某某', 2), ...pairs] }, { index: 3 })).not.toBe('sidebar');
  });
});

