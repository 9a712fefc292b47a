import { describe, expect, it } from 'vitest';
import { barNotes, barRows, barSummary, barTitle, barUnit } from './bar-data.ts';
import { comparableGroups } from '../choose.ts';
import { SHANGDANG_2024 } from '../fixtures.ts';
import type { BarSpec } from '../spec.ts';
import { NETWORK_2025, sibling } from '../test-support/like-figures.ts';

const spec: BarSpec = comparableGroups(NETWORK_2025)[0]!;

describe('barRows', () => {
  it('sorts largest first and names every bar by its place and year', () => {
    const zh = barRows('zh', spec.figures);
    expect(zh.map((r) => r.valueText)).toEqual(['38.1公里', '27.5公里', '15公里', '13.5公里']);
    expect(zh.map((r) => r.label)).toEqual(['壶关县 · 2025', '屯留区 · 2025', '黎城县 · 2025', '西火镇 · 2025']);
    const en = barRows('en', spec.figures);
    expect(en[0]!.label).toBe('Huguan County, 2025');
    // One measure, one label: nothing else tells the bars apart.
    expect(zh.every((r) => r.detail === undefined)).toBe(true);
  });

  it('says where a place or a year is not stated', () => {
    const rows = barRows('en', [{ ...NETWORK_2025[0]!, region: undefined }, { ...NETWORK_2025[1]!, year: undefined }]);
    expect(rows.map((r) => r.label)).toEqual(['Place not stated, 2025', 'Licheng County, Year not stated']);
  });

  it('gives each bar’s own label as a second line where one measure is worded two ways', () => {
    const reworded = { ...NETWORK_2025[1]!, label: '新建供热主管网' };
    const zh = barRows('zh', [NETWORK_2025[0]!, reworded]);
    expect(zh.map((r) => [r.label, r.detail])).toEqual([
      ['壶关县 · 2025', '新建改造供热管网'],
      ['黎城县 · 2025', '新建供热主管网'],
    ]);
    // In English each is the phrase that says what its Chinese says (lib/figure-label.ts): 新建改造 the
    // series' `built or upgraded`, 新建供热主管网 not `upgraded`, so the English too tells the two apart.
    expect(barRows('en', [NETWORK_2025[0]!, reworded]).map((r) => r.detail)).toEqual(['Heating network built or upgraded', 'Heating network']);
  });

  it('tells apart two bars of one place and year (two reports) by paragraph', () => {
    const other = { ...sibling(NETWORK_2025[0]!, '壶关县', 40, 'again'), article: 'another-report', paragraph: 3 };
    const rows = barRows('zh', [NETWORK_2025[0]!, other]);
    expect(rows.map((r) => r.detail)).toEqual(['第3段', '第6段']);
  });

  it('keeps the text order as a rank for the client script’s second sort', () => {
    const rows = barRows('zh', spec.figures);
    expect(rows.map((r) => r.textRank).sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('barTitle, barNotes and barSummary', () => {
  it('names the measure in either language', () => {
    expect(barTitle('en', spec).text).toBe('Heating network built or upgraded');
    expect(barTitle('zh', spec).text).toBe('新建改造供热管网');
    expect(barUnit('en', spec)).toBe('Unit: km');
  });

  it('titles plans, targets and forecasts as such', () => {
    const plans = { ...spec, like: { ...spec.like, status: 'plan' as const } };
    expect(barTitle('zh', plans).text).toBe('计划：新建改造供热管网');
    expect(barTitle('en', { ...spec, like: { ...spec.like, status: 'target' } }).text).toBe('Targets: Heating network built or upgraded');
  });

  it('names a group without a measure by its label', () => {
    const canteens = SHANGDANG_2024.find((f) => f.measure === 'school-canteens-renovated')!;
    const group = comparableGroups([{ ...canteens, measure: undefined }, { ...sibling(canteens, '壶关县', 9, 'hg'), measure: undefined }])[0]!;
    expect(group.like.label).toBe(canteens.label);
    expect(barTitle('zh', group).text).toBe(canteens.label);
  });

  it('says how the figures count, for which period, and how to read the axis', () => {
    expect(barNotes('zh', spec, false)).toEqual(['单位：公里。条形长度从零开始，按同一比例绘制。', '口径：期内新增；时期：2025年。']);
    expect(barNotes('en', { ...spec, like: { ...spec.like, period: '1至10月' } }, true)[1]).toBe('Counting: added in the period; period: 1至10月.');
    expect(barNotes('en', spec, true)[0]).toMatch(/^Unit: km\. The values differ more than 50-fold, so they are dots on a logarithmic scale/);
  });

  it('summarises count, largest and smallest', () => {
    expect(barSummary('en', barRows('en', spec.figures))).toBe('4 figures. Largest: Huguan County, 2025, 38.1 km. Smallest: Xihuo Town, 2025, 13.5 km.');
  });
});
