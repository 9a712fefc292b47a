import { describe, expect, it } from 'vitest';
import { localPlacesOf, regionOf } from './place.ts';
import { scopeFor } from './scope.fixture.ts';

const region = (paragraph: string, figure: string, regions = ['长治市'], paragraphs: string[] = []) =>
  regionOf(scopeFor(paragraph, figure, { article: { regions } }), localPlacesOf([...paragraphs, paragraph]));

describe('regionOf', () => {
  it('places a figure of an article that names no place at the city when a city office acts in its own sentence', () => {
    const p = '截至目前，会议共收到意见建议146条，其中涉及教育的有28条；市人大常委会收到议案12件。';
    expect(region(p, '146条', [])).toBe('长治市');
    // General advice in a sentence after the office's, or under a headline or paragraph naming one, has no place.
    expect(region('市疾控中心专家提醒，冬季要注意补水。平均每人每天喝水1500毫升为宜。', '1500毫升', [])).toBeUndefined();
    const tip = scopeFor('医生建议，成年人每天睡眠7小时以上。', '7小时以上', { article: { regions: [], title: '市卫健委开展健康讲座进社区' } });
    expect(regionOf({ ...tip, preceding: '日前，市中医医院组织专家走进社区。' }, localPlacesOf([]))).toBeUndefined();
    // Nothing names a place, or only an office of no named county: no place.
    expect(region('专家建议，成年人每天步行6000步以上。', '6000步以上', [])).toBeUndefined();
    expect(region('会议共收到意见建议146条；县人大常委会收到议案12件。', '146条', [])).toBeUndefined();
  });

  it("reads the city's own average as the city's, a yardstick against it not", () => {
    const snow = '图为雪后的平顺县石城镇岳家寨。据气象部门统计，此次降雪全市平均降水量达到6.8毫米。';
    expect(region(snow, '6.8毫米', ['平顺县', '平顺县石城镇'])).toBe('长治市');
    expect(region('石城镇人均收入1.8万元，高于全市平均水平。', '1.8万元', ['平顺县', '平顺县石城镇'])).toBe('平顺县石城镇');
  });

  it('takes a town before its county, from the clause chain', () => {
    const p = '4月开工建设的西火镇一级热网工程全长13.5公里，由西火热源厂引出热源，呈枝状铺设至西火镇西火村、东火村等8个村庄，供热面积共75万平方米。';
    expect(region(p, '13.5公里', ['上党区'])).toBe('上党区西火镇');
    expect(region(p, '75万平方米', ['上党区'])).toBe('上党区西火镇');
    expect(region('走进武乡县丰州镇南关村村民段玉珍家，屋里温度计显示22℃。', '22℃', ['武乡县'])).toBe('武乡县丰州镇');
  });

  it('takes the place a table row names for its figures', () => {
    const table = '| 片区 | 测温户数 | 室温达标率 |\n| --- | --- | --- |\n| 古韩镇 | 1860户 | 98.7% |\n| 侯堡镇 | 420户 | 97.1% |';
    expect(region(table, '420户', ['襄垣县'])).toBe('襄垣县侯堡镇');
    expect(region(table, '98.7%', ['襄垣县'])).toBe('襄垣县古韩镇');
  });

  it('takes what places that do not nest share', () => {
    expect(region('8月以来，为苏店镇、西池乡16个村的8000余户村民安装了电暖画。', '16个', ['上党区'])).toBe('上党区');
    expect(region('3所幼儿园分别位于潞州区、上党区和屯留区，总建筑面积1.86万平方米。', '1.86万平方米', ['潞州区'])).toBe('长治市');
    expect(region('这条路全长26.4公里，串起了郭道镇、灵空山镇的9个行政村。', '9个', ['沁源县'])).toBe('沁源县');
  });

  it('reads 该小区, 该社区 and 该村 as the town of the one named before', () => {
    const before = '市民留言：壶关县龙泉镇东关小区3号楼暖气片上热下凉。';
    const p = '壶关县供热公司负责人介绍，接到工单后，公司对该小区供热管网进行了调试，更换老化阀门12个。';
    expect(regionOf({ ...scopeFor(p, '12个', { article: { regions: ['壶关县'] } }), preceding: before }, localPlacesOf([before, p]))).toBe('壶关县龙泉镇');
  });

  it('reads no place in 县里, the county government and what it has', () => {
    const p = '郭道镇沁河大桥建成通车。沁河大桥是今年县里承诺的民生实事之一，全长186米。';
    expect(region(p, '186米', ['沁源县'])).toBe('沁源县郭道镇');
  });

  it('reads no place in one named in passing: a comparison, where visitors come from, the city’s urban area as a partner', () => {
    const p = '南里镇现有蔬菜大棚640座，今年新发展82座，每座纯收入比邻近的襄垣县同类大棚高出约3000元。';
    expect(region(p, '82座', ['沁县', '沁县南里镇'])).toBe('沁县南里镇');
    expect(region(p, '约3000元', ['沁县', '沁县南里镇'])).toBe('沁县南里镇');
    expect(region('11月26日，武乡县八路军太行纪念馆迎来潞州区一所中学的400多名学生。', '400多名', ['武乡县'])).toBe('武乡县');
    expect(region('长子县新开通校园公交线路6条，线路与长治市区公交在县城东站换乘，共设置站台28个。', '28个', ['长子县'])).toBe('长子县');
  });

  it('reads no place in any place of a list named in passing: where goods are sold, where contestants come from', () => {
    const sold = '今年，西井镇花椒总产量达到210万斤，产品销往平顺、潞城、长子等县区。镇里的交易市场吸纳务工人员320人。';
    expect(region(sold, '210万斤', ['黎城县', '黎城县西井镇'])).toBe('黎城县西井镇');
    const race = '12月10日，黎城县冬季长跑比赛在县城举行，来自平顺、潞城等县区的1200名选手参赛。';
    expect(region(race, '1200名', ['黎城县'])).toBe('黎城县');
    // A list the article's work reaches stays: `为苏店镇、西池乡16个村…` above.
  });

  it('reads a route from the county seat to a town as the county’s, a town’s own line to the seat as the town’s', () => {
    expect(region('11月16日，壶关县开通县城至晋庄镇的“暖心巴士”，每天往返6班。', '6班', ['壶关县'])).toBe('壶关县');
    expect(region('该县计划完成县城至龙溪镇集中供热管网建设，新建供热管网18公里。', '18公里', ['平顺县'])).toBe('平顺县');
    expect(region('夏店镇至县城的城乡公交专线全程28公里。', '28公里', ['襄垣县'])).toBe('襄垣县夏店镇');
    // A table's line from the seat, printed with a dash.
    expect(region('县城—树掌镇线路日均客运量620人次，票价4.5元。', '620人次', ['壶关县'])).toBe('壶关县');
    expect(region('县城——大峡谷镇线路日均客运量860人次。', '860人次', ['壶关县'])).toBe('壶关县');
  });

  it('reads no place in the county seat or town people travel to', () => {
    const p = '本报讯 12月10日，夏店镇至县城的城乡公交专线正式开通。专线开通后，沿线9个村的5600余名群众到县城办事、就医更加便捷。';
    expect(region(p, '5600余名', ['襄垣县'])).toBe('襄垣县夏店镇');
    expect(region('黎城县今年新建县城停车场9处。', '9处', ['黎城县'])).toBe('黎城县');
  });

  it('reads no place in the county seat goods go to', () => {
    const p = '入冬以来，故县镇后河村的蔬菜大棚里一片翠绿。村支书告诉记者，村里今年新建冷棚四十座，西红柿、黄瓜直供县城超市。';
    expect(region(p, '四十座', ['沁县', '沁县故县镇'])).toBe('沁县故县镇');
    expect(region('县城今年新增公共停车泊位800个，供市民免费停放。', '800个', ['沁县', '沁县故县镇'])).toBe('沁县');
  });

  it('reads no place in a book title: it names a document', () => {
    const p = '今年，平顺县实施老城区供水管网改造，按照《长治市城市供水条例》的要求更换铸铁管道18.6公里。';
    expect(region(p, '18.6公里', ['平顺县'])).toBe('平顺县');
    expect(region(p.replace('《', '<<').replace('》', '>>'), '18.6公里', ['平顺县'])).toBe('平顺县');
    expect(region('依据<<长治市城市供水条例>>，全市更换水表1.2万户。', '1.2万户', ['平顺县'])).toBe('长治市');
  });

  it('reads 全市, 全县 and 全镇 from the wider text', () => {
    expect(region('全市2737个街道(乡镇)、社区(村)就业社保服务点全面试运行。', '2737个', ['潞州区'])).toBe('长治市');
    expect(region('黎城县民政局介绍，截至目前，全县已建成农村互助幸福院63个。', '63个', ['黎城县西井镇'])).toBe('黎城县');
    const p = '今年以来，王桥镇在全镇23个行政村推广“积分制”管理。全镇人居环境整治参与率由去年的六成提高到九成以上。';
    expect(region(p, '九成以上', ['襄垣县'])).toBe('襄垣县王桥镇');
  });

  it('reads 该镇 as the town named before it, when the nearest place is its county', () => {
    const p = '西火镇是上党区农村供热的试点镇。今年，该镇新建换热站6座。';
    expect(region(p, '6座', ['上党区'])).toBe('上党区西火镇');
  });

  it('places a mine or plant named after its town in that town', () => {
    expect(region('近年来，八义煤业公司累计完成技改项目12项。', '12项', ['山西省'])).toBe('上党区八义镇');
    expect(region('八义村今年新建大棚12座。', '12座', ['上党区'])).toBe('上党区');
  });

  it('reads a city body replying after a bracketed tag as the city, but not one that only speaks', () => {
    expect(region('【回复】市卫健委：3岁以下婴幼儿每人每月补贴200元。', '200元', [])).toBe('长治市');
    expect(region('市水务局答：经现场核查，该小区供水设备运行超过15年。', '15年', ['潞州区'])).toBe('潞州区');
  });

  it('reads 市区 as the city', () => {
    expect(region('12月起，市区5条公交线路优化调整。', '5条', ['潞州区'])).toBe('长治市');
  });

  it('reads 县城 as the county, not the town the sentence also names', () => {
    const p = '该县计划明年完成龙溪镇供热二期工程，届时县城集中供热普及率将提高到96%。';
    expect(region(p, '96%', ['平顺县'])).toBe('平顺县');
  });

  it('takes a speaker’s place from 来自, and leaves a yardstick average out', () => {
    const p = '“一个月能挣3000多元。”来自八义镇的李师傅说。';
    expect(region(p, '3000多元', ['上党区'])).toBe('上党区八义镇');
    // Told without quotation marks: the clause opening the sentence names the speaker's home, then the verb of saying.
    expect(region('来自西火镇的务工人员王刚说，他在园区上班，每月能拿4800元。', '4800元', ['上党区'])).toBe('上党区西火镇');
    expect(region('家住韩店街道的李大妈告诉记者，她每天花8元就能吃上热饭。', '8元', ['上党区'])).toBe('上党区韩店街道');
    // An official's words name no home; a supplier 来自 a town, not a speaker, is a partner.
    expect(region('西火镇镇长王刚说，全区今年新增就业4800人。', '4800人', ['上党区'])).not.toBe('上党区西火镇');
    expect(region('食堂的蔬菜来自西火镇的合作社，每天供应800斤。', '800斤', ['上党区'])).toBe('上党区');
    const q = '缴费基数在全省上年度就业人员平均工资的60%至300%之间自行选择。';
    expect(region(q, '60%', [])).toBeUndefined();
  });

  it('places a village or estate the article named under its town', () => {
    const first = '上午10点，黎城县西井镇仟仵村农村互助幸福院里，几位老人正围坐在一起剥玉米。';
    expect(region('仟仵村互助幸福院去年改建，现有床位24张。', '24张', ['黎城县'], [first])).toBe('黎城县西井镇');
  });

  it('falls back to the paragraph, then the article’s first place', () => {
    const p = '“过去去趟县城得绕大半天，现在40分钟就到了。”灵空山镇圣寿寺村村民赵德胜一边往车上装核桃一边说。';
    expect(region(p, '40分钟', ['沁源县'])).toBe('沁源县灵空山镇');
    expect(region('全年开展专项招聘活动474场。', '474场', ['长治市'])).toBe('长治市');
    expect(region('全年开展专项招聘活动474场。', '474场', [])).toBeUndefined();
  });
});

