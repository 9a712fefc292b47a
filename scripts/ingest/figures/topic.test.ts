import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../src/domain/topics.ts';
import { scopeFor } from './scope.fixture.ts';
import { chooseTopic, keywordEvidence, topicOf } from './topic.ts';

const heatingArticle = { topics: ['heating', 'employment', 'culture-sports'] as Topic[] };
const topic = (paragraph: string, figure: string, headings: string[] = [], article = heatingArticle) =>
  topicOf(scopeFor(paragraph, figure, { headings, article }));

describe('topicOf', () => {
  it('takes the figure’s own clause over the article’s topic', () => {
    const p = '2025年壶关县高考本科达线率达60.87%，四家池小学改扩建项目顺利推进。';
    expect(topic(p, '60.87%')).toBe('education');
    const q = '新增停车场20个、停车位4300余个、充电桩200余个，“停车难”“充电难”问题得到有效缓解。';
    expect(topic(q, '200余个')).toBe('transport');
  });

  it('reads a checkup or a consultation as health’s, whoever it is for', () => {
    const elders = { topics: ['elderly-care'] as Topic[] };
    expect(topic('去年，武乡县新建村级养老服务站26个，为1.8万名老年人免费体检。', '1.8万名', [], elders)).toBe('health');
    expect(topic('组织医护人员为农村老人免费体检1.35万人次。', '1.35万人次', [], elders)).toBe('health');
    expect(topic('家庭医生为独居老人上门巡诊3200人次。', '3200人次', [], elders)).toBe('health');
    expect(topic('今年已累计为老人问诊700余人次。', '700余人次', [], elders)).toBe('health');
    // The home's own numbers stay the elders'.
    expect(topic('去年，武乡县新建村级养老服务站26个，为1.8万名老年人免费体检。', '26个', [], elders)).toBe('elderly-care');
  });

  it('reads an item’s label opening its line as near as the figure’s clause (a list of eldercare services and prices)', () => {
    const elders = { topics: ['elderly-care'] as Topic[] };
    expect(topic('助医：陪同就医每次40元，代取药品每次10元。', '40元', ['居家养老服务项目及收费标准'], elders)).toBe('elderly-care');
    expect(topic('助洁：居室保洁每小时30元。', '30元', [], elders)).toBe('elderly-care');
    // The label of the figure's own line, not the first line's of its paragraph.
    const lines = '农村公路：新建改造里程达126公里。\n城乡居民医保：参保率为96.8%，比去年同期提高1.2个百分点。';
    expect(topic(lines, '1.2个百分点', [], { topics: ['governance'] })).toBe('health');
  });

  it('reads the article’s headline around each figure, as the heading over all its sections', () => {
    // (A clause that names no topic: 班次 and 票价 would name transport themselves.)
    const p = '线路每天发车120趟，每人次1元。';
    const topics: Topic[] = ['education', 'transport'];
    // (The keywords' own weights: the learned model reads 线路 and 发车 as transport's already.)
    expect(keywordEvidence(scopeFor(p, '120趟', { article: { topics } })).get('transport')).toBeUndefined();
    expect(keywordEvidence(scopeFor(p, '120趟', { article: { topics, title: '定制公交开进山村 群众出行更方便' } })).get('transport')).toBeGreaterThan(0);
    expect(topicOf(scopeFor(p, '120趟', { article: { topics, title: '定制公交开进山村 群众出行更方便' } }))).toBe('transport');
  });

  it('reads a line’s runs and fares, named roads, piped gas and study tours by their own words', () => {
    const school = { topics: ['education'] as Topic[] };
    expect(topic('校园公交每天发车120班次，覆盖19所学校。', '120班次', [], school)).toBe('transport');
    expect(topic('这条全长9.8公里的产业路今年6月建成。', '9.8公里', [], { topics: ['agriculture'] })).toBe('transport');
    expect(topic('全镇用上管道天然气的群众达到1860户。', '1860户', [], { topics: ['governance'] })).toBe('heating');
    expect(topic('今年纪念馆接待研学团队1860批次。', '1860批次', [], school)).toBe('culture-sports');
  });

  it('reads an item of a list of works by its own words when they name a topic outright', () => {
    const housing = { topics: ['housing'] as Topic[] };
    const p = '今年，长子县改造老旧小区46个，涉及楼栋380栋、居民1.1万户，加装电梯22部，新增停车位1300个，改造总投资2.3亿元。';
    expect(topic(p, '1300个', [], housing)).toBe('transport');
    expect(topic(p, '22部', [], housing)).toBe('housing');
    const q = '今年以来，潞州区依托社区嵌入式服务设施新增普惠托位630个，新建社区老年助餐点28个，新增养老床位410张。';
    expect(topic(q, '630个', [], { topics: ['elderly-care', 'childcare'] })).toBe('childcare');
    // A clause that names nothing is read with the rest of the sentence.
    expect(topic('沁河大桥今年建成通车，全长186米、宽12米。', '186米', [], { topics: ['governance'] })).toBe('transport');
  });

  it('reads a work filed among the year’s pledges by the work, not the pledge', () => {
    const p = '今年以来，潞城区把长者食堂建设列入民生实事，新建长者食堂18个，城区3个街道实现全覆盖。';
    expect(topic(p, '3个', [], { topics: ['elderly-care'] })).toBe('elderly-care');
    expect(topic('沁河大桥是今年县里承诺的民生实事之一，于11月底建成通车，总投资2860万元。', '2860万元', [], { topics: ['transport'] })).toBe('transport');
    // Pledges counted themselves are public affairs.
    expect(topic('今年黎城县实施民生实事项目15项。', '15项', [], { topics: ['transport'] })).toBe('governance');
    // The pledges opening a list after a colon frame the works after it, not their own count.
    const list = '今年，沁源县将实施十件民生实事：计划新建改造供热管网12公里，新增集中供热面积25万平方米。';
    expect(topic(list, '12公里', [], { topics: ['governance'] })).toBe('heating');
    expect(topic(list, '十件', [], { topics: ['heating'] })).toBe('governance');
  });

  it('reads no topic from who gives the numbers (据…统计)', () => {
    const p = '据潞州区交警大队统计，老城区约有机动车8.6万辆，而各类停车泊位仅5.1万个。';
    expect(topic(p, '8.6万辆', [], { topics: ['transport'] })).toBe('transport');
  });

  it('reads a topic tag inside the sentence as a heading, not as the figure’s words', () => {
    const p = '今年以来，全县已开展各类技能培训3200人次，其中#小米加工# 专项培训560人次。';
    expect(topic(p, '560人次', [], { topics: ['agriculture'] })).toBe('employment');
  });

  it('files enrolment with the insurance its paragraph is about', () => {
    const p = '2026年度城乡居民基本医疗保险集中缴费期为9月1日至12月31日。截至12月10日，全市已有189.6万人完成缴费，参保率达到94.8%。';
    expect(topic(p, '94.8%', [], { topics: ['health'] })).toBe('health');
    expect(topic('全区社保参保率达到97%。', '97%', [], { topics: ['health'] })).toBe('employment');
  });

  it('reads irrigation and yields per mu as farming, and money for livelihoods as public finance', () => {
    expect(topic('到2027年，全县高效节水灌溉面积力争达到8万亩。', '8万亩', [], { topics: ['water'] })).toBe('agriculture');
    expect(topic('项目区亩均节水约60立方米，粮食亩均增产50公斤以上。', '约60立方米', [], { topics: ['water', 'agriculture'] })).toBe('agriculture');
    expect(topic('2021—2025年，全市累计投入民生资金1600亿元以上。', '1600亿元以上', [], { topics: ['education'] })).toBe('governance');
  });

  it('reads bridges and driving as getting about', () => {
    expect(topic('大桥连通沁河两岸6个村，惠及群众4300余人。', '6个', [], { topics: ['governance'] })).toBe('transport');
    expect(topic('“以前过河要绕到下游的老桥，开车得20多分钟。”', '20多分钟', [], { topics: ['governance'] })).toBe('transport');
  });

  it('reads the segment when the clause says nothing', () => {
    const p = '针对群众急难愁盼，该县扎实开展根治欠薪行动，为1570名农民工追讨工资1578万元；深化养老服务，推进居家适老化改造。';
    expect(topic(p, '1578万元')).toBe('employment');
  });

  it('falls back to the section heading, then the article', () => {
    expect(topic('全年共完成15件。', '15件', ['集中供热连民心 寒冬暖流润万家'], { topics: ['employment', 'heating'] })).toBe('heating');
    expect(topic('全年共完成15件。', '15件', [], { topics: ['employment', 'heating'] })).toBe('employment');
  });

  it('breaks a tie in favour of the article’s topics', () => {
    // 就业 (employment 3) and 养老 (elderly-care 3) weigh the same here.
    const p = '社区养老就业服务点12个。';
    expect(topic(p, '12个', [], { topics: ['elderly-care'] })).toBe('elderly-care');
    expect(topic(p, '12个', [], { topics: ['employment'] })).toBe('employment');
  });
});

