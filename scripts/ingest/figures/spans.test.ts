import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFullWidth, writeArabicGrouped, writeChinese } from './numerals.ts';
import { findFigureSpans } from './spans.ts';

const spans = (text: string) => findFigureSpans(text).map(({ text, value, unit, qualifier }) => ({ text, value, unit, qualifier }));

describe('findFigureSpans on seed sentences', () => {
  it('reads money with a multiplier and a qualifier word (seed 000)', () => {
    expect(spans('投入近200万元对16个学校食堂进行了改造。')).toEqual([
      { text: '近200万元', value: 2_000_000, unit: '元', qualifier: 'about' },
      { text: '16个', value: 16, unit: '个', qualifier: 'exact' },
    ]);
  });

  it('reads 余 before and after a multiplier (seeds 000, 001)', () => {
    expect(spans('惠及6个社区2.2万余户居民')).toEqual([
      { text: '6个', value: 6, unit: '个', qualifier: 'exact' },
      { text: '2.2万余户', value: 22_000, unit: '户', qualifier: 'over' },
    ]);
    expect(spans('拨付专项资金170余万元')).toEqual([{ text: '170余万元', value: 1_700_000, unit: '元', qualifier: 'over' }]);
  });

  it('reads the issue examples', () => {
    expect(spans('参会单位累计1.32万家')[0]).toMatchObject({ value: 13_200, unit: '家' });
    expect(spans('产量1.8亿斤以上')[0]).toMatchObject({ value: 180_000_000, unit: '斤', qualifier: 'over' });
    expect(spans('将八成以上财政收入投入教育')[0]).toMatchObject({ text: '八成以上', value: 80, unit: '%', qualifier: 'over' });
    expect(spans('累计带动两万余人次')[0]).toMatchObject({ text: '两万余人次', value: 20_000, unit: '人次', qualifier: 'over' });
    expect(spans('惠及近千户群众')[0]).toMatchObject({ text: '近千户', value: 1000, unit: '户', qualifier: 'about' });
  });

  it('reads qualifiers on either side (seeds 001, 002, 003, 004)', () => {
    expect(spans('一个月能有3000元左右的收入')[0]).toMatchObject({ text: '3000元左右', qualifier: 'about' });
    expect(spans('供热达标率超98%')[0]).toMatchObject({ text: '超98%', value: 98, qualifier: 'over' });
    expect(spans('平顺县村均人口不足900人')[0]).toMatchObject({ text: '不足900人', qualifier: 'under' });
    expect(spans('下楼步行不到500米')[0]).toMatchObject({ text: '不到500米', unit: '米', qualifier: 'under' });
    expect(spans('患儿超过4万人')[0]).toMatchObject({ text: '超过4万人', value: 40_000, qualifier: 'over' });
    expect(spans('粮食种植面积稳定在27万亩左右')[0]).toMatchObject({ value: 270_000, unit: '亩', qualifier: 'about' });
    expect(spans('每月工资3000元出头')[0]).toMatchObject({ value: 3000, unit: '元', qualifier: 'over' });
  });

  it('reads no threshold that says which things are meant as a figure (低于18℃的…), but the count after it', () => {
    expect(spans('对室温低于18℃的1460户居民逐户上门。').map((s) => s.text)).toEqual(['1460户']);
    expect(spans('对使用超过30年的铸铁管道全部更换。')).toEqual([]);
    expect(spans('该小区二次供水设备运行超过15年。').map((s) => s.text)).toEqual(['超过15年']);
    expect(spans('这片不到3000平方米的小公园。').map((s) => s.text)).toEqual(['不到3000平方米']);
  });

  it('reads the first months of a year as a period, not a figure (今年前10个月)', () => {
    expect(spans('今年前10个月，全市15件民生实事已完成投资的87%。').map((s) => s.text)).toEqual(['15件', '87%']);
    expect(spans('项目比计划提前3个月。').map((s) => s.text)).toEqual(['3个月']);
  });

  it('reads no age as a figure, a person’s or a group’s (the annotation guide)', () => {
    expect(spans('40岁出头的梁余妮是麦丰电子商务有限公司的负责人。')).toEqual([]);
    expect(spans('为全镇1260名65岁以上老人免费体检。').map((s) => s.text)).toEqual(['1260名']);
  });

  it('takes 人口约20万 as people although 人 is not printed (seed 001)', () => {
    expect(spans('服务人口约20万。')).toEqual([{ text: '约20万', value: 200_000, unit: '人', qualifier: 'about' }]);
  });

  it('reads colloquial 块 as yuan where nothing counted stands before it (seed 002), else as pieces', () => {
    expect(spans('每月能挣4000多块！')[0]).toMatchObject({ value: 4000, unit: '元', qualifier: 'over' });
    expect(spans('一个月饭钱才60块，比自己做还便宜。')[0]).toMatchObject({ value: 60, unit: '元' });
    expect(spans('能省下菜钱700多块。')[0]).toMatchObject({ value: 700, unit: '元' });
    expect(spans('摆放3块展板')[0]).toMatchObject({ text: '3块', unit: '块' });
    expect(spans('设置警示牌420块，组建巡河队伍')[0]).toMatchObject({ text: '420块', unit: '块' });
    expect(spans('一块儿去赶集')).toEqual([]);
  });

  it('reads temperatures, percentages and full-width digits', () => {
    expect(spans('现在稳稳维持在22℃以上')[0]).toMatchObject({ value: 22, unit: '℃', qualifier: 'over' });
    expect(spans('达线率达60.87%')[0]).toMatchObject({ value: 60.87, unit: '%' });
    expect(spans('增长１２．５％')[0]).toMatchObject({ text: '１２．５％', value: 12.5, unit: '%' });
    expect(spans('占百分之八十五')[0]).toMatchObject({ value: 85, unit: '%' });
    expect(spans('共1,234个')[0]).toMatchObject({ value: 1234 });
  });

  it('reads ranges that print the unit once, with the low end as value; ends with units of their own are two figures', () => {
    expect(findFigureSpans('建设周期3至5年。')[0]).toMatchObject({ text: '3至5年', value: 3, unit: '年', range: { low: 3, high: 5 } });
    expect(findFigureSpans('投资3-5万元')[0]).toMatchObject({ value: 30_000, range: { low: 30_000, high: 50_000 } });
    expect(spans('增长10%~15%')).toEqual([
      { text: '10%', value: 10, unit: '%', qualifier: 'exact' },
      { text: '15%', value: 15, unit: '%', qualifier: 'exact' },
    ]);
    expect(spans('力争全年优良天数达到265天至270天')).toEqual([
      { text: '265天', value: 265, unit: '天', qualifier: 'exact' },
      { text: '270天', value: 270, unit: '天', qualifier: 'exact' },
    ]);
  });
});

