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

  it('counts projects named after the object of their works as the works, projects of a kind as projects', () => {
    expect(kind('今年，英雄中路街道实施老旧小区改造项目27个，涉及楼栋186栋。', '27个')).toBe('new');
    expect(kind('今年，全区实施微改造项目23个。', '23个')).toBe('total');
  });

  it('reads 新 before a verb as newly done (新铺, 新装, 新上线, 新接入), not a noun opening on 新, nor people hired', () => {
    const p = '近日，沁县定昌镇12条背街小巷改造全部完工，新铺沥青路面3.6万平方米，新装路灯320盏。';
    expect(kind(p, '3.6万平方米')).toBe('new');
    expect(kind(p, '320盏')).toBe('new');
    expect(kind('今年，镇里新接入集中供热的小区有14个。', '14个')).toBe('new');
    expect(kind('目前，全县新能源汽车保有量超过5200辆。', '超过5200辆', '辆')).toBe('total');
    expect(kind('明年将为课后服务新聘专业兴趣教师60名。', '60名')).toBe('total');
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

describe('kindOf, forms of issue 15 (made-up sentences in the forms the papers print)', () => {
  it('keeps 累计 right before a number to that figure, and lets 累计 before a verb cover the list it opens', () => {
    const p = '全年举办招聘活动120场，参会单位累计3200家，提供岗位4.1万个，达成就业意向8600人。';
    expect(kind(p, '3200家')).toBe('cumulative');
    expect(kind(p, '4.1万个')).toBe('total');
    expect(kind(p, '8600人')).toBe('total');
    expect(kind('今年以来，该镇累计发放积分卡900张，兑换物品2600件。', '2600件')).toBe('cumulative');
  });

  it('reads additions named new as new under a running sum, other works told one after another as a running sum, and a level as a stock', () => {
    expect(kind('2023年以来，该县累计新建公共充电桩420个。', '420个')).toBe('new');
    expect(kind('近年来，该镇先后建成日光温室300座，蔬菜种植面积达到2100亩。', '300座')).toBe('cumulative');
    expect(kind('近年来，该镇先后建成日光温室300座，蔬菜种植面积达到2100亩。', '2100亩')).toBe('total');
    expect(kind('全县农村劳动力累计转移就业达到12.6万人。', '12.6万人')).toBe('cumulative');
    expect(kind('村民用攒了半年的120分换回一袋面粉。', '120分', '分')).toBe('cumulative');
  });

  it('reads renewing, treating and equipment given by the piece as new, what a thing was made into and where a work reaches as not', () => {
    expect(kind('公司更换老化阀门26个。', '26个')).toBe('new');
    expect(kind('该镇完成5处农村黑臭水体治理。', '5处')).toBe('new');
    expect(kind('计划为乡镇卫生院配备救护车6辆。', '6辆')).toBe('new');
    expect(kind('今年为全县网格配备专职网格员300名。', '300名')).toBe('total');
    expect(kind('社区把闲置的锅炉房改造成了450平方米的活动中心。', '450平方米')).toBe('total');
    expect(kind('管网由热源厂引出，铺设至东村、西村等6个村庄。', '6个')).toBe('total');
    expect(kind('明年该镇计划再发展中药材种植2000亩。', '2000亩')).toBe('new');
  });

  it('reads a price asked, a case set by a lead clause, a day’s capacity and a season of one household as per', () => {
    expect(kind('两菜一汤，老人只需交3元。', '3元')).toBe('per');
    expect(kind('住院花了5000元，自己只掏了1200元。', '1200元')).toBe('total');
    expect(kind('每拆除一处旱厕，镇里补助800元。', '800元')).toBe('per');
    expect(kind('水厂建成后，日供水能力达到2万立方米。', '2万立方米')).toBe('per');
    expect(kind('首日接待游客4000余人次。', '4000余人次')).toBe('total');
    expect(kind('一季度已发放贷款900万元。', '900万元')).toBe('total');
    expect(kind('充满一次约需2元。', '2元')).toBe('per');
    expect(kind('“以前一个冬天得烧3吨煤。”', '3吨')).toBe('per');
    expect(kind('推出“一件事一次办”事项25项。', '25项')).toBe('total');
    expect(kind('力争全年城镇新增就业不低于4万人。', '4万人')).toBe('new');
  });

  it('reads a unit printed per unit (元/吨), one of a unit before the number (一亩打了…) and an average price as per; the size of one thing as a total', () => {
    expect(kind('村里水价统一执行3.5元/吨。', '3.5元/吨', '元')).toBe('per');
    expect(kind('补贴标准为150元/人·月。', '150元/人·月', '元')).toBe('per');
    expect(kind('市区新建商品住宅成交均价6500元。', '6500元')).toBe('per');
    expect(kind('“一亩打了五百来斤。”', '五百来斤', '斤')).toBe('per');
    expect(kind('社区腾出一间40平方米的活动室。', '40平方米')).toBe('total');
  });

  it('reads 已建成 this period as works, a whole place’s 已建成 as its stock, and 为 after a noun as “is”', () => {
    expect(kind('西街街道今年已建成爱心驿站11个。', '11个')).toBe('new');
    expect(kind('交警大队在小区周边新施划停车位60个。', '60个')).toBe('new');
    expect(kind('敬老院还新修了通往镇区的无障碍坡道150米。', '150米')).toBe('new');
    expect(kind('镇里还建起核桃烘干厂3座。', '3座')).toBe('new');
    expect(kind('全镇已有15个村建起积分超市。', '15个')).toBe('total');
    expect(kind('今年，全镇15个村全部建起了“积分超市”。', '15个')).toBe('total');
    expect(kind('县医院帮助乡镇卫生院新开展适宜技术30项。', '30项')).toBe('new');
    // (So is 已建成 against a plan of additions in its sentence; as of a date alone it is what a place has.)
    expect(kind('计划新建乡镇污水处理站12座，已建成9座。', '9座')).toBe('new');
    expect(kind('截至11月底，开发区已建成人才公寓300套。', '300套')).toBe('total');
    expect(kind('今冬，全市已建成户外劳动者服务站386个。', '386个')).toBe('total');
    expect(kind('今年，我市城镇新增就业的全年目标任务为4万人。', '4万人')).toBe('new');
    expect(kind('为126户独居老人安装了烟雾报警器。', '126户')).toBe('total');
  });

  it('reads facilities built (建设…) and firms moved in (入驻) as new, villages built into a programme as reached', () => {
    expect(kind('明年计划在两个镇建设3个县域医疗次中心。', '3个')).toBe('new');
    expect(kind('今年计划建设6个精品示范村。', '6个')).toBe('total');
    expect(kind('投入2000万元推进3个精品示范村、20个提档升级村建设。', '20个')).toBe('total');
    expect(kind('今年计划建设4个精品示范村和30个提档升级村。', '4个')).toBe('total');
    expect(kind('张店镇3座新建的村级日间照料中心同时投入使用。', '3座')).toBe('new');
    expect(kind('完成2057座农村户厕改建。', '2057座')).toBe('new');
    expect(kind('首批入驻企业40家，提供岗位900余个。', '40家')).toBe('new');
    expect(kind('全年实施城市更新项目90个。', '90个')).toBe('total');
  });

  it('reads what works involve, other than people and households, as the works’, and a count holding the works’ object as reached', () => {
    const p = '今年该区要改造老旧小区20个，目前已全部完工，涉及楼栋140栋，惠及居民3600户。';
    expect(kind(p, '140栋')).toBe('new');
    expect(kind(p, '3600户')).toBe('total');
    expect(kind('今年，该区对城区40个老旧小区的供热管网实施改造。', '40个')).toBe('total');
    expect(kind('31个老旧小区41栋楼的改造提升了居住环境。', '41栋')).toBe('new');
  });

  it('reads works of renewal (改造提升) as works, not a rise', () => {
    expect(kind('今年新建20个、改造提升12个，全部投入使用。', '12个')).toBe('new');
  });

  it('reads works in a 的-phrase naming the subject as describing it: the verb after them counts the figure', () => {
    expect(kind('新建成的敬老院可容纳老人120名。', '120名')).toBe('total');
    expect(kind('新建改造后的换热站服务面积达到80万平方米。', '80万平方米')).toBe('total');
    expect(kind('今年新建的日间照料中心共有床位260张。', '260张')).toBe('total');
    expect(kind('今年，两镇新接入集中供热的小区有14个。', '14个')).toBe('new');
    expect(kind('依托新建的15个便民服务站，累计服务群众3万人次。', '15个')).toBe('new');
  });

  it('reads a standard, a price, a speed, an average per unit (X均) and an amount per one of a thing as per', () => {
    expect(kind('我市城市低保标准为780元。', '780元')).toBe('per');
    expect(kind('全市最低工资标准调整为2080元。', '2080元')).toBe('per');
    expect(kind('线路设计时速80公里。', '80公里')).toBe('per');
    expect(kind('全县校均学生数达到620人。', '620人')).toBe('per');
    expect(kind('住院次均费用下降到5200元。', '5200元')).toBe('per');
    expect(kind('新鲜玉米售价3元一穗。', '3元')).toBe('per');
    expect(kind('全市万人拥有律师数达到3.2名。', '3.2名')).toBe('per');
    expect(kind('全县养老床位数达到3200张。', '3200张')).toBe('total');
    expect(kind('全市村集体收入全部突破10万元。', '10万元')).toBe('per');
    expect(kind('年收入30万元以上村达到58.2%。', '30万元以上', '元')).toBe('per');
    expect(kind('2024年以来共新增充电桩2800余个，惠及6个社区2.2万余户居民。', '2.2万余户', '户')).toBe('total');
    expect(kind('婴儿死亡率下降到2.8‰。', '2.8‰', '‰')).toBe('rate');
    expect(kind('今年确定民生实事15项，截至11月底，14项已完工。', '14项')).toBe('total');
    expect(kind('列入户厕改造计划的村共26个。', '26个')).toBe('total');
    expect(kind('义务教育生均公用经费达到800元。', '800元')).toBe('per');
    expect(kind('“一周能挣600多元。”', '600多元')).toBe('per');
  });

  it('reads a per-unit change with its object between as a change, a saving per unit and a level reached as per', () => {
    expect(kind('项目区每亩增加收入600元。', '600元')).toBe('change');
    expect(kind('群众平均每次缩短等待时间20分钟。', '20分钟')).toBe('change');
    expect(kind('入托家庭每月可节省费用约800元。', '约800元', '元')).toBe('per');
    expect(kind('每户补贴增加到800元。', '800元')).toBe('per');
  });

  it('reads a stock told with works inside it, problems fixed and a running sum told as a level by their form', () => {
    expect(kind('今年新增的托育机构达到15家。', '15家')).toBe('new');
    expect(kind('全市现有新建成的养老机构32家。', '32家')).toBe('total');
    expect(kind('全县累计新建改造供热管网达到560公里。', '560公里')).toBe('cumulative');
    expect(kind('全县整治安全隐患320处。', '320处')).toBe('total');
    expect(kind('今年整治背街小巷12条。', '12条')).toBe('new');
    expect(kind('全县新建改造农村公路总里程达到2180公里。', '2180公里')).toBe('total');
  });

  it('reads a signed number as a difference', () => {
    expect(kind('| 养老机构 | +8个 |', '+8个', '个')).toBe('change');
  });

  it('reads 比例 after its noun as a rate, after 的 as a share', () => {
    expect(kind('全县村通硬化路比例达到100%。', '100%')).toBe('rate');
    expect(kind('享受助餐补贴的老人比例达到40%。', '40%')).toBe('rate');
    expect(kind('老人中享受助餐补贴的比例达到40%。', '40%')).toBe('share');
  });
});

describe('kindOf, a table cell by its column heading', () => {
  const prices = ['| 品名 | 单位 | 均价 | 环比 | 同比 |', '| --- | --- | --- | --- | --- |', '| 大白菜 | 元/斤 | 0.85 | -5.6% | +3.2% |', '| 猪后腿肉 | 元/公斤 | 26.80 | 1.1% | -7.8% |'].join('\n');
  it('reads a column of changes (环比, 同比, 涨幅, 增减, 变化) as changes, signed or not', () => {
    expect(kind(prices, '-5.6%', '%')).toBe('change');
    expect(kind(prices, '1.1%', '%')).toBe('change');
    expect(kind(['| 指标 | 2025年 | 涨幅 |', '| --- | --- | --- |', '| 居民水价 | 3.65元 | 4.2% |', '| 非居民水价 | 5.10元 | 3.0% |'].join('\n'), '4.2%', '%')).toBe('change');
  });

  it('reads a price column, or a unit per unit, as per', () => {
    expect(kind(prices, '0.85', '元/斤')).toBe('per');
    expect(kind(['| 类别 | 标准 |', '| --- | --- |', '| 城市低保 | 780元 |', '| 农村低保 | 6000元 |'].join('\n'), '780元')).toBe('per');
    expect(kind('县区 PM2.5浓度 优良天数比例\n沁源县 24 89.2%\n武乡县 29 84.7%', '24', '微克/立方米')).toBe('per');
  });

  it('reads any other cell as the clause its row and column make', () => {
    const years = ['年份 新筹集保障性租赁住房 发放住房租赁补贴', '2022年 5120套 2860户', '2023年 6340套 3150户', '2024年 4980套 3520户'].join('\n');
    expect(kind(years, '6340套')).toBe('new');
    expect(kind(years, '3150户')).toBe('total');
    const works = ['| 区县 | 完工小区 | 加装电梯 | 投入资金（万元） |', '| --- | --- | --- | --- |', '| 上党区 | 21 | 8 | 3200 |', '| 潞城区 | 17 | 6 | 2600 |'].join('\n');
    expect(kind(works, '8', '部')).toBe('new');
    expect(kind(works, '2600', '元')).toBe('total');
  });

  it('reads a column headed by a dimension (长度, 里程, 面积, 规模) as the size of the thing, a column headed 进度 as a rate', () => {
    const roads = ['路段 长度（公里） 进度', '东环路改造 4.6 85%', '西环路新建 7.8 40%'].join('\n');
    expect(kind(roads, '4.6', '公里')).toBe('total');
    expect(kind(roads, '85%', '%')).toBe('rate');
    expect(kind('截至7月底，东环路改造工程进度达85%。', '85%')).toBe('rate');
    // (A heading that names additions is not a dimension: `新增面积` counts what was added.)
    expect(kind(['县区 新增面积（万平方米） 户数', '东城区 42.5 3200', '西城区 18.2 1500'].join('\n'), '42.5', '平方米')).toBe('new');
  });

  it('reads a plan column beside a done column (全年计划 已完成) as the done column counts the works', () => {
    const progress = ['县区 全年计划 已完成 完成率', '东城区 150 148 98.7%', '西城区 180 171 95.0%'].join('\n');
    expect(kind(progress, '150', '公里')).toBe('new');
    expect(kind(progress, '148', '公里')).toBe('new');
    // (With no done column, a plan names no works: the cell reads as its row and heading say.)
    expect(kind(['县区 全年计划 备注', '东城区 150 按期', '西城区 180 按期'].join('\n'), '150', '公里')).toBe('total');
  });

  it('keeps a temperature below zero a level', () => {
    expect(kind('今晨最低气温-12℃。', '-12℃', '℃')).toBe('total');
  });

  it('reads the rest of works counted in steps, and the values of a key line of works, as the works', () => {
    expect(kind('今年计划改造120个，已完成改造98个，其余22个正在施工。', '22个')).toBe('new');
    expect(kind('老旧小区改造：开工48个，完工31个，惠及居民1.26万户。', '48个')).toBe('new');
    expect(kind('新增停车泊位：共2150个，其中公共充电车位420个。', '2150个')).toBe('new');
    expect(kind('新增停车泊位：共2150个，其中公共充电车位420个。', '420个')).toBe('new');
    // (Not those reached, nor a stock told after the works without a key: `…，全县已建成幸福食堂126个` is what it has.)
    expect(kind('老旧小区改造：开工48个，完工31个，惠及居民1.26万户。', '1.26万户')).toBe('total');
    expect(kind('今年新建幸福食堂12个，全县已建成幸福食堂126个。', '126个')).toBe('total');
  });

  it('reads more works of the kind under way as the works, a count of projects under way as a total', () => {
    expect(kind('截至11月底，壶关县今年已完成加装电梯21部，另有9部正在施工。', '9部')).toBe('new');
    expect(kind('今年新建日间照料中心14个，还有6个正在建设。', '6个')).toBe('new');
    // (Not without works counted before it, nor without works under way after it.)
    expect(kind('截至9月底，沁县在建民生工程17个，已完成投资3.2亿元。', '17个')).toBe('total');
    expect(kind('今年新建日间照料中心14个，另有6个社区提出申请。', '6个')).toBe('total');
  });
});

describe('a big number printed over its label lines', () => {
  it('reads its own lines, up to the line of the next figure', () => {
    expect(kind('4.2万户\n天然气用户\n较去年新增3600户', '4.2万户')).toBe('total');
    expect(kind('4.2万户\n天然气用户\n较去年新增3600户', '3600户')).toBe('change');
    expect(kind('26座\n新建改造换热站', '26座')).toBe('new');
  });
});