describe('topicOf, words for figures', () => {
  it('names money by what it builds, and reads quoted names', () => {
    const p = '今年以来，全市已开工改造老旧小区168个，完工151个，完成投资9.8亿元。';
    expect(topic(p, '9.8亿元', [], { topics: ['economy', 'housing'] })).toBe('housing');
    expect(topic('长治市共2436个村完成“清化收”工作。', '2436个', [], { topics: ['governance', 'agriculture'] })).toBe('agriculture');
  });

  it('weighs the clauses before the figure above those after it', () => {
    const p = '仟仵村互助幸福院去年改建，现有床位24张，入住老人19人，村里每年投入运营经费约8万元，全部来自村集体经济收入。';
    expect(topic(p, '24张', [], { topics: ['elderly-care'] })).toBe('elderly-care');
  });
});

describe('topicOf, the annotation guide’s borders', () => {
  it('files kindergartens, school places and summer care under education, 托育 under childcare', () => {
    const kg = '今年我市新建的3所公办幼儿园已全部投入使用，新增学位810个。';
    expect(topic(kg, '810个', [], { topics: ['childcare'] })).toBe('education');
    expect(topic('今年，我市在城区开设了62个暑期托管班，接收学生5400余人。', '62个', [], { topics: ['childcare'] })).toBe('education');
    expect(topic('今年以来，屯留区新增普惠性托位420个。', '420个', [], { topics: ['education'] })).toBe('childcare');
  });

  it('files public finance under governance', () => {
    expect(topic('今年，该县民生支出达到18.7亿元，占一般公共预算支出的82%。', '82%', [], { topics: ['heating'] })).toBe('governance');
  });

  it('files market prices the monitors report under the economy, what a grower sells at under farming', () => {
    const farm = { topics: ['agriculture'] as Topic[] };
    expect(topic('据市价格监测中心监测，本周菜价平均每斤3.05元。', '3.05元', [], farm)).toBe('economy');
    // A price row under a price report's headline (本周菜价…) is the market's.
    const row = '西红柿每斤4.20元，比上周下降0.26元。';
    expect(topicOf(scopeFor(row, '4.20元', { article: { ...farm, title: '本周菜价稳中有降' } }))).toBe('economy');
    expect(topic('合作社的小米收购价每斤比市场价高出0.5元，种植户增收明显。', '0.5元', [], farm)).toBe('agriculture');
    expect(topic('鸡蛋价格每斤4.80元，环比上涨3.2%。', '4.80元', [], farm)).toBe('economy');
    expect(topic('居民供热价格每平方米5.6元。', '5.6元', [], farm)).toBe('heating');
    // What shoppers pay, a retail price, vegetables or not (the annotation guide, session 30).
    expect(topic('今年我市设立便民售菜点30个，萝卜零售价每斤0.5元至0.7元。', '0.5元', [], farm)).toBe('economy');
    const table = '城区农贸市场蔬菜零售均价\n|品名|单位|均价（元）|\n|土豆|斤|1.35|';
    expect(topicOf(scopeFor(table, '1.35', { article: farm }))).toBe('economy');
    // And the markets and points where shoppers buy them.
    expect(topic('为保障节日供应，全市设立平价蔬菜销售网点72个。', '72个', [], farm)).toBe('economy');
    expect(topic('今年城区新建社区菜市场9个。', '9个', [], farm)).toBe('economy');
    // Near misses: a point of sale not at a shopper's price is of what it sells (coal for heating, farm supplies, medicine).
    expect(topic('全县设立洁净型煤销售网点28个，保障群众取暖用煤。', '28个', [], { topics: ['heating', 'economy'] })).toBe('heating');
    expect(topic('在各乡镇设立农资销售网点36个，保障春耕用肥。', '36个', [], { topics: ['agriculture', 'economy'] })).toBe('agriculture');
    expect(topic('全县设立药品销售网点40个。', '40个', [], { topics: ['health', 'economy'] })).toBe('health');
    // (And at a shopper's price, a 便民 point of the same form stays the market's.)
    expect(topic('在各社区设立便民蔬菜销售网点36个。', '36个', [], { topics: ['agriculture', 'economy'] })).toBe('economy');
    // Near miss: what a grower sells at stays farming's.
    expect(topic('种植户的西红柿每斤售价3元，比往年多卖0.5元。', '3元', [], farm)).toBe('agriculture');
  });
});

