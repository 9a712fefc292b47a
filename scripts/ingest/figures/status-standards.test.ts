// statusOf (figures/status.ts): a per-unit standard in a clause of its own after a planned or forecast scheme is set
// (actual); 计划 compared with (比计划) names the plan, it does not make the clause one; a factory's head telling of 厂里.
import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { statusOf } from './status.ts';

const status = (paragraph: string, figure: string) => statusOf(scopeFor(paragraph, figure));

describe('statusOf: standards, comparisons with the plan, a head on his own place', () => {
  it('reads a per-unit standard after a planned or forecast scheme as set', () => {
    expect(status('今年全县将为特困供养人员发放冬季取暖补贴，共涉及3200户，每户补贴标准为500元。', '500元')).toBe('actual');
    expect(status('今年，全县预计有4200户家庭享受取暖补贴，每户补贴500元。', '500元')).toBe('actual');
  });

  it('keeps what the scheme plans or forecasts, and a standard its own clause will raise, as planned', () => {
    expect(status('今年全县将为特困供养人员发放冬季取暖补贴，共涉及3200户，每户补贴标准为500元。', '3200户')).toBe('plan');
    expect(status('明年起，每户补贴将提高到800元。', '800元')).toBe('plan');
    expect(status('明年，县里将为2000户困难群众发放取暖补贴，每户补贴600元。', '600元')).toBe('plan');
    expect(status('全县力争明年实现全覆盖，每户补贴不低于500元。', '500元')).not.toBe('actual');
  });

  it('reads 比计划多出 as done', () => {
    expect(status('今年全县新建改造供水管网96公里，比计划多出8公里。', '8公里')).toBe('actual');
  });

  it('reads a head telling of his own place (厂长…厂里) as its own story', () => {
    expect(status('厂长告诉记者，厂里去年加工核桃800吨。', '800吨')).toBe('anecdote');
    expect(status('县工信局局长告诉记者，全县去年加工核桃8000吨。', '8000吨')).toBe('actual');
  });
});

describe('statusOf: works named as built before what they do once in use', () => {
  it('reads 建成的…投用后，可提供… as done, 计划建成的…投用后 as planned', () => {
    expect(status('在潞城区成家川街道，利用闲置厂房建成的停车场投用后，可提供车位260个。', '260个')).toBe('actual');
    expect(status('在潞城区成家川街道，计划建成的停车场投用后，可提供车位260个。', '260个')).toBe('plan');
    expect(status('停车场投用后，可提供车位260个。', '260个')).toBe('plan');
  });

  it('keeps a deadline before 建成的 a plan (年底前建成的…投用后), a past time done (此前建成的)', () => {
    expect(status('年底前建成的公共停车场投用后，可提供停车位420个。', '420个')).toBe('plan');
    expect(status('年内建成的养老中心投用后，可提供床位120张。', '120张')).toBe('plan');
    expect(status('此前建成的公共停车场投用后，可提供停车位420个。', '420个')).toBe('actual');
  });
});

describe('statusOf: a span of dates that holds the article’s year', () => {
  it('reads 于2025年11月15日起…至2026年3月15日结束 as now, a span wholly ahead as planned', () => {
    expect(status('今年采暖季于2025年11月15日起开始供热，至2026年3月15日结束，供热期121天。', '121天')).toBe('actual');
    expect(status('二期工程于2026年4月1日起开工，至2026年10月31日完工，工期214天。', '214天')).toBe('plan');
  });
});