describe('findFigureSpans turns away what is not a figure', () => {
  it.each([
    ['dates', '1月26日，我市召开征兵工作电视电话会'],
    ['a year and month', '2024年5月，上党区城投供热有限公司早早就启动了'],
    ['years', '2025年，壶关县始终锚定“民生优先”导向'],
    ['a year range', '2023-2025年'],
    ['ordinals', '“长子理发师”入选第四批省级劳务品牌'],
    ['ordinal names', '长治市第十二中学校、荣获团体二等奖、第一名'],
    ['slogan numerals', '力求高质量完成“十四五”规划目标任务'],
    ['road numbers', 'S213线(原S225线)壶关过境段改建工程、G207线壶关大山南至陵川界'],
    ['model names', 'PM2.5浓度、5G基站'],
    ['1+N slogans', '积极构建“1+N”城乡学校共同体，“1+4+N”全民健身体系，“10+N”专项活动，“1+12+N”普惠托育服务体系'],
    ['times of day', '早上8时，家住潞城区惠民苑的王文婷'],
    ['round-the-clock labels', '拓展“7×24小时”自助政务服务，织密24小时巡逻“安全网”'],
    ['durations naming a service', '完善“15分钟便民生活圈”'],
    ['vague numbers', '家门这条路十几年没修过了，每月多领几十块'],
    ['lone Chinese digits in prose', '成立了一所医养机构，三个子试点，两个阶段，九年一贯制学校，四家池小学，一岁半的孩子'],
    ['bare 千 and 万 in idioms', '惠及千家万户，传承千年民俗，千人口托位数'],
    ['book titles', '制定出台《长治市促进高校毕业生就业创业工作的26条措施》'],
    ['cohorts and anniversaries', '向2025届毕业生，庆祝新中国成立75周年'],
    ['phone numbers', '咨询电话13812345678元'],
  ])('%s', (_what, text) => expect(spans(text)).toEqual([]));

  it('keeps 约 in 签约 out of the qualifier', () => {
    expect(spans('签约13个项目')[0]).toMatchObject({ text: '13个', qualifier: 'exact' });
  });
});

describe('findFigureSpans (property)', () => {
  const counts = fc.integer({ min: 10, max: 99_999_999 });
  it('finds any count, in Arabic, grouped, full-width or Chinese, with its value', () => {
    fc.assert(
      fc.property(counts, fc.constantFrom('arabic', 'grouped', 'full', 'chinese'), (n, style) => {
        const written =
          style === 'arabic' ? String(n) : style === 'grouped' ? writeArabicGrouped(n) : style === 'full' ? toFullWidth(String(n)) : writeChinese(n);
        const found = findFigureSpans(`今年共建成${written}个村级服务站。`);
        return found.length === 1 && found[0]!.value === n && found[0]!.text === `${written}个`;
      }),
    );
  });
});

