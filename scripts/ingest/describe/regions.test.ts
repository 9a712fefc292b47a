import { describe, expect, it } from 'vitest';
import { findPlace } from '../../../src/domain/places/gazetteer.ts';
import { findPlaces, findRegions } from './regions.ts';

describe('findRegions', () => {
  it('finds a county report by its county, short forms included (seed 002)', () => {
    const text =
      '时值寒冬，壶关县处处涌动着暖意。这份温暖，来自县委、县政府将民生福祉扛在肩头的责任担当——从乡村振兴的扎实推进，到城乡融合的加速步伐，再到群众急难愁盼问题的逐一破解，一项项惠民举措落地生根，让发展的红利源源不断惠及千家万户，让“幸福壶关”的底色愈发鲜亮。';
    expect(findRegions(text)).toEqual(['壶关县']);
    expect(findRegions('S213线(原S225线)壶关过境段改建工程')).toEqual(['壶关县']);
  });

  it('does not take 长治市区 in a county report for the whole city (seed 002)', () => {
    expect(findRegions('2025年，壶关县把供暖保障作为重中之重，其中长治市区至壶关集中供热管网及配套项目的建成投用')).toEqual([
      '壶关县',
    ]);
  });

  it('marks city news as 长治市 (seed 001)', () => {
    expect(findRegions('1月26日，我市召开征兵工作电视电话会，市委常委、长治军分区司令员')).toEqual(['长治市']);
    expect(findRegions('全市征兵工作电视电话会召开 崔元斌陈丙骞出席')).toEqual(['长治市']);
  });

  it('gives each town as county+town, after its county, in order of appearance (seed 001)', () => {
    expect(findRegions('潞城区史回镇小常村的食用菌现代农业产业园内，50多座大棚整齐划一。')).toEqual(['潞城区', '潞城区史回镇']);
    expect(findRegions('2022年，她的公司在平顺县北社乡东青北村已经形成了较完整的蔬菜产业链条')).toEqual(['平顺县', '平顺县北社乡']);
    expect(findRegions('“以前村民每斤谷子只能卖4元，现在提高到6元。”沁县沁州黄镇党委书记田冠英说')).toEqual(['沁县', '沁县沁州黄镇']);
  });

  it('places a mine or plant named after its town in that town and its county, as its figures are', () => {
    expect(findRegions('近年来，八义煤业公司坚持绿色开采，累计完成技改项目12项。')).toEqual(['上党区', '上党区八义镇']);
    expect(findRegions('八义镇中心学校新建食堂一座。')).toEqual(['上党区', '上党区八义镇']);
  });

  it('reads a town by its bare stem only right after its own county', () => {
    expect(findRegions('平顺县龙溪滑雪场周末迎来首批游客。')).toEqual(['平顺县', '平顺县龙溪镇']);
    expect(findRegions('龙溪滑雪场周末迎来首批游客。')).toEqual([]);
    expect(findRegions('上党区荫城、八义两镇新建大棚300座。')).toEqual(['上党区', '上党区荫城镇', '上党区八义镇']);
  });

  it('reads town stems in a list a level word closes, each with its county', () => {
    expect(findRegions('今年，南漳、石哲等乡镇开展巡回义诊。')).toEqual(['长子县', '长子县南漳镇', '长子县石哲镇']);
    expect(findRegions('南漳、石哲的村民赶来看戏。')).toEqual([]);
  });

  it('adds the county of a town named alone', () => {
    expect(findRegions('蟠龙镇的万亩连翘迎来采摘季')).toEqual(['武乡县', '武乡县蟠龙镇']);
  });

  it('finds towns of a county report and leaves the city out when the county dominates (seed 000)', () => {
    const text =
      '为确保采暖季的供热工作有条不紊进行，2024年5月，上党区城投供热有限公司早早就启动了供热准备工作，分批次对一次网管道、二次网管道、换热站进行了全方位的检修维护；4月开工建设的西火镇一级热网工程全长13.5公里，由西火热源厂引出热源，呈枝状铺设至西火镇西火村、东火村等8个村庄，供热面积共75万平方米；8月以来，为苏店镇、西池乡16个村的8000余户村民安装了石墨烯发热墙电暖画和空气源热泵；苏店镇苏庄村、南天河村、北天河村、小坟上村、郝庄村、原家庄村、郝家庄镇西下郝村、岭上村、任家庄村、高河村由长治市城镇热力公司进行跨区供热……上党区委、区政府始终把群众冷暖放在心上，把项目建设抓在手上，严格落实上党革命老区散煤清零工作要求，全力将供热这件民生实事办到群众心坎上，为人民群众打造温暖宜居';
    expect(findRegions(text)).toEqual(['上党区', '上党区西火镇', '上党区苏店镇', '上党区西池乡', '上党区郝家庄镇']);
  });

  it('reads 长治高新区 as the zone, not the city', () => {
    expect(findRegions('A&B联合实验室落户长治高新区')).toEqual(['长治高新技术产业开发区']);
    expect(findRegions('高新区社区卫生服务中心开诊')).toEqual(['长治高新技术产业开发区']);
  });

  it('reads an earlier name as the place it became', () => {
    expect(findRegions('长治县荫城镇的铁器')).toEqual(['上党区', '上党区荫城镇']);
  });

  it('normalises labour brands named after a county (seed 004)', () => {
    expect(findRegions('“潞城甩饼师傅”“长子理发师”入选第四批省级劳务品牌')).toEqual(['潞城区', '长子县']);
  });

  it('never makes a place of a pattern or an ordinary word', () => {
    expect(findRegions('让城乡居民共享发展成果')).toEqual([]);
    expect(findRegions('我市新增两条城乡公交线路')).toEqual(['长治市']);
    expect(findRegions('严格落实上党革命老区散煤清零工作要求')).toEqual([]);
    expect(findRegions('淮海社区联合平顺麦丰农业电子商务有限公司')).toEqual([]);
    expect(findRegions('设备运行平顺')).toEqual([]);
    expect(findRegions('他是家中长子')).toEqual([]);
    expect(findRegions('壶关县城乡供水一体化、农村公路提质增量工程有序推进')).toEqual(['壶关县']);
    expect(findRegions('上党区城乡污水处理一体化工程')).toEqual(['上党区']);
    expect(findRegions('北京市通州区')).toEqual([]);
    expect(findRegions('平顺县杏城镇的村民')).toEqual(['平顺县']);
  });

  it('returns nothing for text without places', () => {
    expect(findRegions('')).toEqual([]);
    expect(findRegions('涓涓细流，汇成壮阔的大海；坚实脚步，走出不凡的历程。')).toEqual([]);
  });
});