describe('topicOf, by the form of the clause', () => {
  it('leaves the next item of a list the figure closes to that item', () => {
    const p = '今年，该区新增社区食堂8个、托育点5个。';
    expect(topic(p, '8个', [], { topics: ['childcare', 'elderly-care'] })).toBe('elderly-care');
    expect(topic(p, '5个', [], { topics: ['elderly-care', 'childcare'] })).toBe('childcare');
  });

  it('weighs the examples of a list before 等 lightly', () => {
    // 书法 and 戏曲 (culture-sports, 5) only show what the courses are; the schools are for the old.
    const p = '今年，该区开设书法、戏曲等课程的老年学校达到12所。';
    expect(topic(p, '12所', [], { topics: ['culture-sports'] })).toBe('elderly-care');
  });

  it('files pension contributions under eldercare (the guide, session 16), accidents and crime under public safety', () => {
    expect(topic('个人缴费比例为12%。', '12%', [], { topics: ['elderly-care'] })).toBe('elderly-care');
    expect(topic('城乡居民养老保险个人缴费比例为8%。', '8%', [], { topics: ['employment'] })).toBe('elderly-care');
    // (Social insurance as a whole stays employment's: 社保 with nothing of pensions beside it.)
    expect(topic('全县社保待遇按时足额发放，发放金额3.2亿元。', '3.2亿元', [], { topics: ['employment'] })).toBe('employment');
    expect(topic('全县发生道路交通事故21起。', '21起', [], { topics: ['transport'] })).toBe('public-safety');
    expect(topic('全县刑事案件立案数下降8%。', '8%', [], { topics: ['governance'] })).toBe('public-safety');
  });
});