describe('findFigureSpans, measure words of courses, cases and things (issue 15)', () => {
  it.each([
    ['举办培训班58期', '58期'],
    ['开展远程会诊3100余例', '3100余例'],
    ['破获电信网络诈骗案件1420起', '1420起'],
    ['开设课程18门', '18门'],
    ['共开设课程1100余节', '1100余节'],
    ['收到锦旗11面', '11面'],
    ['安装太阳能路灯480盏', '480盏'],
    ['发放《致家长的一封信》3.2万份', '3.2万份'],
  ])('%s', (text, figure) => expect(findFigureSpans(text).map((s) => s.text)).toEqual([figure]));

  it.each([['推进二期工程'], ['四面八方的游客'], ['第3期培训班'], ['从1月1日起实施']])('%s is no figure', (text) =>
    expect(findFigureSpans(text)).toEqual([]),
  );
});

describe('findFigureSpans, sets, trips, steps, points, li and other measure words (issue 15)', () => {
  it.each([
    ['清洗暖气片38组', '38组'],
    ['每天往返8趟', '8趟'],
    ['我每天能走6000多步', '6000多步'],
    ['攒了3个月的86分', '86分'],
    ['全镇累计发放积分38万分', '38万分'],
    ['每天得去2里外的井上挑水', '2里'],
    ['更换老化胶管2300余根', '2300余根'],
    ['收录图片300余幅', '300余幅'],
    ['全书共48万字', '48万字'],
    ['已接种18.6万剂次', '18.6万剂次'],
  ])('%s', (text, figure) => expect(findFigureSpans(text).map((s) => s.text)).toContain(figure));

  it('reads a duration after a verb of going, though a noun follows it (要走40分钟山路)', () => {
    expect(findFigureSpans('以前孩子上学要走40分钟山路。').map((s) => s.text)).toEqual(['40分钟']);
    expect(findFigureSpans('社区民警24小时巡逻。')).toEqual([]);
  });

  // Words these units make with Chinese numerals, a clock's minutes and a fraction are no figures.
  it.each([['这件事十分重要'], ['十里八乡都知道'], ['要一步一个脚印'], ['走到十字路口'], ['会议于8点30分开始'], ['2分之1的人到场'], ['3分钟就到']])(
    '%s has no figure in 分, 里, 步 or 字',
    (text) => expect(findFigureSpans(text).filter((s) => /^(?:分|里|步|字)$/.test(s.unit))).toEqual([]),
  );
});

describe('findFigureSpans, fractions, halves and points in Chinese numerals', () => {
  it.each([
    ['其中山区县患者占三分之一', '三分之一', 33.33, 'exact'],
    ['与老旧小区有关的近三分之一', '近三分之一', 33.33, 'about'],
    ['覆盖全县一半以上的行政村', '一半以上', 50, 'over'],
    ['群众被骗率下降两个百分点', '两个百分点', 2, 'exact'],
  ])('%s', (text, figure, value, qualifier) => {
    const found = findFigureSpans(text);
    expect(found.map((s) => s.text)).toEqual([figure]);
    expect(found[0]).toMatchObject({ value, qualifier, unit: figure.includes('百分点') ? '个百分点' : '%' });
  });

  it.each([['三分之二的二'], ['五个村']])('%s keeps a lone digit out unless it opens a fraction', (text) =>
    expect(findFigureSpans(text).map((s) => s.text)).toEqual(text.startsWith('三分之二') ? ['三分之二'] : []),
  );
});

describe('findFigureSpans, units as people say them (recorded under the published unit)', () => {
  it.each([
    ['今年屋里温度有21度，比往年高', '21度', 21, '℃', 'exact'],
    ['家里20度出头，比去年暖和多了', '20度出头', 20, '℃', 'over'],
    ['一顿饭只交3块钱，荤素搭配', '3块钱', 3, '元', 'exact'],
    ['比去年多了6000来块。', '6000来块', 6000, '元', 'over'],
    ['我每天都要来转上一个小时。', '一个小时', 1, '小时', 'exact'],
    ['来回得两个多小时，现在', '两个多小时', 2, '小时', 'over'],
    ['婴儿死亡率下降到2.8‰，', '2.8‰', 2.8, '‰', 'exact'],
    ['其中高技能人才占比接近半数。', '接近半数', 50, '%', 'about'],
    ['半数以上的村民参与', '半数以上', 50, '%', 'over'],
    ['用时26天完成道路硬化', '26天', 26, '天', 'exact'],
  ])('%s', (text, figure, value, unit, qualifier) => {
    expect(spans(text)).toEqual([{ text: figure, value, unit, qualifier }]);
  });

  it.each([['全年用电200度，'], ['360度全景展示'], ['每度电补贴'], ['比往年高了三四度'], ['一个月饭钱不到'], ['24小时巡逻'], ['“半数”行动']])(
    '%s is no figure',
    (text) => expect(findFigureSpans(text)).toEqual([]),
  );
});
