// Segments cut by hand from the real seeds, as blocks/repair/segment would hand them over.
// Texts are copied from seeds/*.txt; `source` is the raw block index on the page (0-based).

import type { Block, Segment } from '../types.ts';

export const SEED_000 = '000_a5c216659bbc2fff.txt';
export const SEED_001 = '001_8b22fcf75f3261b3.txt';
export const SEED_002 = '002_1ea187ce3151e9b8.txt';
export const SEED_004 = '004_a812ed2dff4125be.txt';

export function block(kind: Block['kind'], text: string, source: number | number[], extra: Partial<Block> = {}): Block {
  return { kind, text, source: Array.isArray(source) ? source : [source], ...extra };
}

/** Seed 001, top of the page: kicker, headline, lead, a section, the `·白雪峰·` byline. */
export const shangdangReport001: Segment = {
  blocks: [
    block('kicker', '发扬“四敢”精神 推动长治高质量发展 | 基层实践', 0),
    block('headline', '上党区聚焦民生“关键小事”提升群众幸福指数', 1),
    block(
      'paragraph',
      '零工市场搭起了6000余人的就业“桥梁”，旧貌换新颜的老旧小区改造让居民赞不绝口，社区居家养老中心投入运行，“四好”农村路打通了群众的“幸福路”……近年来，上党区聚焦人民群众最关心最现实最直接的利益问题，一桩桩事情接着一桩桩办，在重点民生领域先行先试、积极探索，一大批惠民利民举措落地生根、开花结果，各项民生事业同步发展、亮点纷呈。',
      2,
    ),
    block('heading', '构建养老新体系 守护最美“夕阳红”', 3, { level: 2 }),
    block(
      'paragraph',
      '春节临近，在上党区府后街社区居家养老服务中心的舞蹈室内，红歌演唱团的大爷大妈们正在排练节目。说起养老服务中心为他们提供的服务，大爷大妈们你一言我一语，喜悦之情溢于言表：“这里的条件很好，舞蹈室又宽敞、又暖和”“我们就喜欢唱唱跳跳，聚在这里很高兴”“这日子呀，真是有滋有味”……',
      4,
    ),
    block('byline', '·白雪峰·', 18),
  ],
};

/** Seed 001, a 本报讯 news item. */
export const conscriptionNews001: Segment = {
  blocks: [
    block('headline', '全市征兵工作电视电话会召开 崔元斌陈丙骞出席', 19),
    block(
      'paragraph',
      '1月26日，我市召开征兵工作电视电话会，市委常委、常务副市长、市征兵工作领导小组常务副组长崔元斌，市委常委、长治军分区司令员、市征兵工作领导小组常务副组长陈丙骞，长治军分区政委、市征兵工作领导小组常务副组长雷俊出席。',
      20,
      { byline: '本报讯 记者史晓萍报道' },
    ),
    block(
      'paragraph',
      '崔元斌指出，征兵工作是加强国防和军队建设的一项基础性工作，更是一项严肃的政治任务。各级要提高政治站位，切实增强做好新时代征兵工作的责任感和使命感，不断开创征兵工作新局面。要突出工作重点，打好宣传组合拳，把握征集关键点，强化政策吸引力，推动征兵工作提质增效。要加强组织领导，压紧压实责任，严格审查把关，狠抓廉洁征兵，高标准高质量完成好各项任务。',
      21,
    ),
  ],
};

/** Seed 001, a photo with its caption paragraph and credit, no headline. */
export const photoNews001: Segment = {
  blocks: [
    block(
      'paragraph',
      '1月24日，潞州区淮海社区联合平顺麦丰农业电子商务有限公司、长青八班企业家联合开展春节慰问活动，为辖区环卫工人、网格员、困难群众等送去蔬菜等慰问品，表达对他们的新春祝福。',
      35,
      { credit: '本报记者 姚晋华摄' },
    ),
  ],
};

