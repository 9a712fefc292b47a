// kindOf (figures/kind.ts) on made-up sentences: what was added, stocks and activities, levels, rates, shares, per-unit
// amounts, who and where, links and 将. Forms of issue 15: kind.forms.test.ts; table cells and stacked numbers: kind.tables.test.ts.
import { describe, expect, it } from 'vitest';
import { kindOf } from './kind.ts';
import { scopeFor } from './scope.fixture.ts';

const kind = (paragraph: string, figure: string, unit?: string) => kindOf(scopeFor(paragraph, figure, unit ? { unit } : {}));

describe('kindOf', () => {
  it('reads what was added or done as new, and a level or the people served as total', () => {
    const p = '今年潞州区共改造老旧小区46个，涉及楼栋318栋，惠及居民1.2万户，总投资2.3亿元。';
    expect(kind(p, '46个')).toBe('new');
    expect(kind(p, '1.2万户')).toBe('total');
    expect(kind(p, '2.3亿元')).toBe('total');
    expect(kind('投入近200万元对16个学校食堂进行了改造。', '16个')).toBe('new');
    expect(kind('新建改造供热管网38.1公里、换热站12个。', '38.1公里')).toBe('new');
    expect(kind('目前，长子县共有村卫生室312个，乡村医生435名。', '312个')).toBe('total');
  });

  it('reads 新 before a verb as newly done (新铺, 新装, 新上线, 新接入), not a noun opening on 新, nor people hired', () => {
    const p = '近日，沁县定昌镇12条背街小巷改造全部完工，新铺沥青路面3.6万平方米，新装路灯320盏。';
    expect(kind(p, '3.6万平方米')).toBe('new');
    expect(kind(p, '320盏')).toBe('new');
    expect(kind('今年，镇里新接入集中供热的小区有14个。', '14个')).toBe('new');
    expect(kind('目前，全县新能源汽车保有量超过5200辆。', '超过5200辆', '辆')).toBe('total');
    expect(kind('明年将为课后服务新聘专业兴趣教师60名。', '60名')).toBe('total');
    // (新装 whatever words follow it: a verbal noun, `新装监测终端`, or more than one noun.)
    expect(kind('明年，县里计划在山区村新装水质监测终端45台。', '45台')).toBe('new');
    expect(kind('供水站已完成清淤，并新装净水过滤设备2套。', '2套')).toBe('new');
    expect(kind('社区新装修的活动中心面积260平方米。', '260平方米')).toBe('total');
    // 新装备 is a noun (new equipment), not 新装 the verb: 配发 of it is a total.
    expect(kind('今年，县里为消防队配发新装备300套。', '300套')).toBe('total');
  });

  it('reads a verb of works inside a phrase that only says which things are counted as no verb of the count: a stock', () => {
    expect(kind('截至11月底，全省开通门诊慢特病跨省结算的医疗机构达到860家。', '860家')).toBe('total');
    expect(kind('目前，我县已接入远程会诊平台的村卫生室126个。', '126个')).toBe('total');
    expect(kind('全区2005年以前建成的老旧小区还有320余个。', '320余个')).toBe('total');
    // (Works named new or dated now, the verb the clause's predicate, or a part of new works after 其中, count as the works.)
    expect(kind('今年，镇里新接入集中供热的小区有14个。', '14个')).toBe('new');
    expect(kind('今年完成“煤改气”改造的村民有2100户。', '2100户')).toBe('new');
    expect(kind('今年，县里开通了东关镇至县城的学生专线3条。', '3条')).toBe('new');
    expect(kind('全区新增停车位860个，其中，利用闲置地块建成的停车场就有5处。', '5处')).toBe('new');
  });

  it('reads the last batch of works done (最后一批…完成) as new, not the last of a kind told otherwise', () => {
    expect(kind('近日，沁源县最后一批15个村卫生室完成信息化设备安装调试。', '15个')).toBe('new');
    expect(kind('近日，该乡最后4个村卫生室完成标准化建设并投入使用。', '4个')).toBe('new');
    expect(kind('11月28日，东关镇最后一批6个村完成燃气管道入户并点火通气。', '6个')).toBe('new');
    expect(kind('目前，全村最后8户困难户全部脱贫。', '8户')).toBe('total');
    expect(kind('全镇最后5个村的道路正在施工。', '5个')).toBe('total');
  });

  it('reads 设立 after where it was done (在…设立) as new, not what a place has set up', () => {
    expect(kind('为稳定菜价，市商务局近日在城区设立平价菜销售点36个。', '36个')).toBe('new');
    expect(kind('今年，镇里在各村委会设立就业服务站12个。', '12个')).toBe('new');
    expect(kind('今年全县设立冬储菜临时销售点48个。', '48个')).toBe('total');
    expect(kind('目前，全区已在各村设立便民服务点38个。', '38个')).toBe('total');
    expect(kind('目前，全市供热企业共设立服务网点96个。', '96个')).toBe('total');
    // A stock: 目前 or an as-of date (截至…) before, or 共/累计 between 在 and 设立.
    expect(kind('目前，全区在各村共设立便民服务点38个。', '38个')).toBe('total');
    expect(kind('截至10月底，全市在各乡镇设立农村养老服务站126个。', '126个')).toBe('total');
  });

  it('reads 省 said for 节省 (还省, 省下, 省了) as a change, not 省 the province', () => {
    expect(kind('“用上电暖器，比烧炭还省300多块。”', '300多块', '块')).toBe('change');
    expect(kind('她说孩子每月还能省下车费200多元。', '200多元')).toBe('change');
    // Near misses: the province (全省, 省级).
    expect(kind('全省共有A级景区260个。', '260个')).toBe('total');
    expect(kind('省级财政补助资金3000万元。', '3000万元')).toBe('total');
  });

  it('reads more grown and less used as changes (增产, 节水), and 每晚 or 每周 as per', () => {
    expect(kind('项目区亩均节水约60立方米，粮食亩均增产50公斤以上。', '约60立方米', '立方米')).toBe('change');
    expect(kind('项目区亩均节水约60立方米，粮食亩均增产50公斤以上。', '50公斤以上', '公斤')).toBe('change');
    expect(kind('卫生院开设夜间门诊，每晚6时至9时有2名医生值班。', '2名')).toBe('per');
  });

  it('reads running totals as cumulative', () => {
    expect(kind('今年以来，王桥镇累计发放积分卡4600余张，兑换物品1.2万余件。', '1.2万余件')).toBe('cumulative');
    expect(kind('今年以来，我市累计举办培训班1380期，培训10.6万人次，新增技能人才2.8万人。', '10.6万人次')).toBe('cumulative');
    expect(kind('今年以来，我市累计举办培训班1380期，培训10.6万人次，新增技能人才2.8万人。', '2.8万人')).toBe('new');
    expect(kind('自2023年11月正式投入运营以来，共服务企业48个，提供零工岗位1944个。', '1944个')).toBe('cumulative');
    expect(kind('2024年以来共新增充电桩2800余个，惠及6个社区2.2万余户居民。', '2800余个')).toBe('new');
    expect(kind('2024年以来共新增充电桩2800余个，惠及6个社区2.2万余户居民。', '2.2万余户')).toBe('total');
    expect(kind('截至10月底，潞州区今年已完成加装电梯37部。', '37部')).toBe('new');
  });

  it('reads 截至 or a start in this period before a count as no running sum (the guide)', () => {
    expect(kind('截至目前，全县已建成农村互助幸福院63个。', '63个')).toBe('total');
    expect(kind('截至7月底，已有专家86人次下沉坐诊。', '86人次')).toBe('total');
    expect(kind('入冬以来，住建局开展安全检查，共检查换热站47座。', '47座')).toBe('total');
  });

  it('reads equipment put up by the piece as new, those it serves as reached', () => {
    expect(kind('在沁河沿线设置警示牌420块。', '420块')).toBe('new');
    expect(kind('为126户独居老人安装了烟雾报警器。', '126户')).toBe('total');
    expect(kind('菜园由村里的18亩闲置宅基地改造而成。', '18亩')).toBe('total');
  });

  it('reads a difference by its verb, its comparison or its unit', () => {
    expect(kind('群众平均办事时间压缩了七成。', '七成')).toBe('change');
    expect(kind('增加值同比增长9.6%，高于全市平均水平2.3个百分点。', '2.3个百分点')).toBe('change');
  });

  it('reads amounts per head, household, unit or period as per', () => {
    expect(kind('据介绍，加装电梯每户只需出资1.8万元。', '1.8万元')).toBe('per');
    expect(kind('全区老年食堂日均就餐老人2600余人次。', '2600余人次')).toBe('per');
    expect(kind('全区每千人口托位数达到4.1个。', '4.1个')).toBe('per');
    expect(kind('一个采暖季电费2600元左右，还有补贴。', '2600元左右')).toBe('per');
    expect(kind('今年全县平均亩产420斤。', '420斤')).toBe('per');
    expect(kind('为返乡创业青年提供最高20万元的创业担保贷款。', '20万元')).toBe('per');
    expect(kind('全市今年秋季共招收小学一年级新生3.1万人。', '3.1万人')).toBe('total');
  });

  it('tells rates from shares', () => {
    expect(kind('城区供热普及率达98%。', '98%')).toBe('rate');
    expect(kind('全市公办园在园幼儿占比达到56.3%。', '56.3%')).toBe('share');
    expect(kind('覆盖全县一半以上的行政村。', '一半以上', '%')).toBe('share');
  });

  it('reads differences as change', () => {
    expect(kind('今年的补贴标准为每户400元，较去年提高100元。', '100元')).toBe('change');
    expect(kind('今年他家的核桃每斤多卖了1.5元。', '1.5元')).toBe('change');
    expect(kind('小区乱停乱放投诉同比下降35%。', '35%')).toBe('change');
    expect(kind('营业收入增长10%。', '10%', '%')).toBe('change');
  });
});