describe('findPlaces: warnings', () => {
  it('reports a place-like word the gazetteer lacks, with its blocks, and never publishes it', () => {
    const { regions, warnings } = findPlaces([
      { text: '平顺县：快递进村', source: [3] },
      { text: '平顺县杏城镇的村民在家门口寄出了山货。', source: [5, 6] },
    ]);
    expect(regions).toEqual(['平顺县']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'unknown-place', blocks: [5, 6] })]);
    expect(warnings[0]!.message).toContain('"杏城镇"');
  });

  it('reports a town two counties share when no county tells which', () => {
    const { regions, warnings } = findPlaces([{ text: '店上镇的村民用上了自来水。', source: [2] }]);
    expect(regions).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'ambiguous-place', blocks: [2] })]);
    expect(warnings[0]!.message).toContain('潞城区店上镇 or 壶关县店上镇');
    expect(findPlaces([{ text: '壶关县店上镇的村民', source: [2] }])).toEqual({ regions: ['壶关县', '壶关县店上镇'], warnings: [] });
  });

  it('says nothing of text whose places are all known', () => {
    expect(findPlaces([{ text: '潞城区史回镇小常村的食用菌产业园', source: [0] }]).warnings).toEqual([]);
  });
});

describe('findRegions: what an article is about', () => {
  it('leaves out a list of places people come from (来自潞州区、上党区的志愿者)', () => {
    expect(findRegions('来自潞州区、上党区的30名志愿者来到沁县郭村镇，为村民义诊。')).toEqual(['沁县', '沁县郭村镇']);
  });

  it('reads 长治市 in a body’s full name (长治市第二人民医院) as a body of the city, not the city speaking', () => {
    expect(findRegions('长治市第二人民医院的专家走进襄垣县，为群众义诊。')).toEqual(['襄垣县']);
    expect(findRegions('长治市第二人民医院今年开设夜间门诊。')).toEqual(['长治市']);
    expect(findRegions('长治市今年改造老旧小区120个，其中潞州区46个。')).toEqual(['长治市', '潞州区']);
  });

  it('leaves out where a person comes from, but not a list of places people come from', () => {
    expect(findRegions('上党区韩店街道零工市场已经聚集了不少求职者。“有活儿干。”来自八义镇的杜师傅说。')).toEqual(['上党区', '上党区韩店街道']);
    expect(findRegions('潞城区微子镇的菜园。“周末来种菜。”来自潞州区的租户说。')).toEqual(['潞城区', '潞城区微子镇']);
    expect(findRegions('约三分之一的患者来自平顺、武乡、沁源等山区县')).toEqual(['平顺县', '武乡县', '沁源县']);
  });

  it('does not make a county’s article the city’s for a body of the city that only speaks', () => {
    const parts = ['襄垣县古韩镇新建换热站3座。', '市住建局提醒：室温不达标可拨打12345。'].map((text) => ({ text, source: [] }));
    expect(findPlaces(parts).regions).toEqual(['襄垣县', '襄垣县古韩镇']);
    expect(findRegions('市住建局今年改造老旧小区120个。')).toEqual(['长治市']);
  });

  it('leaves out a county+town people come from, where visitors come from and what the place is compared with', () => {
    expect(findRegions('壶关县树掌镇的民宿住满了。“我们是来自潞州区英雄中路街道的游客。”')).toEqual(['壶关县', '壶关县树掌镇']);
    expect(findRegions('黎城县黄崖洞景区迎来屯留区一所小学的300名学生。')).toEqual(['黎城县', '黎城县黄崖洞镇']);
    expect(findRegions('沁县南里镇的大棚每座纯收入2.6万元，比邻近的襄垣县同类大棚高出3000元。')).toEqual(['沁县', '沁县南里镇']);
    expect(findRegions('比如潞城区店上镇的订单班，学员结业就进厂。')).toEqual(['潞城区', '潞城区店上镇']);
  });

  it('leaves out where a job seeker set out from and the other side of a 与…相比 frame', () => {
    expect(findRegions('全市冬季招聘会昨日举行，专程从屯留区赶来的求职者李师傅找到了活儿。我市共提供岗位3000个。')).toEqual(['长治市']);
    expect(findRegions('与上党区相比，潞州区今年新增供热面积更多，达86万平方米。')).toEqual(['潞州区']);
  });

  it('reads the list of counties a city scheme went into as its reach, unless the article is not the city’s', () => {
    const scheme = '我市“送戏下乡”活动今年已走进潞州区、上党区、屯留区、襄垣县等12个县区。全市共演出200余场。';
    expect(findRegions(scheme)).toEqual(['长治市']);
    expect(findRegions('志愿服务队先后走进潞城区、平顺县、壶关县，义诊群众3000人次。')).toEqual(['潞城区', '平顺县', '壶关县']);
    // Two places after the verb may be the article's own scene; 来自 a list is where the work reaches (dev 24).
    expect(findRegions('我市送戏下乡活动走进潞州区、上党区。全市共演出200余场。')).toEqual(['长治市', '潞州区', '上党区']);
    expect(findRegions('全市患者来自平顺、武乡、沁源等山区县')).toEqual(['长治市', '平顺县', '武乡县', '沁源县']);
  });

  it('reads three counties or more closed by 等 in a city story as examples of its reach, in a county story as its places', () => {
    expect(findRegions('今年以来，我市在潞州区、上党区、襄垣县等县区新建普惠托育机构18家，全市托位达到4.1个。')).toEqual(['长治市']);
    // Two closed by 等 and the kind of place they stand for are examples too (ruled in session 12; dev 160, 183) …
    expect(findRegions('全市储备融雪剂1.2万吨。其中，沁源县、武乡县等山区县设置警示牌420块。全市道路畅通。')).toEqual(['长治市']);
    expect(findRegions('我市为寄宿制学校新增生活老师96名，优先保障武乡县、沁源县等山区学校。')).toEqual(['长治市']);
    // … but two closed by 等地 may be the story's own places (dev 54: 在潞城区、襄垣县等地组织订单班).
    expect(findRegions('全市今年培训技工3000人，在潞城区、襄垣县等地组织订单班。')).toEqual(['长治市', '潞城区', '襄垣县']);
    expect(findRegions('今年，南漳、石哲等乡镇开展巡回义诊。')).toEqual(['长子县', '长子县南漳镇', '长子县石哲镇']);
    expect(findRegions('黎城县、平顺县等县农村居民收入增速较快。')).toEqual(['黎城县', '平顺县']);
  });

  it('reads where the reporter went to gather a city story as its scene, not its subject', () => {
    const prices = '记者走访潞州区东街街道、太行西街街道多家农贸市场发现，蔬菜价格有所回落。全市主要蔬菜平均零售价为每斤3.12元。';
    expect(findRegions(prices)).toEqual(['长治市']);
    // In a county's story the places the reporter visits are the story's.
    expect(findRegions('记者走访沁县南里镇的蔬菜大棚看到，新品种长势喜人。')).toEqual(['沁县', '沁县南里镇']);
  });

  it('reads the city written before its county as that county’s address, not a mention of the whole city', () => {
    expect(findRegions('长治市潞州区英雄南路街道的社区食堂开张了。')).toEqual(['潞州区', '潞州区英雄南路街道']);
    expect(findRegions('长治市潞州区英雄南路街道的社区食堂开张了，全市已有社区食堂50个。')).toEqual([
      '潞州区',
      '潞州区英雄南路街道',
      '长治市',
    ]);
    expect(findRegions('长治市今年新增停车位2300个。')).toEqual(['长治市']);
  });

  it('counts a town written after its county as one mention, so the city still weighs as much', () => {
    expect(findRegions('市民问：我家住在潞州区延安南路街道某小区。记者了解到，今年我市计划改造二次供水设施62处。')).toEqual([
      '潞州区',
      '潞州区延安南路街道',
      '长治市',
    ]);
  });
});

