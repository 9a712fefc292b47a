// classifyBlocks on forms pages print that the seeds do not (issue 15): a Markdown export's # headline, a column
// of briefs set off by bullets, a headline set apart by a bar or ending ！/？ over a wire item. Fixtures are
// made-up lines in those forms (某县, 某某), not cut from seeds/ as blocks.test.ts's are.
import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitBlocks } from './blocks.ts';
import type { Block } from './types.ts';

const kinds = (blocks: Block[]) => blocks.map((b) => b.kind);

describe('a headline marked by a Markdown export (# …) (issue 15)', () => {
  it('has the short label over it as its kicker, after running text too', () => {
    const page = ['某镇新建老年食堂，每天为80位老人供餐。', '聚焦民生实事', '# 某县新增4条城乡公交线路', '本报记者 某某', '近日，某县新开通城乡公交线路4条。'];
    expect(kinds(classifyBlocks(page))).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
  });
  it('reads a section label over a kicker over it as furniture, and topic tags closing the text above as text', () => {
    const top = ['2025年12月12日 星期五 第5版', '民生·关注', '#我为群众办实事#', '# 某县：暖气片热了 居民心里暖了', '本报记者 某某', '今年，某县投资1.46亿元改造供热管网。'];
    expect(kinds(classifyBlocks(top)).slice(1, 4)).toEqual(['furniture', 'kicker', 'headline']);
    const tags = ['截至目前，全县清洁取暖覆盖率达到92%。', '#某县民生# #清洁取暖#', '▲ 百姓身边', '# 某县：“流动理发车”开进山村', '文/图 本报通讯员 某某', '12月8日，“流动理发车”开进了某村。'];
    expect(kinds(classifyBlocks(tags)).slice(1, 4)).toEqual(['paragraph', 'kicker', 'headline']);
  });
});

describe('a column of briefs set off by bullets (issue 15)', () => {
  it('reads its name over a rule as furniture, and a bulleted headline with its text in one block as the next item', () => {
    const page = splitBlocks(
      ['长治日报 2025年10月22日 星期三 第6版', '', '民生简讯', '━━━━━━━━', '', '■ 某县：今年以来新建村级日间照料中心9个。', '', '◎ 某县开通首条城乡公交夜班线', '10月20日起，某镇至某镇的公交延长运营至21时。', '', '◆ 10月21日，某景区举办秋季登山节。', '', '◎ 某县完成秋粮收储备仓', '全县17个收储点已完成仓容清理。'].join('\n'),
    );
    expect(kinds(classifyBlocks(page))).toEqual(['furniture', 'furniture', 'furniture', 'paragraph', 'headline', 'paragraph', 'paragraph', 'headline', 'paragraph']);
  });
});

describe('a column name in brackets over briefs opened by their place in brackets (issue 15)', () => {
  it('is the column\'s furniture, no item\'s headline', () => {
    const page = ['【一周民生】', '【某县】入冬以来，某县为1860户独居老人安装燃气报警器。', '【某区】1至11月，某区新改建农村公路126公里。'];
    expect(kinds(classifyBlocks(page))).toEqual(['furniture', 'paragraph', 'paragraph']);
  });
});

