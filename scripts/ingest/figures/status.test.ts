// statusOf (figures/status.ts) on made-up sentences: what was done, plans, targets, forecasts, anecdotes. Forms of
// issue 15: status.forms.test.ts; tables and section headings: status.tables.test.ts; report digests and funds sought:
// status.reports.test.ts.
import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { statusOf } from './status.ts';

const status = (paragraph: string, figure: string, options = {}) => statusOf(scopeFor(paragraph, figure, options));

describe('statusOf', () => {
  it('reads 将 = 把 before a count made into something (将辖区9处闲置车棚改造为…) as done, and what followed a completion told as done', () => {
    expect(status('今年以来，成家川街道将辖区9处闲置车棚改造为集中充电驿站，安装智能充电口360个。', '9处')).toBe('actual');
    expect(status('工程完工后，区里为每个村配备了水质检测员，水质合格率由去年的87%提高到99%以上。', '99%以上')).toBe('actual');
    expect(status('这座供热站建成后可新增供热面积300万平方米。', '300万平方米')).toBe('plan');
  });

  it('reads 将 = 把 before an object and the level it was moved from (将…时限由5个工作日压缩至3个工作日) as done, 将由 as will', () => {
    expect(status('该县将企业开办时间由原来的3个工作日压缩至1个工作日，今年已办理1200件。', '1个工作日')).toBe('actual');
    expect(status('区医保局将门诊报销比例从50%提高到60%。', '60%')).toBe('actual');
    expect(status('全县农村自来水普及率将由目前的88%提高到95%以上。', '95%以上')).toBe('plan');
  });

  it('reads what a speaker cites from a report (报告提出…) as the report\'s plan, not the speaker\'s story', () => {
    expect(status('市人大代表王建国说，报告提出为20万名老年人免费体检，这件事办到了大家心坎上。', '20万名')).toBe('plan');
    expect(status('来自武乡县的代表李红梅说：“报告提出今年新建高标准农田12万亩，我们种粮户都很期待。”', '12万亩')).toBe('plan');
    expect(status('村民李红梅说：“今年我家种了12亩谷子。”', '12亩')).toBe('anecdote');
    expect(status('今年全县共谋划重点项目86个，总投资210亿元。', '86个')).toBe('plan');
    expect(status('今年我市提前谋划、早做准备，共新建改造供热管网218公里。', '218公里')).toBe('actual');
  });

  it('reads 其他 as no person (推广到其他8个社区 is the plan\'s, not a story of 他)', () => {
    expect(status('社区主任说，下一步将把这一做法推广到街道其他6个社区。', '6个')).toBe('plan');
    // 将把 with an object spread to where it reaches is "will" + 把, not 把 alone (the review of 0b72619e).
    expect(status('县民政局表示，将把助餐服务延伸到12个村。', '12个')).toBe('plan');
    expect(status('他说，今年他家的大棚收入了3万多元。', '3万多元')).toBe('anecdote');
    expect(status('老伴上个月做了膝盖手术，下楼一趟要花20多分钟。', '20多分钟')).toBe('anecdote');
    // (我 before a body, `我局`, `我委`, is an office's voice in a reply, as 我市 is.)
    expect(status('2024年，我局会同公安交警部门在市区28所中小学周边施划临时停车泊位1200个。', '1200个')).toBe('actual');
    expect(status('“我家去年种了5亩谷子。”', '5亩')).toBe('anecdote');
  });

  it('reads a column headed as the plan\'s numbers (计划数量, 全年计划（个）) as plans, the done column beside it as done', () => {
    const table = '| 项目 | 计划数量 | 完成情况 |\n|---|---|---|\n| 新建改造农村公路 | 60公里 | 完成52公里 |';
    expect(status(table, '60公里')).toBe('plan');
    expect(status(table, '52公里')).toBe('actual');
    expect(status(`${table}\n| 改造农村户厕 | 1200户 | 已完成 |`, '1200户')).toBe('actual');
  });

  it('reads a column of quotas (名额（个）, 招生名额) as plans', () => {
    const table = '幼儿园\t班级\t名额（个）\t报名时间\n城东幼儿园\t小班\t35\t9月1日\n城西幼儿园\t中班\t12\t9月2日';
    expect(status(table, '35', { unit: '个' })).toBe('plan');
    expect(status(table, '12', { unit: '个' })).toBe('plan');
  });

  it('reads a table under a paragraph that publishes a plan as the plan, not under one that mentions a plan beside it', () => {
    const rows = '学校    年级    学位（个）\n武乡县第一小学    一年级    315\n武乡县实验中学    七年级    450';
    const published = { preceding: '本报讯　8月2日，武乡县教育局公布2025年城区学校招生计划，4所学校计划招收新生1500人。' };
    expect(statusOf({ ...scopeFor(rows, '315', { unit: '个' }), ...published })).toBe('plan');
    expect(statusOf({ ...scopeFor(rows, '450', { unit: '个' }), ...published })).toBe('plan');
    const beside = { preceding: '1至9月，全县新改建农村公路86公里，详见下表。\n有关负责人表示，明年全县计划再新改建农村公路60公里。' };
    const roads = '乡镇    新改建(公里)\n故城镇    18.5\n蟠龙镇    22.0';
    expect(statusOf({ ...scopeFor(roads, '18.5', { unit: '公里' }), ...beside })).toBe('actual');
  });

  it('reads a table under a paragraph setting out quotas (名额如下) as places offered, planned', () => {
    const rows = '县区 保洁 治安 小计\n东城区 60 40 100\n西城区 50 30 80';
    const quotas = { preceding: '全市本批共开发公益性岗位300个，其中各县区招聘名额如下（单位：个）：' };
    expect(statusOf({ ...scopeFor(rows, '60', { unit: '个' }), ...quotas })).toBe('plan');
    const done = { preceding: '今年全市共安置公益性岗位人员180人，各县区情况如下（单位：人）：' };
    expect(statusOf({ ...scopeFor(rows, '60', { unit: '人' }), ...done })).toBe('actual');
  });

  it('reads a time limit told with 将 (将在24小时内赶到现场) as the standard that holds now, other 将 as plans', () => {
    expect(status('接到举报后，执法人员将在24小时内赶到现场核查。', '24小时内', { unit: '小时' })).toBe('actual');
    expect(status('对服务不满意的，相关部门将在5个工作日内答复。', '5个工作日内', { unit: '个工作日' })).toBe('actual');
    expect(status('明年将新建公厕12座。', '12座')).toBe('plan');
  });

  it('reads results as actual', () => {
    expect(status('不仅如此，该县同步推进供热“毛细血管”改造，新建改造供热管网38.1公里、换热站12个。', '38.1公里')).toBe('actual');
    expect(status('2025年，壶关县始终锚定“民生优先”导向，将八成以上财政收入投入教育、医疗、养老、就业等民生关键领域。', '八成以上', { unit: '%' })).toBe(
      'actual',
    );
  });

  it('reads a small business\'s figures told by its own manager as its story', () => {
    expect(status('合作社理事长王建军介绍，合作社今年收购小米500吨，带动周边4个村的农户增收。', '500吨')).toBe('anecdote');
    expect(status('车间负责人说，车间每月产值30万元左右。', '30万元左右')).toBe('anecdote');
    // An official on the county, or a business the reporter tells of, stays a statistic.
    expect(status('县农业农村局负责人介绍，全县今年新建合作社12家。', '12家')).toBe('actual');
    expect(status('合作社今年收购小米500吨。', '500吨')).toBe('actual');
  });

  it('reads people counted as the subject of what they will do (28名学员将…) as there now', () => {
    expect(status('开班仪式上，首批36名学员将在县职教中心接受为期半年的培训。', '36名')).toBe('actual');
    expect(status('全县还有28个村将于年底接入城市管网。', '28个')).toBe('plan');
  });

  it('reads a policy\'s standard an institution gives, named in a quote, as a statistic', () => {
    expect(status('“县里给予的创业补贴一次性发放5000元，我用它买了第一台设备。”', '5000元')).toBe('actual');
    expect(status('“我每月能领到1200元，比以前强多了。”', '1200元')).toBe('anecdote');
  });

  it('reads residents of a place told as many (家住…的居民) as no one person', () => {
    expect(status('家住城东小区的居民反映，小区门口一段约300米的道路坑洼不平。', '约300米')).toBe('actual');
    expect(status('家住城东小区的王秀英患高血压10多年。', '10多年')).toBe('anecdote');
  });

  it('reads a resident’s message after a colon as their own words', () => {
    expect(status('市民“漳河边的风”12月2日留言：壶关县龙泉镇东关小区3号楼暖气片上热下凉，屋里只有14℃，老人孩子都冻得受不了。', '14℃')).toBe('anecdote');
    // An official answer, or a message without the writer's own home, stays a statistic.
    expect(status('市住建局答复：全市今年改造老旧小区120个。', '120个')).toBe('actual');
    expect(status('市民留言：小区北门外一段约260米的道路多年未打通。', '约260米')).toBe('actual');
  });

  it('reads a plan against what was actually done (计划…，实际…), a year\'s plan as a verb, a pledge and a former plan', () => {
    const p = '据了解，该项目计划投资2.4亿元，实际完成投资2.6亿元，惠及沿线村庄31个。';
    expect(status(p, '2.4亿元')).toBe('plan');
    expect(status(p, '2.6亿元')).toBe('actual');
    expect(status(p, '31个')).toBe('actual');
    expect(status('全年计划发放贷款3亿元。', '3亿元')).toBe('plan');
    expect(status('全年完成年度计划的98%。', '98%')).toBe('actual');
    expect(status('按照年初计划，今年全镇要新建公厕6座，目前已全部完工。', '6座')).toBe('actual');
    expect(status('今年计划改造小区30个，已完成20个。', '30个')).toBe('plan');
    expect(status('年初，区政府向群众承诺办好10件民生实事。', '10件')).toBe('plan');
    expect(status('原计划明年开工的第二污水厂，今年8月提前建成，日处理能力达到2万立方米。', '2万立方米')).toBe('actual');
  });

  it('reads a resident named after their role, before the figure, as one person\'s story', () => {
    expect(status('在镇上的便民超市里，村民赵桂英用攒下的120分换了一袋大米。', '120分')).toBe('anecdote');
    expect(status('独居老人孙福来领到了2吨取暖煤。', '2吨')).toBe('anecdote');
    expect(status('种植户李春明家种了4个大棚。', '4个')).toBe('anecdote');
    // No name after the role (养老 is no one), or an official's title: a statistic.
    expect(status('从孩子上学到老人养老，全县今年办好民生实事12件。', '12件')).toBe('actual');
    expect(status('全县共有独居老人1200名。', '1200名')).toBe('actual');
  });

  it('reads a quote of what one person earns or pays as their own', () => {
    expect(status('“一亩地一年能收入8000多元，比种玉米强。”', '8000多元')).toBe('anecdote');
    expect(status('“一顿饭，我们只掏2块钱。”', '2块钱')).toBe('anecdote');
    expect(status('“去年我们合作社收购玉米600吨，今年订单又多了三成。”', '600吨')).toBe('anecdote');
    expect(status('“今年我们全县新建幸福院20个。”', '20个')).toBe('actual');
  });

  it('reads works the next sentence speaks of as built later (这些工程…投入使用后) as planned', () => {
    const p = '目前，全县供水提升工程主要包括2座水厂扩建和15个村级供水站。这些工程建成投用后，日供水能力将达到3万吨。';
    expect(status(p, '2座')).toBe('plan');
    expect(status(p, '15个')).toBe('plan');
    // Works told as done stay done; a next sentence about something else changes nothing.
    expect(status('全县已建成村级供水站15个。这些工程投用后，群众喝上了放心水。', '15个')).toBe('actual');
    expect(status('全县现有村级供水站15个。群众喝上了放心水。', '15个')).toBe('actual');
  });

  it('reads a share of the year’s target reached as done', () => {
    expect(status('今年以来，全区新增城镇就业4210人，完成全年目标任务的105%。', '105%')).toBe('actual');
    expect(status('全年完成年度目标的98%。', '98%')).toBe('actual');
    expect(status('目标任务是新增就业5000人。', '5000人')).toBe('target');
  });

  it('reads 争取 before funds or projects as seeking them, no aim', () => {
    const p = '镇党委负责人介绍，明年将再争取资金50万元，为全镇独居老人安装一键呼叫设备200台。';
    expect(status(p, '50万元')).toBe('plan');
    expect(status(p, '200台')).toBe('plan');
    expect(status('争取2026年底前新建幸福院20个。', '20个')).toBe('target');
  });

  it('reads 计划/将/拟 as plan, over the clauses of its segment but not past a semicolon', () => {
    const p = '绿色煤炭产业链将重点推进智能化建设，计划2025年完成投资10亿元以上，营业收入增长10%；医药产业链发挥振东制药作用，推动新产品落地，力争完成产值11.5亿元。';
    expect(status(p, '10亿元以上')).toBe('plan');
    expect(status(p, '10%')).toBe('plan');
    expect(status(p, '11.5亿元')).toBe('target');
    expect(status('乡村发展方面，实施数字赋能工程，今年计划建设5个精品示范村和32个提档升级村。', '32个')).toBe('plan');
    expect(status('明年，全县拟新建停车场5个。', '5个')).toBe('plan');
    // 要 as "will" (`今年要新建…`), not inside 主要, 重要, 需要 (`项目主要建设内容包括铺设管网12公里`, done).
    expect(status('今年全县要新建停车场5个。', '5个')).toBe('plan');
    expect(status('该项目主要建设内容包括铺设管网12公里，已于10月完工。', '12公里')).toBe('actual');
  });

  it('reads 目标/力争/确保/到…年 as target, also when the word follows the figure in its clause', () => {
    expect(status('上党区明确“外引、内挖”的招商策略，定下2025年签约额145亿元的目标。', '145亿元')).toBe('target');
    expect(status('此外，目标工业投资增长达17%，规模以上工业增加值增长16.3%，向全省优秀开发区迈进。', '16.3%')).toBe('target');
    expect(status('确保粮食种植面积稳定在27万亩左右，产量1.8亿斤以上。', '1.8亿斤以上')).toBe('target');
    expect(status('到2027年，全市千人口托位数达到5个。', '5个')).toBe('target');
  });

  it('reads a work report\'s 预期目标 as targets, not forecasts', () => {
    expect(status('今年全县发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业3000人以上，城镇调查失业率控制在5.5%以内。', '3000人以上')).toBe('target');
    expect(status('今年全县发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业3000人以上，城镇调查失业率控制在5.5%以内。', '5.5%以内')).toBe('target');
    expect(status('全年主要预期性指标：居民人均可支配收入增长5.5%。', '5.5%')).toBe('target');
    expect(status('预期明年游客人数将突破50万人次。', '50万人次')).toBe('forecast');
  });

  it('reads 预计 as forecast', () => {
    expect(status('预计全年接待游客300万人次。', '300万人次')).toBe('forecast');
    // 预计 before a date of completion forecasts when: the works' figures stay the plan's.
    expect(status('按照规划，该区将新建一座图书馆，预计明年6月建成，可容纳读者800人。', '800人')).toBe('plan');
    expect(status('预计2026年建成后年接待游客可达20万人次。', '20万人次')).toBe('forecast');
    // …and without a plan's word, what the works can hold once in use is forecast with that date; once in use, it is done.
    expect(status('正在建设的城东幼儿园预计明年9月投用，可提供学位270个。', '270个')).toBe('forecast');
    expect(status('城东幼儿园已于今年9月投用，可提供学位270个。', '270个')).toBe('actual');
  });

  it('lets the nearest governing word win', () => {
    expect(status('该项目计划投资10亿元，目前已完成投资5亿元。', '5亿元')).toBe('actual');
  });

  it('reads a lead clause (下一步，) as governing the whole sentence', () => {
    expect(status('下一步，我市将持续推进托育服务；新增托位2000个。', '2000个')).toBe('plan');
  });

  it('reads a year after the article’s as a plan, one before it as actual', () => {
    expect(status('2026年新建农村公路100公里。', '100公里')).toBe('plan');
    expect(status('2024年新建农村公路100公里，计划中的项目全部完成。', '100公里')).toBe('actual');
  });

  it('reads one person’s or household’s experience as anecdote', () => {
    const quote = '“以前家里温度总徘徊在18℃，现在稳稳维持在22℃以上，孩子写作业再也不用裹着厚棉袄了！”家住城南片区老旧小区的刘女士满是笑意。';
    expect(status(quote, '22℃以上')).toBe('anecdote');
    expect(status('“参加家政培训拿到证书后，很快就找到了工作，每月能挣4000多块！”居民李女士的经历，是稳就业工作的生动缩影。', '4000多块', { unit: '块' })).toBe(
      'anecdote',
    );
    expect(status('家住潞城区翟店街道贾村的李巧兰患糖尿病10多年。', '10多年')).toBe('anecdote');
    expect(status('40岁出头的梁余妮是麦丰电子商务有限公司的负责人。', '40岁', { unit: '岁' })).toBe('anecdote');
  });

  it('does not read a quoted name or an official’s report as anecdote', () => {
    expect(status('全县打造“15分钟便民生活圈”，新增停车位4300余个。', '4300余个')).toBe('actual');
    expect(status('长治市委常委、组织部部长杨保春介绍，长治市共2436个村完成“清化收”工作。', '2436个')).toBe('actual');
  });

  it('reads 据测算 as a forecast of what its clause says can be, not of a fact beside it', () => {
    const p = '据测算，这一举措每年可为群众节省检查费用约300万元，互认项目涉及血常规、CT等126项。';
    expect(status(p, '约300万元')).toBe('forecast');
    expect(status(p, '126项')).toBe('actual');
    // (The one clause 据测算 opens as a clause of its own is its forecast.)
    expect(status('全区居民户均月用水量约7立方米，据测算，调价后户均每月水费增加1.2元。', '1.2元')).toBe('forecast');
    expect(status('全区居民户均月用水量约7立方米，据测算，调价后户均每月水费增加1.2元。', '约7立方米')).toBe('actual');
  });

  it('reads 将 before an adverb of what will be done as "will", and a deadline after the figure as planned works', () => {
    expect(status('今年，县里将再投入380万元，新建改造社区日间照料中心9个。', '380万元')).toBe('plan');
    expect(status('今年，县里将再投入380万元，新建改造社区日间照料中心9个。', '9个')).toBe('plan');
    expect(status('县里已将八成以上财政收入投入民生。', '八成')).toBe('actual');
    expect(status('清洁取暖改造已完成5400户，其余600户月底前完工。', '600户')).toBe('plan');
    expect(status('清洁取暖改造已完成5400户，其余600户已于10月底前完工。', '600户')).toBe('actual');
  });
  it('lets 预计 govern what it predicts, though that says 将 or 到…年', () => {
    expect(status('预计到2028年，全县年接待游客将达到80万人次。', '80万人次')).toBe('forecast');
    expect(status('预计明年全区养老床位将超过5000张。', '5000张')).toBe('forecast');
    expect(status('预计年底完工，目前已完成投资2亿元。', '2亿元')).toBe('actual');
  });

  it('reads a level a deadline governs as a target, though 将 stands nearer', () => {
    expect(status('到2028年，全市将实现每个街道都有一个助餐点，助餐服务覆盖率达到90%以上。', '90%以上')).toBe('target');
    expect(status('到2028年，全市将新建助餐点300个。', '300个')).toBe('plan');
  });

  it('does not read 计划 or 规划 as nouns (年度计划, 按照规划) as a plan', () => {
    expect(status('截至8月底，全县已开工项目41个，完成投资3.2亿元，占年度计划的81%。', '81%')).toBe('actual');
    expect(status('按照规划，今年全市新建公园12个。', '12个')).toBe('actual');
  });

  it('reads what a work will do once built as planned', () => {
    const p = '这座水厂总投资2.3亿元，建成后日供水能力可达8万吨，解决3万户居民吃水难题。';
    expect(status(p, '2.3亿元')).toBe('actual');
    expect(status(p, '8万吨')).toBe('plan');
    expect(status(p, '3万户')).toBe('plan');
    expect(status('管网投用后，两个乡的17个村将用上自来水。', '17个')).toBe('plan');
  });

  it('reads a role word as naming one person only before a personal name', () => {
    expect(status('这支由20名退休教师组成的宣讲队，一年来已宣讲300余场。', '300余场')).toBe('actual');
    expect(status('村民赵红梅今年养了30只羊。', '30只')).toBe('anecdote');
  });

  it('reads a grid worker’s or volunteer’s named day as one person’s, and a quoted bill as the speaker’s', () => {
    expect(status('网格员李秀兰每天要走访30多户居民。', '30多户')).toBe('anecdote');
    expect(status('“看病花了5200元，自己只掏了1000多元。”', '1000多元')).toBe('anecdote');
  });

  it('reads a ratio to a target as done, and a level reached from now by the word that governs the change', () => {
    expect(status('1至10月，全县新增就业3200人，完成年度目标的98%。', '98%')).toBe('actual');
    const p = '该县计划2027年建成二期工程，届时普及率将由目前的76%提高到90%以上。';
    expect(status(p, '90%以上')).toBe('plan');
    expect(status(p, '76%')).toBe('actual');
    expect(status('到2028年，全区人均服务户数力争从目前的150户降到110户以内。', '110户以内')).toBe('target');
  });

  it('reads 已将 as 把 (done), and a quote about one’s own room as the speaker’s', () => {
    expect(status('今年，该区已将城市低保标准提高到每人每月760元。', '760元')).toBe('actual');
    expect(status('“今年屋里能到23℃。”', '23℃')).toBe('anecdote');
  });
});