describe('topicOf, tags, payers and fields of words', () => {
  it('reads a topic tag opening the sentence as a heading, not as the figure’s clause', () => {
    // The tag's 校园 (education 2) read as the clause's would outweigh the sports grounds with 学校's 2.
    const p = '#校园开放日# 全县学校向群众开放体育场地120处。';
    expect(topic(p, '120处', [], { topics: ['education'] })).toBe('culture-sports');
  });

  it('leaves who pays out of what is paid for', () => {
    const p = '老人每餐只需交3元，其余由县财政和村集体补贴，每人每餐补贴标准为7元。';
    expect(topic(p, '7元', [], { topics: ['agriculture', 'elderly-care'] })).toBe('elderly-care');
  });

  it('files urban renewal of communities under housing and farmers’ income under agriculture', () => {
    expect(topic('今年，县里在城区实施微改造项目16个。', '16个', [], { topics: ['environment'] })).toBe('housing');
    expect(topic('全县果农人均可支配收入达到1.8万元。', '1.8万元', [], { topics: ['agriculture', 'economy'] })).toBe('agriculture');
    // Whatever order the article lists its topics in, and whatever the learned model makes of 可支配收入 (the residents'
    // income it mostly stands in is economy's).
    expect(topic('全县果农人均可支配收入达到1.8万元。', '1.8万元', [], { topics: ['economy', 'agriculture'] })).toBe('agriculture');
    expect(topic('全县农村居民人均可支配收入达到1.8万元。', '1.8万元', [], { topics: ['agriculture', 'economy'] })).toBe('economy');
  });
});

describe('topicOf, who takes part', () => {
  it('counts the participants of a points scheme for the scheme, not for who they are', () => {
    const p = '今年以来，全村累计发放积分12万分，参与农户达到860户。';
    expect(topic(p, '860户', [], { topics: ['agriculture', 'governance'] })).toBe('governance');
  });
});