/** Seed 001, the People's Daily report continued from page one: no headline. */
export const continuedReport001: Segment = {
  continued: { from: '第一版' },
  blocks: [
    block('continuation', '(上接第一版)', 42),
    block(
      'paragraph',
      '“村民在家门口就业，一个月能有3000元左右的收入。”武明胜说，如今的村党支部，说话有人听、办事有人跟、困难有人上。',
      43,
    ),
    block(
      'paragraph',
      '长治市委常委、组织部部长杨保春介绍，长治市共2436个村完成“清化收”工作。同时，市里成立了各级集体经济平台公司，统筹资金支持项目；建立集体经济协会，集中乡村能人。通过“党建引领、资源盘活、产业推动、带民致富”的发展路径，许多村走上乡村振兴的快车道。',
      44,
    ),
    block('heading', '加强组织引导 发挥党员优势', 45, { level: 2 }),
    block(
      'paragraph',
      '潞城区史回镇小常村的食用菌现代农业产业园内，50多座大棚整齐划一。大棚旁的车间内，自动化生产线正在批量生产菌棒。一系列流程衔接顺畅，工人只需要日常看护、校正机器。',
      46,
    ),
    block(
      'paragraph',
      '史回镇党委书记桑彦军回忆起项目建设之初，感慨了不少：“当时面临人才、资金等困难，镇里下了很大功夫。”',
      47,
    ),
    block(
      'paragraph',
      '“以前村民每斤谷子只能卖4元，现在提高到6元。”沁县沁州黄镇党委书记田冠英说，“因为我们有了自己的产业。”',
      53,
    ),
    block('byline', '(人民日报记者 郑洋洋)', 66),
  ],
};

/** Seed 001, the 新闻时评 column. */
export const commentary001: Segment = {
  blocks: [
    block('headline', '新年新气象 奋斗正当时', 67),
    block('byline', '桑梓', 68),
    block('furniture', '新闻时评', 69),
    block('furniture', 'XINWENSHIPI', 70),
    block('paragraph', '涓涓细流，汇成壮阔的大海；坚实脚步，走出不凡的历程。', 71),
    block(
      'paragraph',
      '回望过去的2023年，我们接续奋斗，砥砺前行。阔步2024年，我们该以什么样的作为开启新希望？奋发有为，依然是最有力的回答。破解发展难题，要奋发有为；把握发展机遇，要奋发有为；过上幸福生活，更需要奋发有为。在新的一年里，我们要持续昂扬斗志，以新担当建功新时代，以新作为写好新答卷。',
      72,
    ),
  ],
};

/** Seed 002, the heating section of the 壶关县 report. */
export const heatingSection002: Block[] = [
  block('heading', '集中供热连民心 寒冬暖流润万家', 8, { level: 2 }),
  block(
    'paragraph',
    '“供暖是冬季最大的民生，必须让每一户群众都住上‘暖屋子’。”2025年，壶关县把供暖保障作为重中之重，全力推进基础设施升级改造，其中长治市区至壶关集中供热管网及配套项目的建成投用，成为群众称赞的民生工程。',
    9,
  ),
  block(
    'paragraph',
    '这是落实市委关于上党革命老区散煤清零工作部署的核心举措，也是壶关县对群众的郑重承诺，该项目全线贯通后，实现与市区供热大环网无缝并网，直接为县城及周边约500万平方米区域提供稳定、清洁的热源，从根本上优化了县域供热结构，既让群众温暖过冬，更助力生态环境持续改善。',
    10,
  ),
  block(
    'paragraph',
    '“以前家里温度总徘徊在18℃，现在稳稳维持在22℃以上，孩子写作业再也不用裹着厚棉袄了！”家住城南片区老旧小区的刘女士满是笑意。据统计，2025年冬季，壶关县集中供热覆盖范围大幅拓展，供热达标率超98%，群众满意度较往年显著提升，“温暖过冬”的民生承诺真正落到了实处。',
    11,
  ),
  block(
    'paragraph',
    '不仅如此，该县同步推进供热“毛细血管”改造，新建改造供热管网38.1公里、换热站12个，对老旧小区、背街小巷的老化管网全面更新，彻底解决了长期困扰群众的“供热不均、温度不达标”等问题。',
    12,
  ),
];

/** Seed 002, the 壶关县 report: page furniture, a headline printed mid-page with its deck, a caption. */
export const huguanReport002: Segment = {
  blocks: [
    block('furniture', '聚焦', 0),
    block('furniture', '2026', 1),
    block('furniture', '长治两会', 2),
    block('kicker', '谋好篇 布好局', 3),
    block('kicker', '履职尽责为人民', 4),
    block('furniture', '两会特刊', 5),
    block('headline', '民生为本 幸福生活成色足', 19),
    block('deck', '壶关县精准施策织密织牢民生保障网', 20),
    block(
      'paragraph',
      '时值寒冬，壶关县处处涌动着暖意。这份温暖，来自县委、县政府将民生福祉扛在肩头的责任担当——从乡村振兴的扎实推进，到城乡融合的加速步伐，再到群众急难愁盼问题的逐一破解，一项项惠民举措落地生根，让发展的红利源源不断惠及千家万户，让“幸福壶关”的底色愈发鲜亮。',
      6,
    ),
    ...heatingSection002,
    block('caption', '供热隔压站', 39),
  ],
};

