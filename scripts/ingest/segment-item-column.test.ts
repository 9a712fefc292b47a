// A column of short news items under its name (segment-item-column.ts): numbered one-line items, unmarked one-sentence
// items, numbered head lines over one line of text — each an article; a box of numbered tips, a report's sections and
// a report's numbered points stay whole. Made-up pages in the forms papers print.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const texts = (page: string) => structurePage(page).segments.map((s) => s.blocks.filter((b) => b.kind !== 'furniture').map((b) => b.text));

const report = ['公交“暖心车厢”上线', '', '本报记者 某某', '', '11月29日起，市公交公司在8条线路试点“暖心车厢”，车内温度保持在18摄氏度以上。', '', '据了解，今年以来全市新增新能源公交车90辆。', ''];

describe('a column of news items under its name', () => {
  it('numbered one-line items: each an article, its number and the column name no text of it', () => {
    const page = [...report, '一句话新闻', '1.记者从市卫健委获悉，今年全市新建村卫生室36所，新增床位120张。', '2.某县今年完成农村户厕改造900座，改造率达到85%。', '3.12月1日起，某县6条城乡公交线路实行2元一票制。', '4.某区今年发放创业担保贷款3100万元，扶持创业260人。', ''].join('\n');
    const got = texts(page);
    expect(got).toHaveLength(5);
    expect(got[1]).toEqual(['记者从市卫健委获悉，今年全市新建村卫生室36所，新增床位120张。']);
    expect(got[4]).toEqual(['某区今年发放创业担保贷款3100万元，扶持创业260人。']);
  });

  it('unmarked one-sentence items right under the column name that opens the piece', () => {
    const page = [...report, '一句话新闻', '某镇新建的老年活动中心11月20日投用，面积500平方米。', '某镇今年栽植经济林2600亩。', '县医疗集团今年开展免费筛查1.2万人次。', ''].join('\n');
    expect(texts(page)).toHaveLength(4);
  });

  it('numbered head lines over one line of text, after the report: each item titled by its head', () => {
    const page = [...report, '县区快讯', '1.某区：“订单班”学员全部上岗', '某区今年开办“订单班”12期，培训学员360人，结业后全部上岗。', '2.某县：返乡创业贷款“免担保”', '某县今年发放免担保创业贷款2800万元，带动就业700余人。', '3.某县：“小米工坊”吸纳留守妇女', '某县建起“小米工坊”6个，吸纳留守妇女就近就业190人。', ''].join('\n');
    const segments = structurePage(page).segments;
    expect(segments).toHaveLength(4);
    expect(segments[0]!.blocks.some((b) => b.text.includes('90辆'))).toBe(true);
    expect(segments[2]!.blocks[0]).toMatchObject({ kind: 'headline', text: '某县：返乡创业贷款“免担保”' });
  });
});

describe('not a column of items', () => {
  it('a box of numbered tips that run on with semicolons stays one piece', () => {
    const page = [...report, '温馨提示', '1.老人首次到站点就餐，需携带身份证办理就餐卡；', '2.就餐时间为每天11:00至12:30；', '3.行动不便的老人可提前一天电话预约送餐。', ''].join('\n');
    expect(texts(page).length).toBeLessThanOrEqual(2);
    expect(texts(page).flat().some((t) => t.startsWith('1.老人首次'))).toBe(true);
  });

  it('a report with a subhead over short paragraphs stays one article', () => {
    const page = [...report, '加装电梯', '', '截至10月底，某区今年已完成加装电梯37部。', '', '另有12部正在施工。', '', '明年计划再加装40部。', ''].join('\n');
    expect(texts(page)).toHaveLength(1);
  });

  it("a report's numbered points under its lead-in stay its text", () => {
    const page = ['某县八件实事件件落地', '', '本报记者 某某', '', '今年，某县确定的八件民生实事已完成六件：', '1.新建农村公路45公里。', '2.改造老旧小区12个。', '3.新增普惠托位260个。', ''].join('\n');
    expect(texts(page)).toHaveLength(1);
  });

  it('unmarked short lines under a subhead inside a report stay its text', () => {
    const page = [...report, '数字看变化', '', '全市新增公交站亭120座。', '', '新开通线路9条。', '', '日均客运量21.6万人次。', ''].join('\n');
    expect(texts(page)).toHaveLength(1);
  });

  it("a short unsigned report's own headline over its three paragraphs is no column name: one article", () => {
    const page = ['某报　2026年12月5日　第6版', '', '黎城县冬季送温暖', '', '黎城县为全县困难群众送去棉被900床。', '', '据了解，黎城县今年共筹集救助资金500万元。', '', '活动将持续到明年1月底。', ''].join('\n');
    const pieces = structurePage(page).segments.filter((s) => s.blocks.some((b) => b.kind === 'paragraph'));
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.blocks.find((b) => b.kind === 'headline')?.text).toBe('黎城县冬季送温暖');
  });

  it("numbered tips under a box's label (温馨提示), each ending its sentence, stay one box", () => {
    const page = [...report, '温馨提示', '', '1.供暖期为11月15日至次年3月15日。', '', '2.室温低于18℃的用户可拨打12345反映。', '', '3.欠费用户须在30日内补缴热费。', ''].join('\n');
    expect(texts(page).length).toBeLessThanOrEqual(2);
  });
});

