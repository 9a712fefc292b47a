// Words that name a figure's own topic in its clause (topic.ts FIGURE_KEYWORDS): training people is employment's
// where nothing else the clause names says what they are trained for. Sentences made up, with near misses.
import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../src/domain/topics.ts';
import { scopeFor } from './scope.fixture.ts';
import { topicOf } from './topic.ts';

const topic = (paragraph: string, figure: string, topics: Topic[]) => topicOf(scopeFor(paragraph, figure, { article: { topics } }));

describe('training people', () => {
  it('is employment where the clause names no other field of what is taught', () => {
    expect(topic('入冬以来，镇里举办培训班9期，培训农民640人次。', '640人次', ['agriculture'])).toBe('employment');
    expect(topic('县妇联今年共培训家政服务员310名。', '310名', ['governance'])).toBe('employment');
  });

  it('gives way to a field the clause names', () => {
    // (Swimming lessons are sport's, a village doctor's course health's.)
    expect(topic('今年暑期，县体育馆开设游泳培训班12期，培训学生560名。', '560名', ['culture-sports'])).toBe('culture-sports');
    expect(topic('县卫健局今年培训乡村医生420人次，覆盖全部村卫生室。', '420人次', ['health'])).toBe('health');
  });
});

describe('taking part', () => {
  it('reads words after 参加 that end on a doing as what is taken part in, which names the topic', () => {
    expect(topic('全县农民今年参加技能培训2400人次。', '2400人次', ['agriculture'])).toBe('employment');
    expect(topic('全县退休职工今年参加健康体检9000人次。', '9000人次', ['elderly-care'])).toBe('health');
  });

  it('still reads a noun of people after 参与 as who takes part, naming no topic', () => {
    // (参与农户 are who; the works they join, named before, say what about.)
    expect(topic('镇里开展人居环境整治，参与农户达到3200户。', '3200户', ['agriculture'])).toBe('environment');
  });
});

describe('a temperature', () => {
  it('is heating’s where the sentence tells no weather, whatever the story around it is about', () => {
    expect(topic('“墙也保温了，窗也换了，今年屋里能到21℃。”', '21℃', ['housing'])).toBe('heating');
    expect(topic('记者在敬老院看到，温度计显示20℃。', '20℃', ['elderly-care'])).toBe('heating');
  });

  it('is not heating’s beside the weather', () => {
    expect(topic('受寒潮影响，全市最低气温将降至零下15℃。', '零下15℃', ['public-safety'])).not.toBe('heating');
  });

  it('is not heating’s where its clause tells of no room, home or radiator: a cold store, a bath (made up)', () => {
    expect(topic('这家企业新建冷库3座，冷链仓库温度须控制在零下18℃以下。', '零下18℃以下', ['economy'])).not.toBe('heating');
    expect(topic('服务队每周上门两次，助浴车内水温保持在40℃左右。', '40℃左右', ['elderly-care'])).toBe('elderly-care');
  });
});

describe('a compound’s courtyard network (庭院管网)', () => {
  it('is heating’s, though the compounds it is in are housing’s', () => {
    expect(topic('今年全区对26个老旧小区的庭院管网进行了更换。', '26个', ['housing'])).toBe('heating');
  });

  it('leaves the compounds’ other works to housing', () => {
    expect(topic('今年全区改造老旧小区26个，加装电梯40部。', '26个', ['housing'])).toBe('housing');
  });
});

describe('a speaker named by a political office', () => {
  it('names no topic of the figures told', () => {
    expect(topic('镇党委书记王丽说，今年全镇新栽核桃树3000株。', '3000株', ['agriculture'])).toBe('agriculture');
    expect(topic('县人大代表、某镇党委书记王丽说，镇上去年建起了2个老年食堂。', '2个', ['governance'])).toBe('elderly-care');
  });

  it('leaves a speaker of a service to say what it is about', () => {
    expect(topic('托育园负责人说：“我们每月收费1100元。”', '1100元', ['elderly-care'])).toBe('childcare');
  });
});

describe('people put to work', () => {
  it('are counted for work, whatever they work at', () => {
    expect(topic('今年，合作社吸纳周边村民就近务工45人，人均月收入2600元。', '45人', ['agriculture'])).toBe('employment');
    expect(topic('镇里新建食用菌大棚60座，带动230户村民在家门口务工。', '230户', ['agriculture'])).toBe('employment');
  });

  it('leave what the farm grows or sells to farming', () => {
    expect(topic('今年，合作社种植食用菌320亩，亩均收入1.2万元。', '320亩', ['agriculture'])).toBe('agriculture');
  });
});