describe('kindOf, stocks and activities', () => {
  it('reads activities that add nothing to a stock as totals', () => {
    expect(kind('持续深化培训行动，开展技能培训2487人。', '2487人')).toBe('total');
    expect(kind('向2025届毕业生发放一次性求职补贴512.4万元。', '512.4万元')).toBe('total');
    expect(kind('今年计划建设5个精品示范村。', '5个')).toBe('total');
    expect(kind('建设“太行一号”旅游公路支线46.7公里。', '46.7公里')).toBe('new');
  });

  it('reads the verb in the figure’s own stretch, after the figure before it', () => {
    const p = '推进托育服务设施建设、新增备案67个以上普惠社区托育点等15个项目。';
    const scope = scopeFor(p, '15个');
    expect(kindOf(scope, undefined, scope.sentence.indexOf('以上') + 2)).toBe('total');
    expect(kind(p, '67个以上')).toBe('new');
  });

  it('reads 以来共, 近年来先后 and 过的 as running sums', () => {
    const p = '据了解，自2023年11月正式投入运营以来，共服务企业48个，提供零工岗位1944个。';
    expect(kind(p, '48个')).toBe('cumulative');
    expect(kind(p, '1944个')).toBe('cumulative');
    expect(kind('该公司近年来先后独立完成科研试验70余项，申请国家专利35项。', '35项')).toBe('cumulative');
    expect(kind('护士长郭永琴护理过的患儿超过4万人。', '超过4万人')).toBe('cumulative');
  });
});

