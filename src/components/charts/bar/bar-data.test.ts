import { describe, expect, it } from 'vitest';
import { barRows, barSummary, barTitle, barUnit } from './bar-data.ts';
import { CHILDCARE_PROVIDERS, HUGUAN_2025, SHANGDANG_2024 } from '../fixtures.ts';

const heating = [...SHANGDANG_2024, ...HUGUAN_2025].filter((f) => f.measure === 'heating-network-km');

describe('barRows', () => {
  it('sorts largest first and labels each bar with what tells the bars apart', () => {
    const zh = barRows('zh', CHILDCARE_PROVIDERS);
    expect(zh.map((r) => r.valueText)).toEqual(['200个以上', '77家', '67个以上', '12个']);
    expect(zh.map((r) => r.label)).toEqual(['普惠性社区托育点', '备案托育机构', '普惠社区托育点', '县区公办托育中心']);
    // Same place and year for all: no detail line.
    expect(zh.every((r) => r.detail === undefined)).toBe(true);
  });

  it('adds place and year where they differ between bars', () => {
    const rows = barRows('en', heating);
    expect(rows.map((r) => r.detail)).toEqual(['Huguan County · 2025', 'Shangdang District · 2024']);
    expect(rows.map((r) => r.valueText)).toEqual(['38.1 km', '13.5 km']);
  });

  it('keeps the text order as a rank for the client script’s second sort', () => {
    const rows = barRows('zh', CHILDCARE_PROVIDERS);
    expect(rows.map((r) => r.textRank).sort()).toEqual([0, 1, 2, 3]);
    expect(rows.find((r) => r.figure.text === '77家')!.textRank).toBe(0);
  });

  it('marks a Chinese label on an English page as Chinese', () => {
    const rows = barRows('en', [{ ...heating[0]!, subject: '没有词条的主语', measure: undefined }, heating[1]!]);
    expect(rows.find((r) => r.label === '没有词条的主语')!.labelLang).toBe('zh');
  });
});

describe('barTitle and barSummary', () => {
  it('names a series by its measure in either language', () => {
    expect(barTitle('en', { kind: 'bar', figures: heating, measure: 'heating-network-km', unit: '公里' }).text).toBe('Heating network built or upgraded');
    expect(barTitle('zh', { kind: 'bar', figures: heating, measure: 'heating-network-km', unit: '公里' }).text).toBe('新建改造供热管网');
  });

  it('names a group of one kind of quantity by topic and what it counts', () => {
    const villages = HUGUAN_2025.filter((f) => f.measure === 'model-villages' || f.measure === 'upgraded-villages');
    const spec = { kind: 'bar' as const, figures: villages, unit: '个', topic: villages[0]!.topic };
    expect(villages).toHaveLength(2);
    expect(barTitle('en', spec).text).toBe('Heating: villages');
    expect(barTitle('zh', spec).text).toBe('供热：以“个”计的数字');
    expect(barUnit('en', spec)).toBe('Unit: villages');
    expect(barUnit('zh', spec)).toBe('单位：个');
  });

  it('summarises count, largest and smallest', () => {
    const summary = barSummary('en', barRows('en', heating));
    expect(summary).toMatch(/^2 figures\. Largest: .+ \(Huguan County · 2025\), 38\.1 km\. Smallest: .+ \(Shangdang District · 2024\), 13\.5 km\.$/);
    expect(barSummary('zh', barRows('zh', CHILDCARE_PROVIDERS))).toBe('4个数字，最大为普惠性社区托育点的200个以上，最小为县区公办托育中心的12个。');
  });
});