describe('topicOf, more fields of words', () => {
  it('files buses and passenger flows under transport, canteens for elders under elderly care', () => {
    expect(topic('城区2条社区巴士线路开通运行，线路总长26公里。', '26公里', [], { topics: ['governance'] })).toBe('transport');
    expect(topic('该区把长者食堂建设列入民生实事，新建长者食堂9个。', '9个', [], { topics: ['governance'] })).toBe('elderly-care');
  });

  it('files enrolment in the pension scheme with pensions', () => {
    expect(topic('全市城乡居民基本养老保险参保人数达到96万人。', '96万人', [], { topics: ['elderly-care', 'employment'] })).toBe('elderly-care');
  });
});

describe('topicOf, who a thing is for', () => {
  it('leaves those a thing is put up for out of the topic of the things, not out of their own count', () => {
    const p = '今年，为老旧小区居民免费安装燃气报警器1.2万台。';
    expect(topic(p, '1.2万台', [], { topics: ['housing'] })).toBe('public-safety');
    // Where the figure counts those it is for, the thing done still decides (the figures guide, ruled in session 12: a
    // smoke or gas alarm is public-safety even for elders living alone): who they are is left out after the count;
    const q = '今年，为126户独居老人安装了烟雾报警器。';
    expect(topic(q, '126户', [], { topics: ['elderly-care'] })).toBe('public-safety');
    expect(topic('街道为其中的58户独居老人免费检修了燃气灶具。', '58户', [], { topics: ['elderly-care'] })).toBe('public-safety');
    // Near miss: a thing of eldercare handed out to those counted stays eldercare's.
    expect(topic('街道为辖区1.2万名80岁以上老人发放高龄津贴。', '1.2万名', [], { topics: ['public-safety'] })).toBe('elderly-care');
    // gas (燃气) adds public safety's weight: the dev gold files 为1860户独居老人安装燃气报警器 there.
    const g = '今年，为860户独居老人免费安装燃气报警器。';
    expect(topic(g, '860户', [], { topics: ['public-safety'] })).toBe('public-safety');
  });
});


describe('topicOf, a table or list printed a row a line', () => {
  it('reads the figure’s own row as its clause, not the whole table', () => {
    const table = '项目    数量\n建设旱作节水示范区    5000亩\n新建集雨水窖    260口\n为独居老人配发灭火器    560具';
    const farming = { topics: ['agriculture'] as Topic[] };
    expect(topic(table, '560具', [], farming)).toBe('public-safety');
    expect(topic(table, '260口', [], farming)).toBe('water');
    expect(topic(table, '5000亩', [], farming)).toBe('agriculture');
    const rows = '| 项目 | 数量 | 同比 |\n| 社区养老服务站 | 46个 | +8个 |\n| 普惠托育机构 | 11家 | +3家 |';
    expect(topic(rows, '46个', [], { topics: ['childcare', 'elderly-care'] })).toBe('elderly-care');
    expect(topic(rows, '11家', [], { topics: ['childcare', 'elderly-care'] })).toBe('childcare');
  });

  it('reads a cell by its column’s head when the head is a measure with its unit, the row naming only a place', () => {
    const works = { topics: ['governance'] as Topic[] };
    const table = '各县区民生实事进展如下：\n|县区|新建改造供水管网（公里）|新增养老床位（张）|\n|武乡县|38|120|\n|沁县|21|85|';
    expect(topic(table, '21', [], works)).toBe('water');
    expect(topic(table, '120', [], works)).toBe('elderly-care');
    // (A head with no unit is a kind of what the table counts, which the words before it name: not the cell's topic.)
    const posts = '今年各县区开发公益性岗位安置就业困难人员，名额如下：\n|县区|保洁绿化|养老服务|\n|武乡县|40|25|\n|沁县|30|20|';
    expect(topic(posts, '25', [], { topics: ['employment'] })).toBe('employment');
  });
});

