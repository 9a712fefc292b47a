// The figures eval's scoring on a made-up article: pairing, field accuracy (a missed figure wrong in every
// field), label keys, place names, chart groups like with like, and --min.
import { describe, expect, it } from 'vitest';
import type { GoldArticle, GoldFigure } from './figures-gold.ts';
import { matchFigures, type ProducedArticle, type ProducedFigure } from './figures-match.ts';
import { belowMin, formatSet, parseMin } from './figures-report.ts';
import { labelFits, sameRegion, scoreFields, scoreGroups } from './figures-score.ts';

const gold = (text: string, paragraph: number, more: Partial<GoldFigure>): GoldFigure => ({
  text,
  paragraph,
  unit: '个',
  status: 'actual',
  year: 2025,
  region: '壶关县',
  topic: 'transport',
  label: '新增停车场',
  keys: ['新增', '停车场'],
  kind: 'new',
  ...more,
});
const got = (id: string, text: string, paragraph: number, more: Partial<ProducedFigure>): ProducedFigure => ({
  id,
  text,
  paragraph,
  sentence: `…${text}…`,
  value: Number.parseFloat(text),
  unit: '个',
  ...more,
});

const goldArticle: GoldArticle = {
  id: 'old-id',
  title: '城乡提质焕新颜',
  first: '让群众住得暖',
  figures: [
    gold('20个', 3, {}),
    gold('30个', 4, { period: '1至10月' }),
    gold('22℃', 5, { status: 'anecdote', unit: '℃', topic: 'heating', label: '家中室温', keys: ['温度|室温'], kind: 'total' }),
    gold('5座', 6, { label: '改建户厕', keys: ['户厕'], topic: 'environment' }),
  ],
};
const a: ProducedFigure = got('a', '20个', 3, { status: 'actual', year: 2025, region: '壶关县', topic: 'transport', label: '新增停车场', kind: 'new' });
// found by text alone (its paragraph moved); wrong status and region, label without 新增, period right
const b: ProducedFigure = got('b', '30个', 7, { status: 'plan', year: 2025, region: '长治市', topic: 'transport', subject: '停车场', kind: 'new', period: '1至10月' });
const c: ProducedFigure = got('c', '22℃以上', 5, { unit: '℃', year: 2025, region: '壶关县', topic: 'heating', subject: '家里温度' });
const stray: ProducedFigure = got('x', '3名', 8, { year: 2025 });
// the id changed since the gold was written: the title still finds it
const producedArticle: ProducedArticle = { id: 'new-id', title: '城乡提质焕新颜', first: '让群众住得暖，更要住得舒服。', body: '', figures: [a, b, c, stray] };

