// Pages exported without blank lines (structure/lines.ts): which lines of a block are blocks of their own.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import { splitPageLines } from './lines.ts';

const TEXT = '入冬以来，城区各供热站点24小时值守，管网压力、水温实时监测，居民家中室温普遍在20度以上。';
const TEXT_2 = '据统计，今年全区新建改造供热管网36公里，新增供热面积120万平方米。';

describe('splitPageLines', () => {
  it('cuts header, column name, headline, deck, byline and each paragraph apart', () => {
    const block = ['上党晚报 2026年1月6日 星期二 第4版', '民生一线', '城区供热管网改造完工', '——新增供热面积120万平方米', '本报记者 孔 亮', TEXT, TEXT_2].join('\n');
    expect(splitPageLines(block)).toEqual(block.split('\n'));
  });

  it('ends a paragraph at its photo credit, its continuation mark or an English full stop', () => {
    expect(splitPageLines(`${TEXT} 本报记者 孔亮 摄\n郊区公交首末站投用\n${TEXT_2}`)).toHaveLength(3);
    expect(splitPageLines(`${TEXT}（下转第2版）\n郊区公交首末站投用\n${TEXT_2}`)).toHaveLength(3);
    expect(splitPageLines(`${TEXT}\nCity Briefs\nBus stops get heated rooms\nChangzhi has opened heated waiting rooms at 36 rural bus stops this winter.`)).toHaveLength(4);
  });

  it("keeps a brief's items apart, and the rows of a table together", () => {
    expect(splitPageLines('简讯\n■ 1月5日，东街社区开展义诊。（通讯员 周宁）\n■ 1月4日，西街街道举办招聘会。（记者 孔亮）')).toHaveLength(3);
    expect(splitPageLines(`${TEXT}\n| 线路 | 时间 |\n| --- | --- |\n| 3路 | 6:30 |\n${TEXT_2}`)).toEqual([TEXT, '| 线路 | 时间 |\n| --- | --- |\n| 3路 | 6:30 |', TEXT_2]);
    // A table's title over its rows, no blank line between: the title, then the table.
    expect(splitPageLines('【数据】某县服务清单\n| 项目 | 数量 |\n| 养老服务站 | 46个 |')).toEqual(['【数据】某县服务清单', '| 项目 | 数量 |\n| 养老服务站 | 46个 |']);
  });

  it('cuts a topic tag with one hash from the headline under it', () => {
    expect(splitPageLines('#暖冬行动\n供热报修响应提速')).toEqual(['#暖冬行动', '供热报修响应提速']);
    expect(splitPageLines('#1号楼加装电梯\n完工')).toEqual(['#1号楼加装电梯\n完工']);
  });

  it('cuts three title lines or more apart: a headline runs to two lines at most', () => {
    expect(splitPageLines('引题 两个短语\n某区：社区托育点\n开到居民家门口')).toEqual(['引题 两个短语', '某区：社区托育点', '开到居民家门口']);
    expect(splitPageLines('某区：社区托育点\n开到居民家门口')).toEqual(['某区：社区托育点\n开到居民家门口']);
  });

  it('cuts a deck opened by dashes from the headline lines over it', () => {
    expect(splitPageLines('引题 两个短语\n某区集中供热\n延伸到两个镇\n——城乡居民共享温暖冬天')).toEqual(['引题 两个短语', '某区集中供热', '延伸到两个镇', '——城乡居民共享温暖冬天']);
  });

  it('keeps lines that only read together: a headline over two lines, running text wrapped after a comma', () => {
    expect(splitPageLines('城区供热管网改造完工\n新增供热面积120万平方米')).toEqual(['城区供热管网改造完工\n新增供热面积120万平方米']);
    expect(splitPageLines(`入冬以来，城区各供热站点24小时值守，\n管网压力、水温实时监测。\n${TEXT_2}`)).toEqual([`入冬以来，城区各供热站点24小时值守，管网压力、水温实时监测。`, TEXT_2]);
  });

  it('joins a sentence wrapped short after a clause mark over a line that finishes it, and keeps a lead-in over its headline apart (issue 15)', () => {
    expect(splitPageLines('某局负责人介绍，\n新站点建成后，全县具备条件的行政村\n通快递比例达到100%。')).toEqual(['某局负责人介绍，新站点建成后，全县具备条件的行政村通快递比例达到100%。']);
    expect(splitPageLines('医养结合让老人住得安心，\n某区公办养老机构\n全部开设护理专区\n本报记者 孔 亮')).toEqual(['医养结合让老人住得安心，', '某区公办养老机构', '全部开设护理专区', '本报记者 孔 亮']);
  });

  it("joins running text hard-wrapped at the page's width mid-word, and keeps a headline over text apart", () => {
    const page = '城区供热管网改造完工\n本报记者 孔 亮\n入冬以来，城区各供热站点24小时值守，管网压力、水温实时监\n测，居民家中室温普遍在20度以上。\n据统计，今年全区新增供热面积120万平\n方米。';
    expect(splitPageLines(page)).toEqual(['城区供热管网改造完工', '本报记者 孔 亮', TEXT, '据统计，今年全区新增供热面积120万平方米。']);
    expect(splitPageLines('Heated rooms open at bus stops\nQinxian county has opened 12 heated waiting rooms at rural\nbus stops, the bureau said.')).toEqual([
      'Heated rooms open at bus stops',
      'Qinxian county has opened 12 heated waiting rooms at rural bus stops, the bureau said.',
    ]);
  });
});

