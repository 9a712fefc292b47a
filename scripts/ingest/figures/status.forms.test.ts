// statusOf (figures/status.ts) on forms of issue 15, made-up sentences in the forms the papers print: 将近 and 拟
// inside words, completions already past, a person named by a kin word or role, plan words naming a thing, spans into
// next year and estimates. The other forms: status.test.ts, status.tables.test.ts, status.reports.test.ts.
import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { statusOf } from './status.ts';

const status = (paragraph: string, figure: string, options = {}) => statusOf(scopeFor(paragraph, figure, options));

describe('statusOf, forms of issue 15 (made-up sentences in the forms the papers print)', () => {
  it('reads 将近 and words holding 拟 (模拟) as no plan, and 规划 before 任务 as a noun', () => {
    expect(status('将近300名志愿者参与活动。', '300名')).toBe('actual');
    expect(status('该县开展应急模拟演练12场。', '12场')).toBe('actual');
    expect(status('截至9月底，已筹集1.86万套，完成规划任务的93%。', '93%')).toBe('actual');
    expect(status('按照规划，2021年至2025年全市要筹集保障性租赁住房2万套。', '2万套')).toBe('plan');
  });

  it('reads a span of years holding the article’s year as now, and a standard set for a coming year as set', () => {
    expect(status('2025—2026年采暖季，全市集中供热面积达到1.2亿平方米。', '1.2亿平方米')).toBe('actual');
    expect(status('2026年度城乡居民医保个人缴费标准为每人每年400元。', '400元')).toBe('actual');
    expect(status('自2026年1月1日起，全市城乡低保标准提高到每人每月780元。', '780元')).toBe('actual');
    expect(status('2026年，全市计划新建充电桩800个。', '800个')).toBe('plan');
  });

  it('reads the figure’s own clause first: what it will do is planned, though clauses before say done', () => {
    const p = '今年全县计划实施民生实事项目23个，目前已完工19个，其余4个将于年底前完工。';
    expect(status(p, '19个')).toBe('actual');
    expect(status(p, '4个')).toBe('plan');
  });

  it('reads a level a plan is to reach as a target, and works dated by a deadline alone as planned', () => {
    expect(status('今年，全县计划使养老服务覆盖率达到90%以上。', '90%以上')).toBe('target');
    expect(status('到2027年，全市完成改造的老旧小区加装电梯不少于600部。', '600部')).toBe('target');
    expect(status('到2027年，全市医养结合机构将达到70家。', '70家')).toBe('target');
    expect(status('到2026年底，全市新建充电桩500个。', '500个')).toBe('plan');
    expect(status('确保12月底前全部完工，新增供热面积30万平方米。', '30万平方米')).toBe('plan');
    expect(status('二期工程将于12月中旬通水，届时日供水能力将达到1800立方米。', '1800立方米')).toBe('plan');
    expect(status('力争全年城镇新增就业不低于4万人。', '4万人')).toBe('target');
  });

  it('reads a quote as its speaker’s story when a resident, not an official, is named beside it', () => {
    const p = '“上个月在工地干了26天，挣了6000多元。”提起现在的日子，刚从外地回来的李建军笑得合不拢嘴。';
    expect(status(p, '26天')).toBe('anecdote');
    expect(status('“全县今年新建日间照料中心12个。”县民政局局长王军介绍。', '12个')).toBe('actual');
    expect(status('“这批公寓今年交付120套。”县住建局王军说。', '120套')).toBe('actual');
    expect(status('县委书记李明说：“全县村均人口不足800人。”', '800人')).toBe('actual');
  });
});