describe('figures eval scoring', () => {
  const matching = matchFigures([goldArticle], [producedArticle]);
  const score = scoreFields(matching);

  it('pairs by text and paragraph, then text alone, then one text inside the other', () => {
    expect(matching.pairs.map((p) => [p.gold.text, p.got.id])).toEqual([
      ['20个', 'a'],
      ['30个', 'b'],
      ['22℃', 'c'],
    ]);
    expect(matching.notFound.map((n) => n.gold.text)).toEqual(['5座']);
    expect(matching.notInGold.map((n) => n.got.id)).toEqual(['x']);
  });

  it('scores every gold figure, a missed one wrong in every field; period only where one is given', () => {
    expect(score.fields.status).toMatchObject({ right: 1, of: 4 }); // a; c has none, b says plan
    expect(score.fields.year).toMatchObject({ right: 3, of: 4 });
    expect(score.fields.region).toMatchObject({ right: 2, of: 4 });
    expect(score.fields.topic).toMatchObject({ right: 3, of: 4 });
    expect(score.fields.label).toMatchObject({ right: 2, of: 4 }); // b's 停车场 lacks 新增; c's 家里温度 has 温度
    expect(score.fields.kind).toMatchObject({ right: 2, of: 4 });
    expect(score.fields.period).toMatchObject({ right: 1, of: 1 });
    expect(score.misses.find((m) => m.field === 'status' && m.got === 'plan')).toMatchObject({ gold: 'actual', sentence: '…30个…' });
  });

  it('reads label keys and place names as the gold guide says', () => {
    expect(labelFits(['追讨|追回|欠薪', '工资|欠薪'], '追回农民工欠薪')).toBe(true);
    expect(labelFits(['追讨|追回|欠薪', '工资|欠薪'], '工资')).toBe(false);
    expect(labelFits(['x'], undefined)).toBe(false);
    expect(sameRegion('上党区西火镇', '西火镇')).toBe(true);
    expect(sameRegion('上党区西火镇', '上党区')).toBe(false);
    expect(sameRegion('壶关县', '关县')).toBe(false);
    // A town's former name is the same division as its present one (the gazetteer records both), as the page eval reads it.
    expect(sameRegion('屯留区麟绛镇', '屯留区麟绛街道')).toBe(true);
    expect(sameRegion('潞州区大辛庄街道', '大辛庄镇')).toBe(true);
    expect(sameRegion('屯留区麟绛镇', '屯留区')).toBe(false);
    // A bare name two counties share (店上镇: 潞城区 and 壶关县) still matches the gold's county+town form.
    expect(sameRegion('潞城区店上镇', '店上镇')).toBe(true);
  });

  it('calls a chart group like with like only when status, kind, unit and keys agree and no member is an anecdote', () => {
    const goldOf = (f: ProducedFigure) => matching.pairs.find((p) => p.got === f)?.gold;
    const twin = got('a2', '25个', 9, {});
    const goldOfAll = (f: ProducedFigure) => (f === twin ? gold('25个', 9, {}) : goldOf(f));
    const like = scoreGroups(
      [
        { where: 'article new-id', figures: [a, twin] },
        { where: 'topic transport', figures: [twin, a] }, // the same chart on another page counts once
        { where: 'dashboard', figures: [a, b] }, // b's own fields are wrong, but the gold of both agrees: like
        { where: 'topic heating', figures: [a, c] },
        { where: 'region 壶关县', figures: [a, stray] },
      ],
      goldOfAll,
      [a, c],
    );
    expect(like.groups).toBe(4);
    expect(like.verdicts[0]).toMatchObject({ where: ['article new-id', 'topic transport'], like: true });
    expect(like.verdicts.map((v) => [v.like, v.why])).toEqual([
      [true, undefined],
      [true, undefined],
      [false, 'anecdote: 22℃'],
      [false, 'not in gold: 3名'],
    ]);
    expect(like.share).toBe(0.5);
    expect(like.anecdotesCharted).toEqual(['c']);
    const mixed = scoreGroups([{ where: 'x', figures: [a, c] }], (f) => (f === a ? goldOf(a) : { ...goldOf(c)!, status: 'plan' }));
    expect(mixed.verdicts[0]!.why).toBe('status, kind, unit, label differ');
  });

  it('calls two golds one label when each one\'s keys fit the other\'s label, however the annotators split the keys', () => {
    const lift = (id: string, label: string, keys: string[]) => ({ f: got(id, '30部', 9, {}), g: gold('30部', 9, { unit: '部', label, keys }) });
    const x = lift('x', '计划加装电梯', ['加装', '电梯']);
    const y = lift('y', '加装电梯', ['加装电梯']);
    const z = lift('z', '正在安装调试电梯', ['电梯']);
    const golds = new Map([x, y, z].map((m) => [m.f, m.g]));
    const verdict = (...ms: (typeof x)[]) => scoreGroups([{ where: 'topic housing', figures: ms.map((m) => m.f) }], (f) => golds.get(f)).verdicts[0]!;
    expect(verdict(x, y).like).toBe(true);
    // 电梯 fits 加装电梯, but 加装 does not fit 正在安装调试电梯: a lift being tested is not a lift added.
    expect(verdict(y, z)).toMatchObject({ like: false, why: 'label differ' });
    expect(verdict(x, y, z).like).toBe(false);
  });

  it('holds a set to --min and reads shares or percentages', () => {
    expect(parseMin('status=0.9,topic=95%')).toEqual({ status: 0.9, topic: 0.95 });
    expect(() => parseMin('colour=0.5')).toThrow(/unknown field/);
    expect(() => parseMin('year=2')).toThrow(/share from 0 to 1/);
    const result = { set: 'seeds', articles: 1, score, like: scoreGroups([], () => undefined) };
    expect(belowMin(result, { year: 0.75, region: 0.9, found: 0.7 })).toEqual(['seeds: region 50.0% is below 90.0%']);
  });
});

describe('figures eval report', () => {
  const fields = Object.fromEntries(
    (['status', 'year', 'period', 'region', 'topic', 'label', 'kind'] as const).map((f) => [f, { right: 1, of: 2, share: 0.5 }]),
  );
  const result = {
    set: 'holdout',
    articles: 3,
    score: { gold: 2, found: 1, notFound: 1, notInGold: 0, articlesNotFound: ['某县某镇新建幸福院'], fields, misses: [] },
    like: { groups: 0, like: 0, share: 1, verdicts: [], anecdotesCharted: [] },
  } as unknown as Parameters<typeof formatSet>[0];

  it('prints no gold text without --verbose (a holdout report is read for its numbers only)', () => {
    const text = formatSet(result, false);
    expect(text).toContain('articles not found (their figures count as not found): 1');
    expect(text).not.toContain('幸福院');
  });

  it('names the articles not found with --verbose', () => {
    expect(formatSet(result, true)).toContain('✗ article not found: 某县某镇新建幸福院');
  });
});