describe('a page exported without blank lines', () => {
  it('is read as the same page with them', () => {
    const lines = ['2026年1月6日 星期二 第4版 责任编辑：周 宁', '民生一线', '城区供热管网改造完工', '本报记者 孔 亮', TEXT, TEXT_2, '郊区公交首末站投用', '本报讯（记者 周宁）1月5日，郊区新建的公交首末站投入使用，设有候车室和充电桩。'];
    const kinds = (text: string) => structurePage(text).segments.map((s) => s.blocks.map((b) => b.kind));
    expect(kinds(lines.join('\n'))).toEqual(kinds(lines.join('\n\n')));
    expect(kinds(lines.join('\n'))).toEqual([['furniture', 'kicker', 'headline', 'byline', 'paragraph', 'paragraph'], ['headline', 'paragraph']]);
  });
});

describe('a data box under its title with no blank line', () => {
  it('is cut into the title and its lines, and printed twice it is one box', () => {
    const box = ['数读某县民生', '◆ 新建幼儿园 4所', '◆ 改造农村公路 86公里'].join('\n');
    expect(splitPageLines(box)).toEqual(box.split('\n'));
    const { segments } = structurePage(['某县：民生实事件件落地', '本报记者 孔 亮', TEXT, box, box].join('\n\n'));
    expect(segments.map((s) => s.blocks.map((b) => b.kind))).toEqual([['headline', 'byline', 'paragraph'], ['headline', 'paragraph', 'paragraph']]);
  });

  it('keeps a list under its lead-in whole', () => {
    const list = ['办理方式：', '● 线上 12个工作日', '● 线下 5个工作日'].join('\n');
    expect(splitPageLines(list)).toEqual([list]);
  });
});

describe('notices and facts in a block printed without blank lines (issue 15)', () => {
  it('cuts a labelled notice from the one above that ends on its number', () => {
    expect(splitPageLines('便民提示\n停水通知：12月12日某街暂停供水，请居民提前储水。咨询电话：0355-2034567\n供热报修：市热力公司24小时服务热线 0355-2025000')).toEqual([
      '便民提示',
      '停水通知：12月12日某街暂停供水，请居民提前储水。咨询电话：0355-2034567',
      '供热报修：市热力公司24小时服务热线 0355-2025000',
    ]);
  });
  it('keeps labelled facts one a line together, apart from the text over them', () => {
    const out = splitPageLines('即日起，某县城乡居民医保集中缴费正式开始。\n缴费标准: 每人每年400元\n缴费时间: 9月1日—12月31日\n咨询电话: 0355-6391234');
    expect(out).toEqual(['即日起，某县城乡居民医保集中缴费正式开始。', '缴费标准: 每人每年400元\n缴费时间: 9月1日—12月31日\n咨询电话: 0355-6391234']);
  });
});

describe('a column name on the line over a headline (issue 15)', () => {
  it('is a line of its own, not the first line of a broken headline', () => {
    for (const column of ['百姓身边', '民生·关注', '<民生>', '■ 民生关注', '【民生关注】']) {
      expect(splitPageLines(`${column}\n某县开展冬季供暖安全检查`), column).toEqual([column, '某县开展冬季供暖安全检查']);
    }
  });
  it('leaves a headline broken over two lines whole', () => {
    expect(splitPageLines('老旧小区改造：\n改出居民“新生活”')).toEqual(['老旧小区改造：\n改出居民“新生活”']);
  });
});

