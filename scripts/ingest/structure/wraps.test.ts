// Text hard-wrapped at a column's width, as copied from a PDF: the measure of a block, and its lines rejoined
// into paragraphs by splitPageLines (lines.ts). Made-up lines in the forms a PDF copy prints.
import { describe, expect, it } from 'vitest';
import { splitPageLines } from './lines.ts';
import { columnMeasure, emWidth, fillsColumn, fillsIndented } from './wraps.ts';

describe('columnMeasure', () => {
  it('is the width most lines of wrapped text share, a digit counting half', () => {
    expect(emWidth('共有住户386户。')).toBe(7.5);
    const lines = ['某县今年新建改造农村公路一百多公里，', '连通沿线十多个行政村，惠及沿线群众两', '万余人。据介绍，工程总投资达1.2亿元，', '明年还将继续推进。'];
    expect(columnMeasure(lines)).toBe(18);
  });

  it('is undefined for paragraphs kept whole on their lines, under headlines of a like length', () => {
    const lines = ['某县：今冬供暖提前5天开闸', '本报讯（记者 某某）11月10日零时，某县集中供热管网开始注水升温，比往年提前5天，城区居民家中室温普遍达到20摄氏度以上。', '某区：家门口招聘会送岗位', '本报讯（通讯员 某某）11月21日，某区专场招聘会在人社局举行，86家企业带来岗位3200个，当天达成就业意向860人。', '某县：新增普惠托位260个'];
    expect(columnMeasure(lines)).toBeUndefined();
    expect(columnMeasure(['一行', '两行'])).toBeUndefined();
  });

  it("is undefined for a notice kept on its lines, its table's rows as wide as one another", () => {
    const notice = [
      '潞城区2025年冬季公益性岗位招聘公告',
      '为做好就业困难人员兜底安置，经区人力资源和社会保障局研究，决定面向社会招聘公益性岗位人员。现将有关事项公告如下：',
      '一、岗位分配',
      '乡镇 岗位类别 名额（人） 报名地点',
      '成家川街道 保洁、护绿 40 街道便民服务中心',
      '店上镇 护林、巡山 35 镇政府便民服务大厅',
      '黄牛蹄乡 护林、护河 30 乡政府便民服务大厅',
      '二、报名时间',
      '12月1日至12月10日，工作日8:30至17:30。',
      '潞城区人力资源和社会保障局',
    ];
    expect(columnMeasure(notice)).toBeUndefined();
    expect(splitPageLines(notice.join('\n'))[0]).toBe('潞城区2025年冬季公益性岗位招聘公告');
  });

  it("is still the measure of a PDF copy's text over a table of spaced cells", () => {
    const lines = ['某县今年新建改造农村公路一百多公里，', '连通沿线十多个行政村，惠及沿线群众两', '万余人。据介绍，工程总投资达1.2亿元，', '明年还将继续推进。', '乡镇 里程（公里） 投资（万元）', '店上镇 36 2800'];
    expect(columnMeasure(lines)).toBe(18);
  });

  it('a line fills the column, or all of it but an indent', () => {
    expect(fillsColumn('连通沿线十多个行政村，惠及群众两万', 18)).toBe(true);
    expect(fillsColumn('明年还将继续推进。', 18)).toBe(false);
    expect(fillsIndented('某县今年新建改造农村公路一百', 18)).toBe(false);
    expect(fillsIndented('某县今年新建改造农村公路一百多公', 18)).toBe(true);
  });
});

describe('splitPageLines on a PDF copy', () => {
  it('joins a paragraph broken at the column, and ends it where a line stops short', () => {
    const block = [
      '某县：一条公路连起十个村',
      '本报记者 某某',
      '某县今年新建改造农村公路一百多公里，',
      '连通沿线十多个行政村，惠及群众两万',
      '余人。',
      '据介绍，工程总投资1.2亿元，全部',
      '由省市县三级财政承担，明年还将继',
      '续推进路网提档升级工程建设。',
    ].join('\n');
    expect(splitPageLines(block)).toEqual([
      '某县：一条公路连起十个村',
      '本报记者 某某',
      '某县今年新建改造农村公路一百多公里，连通沿线十多个行政村，惠及群众两万余人。',
      '据介绍，工程总投资1.2亿元，全部由省市县三级财政承担，明年还将继续推进路网提档升级工程建设。',
    ]);
  });

  it('a full line that ends a sentence: a new paragraph when the next is short by its indent, the same when it fills the column', () => {
    const indented = ['某县今年新建改造农村公路一百多公里，连', '通沿线十多个行政村，惠及两万余人。', '据介绍，工程总投资1.2亿元，全', '部由省市县三级财政承担，明年继续推进', '路网提档升级。'];
    expect(splitPageLines(indented.join('\n'))).toEqual(['某县今年新建改造农村公路一百多公里，连通沿线十多个行政村，惠及两万余人。', '据介绍，工程总投资1.2亿元，全部由省市县三级财政承担，明年继续推进路网提档升级。']);
    const runOn = ['某县今年新建改造农村公路一百多公里，连', '通沿线十多个行政村，惠及两万余人。沿', '线群众出行更加便利，农产品运输成本明显', '下降。'];
    expect(splitPageLines(runOn.join('\n'))).toEqual([runOn.join('')]);
  });
});

describe('splitPageLines on a PDF copy: where a line as wide as the column still ends', () => {
  it('a Markdown headline, and a line over a wire item opening, end where they stop', () => {
    const lines = ['# 某县“春风行动”送岗到村活动', '本报讯（通讯员 秦志勇）今年“春风', '行动”期间，某县举办专场招聘会18场，', '280家企业提供岗位6500个，达成就业意向', '2300人。'];
    expect(splitPageLines(lines.join('\n'), 16)).toEqual([lines[0], lines.slice(1).join('')]);
  });
});

