// Bulleted items by their form (structure/briefs.ts): a bulleted headline over its item, and briefs of their own.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { structurePage } from '../segment.ts';
import { isBrief } from './briefs.ts';

const kinds = (raw: string[]) => classifyBlocks(raw).map((b) => [b.kind, b.text]);
const TEXT_TWO = '据统计，今年全区新建改造供热管网36公里。';
const TEXT = '入冬以来，城区各供热站点24小时值守，管网压力、水温实时监测，居民家中室温普遍在20度以上。';

describe('isBrief: a bulleted question', () => {
  it("reads one question alone on its bulleted line as a section's head, not a brief", () => {
    for (const t of ['■ 症结：场地<需求，改造钱从哪来？', '● 充电桩为何迟迟建不起来？']) expect(isBrief(t), t).toBe(false);
    expect(isBrief('● 12月5日，某镇新建充电棚3座。群众还有什么期待？')).toBe(true);
  });
});

describe('isBrief: a voice under a box label (issue 15)', () => {
  it("reads a person's words after the office and name that say them as no brief; a place's label still opens one", () => {
    expect(isBrief('● 市人大代表、小学校长　某　某：建议扩大课后服务覆盖面。')).toBe(false);
    expect(isBrief('● 市政协委员、医院院长 王建军：建议在山区推广“流动诊所”。')).toBe(false);
    expect(isBrief('● 某县：今年新建农村互助幸福院12个。')).toBe(true);
    expect(isBrief('● 县人社局：为返乡人员提供岗位3200个。')).toBe(true);
  });
});

describe('isBrief', () => {
  it('is an item set off by a bullet that ends its sentence, dated or not', () => {
    expect(isBrief('◆ 东街社区卫生服务站新增中医理疗室，居民在家门口就能做针灸。')).toBe(true);
    expect(isBrief('● 1月5日，西街街道举办冬季招聘会。')).toBe(true);
  });

  it('is no data line, no unfinished item, and no numbered item of a list in running text unless dated', () => {
    expect(isBrief('● 新增城镇就业 3120人')).toBe(false);
    expect(isBrief('◆ 东街社区卫生服务站新增中医理疗室')).toBe(false);
    expect(isBrief('1. 携带身份证到服务大厅办理。')).toBe(false);
  });
});