describe("an editor's note's label on a line of its own (issue 15)", () => {
  it('opens the note under it: one paragraph', () => {
    expect(splitPageLines('【编者按】\n今年以来，我市民生实事项目陆续落地见效。敬请关注。')).toEqual(['【编者按】今年以来，我市民生实事项目陆续落地见效。敬请关注。']);
  });
});

describe('a public list of names under its lead-in (issue 15)', () => {
  it('keeps rows of names under the line that leads into them, one a line, with that line', () => {
    const lead = '经个人申请、资格审核，拟聘用12名人员到公益性岗位工作。现将名单公示如下：';
    const rows = ['韩晓梅　赵国强　申建华　李秀兰', '郭红英　王志刚　陈丽娟　牛建军'];
    const after = '公示期为5个工作日。';
    expect(splitPageLines([lead, ...rows, after].join('\n'))).toEqual([[lead, ...rows].join('\n'), after]);
  });

  it('leaves a byline of names alone, with no lead-in over it', () => {
    const block = ['城区供热管网改造完工', '王栋 李静 周宁', TEXT].join('\n');
    expect(splitPageLines(block)).toEqual(block.split('\n'));
  });
});

describe("a wire item's opening line cut off mid-sentence (issue 15)", () => {
  it('runs on to the next line however short it is, under its headline', () => {
    const block = ['城区新开2条夜间公交', '本报讯（记者 郭 丽）11月2日，市公交', '公司开通2条夜间线路，末班车延至23时。'].join('\n');
    expect(splitPageLines(block)).toEqual(['城区新开2条夜间公交', '本报讯（记者 郭 丽）11月2日，市公交公司开通2条夜间线路，末班车延至23时。']);
  });

  it('leaves a wire opening that ends its sentence apart from the next paragraph', () => {
    const block = ['本报讯 11月2日，市公交公司开通2条夜间线路。', '据了解，末班车延至23时。'].join('\n');
    expect(splitPageLines(block)).toEqual(block.split('\n'));
  });

  it('runs on when cut before its first comma, into a line that finishes its sentence (no page measure to read)', () => {
    const cut = ['襄垣县养老服务中心投用', '本报讯（记者 冯 敏）记者从县民政局获', '悉，县养老服务中心日前投入使用，设床位260张。'].join('\n');
    expect(splitPageLines(cut)).toEqual(['襄垣县养老服务中心投用', '本报讯（记者 冯 敏）记者从县民政局获悉，县养老服务中心日前投入使用，设床位260张。']);
    const atWord = ['本报讯 今年县里安排的八件民生实事', '全部完成。截至11月底，各项目累计投资3.6亿元。'].join('\n');
    expect(splitPageLines(atWord)).toEqual([atWord.replace('\n', '')]);
  });

  it('leaves such a line apart from a headline or a paragraph of its own under it', () => {
    // A title (no clause mark) or a paragraph opened by its date is a block of its own, whatever the line over it.
    for (const next of ['县养老服务中心投用', '11月20日，县养老服务中心投入使用。']) {
      const block = ['襄垣县养老服务中心投用', '本报讯（记者 冯 敏）记者从县民政局获悉', next].join('\n');
      expect(splitPageLines(block)).toEqual(block.split('\n'));
    }
  });
});

describe('a number broken after its decimal point (issue 15)', () => {
  it('goes on to the next line: the point ends no sentence', () => {
    const block = ['本报讯 今年以来，全市共受理各类案件', '3.4万件，审结3.1万件，结案率91.', '2%，同比提高1.5个百分点。'].join('\n');
    expect(splitPageLines(block)).toEqual(['本报讯 今年以来，全市共受理各类案件3.4万件，审结3.1万件，结案率91.2%，同比提高1.5个百分点。']);
  });
});

describe('a table broken by the page\'s running head', () => {
  it('is one block of its rows, the head left out', () => {
    const head = '3　　城建·交通　　上党日报　2025年11月27日　星期四';
    const block = ['县区　全年计划　已完成　完成率', '东城区　150　148　98.7%', '西城区　180　171　95.0%', head, '南城区　140　129　92.1%'].join('\n');
    expect(splitPageLines(block)).toEqual([block.split('\n').filter((l) => l !== head).join('\n')]);
  });
});