describe('regionOf, what is not the figure’s place', () => {
  it('leaves out partners, origins, ranks, quoted names and the city as a brand', () => {
    const p = '上党区融入“一城四区”布局，强化与潞州区规划对接。今年计划建设5个精品示范村。';
    expect(region(p, '5个', ['上党区'])).toBe('上党区');
    expect(region('“周末带孩子来种种菜。”来自潞州区的租户宋女士说。村集体每年增收3.6万元。', '3.6万元', ['潞城区'])).toBe('潞城区');
    expect(region('今年以来，长子县医共体建设走在全市前列，县域内就诊率达到92%。', '92%', ['长子县'])).toBe('长子县');
    expect(region('“全省公安交警系统比武竞赛”落下帷幕，市公安局交警支队荣获团体二等奖，3名民警获得个人奖项。', '3名', ['潞州区'])).toBe('长治市');
    expect(region('上党区打造长治“智感谷”，力争完成产值11.5亿元。', '11.5亿元', ['上党区'])).toBe('上党区');
  });

  it('reads the section before the paragraph, and several towns as their county', () => {
    const section = ['走进沁源县人民医院医养中心，病房改造成了温馨的老年公寓。'];
    expect(regionOf({ ...scopeFor('中心负责人说，中心设有床位120张。', '120张', { article: { regions: ['长治市'] } }), preceding: section[0] })).toBe('沁源县');
    expect(region('今年，程家山镇等3个乡镇首次实现集中供热，新增供热用户2300余户。', '2300余户', ['黎城县'])).toBe('黎城县');
  });

  it('reads the headline, the heading over every section, before the article’s first place', () => {
    const p = '卫生院今年购置巡诊车2辆，每月进村巡诊。';
    const article = { regions: ['沁源县', '沁源县郭道镇'] };
    expect(regionOf(scopeFor(p, '2辆', { article: { ...article, title: '郭道镇卫生院开通“流动诊室”' } }))).toBe('沁源县郭道镇');
    expect(regionOf(scopeFor(p, '2辆', { article: { ...article, title: '卫生院开通“流动诊室”' } }))).toBe('沁源县');
    // A place in the figure's own text still comes first.
    expect(regionOf(scopeFor('沁源县今年购置巡诊车2辆。', '2辆', { article: { ...article, title: '郭道镇卫生院开通“流动诊室”' } }))).toBe('沁源县');
  });
});

