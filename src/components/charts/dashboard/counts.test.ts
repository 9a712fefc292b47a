import { describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n.ts';
import { countyOf } from '../../../lib/taxonomy.ts';
import { regionCounts } from '../choose.ts';
import { HUGUAN_2025, SHANGDANG_2024 } from '../fixtures.ts';
import type { ReportPlaces } from '../spec.ts';
import { dashboardCounts } from './counts.ts';

// Four made-up reports: two with the fixtures' figures, one naming two districts and printing none, one
// naming only the city (no county tile).
const huguan = HUGUAN_2025[0]!.article;
const shangdang = SHANGDANG_2024[0]!.article;
const reports: ReportPlaces[] = [
  { id: huguan, regions: ['壶关县'] },
  { id: shangdang, regions: ['上党区', '上党区西火镇'] },
  { id: 'two-districts-no-figures', regions: ['潞州区', '屯留区'] },
  { id: 'city-only', regions: ['长治市'] },
];
const figures = [...HUGUAN_2025, ...SHANGDANG_2024];

describe('the data page counts reports from the lists its map draws', () => {
  const counts = dashboardCounts(reports, figures);
  const tiles = regionCounts(reports, figures);
  const tileSum = tiles.reduce((n, c) => n + c.reports, 0);

  it('counts the reports that print figures, the reports on the map and all reports', () => {
    expect(counts).toEqual({ figures: figures.length, reports: 4, reportsWithFigures: 2, reportsOnMap: 3 });
  });

  it('agrees with the map: each report on it is on one tile per county it names, and only those are', () => {
    const countiesNamed = reports.map((r) => new Set(r.regions.map(countyOf).filter(Boolean)).size);
    expect(tileSum).toBe(countiesNamed.reduce((a, b) => a + b, 0));
    expect(counts.reportsOnMap).toBe(countiesNamed.filter((n) => n > 0).length);
    // The tiles add up to more than the reports on the map (潞州区 and 屯留区 name one report twice) and
    // than the reports with figures: the sentences name what each counts.
    expect(tileSum).toBe(4);
    expect(tileSum).toBeGreaterThan(counts.reportsOnMap);
    expect(counts.reportsOnMap).toBeGreaterThan(counts.reportsWithFigures);
    expect(counts.reportsWithFigures).toBe(new Set(figures.map((f) => f.article)).size);
  });

  it('says both counts on the page with the one total', () => {
    for (const lang of ['en', 'zh'] as const) {
      const intro = t(lang, 'chart.dash.introSome', { figures: counts.figures, reports: counts.reportsWithFigures, total: counts.reports });
      const note = t(lang, 'chart.dash.mapNote', { onMap: counts.reportsOnMap, total: counts.reports });
      expect(intro).toContain(String(counts.reportsWithFigures));
      expect(intro).toContain(String(counts.reports));
      expect(note).toContain(String(counts.reportsOnMap));
      expect(note).toContain(String(counts.reports));
      expect(note).not.toMatch(/\{\w+\}/);
    }
  });
});
