// segment on boxes pages print inside and after articles (issue 15): a data box set inside an article, a box title in
// a label's form, a labelled box of numbered lines, a box of questions and answers under its own heading, a report
// after a data box, a bracketed label over bulleted lines. Other forms: segment.forms.test.ts, segment.items.test.ts.
import { describe, expect, it } from 'vitest';
import { segment, structurePage } from './segment.ts';
import type { Block } from './types.ts';

// Blocks as classify/repair hand them over; `source` is the raw index.
function b(kind: Block['kind'], source: number, text: string, extra: Partial<Block> = {}): Block {
  return { kind, text, source: [source], ...extra };
}
const sources = (blocks: Block[]) => blocks.map((x) => x.source[0]);

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

describe('a data box printed twice, inside an article with sections', () => {
  const box = ['数字看点', '■ 3600户　完成改造的住户\n■ 12个　开工小区'];
  const page = (again: boolean) => [
    '某区：老旧小区改造进行时', '本报记者 孔 亮', '今年，某区老旧小区改造全面提速。', '**开工多：三年任务两年干**',
    '记者从区住建局了解到，今年已开工小区12个。', ...box, '**难点：管线入地要协调**',
    '“最难的是地下管线。”施工方负责人说。', '下一步，区里将建立协调机制。', ...(again ? box : []), '责任编辑：王 一',
  ].join('\n\n');

  it('gives the article its text and its next section after the box, when the page prints the box twice', () => {
    const { segments } = structurePage(page(true));
    const texts = segments.map((s) => s.blocks.map((b) => b.text));
    expect(texts[0]).toContain('下一步，区里将建立协调机制。');
    expect(texts[0]).toContain('难点：管线入地要协调');
    expect(texts[1]).toEqual(['数字看点', '■ 3600户　完成改造的住户\n■ 12个　开工小区']);
  });

  it('leaves a section heading under a box printed once with the box (an article may open with data lines)', () => {
    const { segments } = structurePage(page(false));
    expect(segments.at(-1)!.blocks.map((b) => b.text)).toContain('下一步，区里将建立协调机制。');
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

describe('segment: a report after a data box under its own headline (issue 15)', () => {
  const box = ['【数说】', '2024年某县民生账', '● 改造老旧小区 18个', '● 新增普惠托位 240个'];
  const heads = (page: string) => structurePage(page).segments.map((s) => s.blocks.find((x) => x.kind === 'headline')?.text);

  it('starts the next article at a title over a dated opening', () => {
    const page = [...box, '县医保局发布会：参保缴费一次讲清', '2月19日，某县召开医疗保障工作新闻发布会。', '问（某报记者）：今年缴费标准是多少？', '答（张某）：每人400元。'].join('\n\n');
    expect(heads(page)).toEqual(['2024年某县民生账', '县医保局发布会：参保缴费一次讲清']);
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

describe("segment: a box's label over its lines after the article's last paragraph (issue 15)", () => {
  const article = ['壶关县新建改造供热管网26公里', '本报记者 某某', '', '今年，壶关县投资8600万元新建改造供热管网26公里，县城集中供热面积达到520万平方米。', ''];
  const box = ['小贴士', '采暖期间，请勿在室内使用炭火盆取暖；发现燃气泄漏，请立即开窗并拨打抢修电话。', '县住建局供热服务电话：0355-6222345', ''];
  const heads = (lines: string[]) => structurePage(lines.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
  it('heads the box, a piece of its own, at the article’s end', () => {
    expect(heads([...article, ...box])).toEqual(['壶关县新建改造供热管网26公里', '小贴士']);
  });
  it("stays in the article where its text or its photo's caption goes on under the box", () => {
    expect(heads([...article, ...box, '县住建局负责人表示，明年还将改造供热管网20公里。', ''])).toHaveLength(1);
    expect(heads([...article, ...box, '工人在龙泉镇更换供热管道  本报记者 某某 摄', ''])).toHaveLength(1);
  });
});

describe("segment: a copy's editor line under a piece, a box's heading under it (issue 15)", () => {
  const page = (credit: string) => ['某县：村卫生室全部标准化', '本报记者 钱 多', '今年以来，某县新建村卫生室12个。', '明年，某县将再建卫生院2所。', credit, '相关链接', '标准化村卫生室是指按照统一标准建设的村级医疗机构。'].join('\n\n');

  it('ends the piece there: the heading heads a piece of its own', () => {
    const { segments } = structurePage(page('责任编辑：赵 敏'));
    expect(segments.length).toBe(2);
    expect(segments[1]!.blocks.find((x) => x.kind === 'headline')?.text).toBe('相关链接');
  });

  it("never a chart maker's credit, which credits what stands above it", () => {
    expect(structurePage(page('制图：赵 敏')).segments.length).toBe(1);
  });
});

describe("segment: a data box printed twice, its note under its figures, the first printing inside the article (issue 15)", () => {
  const box = ['数读 · 养老服务', '* 26个 新建社区食堂', '* 1.8万人次 今年以来助餐服务', '* 340张 新增护理床位', '数据截至2025年11月底 | 制图 钱多'].join('\n');
  const page = ['某县：老人吃饭不再难', '本报记者 钱 多', '今年以来，某县新建社区食堂26个。', box, '**床位多了**', '全县新增护理床位340张，老人住得更安心。', '“饭菜可口，价钱实惠。”李大爷说。', box, '编辑：赵敏 | 校对：王一'].join('\n\n');

  it('lifts the box out with its note, the article keeping its text after it', () => {
    const { segments } = structurePage(page);
    expect(segments).toHaveLength(2);
    expect(segments[0]!.blocks.map((x) => x.text)).toContain('全县新增护理床位340张，老人住得更安心。');
    expect(segments[1]!.blocks.map((x) => x.text)).toContain('数据截至2025年11月底 | 制图 钱多');
  });
});

describe("a box's label set off by a bullet or brackets closing an article's text (issue 15)", () => {
  const story = ['某村：一口老井的变迁', '口述 某某 整理 本报记者 孔 亮', '我今年七十多岁，一辈子没离开过这个村。', '如今家家通了自来水，一吨水才3元钱。'];
  const next = ['某镇新建农家书屋6个', '本报讯（记者 李 强）近日，某镇新建农家书屋6个，藏书1.2万册。'];
  const pieces = (page: string[]) => structurePage(page.join('\n\n')).segments.map((s) => ({ box: s.box === true, kinds: s.blocks.map((x) => x.kind), text: s.blocks.map((x) => x.text).join('|') }));

  it('heads a box of its own, one paragraph or a list of items, running to the next headline', () => {
    const got = pieces([...story, '■人物小传', '某某，1950年生，某县某镇人，当过生产队长。', ...next]);
    expect(got).toHaveLength(3);
    expect(got[1]).toMatchObject({ box: true, kinds: ['headline', 'paragraph'] });
    const listed = pieces([...story, '【村民心声】', '①“水龙头一拧就来水。”——村民 某某', '②“再也不用挑水了。”——村民 某某', ...next]);
    expect(listed).toHaveLength(3);
    expect(listed[1]).toMatchObject({ box: true });
    expect(listed[1]!.text).toContain('再也不用挑水了');
  });

  it("stays a section where the article heads others the same way, over a table's title, or where other text goes on under a profile's paragraph", () => {
    const sections = pieces([...story, '■变化一', '以前吃水靠挑。', '■变化二', '现在吃水靠管子。', ...next]);
    expect(sections).toHaveLength(2);
    const table = pieces([...story, '「乡村直通车」', '村里还计划明年修一座蓄水池，让浇地也不愁。', '部分乡镇农村低保标准（单位：元/人·月）', '乡镇　调整前　调整后\n东镇　560　590\n西镇　540　570\n南乡　530　560', '注：其余乡镇标准可在网站查询。']);
    expect(table.some((p) => p.box)).toBe(false);
    const qa = pieces([...story, '【人物名片】', '某某，某局局长，从事医保工作18年。', '问：今年做了哪些事？', '答：我们开通了报销窗口。', ...next]);
    expect(qa.some((p) => p.text.startsWith('【人物名片】|某某，某局局长') && p.text.includes('问：'))).toBe(false);
  });
});
