import { describe, expect, it } from 'vitest';
import { NETWORK_2025 } from '../test-support/like-figures.ts';
import { TILE_GRID } from './map-layout.ts';
import { tileValue, valueMapSummary, valueTiles } from './value-map-data.ts';

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
});