describe('topicOf, a numbered item', () => {
  it('reads the item’s head over the sentences after it, as near as their clause', () => {
    const pledges = { topics: ['governance'] as Topic[] };
    const item = '3.新建农村互助幸福院。计划新建30个，已建成26个，其余4个正在施工。';
    expect(topic(item, '26个', ['全市民生实事进展'], pledges)).toBe('elderly-care');
    const lines = '各项实事进展如下：\n1.新增公共停车泊位。计划新增3000个，已完成2800个。\n2.改造农村户厕。计划改造5000座，已完成4600座。';
    expect(topic(lines, '2800个', [], pledges)).toBe('transport');
    expect(topic(lines, '4600座', [], pledges)).toBe('environment');
    // (A paragraph opening on no numbered head is read as before: the pledges' own count stays theirs.)
    expect(topic('今年确定的民生实事，计划完成12件，已完成10件。', '10件', [], pledges)).toBe('governance');
  });
});

describe('topicOf, the domain’s own words', () => {
  it('files streetlights under streets, 银龄 and village canteens under elderly care', () => {
    expect(topic('今年以来，市城市照明管理处共维修城区路灯4100余盏。', '4100余盏', [], { topics: ['governance'] })).toBe('transport');
    expect(topic('“银龄课堂”已开设课程14门。', '14门', [], { topics: ['education'] })).toBe('elderly-care');
    expect(topic('今年新建农村幸福食堂37个。', '37个', [], { topics: ['employment'] })).toBe('elderly-care');
  });
});

describe('topicOf, safety checks', () => {
  it('files a check of gas users and its parts under public safety, under a safety tag', () => {
    const p = '#冬季安全# 截至11月底，全县共检查燃气用户4.1万户，更换老化胶管2300余根，为独居老人安装燃气报警器860台。';
    expect(topic(p, '4.1万户', [], { topics: ['elderly-care', 'public-safety'] })).toBe('public-safety');
    expect(topic(p, '2300余根', [], { topics: ['elderly-care', 'public-safety'] })).toBe('public-safety');
  });
});

describe('topicOf, wells and drones', () => {
  it('files wells dug for drinking under water and crop-protection drones under farming, whatever the article', () => {
    expect(topic('今年全市新打机井36眼，解决了1.2万人的吃水难题。', '36眼', [], { topics: ['agriculture'] })).toBe('water');
    expect(topic('植保无人机作业面积达到12万亩。', '12万亩', [], { topics: ['transport'] })).toBe('agriculture');
  });
});

describe('topicOf, air and public toilets', () => {
  it('files air-quality measures and public toilets under environment', () => {
    expect(topic('今年PM2.5平均浓度为35微克/立方米，同比下降8.3%。', '35微克/立方米', [], { topics: ['governance'] })).toBe('environment');
    expect(topic('城区新建公厕26座。', '26座', [], { topics: ['governance'] })).toBe('environment');
  });
});

describe('topicOf, the lines and stops of public transport', () => {
  const school = { topics: ['education'] as Topic[] };
  const elders = { topics: ['elderly-care'] as Topic[] };
  it('reads a route by who rides it, and a stop or a line by its name, as transport', () => {
    expect(topic('今年全县新开通学生专线7条。', '7条', [], school)).toBe('transport');
    expect(topic('新建乡村候车亭36个，新开农村客运班线5条。', '36个', [], school)).toBe('transport');
  });
  it('does not read a service’s phone line as a route', () => {
    expect(topic('县老龄办开通“银发关爱专线”，为全县4200名独居老人提供咨询服务。', '4200名', [], elders)).toBe('elderly-care');
  });
});

describe('chooseTopic, the learned model beside the keywords', () => {
  const environment = new Map<Topic, number>([['environment', 0.9], ['transport', 0.1]]);
  it('takes what the figure’s words go with where no keyword is near, over a weak article prior', () => {
    expect(chooseTopic(new Map(), ['transport'], environment)).toBe('environment');
    expect(chooseTopic(new Map(), ['transport'])).toBe('transport');
  });
  it('decides between topics the keywords leave level', () => {
    const level = new Map<Topic, number>([['transport', 4], ['environment', 4]]);
    expect(chooseTopic(level, [], environment)).toBe('environment');
  });
  it('never outweighs a word of the clause that names its topic', () => {
    expect(chooseTopic(new Map<Topic, number>([['transport', 12]]), [], environment)).toBe('transport');
  });
});