describe('statusOf, a section heading printed in brackets or numbered', () => {
  it('reads 【2026年主要预期目标】 and 二、2026年主要预期目标 as the heading they print: its items aimed at (fails before)', () => {
    const page = { article: { year: 2026, pageYear: 2026 } };
    expect(status('◆ 地区生产总值增长5.5%左右，一般公共预算收入增长5%以上。', '5.5%左右', { ...page, headings: ['【2026年主要预期目标】'] })).toBe('target');
    expect(status('◆ 城镇新增就业3800人以上。', '3800人以上', { ...page, headings: ['【2026年目标】'] })).toBe('target');
    expect(status('全区地区生产总值增长5.5%左右，城镇新增就业5000人以上。', '5000人以上', { ...page, headings: ['二、2026年主要预期目标'] })).toBe('target');
    expect(status('全区地区生产总值增长5.5%左右，城镇新增就业5000人以上。', '5.5%左右', { ...page, headings: ['（二）2026年主要预期目标'] })).toBe('target');
    // (near misses: a bracketed heading of what was done, and one of no plan or aim)
    expect(status('◆ 城镇新增就业3860人。', '3860人', { ...page, headings: ['【2025年成绩单】'] })).toBe('actual');
    expect(status('◆ 城镇新增就业3860人。', '3860人', { ...page, headings: ['【民生账单】'] })).toBe('actual');
    expect(status('全区地区生产总值完成328.6亿元。', '328.6亿元', { ...page, headings: ['一、2025年工作回顾'] })).toBe('actual');
  });

  it('reads a heading that reports the aims met (目标完成情况, 目标任务圆满完成, 看成效) as results, not aims (review R5 F9, fails before)', () => {
    const page = { article: { year: 2025, pageYear: 2025 } };
    const done = '全区地区生产总值完成328.6亿元，城镇新增就业5120人。';
    for (const heading of ['二、2025年目标完成情况', '（一）2025年目标完成情况', '【2025年目标完成情况】', '一、今年目标任务圆满完成', '【对标目标看成效】']) {
      expect(status(done, '5120人', { ...page, headings: [heading] })).toBe('actual');
    }
    // (near misses: the aims themselves, and aims to complete)
    expect(status('城镇新增就业5000人以上。', '5000人以上', { ...page, headings: ['二、2026年主要目标任务'] })).toBe('target');
    expect(status('城镇新增就业5000人以上。', '5000人以上', { ...page, headings: ['【民生实事目标】'] })).toBe('target');
  });
});