describe('regionOf, a speaker’s words', () => {
  it('gives a quotation the place of its speaker, named after it or before it', () => {
    expect(region('“今年家里的暖气可热了，屋里有24℃。”古韩镇居民王大姐说。', '24℃', ['襄垣县'])).toBe('襄垣县古韩镇');
    expect(region('家住西营镇的李师傅说：“一个月能多挣1500元。”', '1500元', ['襄垣县'])).toBe('襄垣县西营镇');
    // Not quoted: the clause's place as before.
    expect(region('全县新建换热站12座，王桥镇居民说暖气更热了。', '12座', ['襄垣县'])).toBe('襄垣县');
  });

  it('reads a scene set before the verb of saying, and the scene after a quotation opening its paragraph', () => {
    expect(region('“家里才15摄氏度，晚上得盖两床被子。”12月5日，屯留区麟绛街道康庄小区居民郭秀英摸着暖气片说。', '15摄氏度', ['屯留区'])).toBe('屯留区麟绛街道');
    expect(region('“来回得40分钟。”在黎城县西井镇岭后村，68岁的村民申福贵说，“现在拧开龙头就来水。”', '40分钟', ['黎城县'])).toBe('黎城县西井镇');
    expect(region('“我们只掏3块钱。”11月18日中午，屯留区余吾镇西洼村助餐点里，82岁的刘根旺老人吃得津津有味。', '3块钱', ['屯留区'])).toBe('屯留区余吾镇');
  });
});

