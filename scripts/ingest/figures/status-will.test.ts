// statusOf (figures/status.ts): 将 right before a preposition (将在, 将于, 将对, 将为, 将通过) is "will", though a verb that
// could follow 将 = 把 (建成, 改造为, 纳入) stands later in its clause; 将 before an object stays 把.
import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { statusOf } from './status.ts';

const status = (paragraph: string, figure: string) => statusOf(scopeFor(paragraph, figure));

describe('statusOf: 将 before a preposition', () => {
  it('reads 将在…建成, 将于…建成, 将通过…建成 as plans', () => {
    expect(status('区住建局负责人表示，年底前将在城东片区建成口袋公园4个，新增绿地1.2万平方米。', '4个')).toBe('plan');
    expect(status('区住建局负责人表示，年底前将在城东片区建成口袋公园4个，新增绿地1.2万平方米。', '1.2万平方米')).toBe('plan');
    expect(status('县里将于明年6月前建成日间照料中心8个。', '8个')).toBe('plan');
    expect(status('街道将通过腾退闲置厂房建成停车场，新增车位260个。', '260个')).toBe('plan');
  });

  it('keeps 将 before an object made into something (将3处闲置厂房改造为…) as done', () => {
    expect(status('今年，街道将3处闲置厂房改造为停车场，新增车位260个。', '3处')).toBe('actual');
    expect(status('今年，街道将辖区闲置厂房建成停车场，新增车位260个。', '260个')).toBe('actual');
  });

  it('keeps 将 before 在X的, a 的-phrase and no preposition, as 把 (将在建的18个项目纳入…)', () => {
    const p = '去年，该县将在建的18个供热项目纳入重点监管，当年完成投资1.6亿元。';
    expect(status(p, '18个')).toBe('actual');
    expect(status(p, '1.6亿元')).toBe('actual');
    expect(status('今年，全市将在用的320部老旧电梯列入改造清单。', '320部')).toBe('actual');
  });
});

describe('statusOf: 将 foretelling the weather (status-governing.ts, WEATHER)', () => {
  it('reads 将 in what a weather office tells, or with the weather as its subject, as a forecast', () => {
    expect(status('记者从县气象局获悉，受寒潮影响，周末我县将出现雨雪天气，降温幅度6℃至8℃。', '6℃')).toBe('forecast');
    expect(status('本周后期冷空气将再度南下，夜间最低气温将降至-11℃。', '-11℃')).toBe('forecast');
  });
  it('leaves a weather office’s plan of its own works, and a plan that only names the cold', () => {
    expect(status('市气象局将在山区新建自动气象站12个。', '12个')).toBe('plan');
    expect(status('今年冬季，街道将为独居老人发放取暖补贴，每户400元。', '400元')).toBe('plan');
    expect(status('入冬降温后，县里将为120户困难群众送去棉被。', '120户')).toBe('plan');
  });
  it('leaves a plan a weather office tells of its own works, and a plan whose clause only opens on the cold, as plans (WEATHER_SOURCE needs a weather verb after 将 or a weather measure; WEATHER_SUBJECT the weather right before 将)', () => {
    expect(status('记者从区气象局获悉，今年全区将新建雨量监测站15个。', '15个')).toBe('plan');
    expect(status('据市气象台介绍，明年将为全市80所学校安装气象显示屏。', '80所')).toBe('plan');
    expect(status('记者从县气象局了解到，全县将有60个村配上预警大喇叭。', '60个')).toBe('plan');
    expect(status('降雪期间环卫公司将增派保洁人员300名。', '300名')).toBe('plan');
    expect(status('寒潮来临前，燃气公司将对1200户居民的燃气管道逐一检查。', '1200户')).toBe('plan');
    expect(status('据县气象局消息，明年将在全县安装气温监测仪50台。', '50台')).toBe('plan');
  });
  it('still reads the weather an office tells of, or the weather as the subject of 将, as a forecast', () => {
    expect(status('记者从市气象台获悉，受强冷空气影响，本周我市将迎来大风降温天气，过程降温幅度6℃至9℃。', '6℃')).toBe('forecast');
    expect(status('据县气象局预报，周末全县将有一次明显降雪过程，降雪量3至5毫米。', '5毫米')).toBe('forecast');
    expect(status('记者从市气象台获悉，本周后期我市将受冷空气影响，气温下降6℃。', '6℃')).toBe('forecast');
    expect(status('记者从市气象台获悉，明天全市大部地区气温将下降7℃至9℃。', '7℃')).toBe('forecast');
    expect(status('受寒潮影响，周末全市最低气温将降至-13℃。', '-13℃')).toBe('forecast');
  });
});

describe('statusOf: 将 of a time about to pass or come (status-words.ts, WILL)', () => {
  it('is the story’s time, no plan', () => {
    expect(status('一年将尽，全县今年新建农村公厕360座。', '360座')).toBe('actual');
    // 临时 after 将 is "for a while", not 临 = near: the stop is planned.
    expect(status('因换热站检修，12月20日该小区将临时停止供热，影响用户约4200户。', '4200户')).toBe('plan');
    expect(status('春节将临，社区为120户困难家庭送去慰问品。', '120户')).toBe('actual');
    expect(status('岁末将至，街道为辖区困难家庭送去慰问金2.6万元。', '2.6万元')).toBe('actual');
  });
  it('leaves 将至少 as "will"', () => {
    expect(status('明年，县里将至少新建农村公厕120座。', '120座')).toBe('plan');
  });
});

describe('statusOf: 将 before an object moved or spread to where it reaches (status-words.ts, WILL)', () => {
  it('is 把: done', () => {
    expect(status('今年，县里将助餐服务覆盖到全县9个乡镇，惠及老人2100名。', '9个')).toBe('actual');
    expect(status('中心将群众诉求分派到全区236名网格员手中。', '236名')).toBe('actual');
  });
  it('right before the verb it is "will"', () => {
    expect(status('明年，助餐服务将覆盖到全县9个乡镇。', '9个')).toBe('plan');
    expect(status('县里将逐步把助餐服务覆盖到全县9个乡镇。', '9个')).toBe('plan');
    expect(status('首批清洁煤运抵镇里，将配送到12个村的困难家庭。', '12个')).toBe('plan');
  });
});