describe('findRegions: the city\'s weather as a county story\'s setting', () => {
  it('does not count the city of a sentence that tells its weather against the county whose work is told', () => {
    expect(findRegions('11月29日，我市迎来今冬首场降雪。潞州区环卫部门连夜出动环卫工人1200余人次，清扫城区主次干道86条。')).toEqual(['潞州区']);
    expect(findRegions('12月3日，全市出现大风降温天气。平顺县供电公司组织抢修队伍巡查线路46公里。')).toEqual(['平顺县']);
  });
  it('counts it where no county is named (a forecast for the city), and counts the city\'s words outside it', () => {
    expect(findRegions('受冷空气影响，12月6日至8日我市将有一次大风降温天气过程，请市民注意防寒保暖。')).toEqual(['长治市']);
    expect(findRegions('11月29日，我市迎来今冬首场降雪。全市环卫部门出动1.2万人次，潞州区清扫主干道86条。')).toEqual(['长治市', '潞州区']);
    expect(findRegions('11月29日，我市环卫部门出动1.2万人次，潞州区清扫主干道86条。')).toEqual(['长治市', '潞州区']);
  });
  it('counts the city acting in a sentence that names the weather: the weather its clause does not close on (F20, session 33)', () => {
    expect(findRegions('12月4日，针对今冬首场降雪，我市启动应急预案，全市出动除雪车辆500台次、环卫工人3000余人。其中，潞州区出动除雪车辆120台次，上党区出动80台次，主要道路未出现拥堵。')).toEqual(['长治市', '潞州区', '上党区']);
    expect(findRegions('12月4日，我市启动降雪天气应急响应，全市出动除雪车辆500台次。其中，潞州区出动除雪车辆120台次，上党区出动80台次。')).toEqual(['长治市', '潞州区', '上党区']);
    // (Near miss: the city where it snowed, its clause closing on the weather, stays the setting.)
    expect(findRegions('12月4日，我市迎来今冬首场降雪，潞州区出动除雪车辆120台次，上党区出动80台次。')).toEqual(['潞州区', '上党区']);
  });
});