describe('gas piped to homes', () => {
  it('is heating by the words of its supply', () => {
    expect(topic('该工程新铺设燃气管道36公里，惠及群众1800余户。', '36公里', ['public-safety'])).toBe('heating');
    expect(topic('全镇燃气普及率达到88%。', '88%', ['public-safety'])).toBe('heating');
  });

  it('leaves gas alone and gas alarms to safety', () => {
    expect(topic('今年为独居老人免费安装燃气报警器900台。', '900台', ['heating'])).toBe('public-safety');
  });
});

describe('a list of works under a frame clause', () => {
  it('gives each item the topic its clause names outright, not the frame’s', () => {
    const p = '明年该县将继续实施十件民生实事，计划改造老旧小区28个，新增普惠托位420个，力争城镇新增就业稳定在5000人以上。';
    const framed = (figure: string) => topicOf(scopeFor(p, figure, { article: { topics: ['governance'], title: '十件民生实事惠民生' } }));
    expect(framed('28个')).toBe('housing');
    expect(framed('420个')).toBe('childcare');
    expect(framed('5000人以上')).toBe('employment');
  });

  it('leaves a clause that names no topic to the frame', () => {
    expect(topic('明年该县将继续实施十件民生实事，总投资达到8.6亿元。', '8.6亿元', ['governance'])).toBe('governance');
  });
});

describe('selling online', () => {
  it('is of the field of the goods sold where the clause names them', () => {
    expect(topic('全乡开通电商网店64家，帮助农户销售农产品380吨。', '64家', ['governance'])).toBe('agriculture');
  });

  it('is the economy’s where no goods are named', () => {
    expect(topic('今年前三季度，全市电商企业实现网络零售额86亿元。', '86亿元', ['governance'])).toBe('economy');
  });
});

describe('who or what is sent out (出动)', () => {
  it('is counted for the task the sentence names, not for the workers or machines', () => {
    expect(topic('雪停后，全县出动环卫工人640人次、铲雪车辆31台次，清扫城区道路积雪58公里。', '640人次', ['environment'])).toBe('transport');
    expect(topic('雪停后，全县出动环卫工人640人次、铲雪车辆31台次，清扫城区道路积雪58公里。', '31台次', ['environment'])).toBe('transport');
    expect(topic('节前，镇里出动检查人员36人次，对辖区商铺开展消防安全检查。', '36人次', ['governance'])).toBe('public-safety');
  });

  it('leaves the workers naming the topic where they are not sent out but counted for what they do', () => {
    expect(topic('今年，全区环卫工人清运生活垃圾3.2万吨。', '3.2万吨', ['governance'])).toBe('environment');
  });
});

describe('rivers and their works', () => {
  it('are water’s: dredging, banks, patrols, stretches of river', () => {
    expect(topic('今年，该乡完成浊漳河河道清淤治理3.2公里，新建护岸1.1公里。', '3.2公里', ['environment'])).toBe('water');
    expect(topic('今年，该乡完成浊漳河河道清淤治理3.2公里，新建护岸1.1公里。', '1.1公里', ['environment'])).toBe('water');
    expect(topic('“我每天巡河6公里，一天也不落下。”', '6公里', ['environment'])).toBe('water');
  });

  it('leaves the rubbish cleared from a river the environment’s', () => {
    expect(topic('近年来，全乡累计清理河道垃圾8000立方米。', '8000立方米', ['water'])).toBe('environment');
  });
});

describe('homes let', () => {
  it('are housing’s by their own words (房源, 房租), whoever rents them', () => {
    expect(topic('近日，县里青年驿站二期投用，新增房源160套，供来县就业的高校毕业生申请。', '160套', ['employment'])).toBe('housing');
    expect(topic('在县城工作的小王说，他每月房租只要500元。', '500元', ['employment'])).toBe('housing');
  });

  it('leaves the rent of land to its field', () => {
    expect(topic('村集体流转土地800亩，每亩每年租金600元。', '600元', ['agriculture'])).toBe('agriculture');
  });
});