describe('splitPageLines: a line ending on a number to call (issue 15)', () => {
  it('ends there, however wide, and the body signing under it is a line of its own', () => {
    const text = '每户补助标准为2万元。公示期内如有异议，请向某县住房和城乡建设局反映。监督电话：0355-8000000';
    const block = ['某县2025年农村危房改造补助对象公示', '根据农户申请、村级评议和乡镇审核，现将补助对象予以公示，公示期为7天。', text, '某县住房和城乡建设局', '2025年11月24日'].join('\n');
    expect(splitPageLines(block, 40)).toEqual(block.split('\n'));
  });
  it('ends there over a title-like line in a block of two lines: the next piece\'s headline is a block of its own (issue 15)', () => {
    expect(splitPageLines('联系人：某某 联系电话：0355-1234567\n某县：青年创业园里“创”出新天地')).toEqual(['联系人：某某 联系电话：0355-1234567', '某县：青年创业园里“创”出新天地']);
    // A box's title over the rows of a directory, each ending on its number, stays one block.
    expect(splitPageLines('■ 服务站点一览（部分）\n西关街道　西关社区日间照料中心　助餐、健康监测　电话：0355-1234567\n城南街道　城南社区养老服务站　助餐、助浴　电话：0355-7654321')).toHaveLength(1);
  });

  it('goes on where the next line goes on with its digits', () => {
    expect(splitPageLines('如有疑问，可拨打监督电话：0355-80\n00000咨询，工作日8:30—17:30受理。', 20)).toHaveLength(1);
  });
});

describe('splitPageLines: whom a notice addresses under its head, no blank lines (issue 15)', () => {
  const starts = (page: string) => structurePage(page).segments.map((s) => s.blocks[0]!.text);
  const head = '襄垣县2026年度城乡居民临时救助对象名单公示';
  const body = '根据《襄垣县临时救助实施办法》，经个人申请、乡镇审核、县民政局审批，现将救助对象名单予以公示，公示期为7天。';

  it('is a line of its own, and the notice after a data box heads a piece of its own', () => {
    expect(splitPageLines([head, '各乡镇（街道）、各有关单位：', body].join('\n'))).toEqual([head, '各乡镇（街道）、各有关单位：', body]);
    const page = ['数说襄垣', '● 新建村级养老服务站21个', '● 发放取暖补贴860万元', head, '各乡镇（街道）：', body, '公示期内如有异议，请向县民政局反映。'].join('\n');
    expect(starts(page)).toEqual(['数说襄垣', head]);
  });

  it('leaves a lead-in under another title, and a notice quoted by the text above it, as they were', () => {
    // A tip's label under a headline that names no notice runs on into its text.
    expect(splitPageLines(['冬季用暖安全小知识', '温馨提示：', '取暖设备使用后要及时断电，不要在暖气片上烘烤衣物。'].join('\n'))).toHaveLength(2);
    const quoted = ['本报讯 近日，县民政局在官网发布公示，全文如下：', head, '各乡镇（街道）：', body, '公示期内如有异议，请向县民政局反映。'].join('\n');
    expect(starts(quoted)).toHaveLength(1);
  });
});

describe("a data box's title, its bulleted figures and its note printed without blank lines (issue 15)", () => {
  it('is cut into its lines, the note a line of its own', () => {
    const block = ['数读 · 养老服务', '* 26个 新建社区食堂', '* 1.8万人次 今年以来助餐服务', '* 340张 新增护理床位', '数据截至2025年11月底 | 制图 钱多'].join('\n');
    expect(splitPageLines(block)).toEqual(['数读 · 养老服务', '* 26个 新建社区食堂', '* 1.8万人次 今年以来助餐服务', '* 340张 新增护理床位', '数据截至2025年11月底 | 制图 钱多']);
  });
  it('cuts a sentence under the figures off them too', () => {
    const block = ['数读 · 养老服务', '* 26个 新建社区食堂', '* 1.8万人次 今年以来助餐服务', '数据显示，老人满意度达到98%。'].join('\n');
    expect(splitPageLines(block).at(-1)).toBe('数据显示，老人满意度达到98%。');
  });

  it('leaves a table of spaced words and figures under its title in one block', () => {
    const block = ['各县区养老服务', '县区 食堂 床位', '潞州区 26个 340张', '上党区 12个 180张', '屯留区 9个 120张'].join('\n');
    expect(splitPageLines(block)).toHaveLength(1);
  });
});

describe('a bulleted item over a line under it (issue 15)', () => {
  it('leaves a short bulleted head over its text as two blocks', () => {
    const block = ['◆某县开通首条城乡公交夜班线', '10月20日起，某镇至某镇的公交延长运营至21时，方便群众夜间出行。'].join('\n');
    expect(splitPageLines(block)).toHaveLength(2);
  });
});