describe('findRegions: bodies of the city and towns two counties share (issue 15)', () => {
  it('takes a body of the city (市水务局, 市里) for the city when no county is named', () => {
    expect(findRegions('记者从市水务局获悉，全年新铺设管网80公里。')).toEqual(['长治市']);
    expect(findRegions('市里新开了两条公交线路。')).toEqual(['长治市']);
    expect(findRegions('记者从市公交公司获悉，为方便太行东街街道、老顶山街道居民出行，市区7条公交线路将优化调整。')).toEqual([
      '长治市',
      '潞州区',
      '潞州区太行东街街道',
      '潞州区老顶山街道',
    ]);
    expect(findRegions('城市区域的公交线路将优化调整。')).toEqual([]);
  });

  it('takes the city’s councils (市委, 市政府, a 市…届人大 session) and its numbered hotline (市12345…热线) for the city', () => {
    expect(findRegions('本周，市12345政务服务便民热线共受理群众诉求3120件。')).toEqual(['长治市']);
    expect(findRegions('市委、市政府决定，授予30个单位先进集体称号。')).toEqual(['长治市']);
    expect(findRegions('出席市十五届人大三次会议的代表们审议了报告。')).toEqual(['长治市']);
    // Near misses: 市 ending a word (城市, 超市), a county's article naming the city's government once, a deputy's post.
    expect(findRegions('城市政府的职能在转变，超市委托厂家生产。')).toEqual([]);
    expect(findRegions('沁县县政府与市政府签约，沁县今年新建卫生室12个。')).toEqual(['沁县']);
    expect(findRegions('市人大代表王某建议在潞州区增设公交站点，潞州区交通运输局答复：已纳入计划。')).toEqual(['潞州区']);
  });

  it('does not read another city’s 市 (太原市委, 晋中市政府, 阳泉市两会, 太原市12345热线) as the city’s body', () => {
    // jieba tags the name before 市 (太原 + 市委) or the name with it (晋中市) as a place name (ns).
    expect(findRegions('太原市委、市政府召开会议，部署全省冬季供暖工作。')).toEqual([]);
    expect(findRegions('晋中市政府与太原市政府签署合作协议。')).toEqual([]);
    expect(findRegions('阳泉市两会期间，代表们审议了政府工作报告。')).toEqual([]);
    expect(findRegions('记者从太原市12345热线获悉，本周受理诉求3000件。')).toEqual([]);
    expect(findRegions('运城市教育局发布通知，各中小学推迟开学。')).toEqual([]);
    // Near misses: the city's own bodies after a word that is no place's name still count.
    expect(findRegions('今年以来，市委、市政府高度重视冬季供暖工作。')).toEqual(['长治市']);
    expect(findRegions('记者从市12345热线获悉，本周受理诉求3000件。')).toEqual(['长治市']);
  });

  it('does not read 市 out of 城市, 超市 or 长治市, nor add the city to a county’s article for one of its bodies', () => {
    expect(findRegions('超市里人很多，城市的市场也热闹。')).toEqual([]);
    expect(findRegions('沁县县医院与市人民医院开展合作。')).toEqual(['沁县']);
  });

  it('counts a paragraph a body of the city holds alone as the city’s, against a county named as often', () => {
    const parts = (...texts: string[]) => texts.map((text, i) => ({ text, source: [i] }));
    expect(findPlaces(parts('今年，市燃气服务热线共受理报修1200件。', '屯留区麟绛街道居民赵先生说，上门很快。')).regions).toEqual([
      '长治市',
      '屯留区',
      '屯留区麟绛街道',
    ]);
    expect(findPlaces(parts('停电通知：屯留区麟绛街道部分小区暂停供电。', '燃气报修：市燃气公司服务电话 12345')).regions).toEqual([
      '屯留区',
      '屯留区麟绛街道',
      '长治市',
    ]);
    // The body in a paragraph that names the county is the county's partner; a county named more often outweighs it.
    expect(findPlaces(parts('屯留区人民医院与市人民医院开展合作。', '屯留区今年新建卫生室12个。')).regions).toEqual(['屯留区']);
    expect(findPlaces(parts('屯留区新建卫生室12个。', '市卫健委派专家坐诊。', '屯留区今年义诊30场。')).regions).toEqual(['屯留区']);
  });

  it('does not take 全市 as the frame a county is ranked or measured in for the city', () => {
    expect(findRegions('屯留区新建社区食堂12个，数量居全市第一。')).toEqual(['屯留区']);
    expect(findRegions('武乡县在全市率先实现村村通公交。')).toEqual(['武乡县']);
    expect(findRegions('襄垣县供暖面积占全市的15%。')).toEqual(['襄垣县']);
    expect(findRegions('黎城县建成全市首个县级托育服务中心。')).toEqual(['黎城县']);
    expect(findRegions('全市新建社区食堂120个，其中屯留区12个。')).toEqual(['长治市', '屯留区']);
  });

  it('places a town two counties share in the county the article names', () => {
    expect(findRegions('壶关县今年在店上镇新建幼儿园1所。')).toEqual(['壶关县', '壶关县店上镇']);
    expect(findRegions('潞城区今年在店上镇新建幼儿园1所。')).toEqual(['潞城区', '潞城区店上镇']);
    expect(findRegions('今年在店上镇新建幼儿园1所。')).toEqual([]);
  });
});