describe('regionOf, 全镇 in a town’s article', () => {
  it('reads 全镇 as the one town of its county the article is placed at, when the text around names none', () => {
    const p = '镇党委书记张海鹏介绍，目前全镇谷子订单收购价每斤比市场价高0.3元。';
    expect(region(p, '0.3元', ['潞城区', '潞城区微子镇'])).toBe('潞城区微子镇');
    // Two towns of the county in the article's places: 全镇 stays unresolved, the county.
    expect(region(p, '0.3元', ['潞城区', '潞城区微子镇', '潞城区店上镇'])).toBe('潞城区');
  });
});

describe('regionOf, a town by its stem', () => {
  it('reads a town’s bare stem right after its county as the town, not a stem alone', () => {
    expect(region('11月22日，沁源县灵空山冰雪乐园正式开园，首日接待游客3200余人次。', '3200余人次', ['沁源县'])).toBe('沁源县灵空山镇');
    expect(region('首日接待游客3200余人次，灵空山冰雪乐园人气很旺。', '3200余人次', ['沁源县'])).toBe('沁源县');
  });
});

describe('regionOf, a list or table printed a row a line', () => {
  it('takes the place its own line names, not what the whole list shares', () => {
    const spaced = '县区    优良天数\n潞州区    256天\n襄垣县    268天\n沁源县    301天';
    expect(region(spaced, '268天')).toBe('襄垣县');
    expect(region(spaced, '301天')).toBe('沁源县');
    const bullets = '● 潞州区：优良天数256天\n● 襄垣县：优良天数268天';
    expect(region(bullets, '256天')).toBe('潞州区');
    expect(region(bullets, '268天')).toBe('襄垣县');
  });
});