describe('a bulleted brief wrapped onto the next line (issue 15)', () => {
  const item = ['◆西火镇今年新建村级卫生室四所，配备全科医生八名，服务群众', '一万二千余人。'];
  const next = '◆荫城镇为全镇一百二十名独居老人安装了烟感报警器。';

  it('runs on when its line of clauses stops mid-clause and the next line finishes the sentence', () => {
    expect(splitPageLines(['简讯', ...item, next].join('\n'))).toEqual(['简讯', item.join(''), next]);
  });

  it('stays apart when the line under it opens a paragraph of its own, or the bulleted line is a short head', () => {
    expect(splitPageLines(['简讯', item[0], '12月1日，卫生室全部投入使用。', next].join('\n'))).toHaveLength(4);
    expect(splitPageLines(['简讯', '◆卫生室建到村，看病不出村', '今年西火镇新建村级卫生室四所。', next].join('\n'))).toHaveLength(4);
  });
});

describe('splitPageLines: a sentence closed by an end mark or a note in brackets (issue 15)', () => {
  it("ends its paragraph there on a page of items one a line, the next item's head a line of its own", () => {
    const page = [
      '城区8条背街小巷完成改造',
      '本报讯 近日，城区8条背街小巷改造工程全部完工，累计铺设透水砖路面3.6万平方米。（完）',
      '市区至高铁东站公交加密',
      '本报讯 12月1日起，市区至高铁东站的3条公交线路加密班次，高峰时段每8分钟一班。（联系电话：0355-2030123）',
      '黎城县新建村级养老驿站12个',
      '本报讯 今年以来，黎城县新建村级养老驿站12个，为农村老人提供助餐、日间照料等服务。■',
      '沁县开通城乡公交新线路',
      '本报讯 近日，沁县开通城乡公交新线路3条，沿线31个村通了公交车。',
    ];
    expect(splitPageLines(page.join('\n'))).toEqual(page);
  });
  it('runs on where the wrapped line filling the column closes a bracket mid-sentence (near miss)', () => {
    const page = '城区供热管网改造完工\n本报记者 孔 亮\n入冬以来，城区各供热站点（含换热站）\n24小时值守，管网压力、水温实时监测，\n居民家中室温普遍在20度以上。\n据统计，今年全区新增供热面积120万平\n方米。';
    expect(splitPageLines(page)).toEqual(['城区供热管网改造完工', '本报记者 孔 亮', '入冬以来，城区各供热站点（含换热站）24小时值守，管网压力、水温实时监测，居民家中室温普遍在20度以上。', '据统计，今年全区新增供热面积120万平方米。']);
  });
});

describe('splitPageLines: a headline over its deck or byline, right under a line of text (issue 15)', () => {
  it('is a line of its own, labelled or not, where the text line above would run on into it', () => {
    const page = ['数据来源: 县民政局、县卫健局（截至2025年10月）', '"夜校": 家门口的"充电站"', '-- 潞州区今年开办社区夜校36所', '本报记者 某某', '晚上7点，潞州区紫金街街道的社区夜校里坐满了人。'];
    expect(splitPageLines(page.join('\n'))).toEqual(page);
    const signed = ['县民政局、县卫健局供稿，数据截至10月底', '夜校开到家门口', '本报记者 某某', '晚上7点，潞州区紫金街街道的社区夜校里坐满了人。'];
    expect(splitPageLines(signed.join('\n'))).toEqual(signed);
  });
  it('leaves text broken after a comma running on into the line that finishes it, over its signature', () => {
    expect(splitPageLines(['今年，县里新建老年食堂12个，', '日均服务老人900余人次', '（记者 某某）'].join('\n'))[0]).toBe('今年，县里新建老年食堂12个，日均服务老人900余人次');
  });
});

describe('an English headline of many letters over its text, no blank line between (issue 15)', () => {
  const TEXT_EN = 'Wuxiang county opened a new cold-storage warehouse for vegetables on Monday, letting growers keep their harvest fresh for three months.';

  it('is a block of its own, though it holds more letters than a Chinese headline holds characters', () => {
    expect(splitPageLines(`Wuxiang growers store their cabbage for spring\n${TEXT_EN}`)).toEqual(['Wuxiang growers store their cabbage for spring', TEXT_EN]);
    expect(splitPageLines(`Warm Rooms Open: Rural Bus Riders Wait Indoors\n${TEXT_EN}`)).toHaveLength(2);
  });

  it('leaves a paragraph wrapped at a column\'s width one block, its next line opening with a name', () => {
    const wrapped = 'The county opened a new cold-storage warehouse in the town of\nWuxiang on Monday, and growers say it will keep vegetables fresh.';
    expect(splitPageLines(wrapped)).toEqual([wrapped]);
  });
});