describe('findPlaces: what the article is about, not who wrote it or who helped', () => {
  it('reads no place from a bracketed note on where the author works', () => {
    const parts = (...texts: string[]) => texts.map((text, i) => ({ text, source: [i] }));
    expect(findPlaces(parts('小区里的充电桩近四成长期“罢工”。', '（作者单位：长治学院）')).regions).toEqual([]);
    expect(findPlaces(parts('停车难要靠精细管理来解。', '（作者系潞州区委党校教师）')).regions).toEqual([]);
    expect(findPlaces(parts('潞州区新增停车位800个。', '（作者单位：长治学院）')).regions).toEqual(['潞州区']);
    // A bracketed remark that is not about the author still counts.
    expect(findPlaces(parts('（记者从潞州区获悉）')).regions).toEqual(['潞州区']);
  });

  it('weighs a body of the city named again and again, acting in a county, as the city', () => {
    const text = '平顺县石城镇卫生院门口排起长队。当天，市人民医院12名专家来到石城镇坐诊。今年以来，市人民医院已组织义诊26期。';
    expect(findRegions(text)).toEqual(['平顺县', '平顺县石城镇', '长治市']);
    expect(findRegions('沁县县医院与市人民医院开展合作。')).toEqual(['沁县']);
  });
});

describe('findRegions: a county paper’s 我县 and 全县', () => {
  const wuxiang = findPlace('武乡县')!;
  it('reads 我县, 全县, 县里 as the page’s home county', () => {
    expect(findRegions('我县新建村级养老服务站12个，全县农村老人就近享受助餐服务。', wuxiang)).toEqual(['武乡县']);
    expect(findRegions('县里今年为东沟村修通了水泥路。', wuxiang)).toEqual(['武乡县']);
  });

  it('reads a body of the county (县人民医院, 县图书馆) as the home county, not 社区 or 小区 bodies', () => {
    expect(findRegions('县图书馆“冬日书香”阅读季启动，12月计划开展阅读活动40场。', wuxiang)).toEqual(['武乡县']);
    expect(findRegions('12月5日，县人民医院与山西医科大学第一医院签订远程会诊协议。', wuxiang)).toEqual(['武乡县']);
    expect(findRegions('社区服务中心为黎城县老人送去棉衣。', findPlace('潞州区'))).toEqual(['黎城县']);
    expect(findRegions('县图书馆开展阅读活动40场。')).toEqual([]);
  });

  it('reads nothing from them on a city paper’s page, nor from 全县区', () => {
    expect(findRegions('我县新建村级养老服务站12个。')).toEqual([]);
    expect(findRegions('全市各县区、全县区一盘棋推进。', wuxiang)).toEqual(['长治市']);
  });

  it('gives the home county to an article of its paper that names no place at all', () => {
    expect(findRegions('进入暑期，八路军太行纪念馆迎来参观高峰，日均接待游客1.2万人次。', wuxiang)).toEqual(['武乡县']);
    expect(findRegions('进入暑期，八路军太行纪念馆迎来参观高峰。')).toEqual([]);
    expect(findRegions('蟠龙镇谷子种植面积达到2.6万亩。', wuxiang)).toEqual(['武乡县', '武乡县蟠龙镇']);
  });

  it('reads a district’s words for a district', () => {
    expect(findRegions('我区新增停车位800个。', findPlace('潞州区'))).toEqual(['潞州区']);
    expect(findRegions('黎城县消息：我县新增停车位800个。', findPlace('潞州区'))).toEqual(['黎城县']);
  });

  it('does not read a county’s 我县 for a district’s paper (beside a place named, where the home place is not given)', () => {
    expect(findRegions('长治市消息：我县新增停车位800个。', findPlace('潞州区'))).toEqual(['长治市']);
    expect(findRegions('长治市消息：我区新增停车位800个。', findPlace('潞州区'))).toEqual(['长治市', '潞州区']);
    expect(findRegions('长治市消息：我县新增停车位800个。', findPlace('武乡县'))).toEqual(['长治市', '武乡县']);
  });
});