describe('statusOf, more forms of issue 15', () => {
  it('reads what the figure’s own clause calls done as done, and a target reached (完成…目标) as no aim', () => {
    expect(status('今年全县计划实施民生实事项目23个，其中19个已完工。', '19个')).toBe('actual');
    expect(status('今年超额完成年度目标任务，新增就业4200人。', '4200人')).toBe('actual');
    expect(status('全年目标新增城镇就业4000人。', '4000人')).toBe('target');
  });

  it('reads an estimate as a forecast, 将 before a standard raised as 把, and 计划生育 as no plan', () => {
    expect(status('据初步估算，项目每年可为群众节省取暖费用300万元。', '300万元')).toBe('forecast');
    expect(status('县里将农村低保标准提高到每人每年6000元。', '6000元')).toBe('actual');
    expect(status('县里将进一步提高到每人每年6000元。', '6000元')).toBe('plan');
    expect(status('计划生育家庭特别扶助金每人每月发放400元。', '400元')).toBe('actual');
  });

  it('reads a year after the article’s but not after the page’s as come', () => {
    const options = { article: { year: 2024, pageYear: 2025 } };
    expect(status('2025年1月，全市新开通城乡公交线路6条。', '6条', options)).toBe('actual');
    expect(status('2026年，全市新开通城乡公交线路6条。', '6条', options)).toBe('plan');
  });
});

describe('statusOf, a completion already past', () => {
  it('reads what followed a completion dated in the past, or told as done, as done; what a work will do once built as planned', () => {
    expect(status('该中心去年建成投用后，日均接待群众500人次。', '500人次')).toBe('actual');
    expect(status('该站建成后，周边3000余户居民告别了烧煤取暖。', '3000余户')).toBe('actual');
    expect(status('项目建成后，可新增供热面积300万平方米。', '300万平方米')).toBe('plan');
  });
});

describe('statusOf, one person named by a kin word or a role of many', () => {
  it('reads a resident named with 大娘/大姐/老汉 or after a role of many (患者, 创业者) as one person’s story', () => {
    expect(status('王大娘家今年种了3亩辣椒，收入2万多元。', '3亩')).toBe('anecdote');
    expect(status('患者李建国这次住院花了8600元。', '8600元')).toBe('anecdote');
    expect(status('返乡创业者刘强去年带动20名村民就业。', '20名')).toBe('anecdote');
    expect(status('全县患者住院费用平均下降12%。', '12%')).toBe('actual');
  });
});

describe('statusOf, plan words in a phrase naming a thing', () => {
  it('reads 计划/规划 before 的 as naming a thing, not a plan of the clause', () => {
    expect(status('全年完成投资4.5亿元，占年度计划投资的90%。', '90%')).toBe('actual');
    expect(status('全县规划建设的12个安置小区已全部交付。', '12个')).toBe('actual');
    expect(status('今年全县计划改造老旧小区30个。', '30个')).toBe('plan');
  });
});

describe('statusOf, a span into next year and estimates', () => {
  it('reads a span reaching into next year (至明年) as no plan, and an estimate as a forecast', () => {
    expect(status('今年供暖期为11月15日至明年3月15日，共121天。', '121天')).toBe('actual');
    expect(status('估计今年全镇小米产量能达到1.2万吨。', '1.2万吨')).toBe('forecast');
    expect(status('预估全年可实现产值3000万元。', '3000万元')).toBe('forecast');
  });

  it('reads an indicator as an aim only where its clause assigns it (下达的指标为), not a release’s indicator', () => {
    expect(status('今年市里下达的农村户厕改造指标为860户。', '860户')).toBe('target');
    expect(status('前三季度，全县一般公共预算收入这一指标为6.2亿元。', '6.2亿元')).toBe('actual');
  });

  it('reads a task its clause says was completed as done, a task set, exceeded or its value as an aim', () => {
    expect(status('去年，全县完成退耕还林1.6万亩的任务。', '1.6万亩')).toBe('actual');
    expect(status('今年全镇已完成改造户厕900户的年度任务。', '900户')).toBe('actual');
    expect(status('今年全镇改造户厕960户，超额完成900户的年度任务。', '900户')).toBe('target');
    expect(status('全区今年承担植树造林2.4万亩的任务。', '2.4万亩')).toBe('target');
    expect(status('今年全县新建公厕的年度任务为30座。', '30座')).toBe('target');
  });
});