describe('a column of news items numbered in Chinese, their counts in Chinese numerals (issue 15)', () => {
  it('reads items numbered 一、 or （一） under a news column’s name, each reporting a count in words', () => {
    for (const marks of [['一、', '二、', '三、'], ['（一）', '（二）', '（三）']]) {
      const page = [...report, '一句话新闻', `${marks[0]}某镇新建村级养老服务站五个，可为二百余名老人提供助餐服务。`, `${marks[1]}县人民医院今年完成白内障复明手术一千一百例。`, `${marks[2]}某镇为全镇一百二十户独居老人安装烟雾报警器。`, ''].join('\n');
      const got = texts(page);
      expect(got, marks[0]).toHaveLength(4);
      expect(got[2]).toEqual(['县人民医院今年完成白内障复明手术一千一百例。']);
    }
  });
  it('leaves a piece’s sections numbered 一、 under a heading that names no news column together', () => {
    const page = [...report, '主要措施', '一、对新建普惠托位每个补助三千元。', '二、对困难家庭每户每月补贴二百元。', '三、今年全县新增托位五百个。', ''].join('\n');
    expect(texts(page)).toHaveLength(2);
  });
});

describe('two columns of news items, each under its name (issue 15)', () => {
  it('reads each column’s items, the second column’s name closing the first', () => {
    const page = [...report, '城事速递', '（一）市第二人民医院儿科夜间门诊12月1日开诊，每晚安排医生3名。', '（二）市区新增公共自行车站点40个，投放自行车1200辆。', '（三）市区新开通3条通学公交线路，每天接送学生约1500人次。', '', '县区简讯', '1.某县今年新建改造农村户厕一千二百座。', '2.某县为全县老人免费体检二万一千人次。', '3.某县新增城镇就业二千零五十人。', ''].join('\n');
    const got = texts(page);
    expect(got).toHaveLength(7);
    expect(got[3]).toEqual(['市区新开通3条通学公交线路，每天接送学生约1500人次。']);
    expect(got[4]).toEqual(['某县今年新建改造农村户厕一千二百座。']);
  });
});

describe("a column's name spaced letter by letter over its bulleted items (issue 15)", () => {
  const column = (name: string) =>
    ['某县医保服务进村', '', '本报讯　今年以来，某县在全县120个行政村设立医保服务点，群众在村里就能办理参保登记。', '（通讯员　钱多）', '', name, '◆某镇今年建成村级光伏电站五座，年发电量约一百万千瓦时，村集体每年增收二十余万元。', '◆某乡为全乡６０名留守儿童配备了“爱心妈妈”。', '◆某乡新建农村幸福互助院三个，解决了三十余名老人的就餐问题。', ''].join('\n');

  it('names the column (the page\'s furniture): each item an article', () => {
    const got = texts(column('简　讯'));
    expect(got).toHaveLength(4);
    expect(got[1]).toEqual(['◆某镇今年建成村级光伏电站五座，年发电量约一百万千瓦时，村集体每年增收二十余万元。']);
  });

  it("leaves a person's name spaced so as it was", () => {
    expect(texts(column('郭　涛')).length).toBeLessThan(4);
  });
});