describe('a line of bodies’ names', () => {
  it('is who replies or signs, not a place the text is about', () => {
    const reply = [
      { text: '长治市生态环境局　长治市住房和城乡建设局', source: [] },
      { text: '2024年，襄垣县完成32个村的生活污水治理；屯留区完成18个村的治理。', source: [] },
    ];
    expect(findPlaces(reply).regions).toEqual(['襄垣县', '屯留区']);
    expect(findRegions('市民政局将会同市财政局研究提高补贴标准。')).toEqual(['长治市']);
  });

  it('is who replies for a county too, labelled or not', () => {
    const text = '2024年，襄垣县完成32个村的生活污水治理。';
    expect(findPlaces([{ text: '武乡县水利局', source: [] }, { text, source: [] }]).regions).toEqual(['襄垣县']);
    expect(findPlaces([{ text: '答复单位：长子县人民政府', source: [] }, { text, source: [] }]).regions).toEqual(['襄垣县']);
    // The article's own headline naming a body is what it is about (a company's box under its name).
    const box = [{ text: '平顺县龙溪镇椒香园农产品有限公司', source: [], headline: true }, { text: '公司主要加工花椒、核桃，年加工能力800吨。', source: [] }];
    expect(findPlaces(box).regions).toEqual(['平顺县', '平顺县龙溪镇']);
    expect(findPlaces([{ ...box[0]!, headline: false }, box[1]!]).regions).toEqual([]);
    // After the text, a body's name signs a notice (or heads a section) and is read.
    const notice = [{ text: '解放东街部分路段实施交通管制。', source: [] }, { text: '长治市公安局交通警察支队', source: [] }];
    expect(findPlaces(notice).regions).toEqual(['长治市']);
  });
});