/** Seed 004, the childcare section: a `##` heading with subheadings, a paragraph joined across a break. */
export const childcareSection004: Block[] = [
  block('heading', '普惠长治 幼有善育托举明天的希望', 21, { level: 2 }),
  block(
    'paragraph',
    '有备案托育机构77家，200余个普惠性社区(家庭)托育点、幼儿园托班，可提供托位1.4万个，千人口托位数达到4.5个以上……数据背后连接的是千家万户，人民群众对幼有所育有了更真切的获得感。',
    22,
  ),
  block('subheading', '普惠，扩大服务供给——', 23),
  block(
    'paragraph',
    '早上8时，家住潞城区惠民苑的王文婷带着一岁半的孩子出门，下楼步行不到500米，就到了小象湾托育中心门口。与等在门口的老师做好交接，嘱托完孩子一些细微事项后，王文婷放心地上班去了。“对于我们这样的双职工家庭来说，家门口的托育中心解了我的燃眉之急。”',
    24,
  ),
  block(
    'paragraph',
    '走进小象湾托育中心，映入眼帘的是温馨且富有童趣的环境布置，安全环保的软包地垫、圆角桌椅……据小象湾托育中心运营经理说：“我们配备了符合不同年龄婴幼儿动作、认知、语言、情感与社会性等各个领域发展特点的玩具，数量充足、多样，并具有安全性环保标识，符合国家现行标准。”',
    25,
  ),
  block(
    'paragraph',
    '我市坚持普惠为民，实施“服务供给扩容、群众托育减负、质量安心创优、专业人才支撑、数字技术赋能”五大工程，推进公办综合托育机构县域全覆盖、社区嵌入式普惠托育服务设施建设、新增备案67个以上普惠社区托育点等15个项目。',
    26,
  ),
  block('subheading', '提质，涌现新型业态——', 27),
  block('paragraph', '让家长托得安心、放心，托育服务既要普惠发展，更要提质增效。', 28),
  block(
    'paragraph',
    '“来，宝宝，我们来测量下身高体重。”在潞州区公办综合托育中心，市妇幼保健院儿童保健科医生杨琳正为入托婴幼儿进行体检。',
    [29, 30],
  ),
];

/** Seed 004, the page continuing the front-page report: headline repeated, continuation mark, sections. */
export const continuedReport004: Segment = {
  continued: { from: '第一版' },
  blocks: [
    block('headline', '把民生愿景绘成幸福实景', 0),
    block('continuation', '(上接第一版)', 1),
    block('paragraph', '政府搭“桥”，让企业和求职者收获满满。', 2),
    block(
      'paragraph',
      '近年来，我市通过实施政策支持、技能培训、典型示范等举措，实现劳务品牌从无到有、规模从小到大、影响力不断增强、组织化专业化程度逐步提高的转变，一批劳务品牌不断做大做强，为经济社会发展、改善民生作出贡献。“潞城甩饼师傅”“长子理发师”入选第四批省级劳务品牌。截至目前，全市劳务品牌总数达15个，累计带动就业人员5万余人次，“一县一品牌”格局初步形成。全年开展职业技能培训2.4万人，全市新增技能人才1.59万人，新增高技能人才2649人。',
      4,
    ),
    block('heading', '健康长治 百姓尽享优质医疗资源', 6, { level: 2 }),
    block('heading', '远程医疗畅通百姓就医路径', 8, { level: 3 }),
    block('subheading', '让群众“看上病、看好病”，医疗“服务网”更完善——', 9),
    block(
      'paragraph',
      '家住潞城区翟店街道贾村的李巧兰患糖尿病10多年。前几年，由于视网膜病变，她每周都要前往潞城区人民医院进行治疗，不仅来回不方便，而且花费多。更便捷、更优质、更惠民的就医体验，让李巧兰充分享受到医改给基层医疗机构带来的发展红利：“平时就在翟店街道卫生院买药、检查，省时省钱还省心，每次只需100多元。”',
      10,
    ),
    ...childcareSection004,
    block('caption', '优质托育呵护幼儿健康成长', 52),
  ],
};