describe('kindOf, more forms', () => {
  it('reads a ratio to a task or plan as a rate, not a share', () => {
    expect(kind('1—9月，全县城镇新增就业2100人，完成全年任务的96%。', '96%')).toBe('rate');
    expect(kind('已完成投资5.6亿元，占年度计划的81%。', '81%')).toBe('rate');
    expect(kind('全年完成投资4.5亿元，占年度计划投资的90%。', '90%')).toBe('rate');
    expect(kind('其中农村居民占全县人口的61%。', '61%')).toBe('share');
    expect(kind('这座净水厂总投资2800万元，目前已完成投资的64%。', '64%')).toBe('rate');
    expect(kind('项目总投资1.2亿元，其中社会资本投资占总投资的35%。', '35%')).toBe('share');
  });

  it('reads a big number over a name of a ratio measure as a rate, over a name of a part as a share', () => {
    const box = '◎ 95.2%\n城市污水集中处理率\n◎ 37.5%\n绿地占建成区面积\n◎ 88.1%\n公众安全感满意度';
    expect(kind(box, '95.2%')).toBe('rate');
    expect(kind(box, '37.5%')).toBe('share');
    expect(kind(box, '88.1%')).toBe('rate');
  });

  it('reads scores under a heading that names a ratio measure as rates, other scores by their verbs', () => {
    const ranks = '各县区营商环境满意度\n第一名 襄垣县 96.3分\n第二名 武乡县 95.8分';
    expect(kind(ranks, '96.3分')).toBe('rate');
    expect(kind(ranks, '95.8分')).toBe('rate');
    expect(kind('今年全市公共服务满意度测评96.5分。', '96.5分')).toBe('rate');
    expect(kind('各村积分兑换情况\n东庄村 村民共兑换积分3200分', '3200分')).not.toBe('rate');
  });

  it('reads a ceiling per case as per, with the verb or noun after 最高', () => {
    expect(kind('符合条件的创业者个人最高可贷20万元。', '20万元')).toBe('per');
    expect(kind('县财政为每名老人购买意外险，最高保额为5万元。', '5万元')).toBe('per');
  });

  it('reads works finished by the length or area as new, money finished as a total', () => {
    expect(kind('目前，主管网已完成9公里。', '9公里')).toBe('new');
    expect(kind('今年完成投资3.2亿元。', '3.2亿元')).toBe('total');
  });
});

