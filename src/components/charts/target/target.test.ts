import { describe, expect, it } from 'vitest';
import { SHANGDANG_2024, SHANGDANG_2025, HUGUAN_2025 } from '../fixtures.ts';
import { targetSpec } from '../choose.ts';
import { NETWORK_2025, sibling } from '../test-support/like-figures.ts';
import { targetPairs } from './target.ts';

const reached = NETWORK_2025[0]!; // 壶关县 2025: 38.1公里 built or upgraded
const plan = { ...sibling(reached, '壶关县', 50, 'plan'), status: 'plan' as const };

describe('targetPairs', () => {
  it('pairs a plan with what was reached of the same measure, kind, unit and place', () => {
    expect(targetPairs([reached, plan])).toEqual([{ goal: plan, reached }]);
    const target = { ...plan, id: 't', status: 'target' as const };
    expect(targetPairs([reached, target])).toEqual([{ goal: target, reached }]);
  });

  it('pairs nothing across places, kinds, units or with a forecast, and never an anecdote', () => {
    expect(targetPairs([reached, { ...plan, region: '黎城县' }])).toEqual([]);
    expect(targetPairs([reached, { ...plan, kind: 'total' as const }])).toEqual([]);
    expect(targetPairs([reached, { ...plan, unit: '米' }])).toEqual([]);
    expect(targetPairs([reached, { ...plan, status: 'forecast' as const }])).toEqual([]);
    expect(targetPairs([{ ...reached, status: 'anecdote' as const }, plan])).toEqual([]);
  });

  it('takes what was reached in the goal’s year or the latest before it, never after', () => {
    const earlier = { ...sibling(reached, '壶关县', 20, 'y2023'), year: 2023 };
    const later = { ...sibling(reached, '壶关县', 60, 'y2026'), year: 2026 };
    expect(targetPairs([earlier, later, { ...plan, year: 2025 }])[0]!.reached).toBe(earlier);
    expect(targetPairs([later, plan])).toEqual([]);
  });

  it('pairs money invested only for the same purpose (an open measure): not a coal chain’s 10亿 plan with a canteen’s 200万', () => {
    const canteens = SHANGDANG_2024.find((f) => f.text === '近200万元')!;
    const coal = { ...canteens, id: 'coal', label: '绿色煤炭产业链完成投资', value: 1e9, text: '10亿元以上', status: 'plan' as const, year: 2025 };
    expect(targetPairs([canteens, coal])).toEqual([]);
    expect(targetPairs([canteens, { ...coal, label: canteens.label }])).toHaveLength(1);
  });

  it('pairs a goal only with what was reached of its own subject noun: not a part with its whole', () => {
    const whole = { ...reached, subject: '技能人才' };
    const partPlan = { ...plan, subject: '高技能人才' };
    expect(targetPairs([whole, partPlan])).toEqual([]);
    expect(targetPairs([whole, { ...partPlan, subject: '技能人才' }])).toHaveLength(1);
    // A plan written by hand (no subject: the editor's measure vouches for it) pairs by its measure.
    const handPlan = { ...plan, subject: undefined, label: '新建改造技能人才' };
    expect(targetPairs([whole, handPlan])).toHaveLength(1);
  });

  it('gives the same pairs whatever order the figures come in, with figures that pair with nothing among them', () => {
    // Two goals of one place and measure take what was reached in reading order: the earlier goal the
    // latest figure up to its year, the later goal what is left.
    const done2023 = { ...sibling(reached, '壶关县', 20, 'd2023'), year: 2023, paragraph: 1 };
    const done2024 = { ...sibling(reached, '壶关县', 30, 'd2024'), year: 2024, paragraph: 2 };
    const goal2024 = { ...plan, id: 'g2024', year: 2024, paragraph: 3 };
    const goal2025 = { ...plan, id: 'g2025', year: 2025, paragraph: 4 };
    const elsewhere = { ...sibling(reached, '黎城县', 70, 'elsewhere'), year: 2024 };
    const anecdote = { ...reached, id: 'told', status: 'anecdote' as const };
    const figures = [goal2025, anecdote, done2024, elsewhere, goal2024, done2023];
    const expected = [
      { goal: goal2024, reached: done2024 },
      { goal: goal2025, reached: done2023 },
    ];
    expect(targetPairs(figures)).toEqual(expected);
    expect(targetPairs([...figures].reverse())).toEqual(expected);
  });

  it('finds no pair in the seed fixtures: 4 model villages done in 壶关县, 5 planned in 上党区', () => {
    expect(targetPairs([...HUGUAN_2025, ...SHANGDANG_2024, ...SHANGDANG_2025])).toEqual([]);
  });
});

describe('targetSpec', () => {
  it('is a chart of the pairs, with every figure of them for the CSV, and none without a pair', () => {
    const spec = targetSpec([reached, plan, ...NETWORK_2025.slice(1)])!;
    expect(spec.pairs).toHaveLength(1);
    expect(spec.figures.map((f) => f.id).sort()).toEqual([plan.id, reached.id].sort());
    expect(targetSpec(NETWORK_2025)).toBeUndefined();
  });
});