describe('a bulleted title-like line', () => {
  it('over its item\'s text is that item\'s headline, its bullet left off, a column name over it the kicker', () => {
    expect(kinds([TEXT, '■ 街道动态', '★ 东街社区：“小书屋”开到楼门口', TEXT.replace('入冬以来', '今年以来')]).slice(1, 3)).toEqual([
      ['kicker', '■ 街道动态'],
      ['headline', '东街社区：“小书屋”开到楼门口'],
    ]);
  });

  it('over its byline line and its text is the item\'s headline too', () => {
    expect(kinds([TEXT, '◆ 东街社区：“小书屋”开到楼门口', '□ 通讯员 郭 锐', '本报讯 ' + TEXT_TWO]).slice(1, 3)).toEqual([
      ['headline', '东街社区：“小书屋”开到楼门口'],
      ['byline', '□ 通讯员 郭 锐'],
    ]);
  });

  it('is a line of a data box, or the last item of a list, where it stands so', () => {
    expect(kinds(['数读东街', '● 新增书屋 12个', '● 借阅图书 3600册', TEXT]).map(([k]) => k)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph']);
    expect(kinds([TEXT, '● 借阅图书到期前可以续借一次', '● 归还图书可投入自助还书箱', TEXT]).map(([k]) => k)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('after a brief of its own, heads the next item where the text below restates it', () => {
    const brief = '■壶关县：今年以来，壶关县太行山大峡谷景区接待游客186万人次，实现旅游收入9.3亿元。';
    expect(kinds([brief, '■西井镇花椒亩均增收800元', '黎城县西井镇今年推广花椒矮化密植技术，全镇花椒亩均增收800元。']).map(([k]) => k)).toEqual(['paragraph', 'headline', 'paragraph']);
    // The list's last item over text that goes on elsewhere stays the list's.
    expect(kinds([brief, '■西井镇花椒亩均增收800元', TEXT]).map(([k]) => k)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('a line under a caption mark (▲, △) over text (issue 15)', () => {
  const item = '本报讯 入冬以来，城区集中供暖平稳运行，供热面积达到3200万平方米。';
  it("heads a brief where the text under it restates it, as a report's lead restates its headline", () => {
    const page = [item, '▲潞城区新建口袋公园6个', '今年，潞城区在城区新建口袋公园6个，新增绿地2.3万平方米。', '▲ 黎城县完成农村改厕1200户', '今年，黎城县完成农村户厕改造1200户，超额完成年度任务。'];
    expect(kinds(page).map(([k]) => k).slice(0, 3)).toEqual(['paragraph', 'headline', 'paragraph']);
    const heads = structurePage(page.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
    expect(heads).toEqual([undefined, '潞城区新建口袋公园6个', '黎城县完成农村改厕1200户']);
  });
  it("stays a photo's caption where the text goes on with its own words, or where it tells the scene in a sentence", () => {
    expect(kinds([item, '▲潞城区新建的口袋公园', '据介绍，城区还将新建绿道12公里，方便市民健身。']).map(([k]) => k)).toEqual(['paragraph', 'caption', 'paragraph']);
    // A photo's caption that the text under it restates (the scene, then the day and who did it): no place opens it, no count.
    const photo = ['连日来，城区供热管网检修工作有序推进，确保居民温暖过冬。', '▲ 工人在城东路检修供热阀门', '12月2日，市热力公司组织工人在城东路检修供热阀门，保障管网安全运行。'];
    expect(kinds(photo).map(([k]) => k)).toEqual(['paragraph', 'caption', 'paragraph']);
    expect(structurePage(photo.join('\n')).segments.length).toBe(1);
    expect(kinds([item, '▲ 市民在新建的口袋公园里健身。', '今年，潞城区在城区新建口袋公园6个，市民在新建的口袋公园里健身。']).map(([k]) => k)).toEqual(['paragraph', 'caption', 'paragraph']);
  });
});

describe('a column of briefs', () => {
  it('gives each bulleted sentence an article of its own, the column\'s name in brackets furniture over the first', () => {
    const page = ['东街社区：“小书屋”开到楼门口', '本报记者 孔 亮', TEXT, '【一句话新闻】', '● 1月5日，西街街道举办冬季招聘会。', '● 县图书馆寒假阅读季启动，计划开展活动30场。'];
    const { segments } = structurePage(page.join('\n\n'));
    expect(segments.map((s) => s.blocks.map((b) => [b.kind, b.source[0]]))).toEqual([
      [['headline', 0], ['byline', 1], ['paragraph', 2]],
      [['furniture', 3], ['paragraph', 4]],
      [['paragraph', 5]],
    ]);
  });
});

describe('a column of briefs in parts', () => {
  it('has its name and the names of its parts as furniture, each item an article', () => {
    const page = ['2026年1月6日 星期二 第4版', '一句话新闻', '【教育】', '● 潞州区新建中小学5所，新增学位3600个。', '● 屯留区为农村学校配备校车12辆。', '【就业】', '● 襄垣县举办冬季招聘会，提供岗位1800个。'];
    const { segments } = structurePage(page.join('\n\n'));
    expect(segments.map((s) => s.blocks.map((b) => b.kind))).toEqual([['furniture', 'furniture', 'furniture', 'paragraph'], ['paragraph'], ['furniture', 'paragraph']]);
  });
});

describe("the names of a column's parts set off by ornaments", () => {
  it('are furniture over their items, and a dotted name is no signature unless it names a person', () => {
    const page = ['2026年1月6日 星期二 第4版', '一句话新闻', '▲教育', '● 潞州区新建中小学5所，新增学位3600个。', '·医疗·', '● 黎城县人民医院开通远程会诊。'];
    const { segments } = structurePage(page.join('\n\n'));
    expect(segments.map((s) => s.blocks.map((b) => b.kind))).toEqual([['furniture', 'furniture', 'furniture', 'paragraph'], ['furniture', 'paragraph']]);
    expect(classifyBlocks(['城区新增三座换热站', TEXT_TWO, '·白雪峰·'])[2]!.kind).toBe('byline');
  });
});


describe('a bulleted line with a number', () => {
  it('alone over running text is the item\'s headline; beside another such line it is a line of a data box', () => {
    expect(kinds([TEXT, '■ 某镇改造农村公路12公里', '本报讯 ' + TEXT_TWO])[1]).toEqual(['headline', '某镇改造农村公路12公里']);
    expect(kinds([TEXT, '■ 改造农村公路 12公里', '■ 新建桥梁 3座', TEXT_TWO]).slice(1, 3).map(([k]) => k)).toEqual(['paragraph', 'paragraph']);
  });

  it('under a list of another mark that ends on a number is still the next item\'s headline: a data box keeps one mark', () => {
    const list = ['- 下一步：将把供餐单位纳入监管', '- 目标：明年底前覆盖率达到100%'];
    expect(kinds([TEXT, ...list, '■某县新建公园5座', TEXT_TWO])[3]).toEqual(['headline', '某县新建公园5座']);
    // Under a line of its own mark with a number, it is a line of that box still.
    expect(kinds([TEXT, '■ 新建桥梁 3座', '■某县新建公园5座', TEXT_TWO]).slice(1, 3).map(([k]) => k)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('a box of tips under its label (issue 15)', () => {
  it('tells a tip from a news brief by its form', async () => {
    const { isTipLine, isTipsBox } = await import('./briefs.ts');
    expect(isTipLine('■ 使用取暖设备要注意通风，谨防一氧化碳中毒。')).toBe(true);
    expect(isTipLine('■ 11月18日，某街道为独居老人安装了烟雾报警器。')).toBe(false);
    expect(isTipLine('■ 沁源县：今年以来，县里新建村级日间照料中心9个。')).toBe(false);
    expect(isTipsBox(['■ 冬季路面湿滑，老人外出请穿防滑鞋。', '■ 使用取暖设备要注意通风。'])).toBe(true);
    expect(isTipsBox(['■ 冬季路面湿滑，老人外出请穿防滑鞋。', '● 使用取暖设备要注意通风。'])).toBe(false);
  });

  it('is one piece headed by its label, not a brief a line, nor a lead of the next article', async () => {
    const { structurePage } = await import('../segment.ts');
    const page = [
      '城区社区食堂覆盖所有街道', '本报记者 孔 亮', '今年以来，城区新建社区食堂28个，老人就餐每餐可享受3元补贴。', '街道还为行动不便的老人提供送餐上门服务。',
      '温馨提示\n■ 冬季路面湿滑，老人外出请穿防滑鞋。\n■ 使用取暖设备要注意通风，谨防一氧化碳中毒。\n■ 接到陌生电话推销“养老项目”，请及时与子女联系。',
      '幸福里社区：“时间银行”存下邻里情', '通讯员 申晓红', '每周三下午，退休教师杨桂英都会到社区88岁的王大爷家陪他聊天。',
    ].join('\n\n');
    const segments = structurePage(page).segments.map((s) => s.blocks.map((b) => b.kind));
    expect(segments).toEqual([
      ['headline', 'byline', 'paragraph', 'paragraph'],
      ['headline', 'paragraph', 'paragraph', 'paragraph'],
      ['headline', 'byline', 'paragraph'],
    ]);
  });
});

describe('a brief with its head and text on one line (issue 15)', () => {
  it('cuts the head off at the space before the text', async () => {
    const { cutItemHead } = await import('./briefs.ts');
    expect(cutItemHead('■ 郭道镇新建日间照料中心投用 日前，郭道镇新建的日间照料中心投入使用，可提供床位30张。')).toEqual({
      bullet: '■', head: '郭道镇新建日间照料中心投用', text: '日前，郭道镇新建的日间照料中心投入使用，可提供床位30张。',
    });
    expect(cutItemHead('■ 县人民医院开展义诊 11月以来，县人民医院组织专家下乡义诊14场。')?.head).toBe('县人民医院开展义诊');
  });

  it('leaves items with no head on their line as they are', async () => {
    const { cutItemHead } = await import('./briefs.ts');
    expect(cutItemHead('■ 11月18日，潞城区成家川街道为独居老人安装了烟雾报警器。')).toBeUndefined();
    expect(cutItemHead('■ 沁源县：今年以来，县里新建村级日间照料中心9个。')).toBeUndefined();
    expect(cutItemHead('■ 使用取暖设备 要注意通风。')).toBeUndefined();
  });
});

describe("a box's bulleted field lines under its headline (issue 15)", () => {
  it('tells a field label from a brief\'s place', async () => {
    const { opensWithFieldLabel } = await import('./briefs.ts');
    expect(opensWithFieldLabel('●门票：景区联票120元，学生票60元。')).toBe(true);
    expect(opensWithFieldLabel('■ 沁源县：今年以来，县里新建日间照料中心9个。')).toBe(false);
    expect(opensWithFieldLabel('● 11月18日，某街道为老人安装了报警器。')).toBe(false);
  });

  it('keeps the lines in one box, not a brief a line', async () => {
    const { structurePage } = await import('../segment.ts');
    const page = ['城区新增三座换热站', '本报记者 孔 亮', TEXT, '游玩攻略', '冬游太行　这样玩更省心', '●线路：太行山大峡谷—黄崖洞—八路军太行纪念馆。', '●门票：景区联票120元，学生票60元。', '●纪念馆免费参观，需提前在线预约。'].join('\n\n');
    expect(structurePage(page).segments.map((s) => s.blocks.filter((b) => b.kind === 'paragraph').length)).toEqual([1, 3]);
  });
});

describe('a △ item closed by a note in brackets (issue 15)', () => {
  it('is a brief of its own, as a ● item is', () => {
    expect(isBrief('△市民李先生反映城东路灯不亮。市城管局答复：已更换灯具26盏。（联系电话：0355-1234567）')).toBe(true);
    expect(isBrief('● 近日，东街社区新开一家助餐点。（联系人：王芳）')).toBe(true);
  });
  it('not a note that closes no sentence, nor an open clause', () => {
    expect(isBrief('△市民李先生反映城东路灯不亮（联系电话：0355-1234567）')).toBe(false);
    expect(isBrief('△ 城东路灯')).toBe(false);
  });
});

describe('isBrief: a brief closed by a topic tag (issue 15)', () => {
  const brief = '■近日，东阳关镇为全镇80户独居老人安装了一键呼叫设备，并安排志愿者每周上门探访。';
  it('is a brief with its tag, its signature after the tag or not, and starts an item after another article’s text', () => {
    for (const tail of ['#平安黎城#', '#平安黎城#（通讯员 郭某）', '#平安黎城#（郭某某）']) expect(isBrief(`${brief}${tail}`), tail).toBe(true);
    const page = ['全市新增普惠托位1200个', '本报讯（记者 张某）今年以来，全市新增普惠托位1200个。', '市卫健委负责人介绍，明年全市将再新增托位800个。', `${brief}#平安黎城#（通讯员 郭某）`];
    for (const join of ['\n', '\n\n']) expect(structurePage(page.join(join)).segments.map((s) => s.blocks[0]!.text)).toHaveLength(2);
  });
  it('is none where a tag or a text that ends unfinished stands alone', () => {
    expect(isBrief('■ #平安黎城#')).toBe(false);
    expect(isBrief('■近日，东阳关镇为全镇80户独居老人安装了一键呼叫设备#平安黎城#')).toBe(false);
    expect(isBrief('■ 新增一键呼叫设备 80台 #平安黎城#')).toBe(false);
  });
});