describe('splitPageLines on a PDF copy: a headline as wide as the column', () => {
  it('is a line of its own over its byline, after a paragraph that ends there', () => {
    const lines = ['从“看天吃饭”到“知天而作”，某县', '的菜农今年有了新帮手：手机上点一点，', '大棚里的温度、湿度、光照一目了然。', '某县：智慧大棚里种出了“致富菜”', '本报记者 韩 磊', '在某县的蔬菜产业园，64座智慧大棚整', '齐排列，种植户打开手机查看棚内温度。'];
    expect(splitPageLines(lines.join('\n'), 18)).toEqual([lines.slice(0, 3).join(''), lines[3], lines[4], lines.slice(5).join('')]);
  });
});

describe('splitPageLines on a PDF copy: a web address broken at the column', () => {
  it('runs on across the break like any word of the line', () => {
    const lines = ['市民可登录市住建局网站查询燃气安全知识，网址', 'www.example.gov.cn/zjj/rqaq?type=winter', '&page=1，也可拨打服务热线咨询相关问题。', '今年以来，全市已开展燃气安全检查1200余次。'];
    expect(splitPageLines(lines.join('\n'), 21)).toEqual([lines.slice(0, 3).join(''), lines[3]]);
  });

  it('so does one that runs to the end of a short line', () => {
    const lines = ['燃气安全知识可登录 https://', 'www.example.gov.cn/zjj/rqaq?type=winter&page', '=1 查询。', '今年以来，全市已开展燃气安全检查1200余次。'];
    expect(splitPageLines(lines.join('\n'), 21)).toEqual([lines.slice(0, 3).join(''), lines[3]]);
  });
});

describe('splitBlocks on a PDF copy: the page sets one column width', () => {
  it('a brief of two lines is joined by the measure the rest of the page gives', async () => {
    const { splitBlocks } = await import('../blocks.ts');
    const page = [
      '某县今年新建改造农村公路一百多公里，',
      '连通沿线十多个行政村，惠及沿线群众两',
      '万余人。据介绍，工程总投资达1.2亿元，',
      '明年还将继续推进。',
      '',
      '【某区】今年全区累计新增城镇就业',
      '5360人，完成全年目标任务的91%。',
    ].join('\n');
    expect(splitBlocks(page)).toEqual([
      '某县今年新建改造农村公路一百多公里，连通沿线十多个行政村，惠及沿线群众两万余人。据介绍，工程总投资达1.2亿元，明年还将继续推进。',
      '【某区】今年全区累计新增城镇就业5360人，完成全年目标任务的91%。',
    ]);
  });
});

describe('columnMeasure beside indented first lines', () => {
  it('is the width that holds the lines, not the one paragraphs\' indented first lines fill two characters short', () => {
    const lines = [
      '某县：青年创业园里“创”出新天地',
      '在某县青年创业园，90后返乡青年申浩正在直播',
      '间里介绍本地大青椒。去年，他的网店卖出青椒80多万',
      '斤，带动周边40多户农户增收。',
      '某县青年创业园于2023年建成，为入园项目提供',
      '免费办公场地和创业指导。今年一季度，园区新入驻创',
      '业项目37个，累计孵化项目214个，带动就业1900余人。',
      '县人社局还为返乡创业青年提供最高20万元的创业',
      '担保贷款。一季度已发放贷款1280万元，同比增长18%。',
    ];
    expect(columnMeasure(lines)).toBe(24);
  });
});

describe('a copy broken at a count of characters, digits and all (issue 15)', () => {
  it('reads a first line with digits as filling the column by its count, when it runs on with a clause mark', () => {
    expect(fillsIndented('经审理查明，2024年6月，张某在某购物', 22)).toBe(true);
    // A headline as long holds no clause mark: it ends where it ends.
    expect(fillsIndented('12名务工人员5天追回28.6万元欠薪', 22)).toBe(false);
  });
});

describe('columnMeasure beside indented first lines whose indent the copy trimmed', () => {
  // A column of 16: paragraphs' first lines hold 14 (two characters of 首行缩进, trimmed), the rest 16.
  const lines = [
    '某县今年新建城乡公交站亭二十',
    '个，更新公交车辆三十六台，开通定',
    '制线路五条，群众出行更加方便了。',
    '截至目前，公交线路已覆盖全县',
    '所有行政村，日均客流已经达到一万',
    '人次。',
    '县交通运输局负责人介绍，明年',
    '还将新开通农村客运线路三条，方便',
    '山区群众进城办事、看病、赶集。',
  ];
  it('is the column, not the width one short that the first lines and the full lines both come near', () => {
    expect(columnMeasure(lines)).toBe(16);
    expect(splitPageLines(lines.join('\n'))).toEqual([
      '某县今年新建城乡公交站亭二十个，更新公交车辆三十六台，开通定制线路五条，群众出行更加方便了。',
      '截至目前，公交线路已覆盖全县所有行政村，日均客流已经达到一万人次。',
      '县交通运输局负责人介绍，明年还将新开通农村客运线路三条，方便山区群众进城办事、看病、赶集。',
    ]);
  });
  it('stays one short where a line that width runs on mid-sentence: a column set that wide', () => {
    const narrow = [...lines.slice(0, 6), '县交通运输局负责人介绍，明年还', '将新开通农村客运线路三条，方', '便山区群众进城办事、看病、赶集。'];
    expect(columnMeasure(narrow)).not.toBe(16);
  });
});