describe('a table of the towns', () => {
  it('is the reach of the county’s scheme: the county, not each town', () => {
    const table = '乡镇\t户数（户）\t补助资金（万元）\n龙泉镇\t14\t28\n晋庄镇\t9\t18\n树掌镇\t21\t42';
    expect(findPlaces([{ text: '壶关县农村危房改造补助对象公示', source: [] }, { text: table, source: [] }]).regions).toEqual(['壶关县']);
    expect(findRegions('龙泉镇新增补助户14户，晋庄镇9户。')).toEqual(['壶关县', '壶关县龙泉镇', '壶关县晋庄镇']);
  });
});

describe('a table of the counties', () => {
  it('is the reach of the city statistic: the city stands for it, a county named beyond it counts', () => {
    const table = '县区 新增车位(个) 同比\n沁县 320 +6.1%\n长子县 280 +4.2%\n壶关县 150 +3.0%';
    expect(findPlaces([{ text: '今年全市新增停车位2100个。', source: [] }, { text: table, source: [] }]).regions).toEqual(['长治市']);
    expect(
      findPlaces([{ text: '今年全市新增停车位2100个，其中武乡县新增最多。', source: [] }, { text: table, source: [] }]).regions,
    ).toEqual(['长治市', '武乡县']);
  });

  it("stands for the city where no county is named beyond it (a notice's quota table under 经市政府同意)", () => {
    const table = '县区 新增车位(个)\n沁县 320\n长子县 280\n壶关县 150';
    expect(findPlaces([{ text: table, source: [] }]).regions).toEqual(['长治市']);
    const tabbed = '经市政府同意，现将补贴发放情况公告如下：\n县区\t户数\t标准\n潞城区\t4260\t600\n黎城县\t3180\t600\n平顺县\t3950\t800';
    expect(findPlaces([{ text: tabbed, source: [] }]).regions).toEqual(['长治市']);
    expect(findPlaces([{ text: '黎城县新增车位500个。', source: [] }, { text: table, source: [] }]).regions).toEqual(['黎城县', '沁县', '长子县', '壶关县']);
  });
});