describe('a column of items whose bulleted heads stand on lines of their own (issue 15)', () => {
  const texts = (blocks: Block[]) => blocks.filter((b) => b.kind === 'headline').map((b) => b.text);
  it('reads every head as its item headline, its bullet dropped, a place alone as well as a clause', () => {
    const clauses = ['简讯', '■某镇新建村级养老服务站', '今年某镇新建养老服务站9个，老人在家门口吃上热饭。', '目前已有1200余名老人登记就餐。', '■某县举办冬季招聘会', '某县人社局日前举办招聘会，52家企业参会。', '■某街道开通社区巴士', '社区巴士近日开通，线路全长11.5公里。'];
    expect(texts(classifyBlocks(clauses))).toEqual(['某镇新建村级养老服务站', '某县举办冬季招聘会', '某街道开通社区巴士']);
    const places = ['◆屯留区', '今年以来，全区新建农村互助幸福院12个。', '◆平顺县', '11月以来，全县开展义诊活动12场。', '◆武乡县', '今年，全县新栽植核桃经济林1800亩。'];
    expect(kinds(classifyBlocks(places))).toEqual(['headline', 'paragraph', 'headline', 'paragraph', 'headline', 'paragraph']);
    expect(texts(classifyBlocks(places))).toEqual(['屯留区', '平顺县', '武乡县']);
    const ruled = ['■某镇新建村级养老服务站', '今年某镇新建养老服务站9个。', '---', '■某县举办冬季招聘会', '某县人社局日前举办招聘会，52家企业参会。'];
    expect(kinds(classifyBlocks(ruled))).toEqual(['headline', 'paragraph', 'furniture', 'headline', 'paragraph']);
  });
  it('reads them as section headings under an article headline with its byline and lead', () => {
    const article = ['某县民生实事件件落地', '本报记者 某某', '今年以来，某县把12件民生实事落到实处。', '■ 就业服务', '全县新增城镇就业3280人。', '■ 养老服务', '全县新建村级养老服务站9个。'];
    expect(kinds(classifyBlocks(article))).toEqual(['headline', 'byline', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('a headline set apart by a bar over a wire item (issue 15)', () => {
  it('is the item headline, not a kicker over its text', () => {
    const blocks = classifyBlocks(['某县开展冬季供暖安全检查 | 群众温暖过冬', '本报讯（记者 某某）入冬以来，某县对全县供热设施开展安全检查。']);
    expect(blocks[0]!.kind).toBe('headline');
  });
});

describe('a headline with ！ or ？, or set apart by a bar, right after a wire item over the next item (issue 15)', () => {
  it('is the next item headline, not a line of the item above', () => {
    for (const head of ['某县开展冬季供暖安全检查！', '供暖安全怎么查？某县这样做', '排查隐患23处！某县开展供暖检查', '某县开展冬季供暖安全检查 | 排查隐患23处']) {
      const blocks = classifyBlocks(['本报讯（记者 某某）11月19日，某县新建的3所公办幼儿园已全部投入使用。', '据了解，3所幼儿园总建筑面积1.86万平方米。', head, '入冬以来，某县住建局组织专业人员对供热企业开展安全检查。']);
      expect(blocks[2]!.kind, head).toBe('headline');
    }
  });
  it('leaves an exclamation inside a signed feature text', () => {
    const blocks = classifyBlocks(['某县：一条公路连起十个村', '本报记者 某某', '清晨七点，村民们已经在新修的公路上散步。', '这路修得真好！', '村民们说，以后进城方便多了。']);
    expect(blocks[3]!.kind).toBe('paragraph');
  });
});

describe("a body's reply printed as an article (关于…的建议的答复 / 市某局 / 代表：…) (issue 15)", () => {
  it("reads the body's name under the head as its byline, and whom it answers as the text's first line", () => {
    const page = ['关于增设城区公共厕所的建议的答复\n市城市管理局', '代表：赵某某、钱某某\n你们提出的建议收悉，现答复如下：', '一、工作进展\n今年城区新建公共厕所24座。', '联系人：孙某某\n联系电话：0355-1234567'].join('\n\n');
    const blocks = classifyBlocks(splitBlocks(page));
    expect(blocks.slice(0, 3).map((b) => [b.kind, b.text])).toEqual([
      ['headline', '关于增设城区公共厕所的建议的答复'], ['byline', '市城市管理局'], ['paragraph', '代表：赵某某、钱某某'],
    ]);
  });
  it('reads a name of a body whose field is an adjective (卫生健康委员会) so too, its text in the same block', () => {
    const blocks = classifyBlocks(splitBlocks('对某届某次会议第12号建议的答复\n市卫生健康委员会\n\n某某代表：\n您提出的建议收悉，现答复如下：今年新增康复科21个。'));
    expect(kinds(blocks).slice(0, 3)).toEqual(['headline', 'byline', 'paragraph']);
  });
  it("leaves a body's name closing a notice as the notice's text, and a headline whose lower line is a centre's name one headline", () => {
    const notice = classifyBlocks(['停水通知', '因管网改造，12月5日8时至18时城东片区停水，请居民提前储水。', '武乡县自来水公司']);
    expect(notice[2]!.kind).not.toBe('byline');
    const broken = classifyBlocks(['某县新建', '社区养老服务中心', '本报记者 某某', '近日，某县新建的社区养老服务中心投入使用。']);
    expect(broken[1]!.kind).not.toBe('byline');
  });
});

describe('the day a reply was signed, alone under its last line (issue 15)', () => {
  it("is the reply's text, not a date line of the page; the page's own date line over its first head stays the page's", () => {
    const page = ['2025年8月12日', '关于增设城区公共厕所的提案的答复', '市城市管理局', '提案人：赵某某委员', '您提出的提案收悉，现答复如下：今年城区新建公共厕所24座。', '联系人：孙某某  联系电话：0355-1234567', '2025年7月15日'];
    const blocks = classifyBlocks(page);
    expect(blocks[0]!.kind).toBe('furniture');
    expect(blocks.at(-1)!.kind).toBe('paragraph');
  });
});

describe('a notice with numbered sections signed by its issuer (issue 15)', () => {
  it('keeps its last numbered head over the signed text a section heading: the title stands higher', () => {
    const page = splitBlocks(
      ['武乡县2025年公办幼儿园秋季招生公告', '为满足适龄幼儿入园需求，现将有关事项公告如下：', '三、报名方式', '家长须在报名时间内携带户口簿到园所现场报名。', '四、录取公示', '录取结果将于8月20日前在各园所公示，公示期3个工作日。', '武乡县教育局', '2025年8月5日'].join('\n'),
    );
    const blocks = classifyBlocks(page);
    expect(blocks.find((b) => b.text === '四、录取公示')?.kind).toBe('heading');
    expect(kinds(blocks).filter((k) => k === 'headline')).toHaveLength(1);
    expect(kinds(blocks).slice(-2)).toEqual(['paragraph', 'paragraph']);
  });
  it('still reads a notice\'s own unnumbered title over the signed text as its headline', () => {
    const page = splitBlocks(
      ['某镇新建老年食堂，每天为80位老人供餐。', '', '停水通知', '因管网改造施工，8月8日某路两侧小区将暂停供水。', '武乡县自来水公司', '2025年8月6日'].join('\n'),
    );
    expect(classifyBlocks(page).find((b) => b.text === '停水通知')?.kind).toBe('headline');
  });
});

describe('a row of priced items set apart by full-width spaces inside a report (issue 15)', () => {
  it('reads the row as text of the report, not a headline of its own', () => {
    const page = splitBlocks(
      ['“菜篮子”周报：蔬菜价格平稳', '', '本报讯（记者 某某）12月1日，市发展改革委发布本周主要副食品价格监测情况。', '本周均价：', '鸡蛋4.2元/斤#　大白菜0.9元/斤　土豆1.6元/斤', '注：#为较上周下降品种。', '工作人员介绍，元旦前后蔬菜需求增加，价格可能小幅上涨。'].join('\n'),
    );
    const blocks = classifyBlocks(page);
    expect(blocks.find((b) => b.text.includes('土豆1.6元/斤'))?.kind).toBe('paragraph');
    expect(kinds(blocks).filter((k) => k === 'headline')).toHaveLength(1);
  });
});

describe('a photo caption with its credit set after it by spaces on one line (issue 15)', () => {
  it('is a caption with its credit cut off, not the kicker of the headline under it', () => {
    const page = splitBlocks(
      ['老旧管网换新 两万户暖气热起来', '本报记者 王 刚', '', '11月26日，潞州区英雄南路供热管网改造工程完成接驳，沿线2.1万户居民家中暖气回升。', '', '工人在英雄南路更换供热管道  本报记者 王 刚 摄', '', '“冬病夏治”贴敷开始预约', '通讯员 李 娜', '', '近日，长治市中医医院“冬病夏治”三伏贴开始预约。'].join('\n'),
    );
    const blocks = classifyBlocks(page);
    const caption = blocks.find((b) => b.text.startsWith('工人在英雄南路'));
    expect(caption).toMatchObject({ kind: 'caption', text: '工人在英雄南路更换供热管道', credit: '本报记者 王 刚 摄' });
    expect(kinds(blocks).filter((k) => k === 'headline')).toHaveLength(2);
  });
});

describe("a web copy's picture mark and the caption under it (issue 15)", () => {
  it("reads [图片] alone on its line as the page's, and 图：… as the caption with its credit", () => {
    const page = ['入夏以来，某县完成供热管网改造86公里。', '[图片]', '图：工作人员在某小区检修设备。（记者 某某 摄）', '部分乡镇供热准备情况如下：'];
    const blocks = classifyBlocks(page);
    expect(kinds(blocks)).toEqual(['paragraph', 'furniture', 'caption', 'paragraph']);
    expect(blocks[2]).toMatchObject({ credit: '（记者 某某 摄）' });
  });
  it('leaves a picture mark opening a caption a caption', () => {
    expect(kinds(classifyBlocks(['某县完成供热管网改造86公里。', '【图】工作人员在某小区检修设备。']))).toEqual(['paragraph', 'caption']);
  });
});

describe("a sentence with its photo's credit under a copy's picture mark (issue 15)", () => {
  it("is the picture's caption, the credit read off", () => {
    const page = ['近日，某镇卫生院开通远程会诊。', '[图片]', '某镇卫生院医生为老人量血压。（通讯员 钱 多 摄）', '今年以来，某县新建村卫生室12个。'];
    const blocks = classifyBlocks(page);
    expect(kinds(blocks)).toEqual(['paragraph', 'furniture', 'caption', 'paragraph']);
    expect(blocks[2]!.credit).toBe('（通讯员 钱 多 摄）');
  });

  it('leaves a sentence with no credit under the mark, and a credited one under no mark, as text', () => {
    expect(kinds(classifyBlocks(['近日，某镇卫生院开通远程会诊。', '【图】', '今年以来，某县新建村卫生室12个。']))).toEqual(['paragraph', 'furniture', 'paragraph']);
    expect(kinds(classifyBlocks(['近日，某镇卫生院开通远程会诊。', '某镇卫生院医生为老人量血压。（通讯员 钱 多 摄）']))).toEqual(['paragraph', 'paragraph']);
  });
});

describe('a question and its answer alone on a line between finished texts (issue 15)', () => {
  it("is a title-like line, the next piece's headline, never joined to the text under it", () => {
    const page = ['▲某区：新增路灯800盏　某区今年完成36条小巷亮化改造。\n▲某县：建成充电车棚20处　某县今年在12个小区建成充电车棚。', '路灯不亮？电工当天就到', '晚上7点，家住某街道的李大娘拨通了服务热线。', '“今年我已经修了300多盏灯。”电工说。'];
    const blocks = classifyBlocks(page);
    expect(blocks.find((b) => b.text === '路灯不亮？电工当天就到')?.kind).toBe('headline');
  });

  it('leaves a question that ends on its mark, a sentence with its full stop and a line under a broken one as text', () => {
    const asked = ['某区今年完成36条小巷亮化改造。', '路灯不亮怎么办？', '晚上7点，家住某街道的李大娘拨通了服务热线。'];
    expect(kinds(classifyBlocks(asked))[1]).toBe('paragraph');
    const stopped = ['某区今年完成36条小巷亮化改造。', '路灯不亮？电工当天就到。', '晚上7点，家住某街道的李大娘拨通了服务热线。'];
    expect(kinds(classifyBlocks(stopped))[1]).toBe('paragraph');
    const broken = ['某区今年完成36条小巷亮化改造，新增路灯', '路灯不亮？电工当天就到', '晚上7点，家住某街道的李大娘拨通了服务热线。'];
    expect(kinds(classifyBlocks(broken))[1]).toBe('paragraph');
  });

  it('is one under a rule drawn after finished text too; under a rule after a broken line it stays text', () => {
    const ruled = ['预约挂号请拨打热线12345。', '---', '路灯不亮？电工当天就到', '晚上7点，家住某街道的李大娘拨通了服务热线。'];
    expect(classifyBlocks(ruled).find((b) => b.text === '路灯不亮？电工当天就到')?.kind).not.toBe('paragraph');
    const broken = ['预约挂号请拨打热线，或者到', '---', '路灯不亮？电工当天就到', '晚上7点，家住某街道的李大娘拨通了服务热线。'];
    expect(classifyBlocks(broken).find((b) => b.text === '路灯不亮？电工当天就到')?.kind).toBe('paragraph');
  });
});

describe('one short sentence over its photo credit between paragraphs of an article (issue 15)', () => {
  const page = (caption: string, after = '今年以来，某区城镇新增就业3100人，帮助260名困难人员再就业。') => ['某区：冬季招聘会送来1800个岗位', '本报讯（记者 钱 多）12月2日，某区冬季招聘会举行，52家企业到场，达成意向420人。', caption, '本报记者 钱 多 摄', after];

  it("is the caption of a photo inside the article: the text goes on under its credit", () => {
    expect(kinds(classifyBlocks(page('招聘会现场，求职者在展位前咨询。')))).toEqual(['headline', 'paragraph', 'caption', 'byline', 'paragraph']);
  });

  it('leaves a photo item opening with its day, a long one, and one over a wire item as paragraphs', () => {
    expect(kinds(classifyBlocks(page('12月2日，求职者在展位前咨询。')))[2]).toBe('paragraph');
    expect(kinds(classifyBlocks(page('招聘会现场，求职者在展位前咨询，不少企业当场与求职者签订了就业意向书。')))[2]).toBe('paragraph');
    expect(kinds(classifyBlocks(page('招聘会现场，求职者在展位前咨询。', '本报讯（通讯员 赵 敏）近日，某县举办返乡创业培训班，学员86人。')))[2]).toBe('paragraph');
  });
});

describe('a question under its label in brackets, the first of a Q&A box (issue 15)', () => {
  const news = ['某县开通城乡公交', '本报讯 近日，某县开通城乡公交线路3条。'];
  const read = (lines: string[]) => classifyBlocks(lines).map((b) => `${b.kind}: ${b.text}`);

  it('is text, a turn of the Q&A: the box’s title over it is its headline, no kicker', () => {
    const got = read([...news, '冬季用水问答', '【问】水管冻住了怎么办？', '【答】用温水慢慢浇，不要用明火烤。', '【问】停水了去哪里查询？', '【答】可拨打供水服务热线。']);
    expect(got.slice(2, 4)).toEqual(['headline: 冬季用水问答', 'paragraph: 【问】水管冻住了怎么办？']);
  });

  it('leaves a headline that asks, under a column’s name, a headline', () => {
    const got = read([...news, '民生关注', '水管冻住了怎么办？', '入冬以来，不少市民家中水管受冻，供水部门提醒及早做好防冻。']);
    expect(got).toContain('headline: 水管冻住了怎么办？');
  });
});

describe('a question over a text opening on a label: a hotline page’s pieces, a Q&A box', () => {
  const read = (lines: string[]) => classifyBlocks(lines).map((b) => `${b.kind}: ${b.text}`);
  const piece = (question: string, place: string) => [question, `【市民诉求】${place}居民来电反映，小区附近路灯不亮。`, `【部门回复】${place}城管局：已于11月5日全部修复。`];

  it('reads each question over its 【…】 parts as the headline of a piece of its own', () => {
    const got = read(['热线·问政', ...piece('路灯不亮，何时能修好？', '某区'), ...piece('小巷积水，谁来管一管？', '某县')]);
    expect(got).toContain('headline: 路灯不亮，何时能修好？');
    expect(got).toContain('headline: 小巷积水，谁来管一管？');
  });

  it('reads a question over a Q&A’s first 问： after a photo’s credit as the box’s headline', () => {
    const got = read(['某县新建供水管道86公里，12个村通上自来水。', '上图：村民在家中使用自来水。\n本报记者 某某 摄', '暖气不热找谁？', '问：室温多少度算不达标？', '答：卧室室温应不低于18℃。']);
    expect(got).toContain('headline: 暖气不热找谁？');
  });

  it('leaves a question under a broken-off line, over plain text or over a speaker’s turn as it was', () => {
    expect(read(['某区12345热线回应关切', '本报记者 某某', '11月以来，某区完成36条小巷亮化改造，对老旧线路进行了全面检修，新增路灯', '路灯不亮，何时能修好？', '【市民诉求】某区居民来电反映，小区附近路灯不亮。'])).toContain('paragraph: 路灯不亮，何时能修好？');
    expect(read(['某区今年完成36条小巷亮化改造。', '路灯不亮，何时能修好？', '晚上7点，家住某街道的李大娘拨通了服务热线。'])).toContain('paragraph: 路灯不亮，何时能修好？');
    expect(read(['某区今年完成36条小巷亮化改造。', '路灯不亮，何时能修好？', '王某：我们当天就派人去修。'])).toContain('paragraph: 路灯不亮，何时能修好？');
  });

  it('keeps a question over a labelled part, under a headline of another form, a section of that article', () => {
    const got = read(['某区12345热线回应群众关切', '本报记者 某某', '11月以来，某区12345热线受理群众诉求1200件。', '路灯不亮，何时能修好？', '【部门回复】某区城管局：已于11月5日全部修复。']);
    expect(got.filter((l) => l.startsWith('headline'))).toEqual(['headline: 某区12345热线回应群众关切']);
  });
});

describe('a body’s note of sending glued to a paragraph', () => {
  // e2adc9a7 cut it off as the item's signature and took back (review finding F24, session 33): under a headline the note
  // may close a paragraph that is not the item's last (`…全部完工。（屯留区交通运输局供稿）` / `各乡镇完成情况如下：` / a table),
  // and the cut ended the item there, the text under it a new article. It stays in the text until a rule can tell the
  // item's end; on a line of its own it is the item's byline (marks.ts STANDALONE_BYLINES).
  it('stays in the text, so what follows stays in the item', () => {
    const blocks = classifyBlocks(['某区农村公路建设全部完工', '今年以来，某区新建改造农村公路120公里，12月底前全部完工。（某区交通运输局供稿）', '各乡镇完成情况如下：\n某街道　15公里\n某镇　22公里']);
    expect(blocks[1]!.text.endsWith('（某区交通运输局供稿）')).toBe(true);
    expect(blocks[1]!.credit).toBeUndefined();
  });
});
