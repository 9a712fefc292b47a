// segment on items printed one after another (issue 15): an unsigned report after a signed feature, an English item
// after a signed one, copies whose items open with a 【headline】 line, a heading ruled off from the article above, a
// column name over a section heading, replies closed by their contacts, an editor's note over bracketed replies,
// items signed at their end. Other forms: segment.forms.test.ts, segment.boxes.test.ts.
import { describe, expect, it } from 'vitest';
import { segment, structurePage } from './segment.ts';
import type { Block } from './types.ts';

// Blocks as classify/repair hand them over; `source` is the raw index.
function b(kind: Block['kind'], source: number, text: string, extra: Partial<Block> = {}): Block {
  return { kind, text, source: [source], ...extra };
}
const sources = (blocks: Block[]) => blocks.map((x) => x.source[0]);

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
  it("reads a report's opening on the days just past (连日来，…) as its time, as 近日 (issue 15)", () => {
    const page = [
      '老旧小区“焕新”记', '本报记者 某某', '清晨七点，潞州区一处小区的院子里，老人已经在新铺的健身步道上走了两圈。', '今年潞州区共改造老旧小区46个，惠及居民1.2万户。',
      '冬储菜上市 价格稳中有降', '连日来，市区各农贸市场冬储白菜、土豆大量上市，价格较去年同期下降一成。', '市商务局提醒市民按需购买。',
    ];
    expect(structurePage(page.join('\n')).segments.map((s) => s.blocks[0]!.text)).toEqual(['老旧小区“焕新”记', '冬储菜上市 价格稳中有降']);
    // (A section of the feature that goes on from its text keeps it, however its heading is set.)
    const section = [...page.slice(0, 4), '楼道亮了 心里暖了', '楼道里装上了感应灯，老人晚上出门不再摸黑。'];
    expect(structurePage(section.join('\n')).segments).toHaveLength(1);
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

describe('segment: items opened by a wire dateline of place and day ending in 讯 (issue 15)', () => {
  const page = [
    '壶关县：旱地西红柿喜获丰收', '本报壶关9月8日讯（记者 冯某）连日来，壶关县旱地西红柿进入采摘期，日均上市80吨。', '县农业农村局介绍，全县今年种植旱地西红柿2.1万亩。',
    '襄垣·古韩镇的“共享菜园”', '本报襄垣9月9日讯 在古韩镇西关村，30块闲置地变成了“共享菜园”，认领的居民已有60户。',
  ];
  it('starts an item at each, its byline cut off, its head above it, a blank line between lines or none', () => {
    for (const text of [page.join('\n'), page.join('\n\n')]) {
      const { segments } = structurePage(text);
      expect(segments.map((s) => s.blocks[0]!.text)).toEqual(['壶关县：旱地西红柿喜获丰收', '襄垣·古韩镇的“共享菜园”']);
      expect(segments.map((s) => s.blocks[1]!.byline)).toEqual(['本报壶关9月8日讯（记者 冯某）', '本报襄垣9月9日讯']);
    }
  });
});