describe('kindOf, more forms', () => {
  it('reads 新增 as an addition, not a change, unless compared (较…新增), and 提前/推迟 as a difference', () => {
    expect(kind('全区累计建成幸福院40个，其中今年新增12个。', '12个')).toBe('new');
    expect(kind('农村劳动力转移就业新增8000人。', '8000人')).toBe('new');
    expect(kind('供热面积较上个采暖季新增300万平方米。', '300万平方米')).toBe('change');
    expect(kind('今年供热比往年提前3天。', '3天')).toBe('change');
  });

  it('reads 再建, 新发展 and 筹集 as additions, a project named 改造 and 目前…建成 as totals', () => {
    expect(kind('明年计划再建日间照料中心20个。', '20个')).toBe('new');
    expect(kind('今年新发展食用菌大棚60座。', '60座')).toBe('new');
    expect(kind('全市筹集保障性租赁住房1500套。', '1500套')).toBe('new');
    expect(kind('该镇开发保洁、护林等公益性岗位90个。', '90个')).toBe('new');
    expect(kind('今年实施老旧街区改造项目12个。', '12个')).toBe('total');
    expect(kind('目前全县建成村级卫生室210个。', '210个')).toBe('total');
  });

  it('reads a scheme’s named ratio as a rate, pay per month and a day’s amount as per, a data box after its space', () => {
    expect(kind('报销比例达到65%。', '65%')).toBe('rate');
    expect(kind('群众满意度达到97%。', '97%')).toBe('rate');
    expect(kind('学员月工资普遍在4500元以上。', '4500元以上')).toBe('per');
    expect(kind('一天只供3个钟头。', '3个')).toBe('per');
    expect(kind('● 农村居民人均可支配收入增长 6.2%', '6.2%')).toBe('change');
  });

  it('reads those taking part in a running programme as its reach', () => {
    expect(kind('今年以来，全镇累计发放积分20万分，参与农户达到3100户。', '3100户')).toBe('total');
  });
});

describe('kindOf, who and where, links and 将', () => {
  it('reads those a work is done for and the places it is done in as reached, and places that all have a thing as a total', () => {
    expect(kind('今年为2100户困难老人家庭实施适老化改造。', '2100户')).toBe('total');
    expect(kind('该镇在9个村建成村级光伏电站。', '9个')).toBe('total');
    expect(kind('全县7个乡镇和210个村全部建成便民服务站。', '210个')).toBe('total');
    expect(kind('预计明年新增就业将稳定在3万人以上。', '3万人以上')).toBe('new');
  });

  it('counts a count named with its works before 达到 as the works, and reads 将 before 超过 as “will”', () => {
    expect(kind('今年全区农村“煤改电”改造户数达到3800户。', '3800户')).toBe('new');
    expect(kind('预计全年城镇新增就业将超过4万人。', '超过4万人')).toBe('new');
  });

  it('reads a fare as per ride', () => {
    expect(kind('线路全长18公里，票价2元。', '2元')).toBe('per');
  });
});

describe('kindOf: 建成 of what a place has, and 建成区', () => {
  it('reads 已 a few words before 建成 as what a place has, and 建成区 as a noun', () => {
    expect(kind('目前，全县已在城区和乡镇建成便民驿站26个。', '26个')).toBe('total');
    expect(kind('如今，县城建成区面积达到18.6平方公里。', '18.6平方公里')).toBe('total');
  });
  it('keeps 建成 of works this year, and 建成区、乡、村 as a verb over a list of levels', () => {
    expect(kind('今年，全县建成便民驿站26个。', '26个')).toBe('new');
    expect(kind('今年，全区建成区、乡、村三级养老服务站点86个。', '86个')).toBe('new');
  });
});

describe('kindOf: 已在X建成 under a span of doing', () => {
  it('reads 已 a few words before 建成 in a span of doing as works of the span: new', () => {
    expect(kind('今年我镇已在南关村建成爱心驿站9个，明年计划再建5个。', '9个')).toBe('new');
    expect(kind('“冬季送温暖”活动期间，街道已在各小区建成暖心驿站14个。', '14个')).toBe('new');
  });
  it('keeps what a whole place or now has built a total', () => {
    expect(kind('目前，我镇已在南关村建成爱心驿站9个。', '9个')).toBe('total');
    expect(kind('今年以来，全县已在城区建成爱心驿站31个。', '31个')).toBe('total');
  });
});

describe('kindOf: 已…建成 under a span that is no campaign, and 已建成的', () => {
  it('keeps what was built already (已建成的…) and what a holiday, season or plan span finds built totals', () => {
    expect(kind('国庆期间，我镇已建成的12个便民服务点全部照常开放。', '12个')).not.toBe('new');
    expect(kind('采暖期间，城区已在各街道建成的供热站48座全部正常运行。', '48座')).not.toBe('new');
    expect(kind('“十三五”期间，我区已建成日间照料中心34个。', '34个')).not.toBe('new');
  });
  it('still reads a campaign carried out as the span of the works: new', () => {
    expect(kind('“清洁取暖”专项行动开展期间，我镇已在各村建成集中供热站7座。', '7座')).toBe('new');
    expect(kind('实施“暖心工程”期间，街道已在各小区建成暖心驿站11个。', '11个')).toBe('new');
  });
});
