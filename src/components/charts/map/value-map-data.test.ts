import { describe, expect, it } from 'vitest';
import { NETWORK_2025 } from '../test-support/like-figures.ts';
import { TILE_GRID } from './map-layout.ts';
import { anyHedged, legendRanges, tileValue, valueMapSummary, valueTiles } from './value-map-data.ts';
import { shadeClass } from './map-layout.ts';

// 壶关县 38.1, 黎城县 15, 屯留区 27.5 (the fourth, a town, is not a county's figure).
const counties = NETWORK_2025.filter((f) => TILE_GRID.some((tile) => tile.county === f.region));

describe('value map', () => {
  it('gives every county a tile, shaded by its figure against the largest, and none to a county without one', () => {
    const tiles = valueTiles(counties);
    expect(tiles).toHaveLength(12);
    const shade = (county: string) => tiles.find((tile) => tile.county === county)!.shade;
    expect(shade('壶关县')).toBe(4);
    expect(shade('黎城县')).toBeGreaterThanOrEqual(1);
    expect(shade('黎城县')).toBeLessThan(shade('屯留区'));
    expect(shade('沁县')).toBe(0);
    expect(tiles.filter((tile) => tile.figure)).toHaveLength(3);
  });

  it('says every value and year, largest first, and how many counties have none', () => {
    const zh = valueMapSummary('zh', valueTiles(counties));
    expect(zh.indexOf('壶关县')).toBeLessThan(zh.indexOf('屯留区'));
    expect(zh).toContain('38.1公里');
    expect(zh).toContain('2025');
    expect(zh).toContain('9');
    const en = valueMapSummary('en', valueTiles(counties));
    expect(en).toContain('Huguan County');
    expect(en).toContain('38.1 km');
    expect(tileValue('zh', counties[0]!)).toBe('38.1');
  });

  // 约500万 on the tile read as an exact 500万; 10余 as 10.
  it('keeps the paper\'s hedge on a tile, the unit left to the caption', () => {
    const base = counties[0]!;
    const about = { ...base, value: 5_000_000, unit: '平方米', text: '约500万平方米', qualifier: 'about' as const };
    const over = { ...base, value: 10, unit: '条', text: '10余条', qualifier: 'over' as const };
    const nearly = { ...base, value: 2_000_000, unit: '元', text: '近200万元', qualifier: 'about' as const };
    const percent = { ...base, value: 75, unit: '%', text: '75%以上', qualifier: 'over' as const };
    expect([about, over, nearly, percent].map((f) => tileValue('zh', f))).toEqual(['约500万', '10余', '近200万', '75%以上']);
    expect([about, over, nearly, percent].map((f) => tileValue('en', f))).toEqual(['~5 million', '10+', '~2 million', '75%+']);
    expect(anyHedged([base, over])).toBe(true);
    expect(anyHedged(counties.filter((f) => (f.qualifier ?? 'exact') === 'exact'))).toBe(false);
  });

  it('gives legend ranges that read as numbers and hold every value in the shade it is drawn with', () => {
    const base = counties[0]!;
    const heated = [5_000_000, 750_000].map((value, i) => ({ ...base, id: `h${i}`, value, unit: '平方米' }));
    const zh = legendRanges('zh', heated).map((r) => r.text);
    expect(zh).toEqual(['无数字', '0–125万', '125万–250万', '250万–375万', '375万–500万']);
    expect(legendRanges('en', heated).map((r) => r.text).slice(1)).toEqual(['0–1.25 million', '1.25 million–2.5 million', '2.5 million–3.75 million', '3.75 million–5 million']);
    // Whole-number counts: steps that do not overlap.
    const streets = [12, 10].map((value, i) => ({ ...base, id: `s${i}`, value, unit: '条' }));
    expect(legendRanges('zh', streets).map((r) => r.text).slice(1)).toEqual(['1–3', '4–6', '7–9', '10–12']);
    // Decimals (38.1 km the largest): the top range reaches the largest value, which the old legend (29–38) left out.
    const km = legendRanges('en', counties);
    expect(km.at(-1)!.text).toBe('28.6–38.1');
    for (const f of counties) {
      const [low, high] = km[shadeClass(f.value, 38.1)]!.text.split('–').map(Number);
      expect(f.value).toBeGreaterThanOrEqual(low!);
      expect(f.value).toBeLessThanOrEqual(high!);
    }
  });
});