describe('regionOf, a list of places each with its figure', () => {
  it('gives each figure its own item’s place, and shares the places of a list that is not of such pairs', () => {
    const p = '全市各县区优良天数：潞州区256天、襄垣县268天、沁源县301天。';
    expect(region(p, '256天')).toBe('潞州区');
    expect(region(p, '268天')).toBe('襄垣县');
    expect(region('为苏店镇、西池乡16个村的8000余户村民安装燃气报警器。', '8000余户', ['上党区'])).toBe('上党区');
    expect(region('黎城县教育局组织12名骨干教师走进程家山镇、洪井镇的6所山区小学。', '6所', ['黎城县'])).toBe('黎城县');
  });
});

describe('regionOf, a rank is no place', () => {
  it('reads 市级 as the rank of a scheme, not the city', () => {
    const before = '11月11日，记者从潞州区住建局获悉，今年以来，全区新增集中供热面积186万平方米。';
    const p = '今年，全区新建改造供热管网46公里。列入市级民生实事的老旧供热管网改造任务12公里，已于10月中旬全部完成。';
    expect(regionOf({ ...scopeFor(p, '46公里', { article: { regions: ['潞州区'] } }), preceding: before })).toBe('潞州区');
    expect(regionOf({ ...scopeFor(p, '12公里', { article: { regions: ['潞州区'] } }), preceding: before })).toBe('潞州区');
  });
});

describe('regionOf, a body that speaks', () => {
  it('does not place a figure where the body telling it sits, only where a body acts', () => {
    expect(region('市住建局答：经核查，该小区外墙保温已脱落40余处。', '40余处', ['潞州区'])).toBe('潞州区');
    expect(region('市住建局负责人介绍，该小区共有楼栋12栋。', '12栋', ['潞州区'])).toBe('潞州区');
    expect(region('市住建局今年改造老旧小区120个。', '120个', ['潞州区'])).toBe('长治市');
    // An office (处) acts as a bureau does.
    expect(region('据了解，今年以来，市城市照明管理处共维修城区路灯4100余盏。', '4100余盏', [])).toBe('长治市');
  });
});
