import { describe, expect, it } from 'vitest';
import { COUNTIES } from '../../../domain/places/regions.ts';
import { GRID_COLS, GRID_ROWS, layoutTileMap, shadeClass, shadeRanges, shownName, TILE_GRID, TILE_PADDING, tileNameFit } from './map-layout.ts';
import { BOLD, textWidth } from '../frame/text-measure.ts';
import { tileName } from '../labels.ts';

const at = (county: string) => TILE_GRID.find((t) => t.county === county)!;

describe('TILE_GRID', () => {
  it('places each of the 12 county-level divisions once, on distinct cells of the grid', () => {
    expect(TILE_GRID.map((t) => t.county).sort()).toEqual(Object.keys(COUNTIES).sort());
    expect(new Set(TILE_GRID.map((t) => `${t.col},${t.row}`)).size).toBe(12);
    for (const t of TILE_GRID) {
      expect(t.col).toBeLessThan(GRID_COLS);
      expect(t.row).toBeLessThan(GRID_ROWS);
    }
  });

  it('follows the real geography', () => {
    // 沁源 far west; 武乡 north; 潞州 centre; 平顺 east; 上党 south-centre; 壶关 south-east.
    expect(at('沁源县').col).toBe(Math.min(...TILE_GRID.map((t) => t.col)));
    expect(at('平顺县').col).toBe(Math.max(...TILE_GRID.map((t) => t.col)));
    expect(at('武乡县').row).toBe(0);
    expect(at('沁县').col).toBeLessThan(at('武乡县').col);
    expect(at('襄垣县').row).toBeLessThan(at('潞州区').row);
    expect(at('黎城县').col).toBeGreaterThan(at('襄垣县').col);
    expect(at('屯留区').col).toBeLessThan(at('潞州区').col);
    expect(at('潞城区').col).toBeGreaterThan(at('潞州区').col);
    expect(at('上党区').row).toBeGreaterThan(at('潞州区').row);
    expect(at('上党区').col).toBe(at('潞州区').col);
    expect(at('长子县').col).toBeLessThan(at('上党区').col);
    expect(at('壶关县').col).toBeGreaterThan(at('上党区').col);
    expect(at('壶关县').row).toBe(at('上党区').row);
  });
});

describe('shadeClass', () => {
  it('is 0 for no reports and darkest for the county with most', () => {
    expect(shadeClass(0, 4)).toBe(0);
    expect(shadeClass(4, 4)).toBe(4);
    expect(shadeClass(1, 4)).toBe(1);
    expect(shadeClass(2, 4)).toBe(2);
    expect(shadeClass(1, 40)).toBe(1);
    expect(shadeClass(3, 0)).toBe(0);
  });

  it('legend ranges cover every count once', () => {
    const ranges = shadeRanges(10);
    for (let n = 0; n <= 10; n++) {
      const hits = ranges.filter((r) => n >= r.low && n <= r.high);
      expect(hits).toHaveLength(1);
      expect(hits[0]!.shade).toBe(shadeClass(n, 10));
    }
  });
});

describe('layoutTileMap', () => {
  it('lays tiles on the grid without overlap, inside the viewBox', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const L = layoutTileMap(variant);
      expect(L.tiles).toHaveLength(12);
      for (const t of L.tiles) {
        expect(t.x + t.width).toBeLessThanOrEqual(L.width);
        expect(t.y + t.height).toBeLessThanOrEqual(L.height);
      }
      const pu = L.tiles.find((t) => t.county === '潞州区')!;
      const sd = L.tiles.find((t) => t.county === '上党区')!;
      expect(sd.y).toBeGreaterThanOrEqual(pu.y + pu.height);
    }
  });
});

describe('tileNameFit', () => {
  const room = (width: number) => width - 2 * TILE_PADDING;
  const bold = (line: string, size: number) => textWidth(line, size) * BOLD;

  it('keeps a name that fits on one line, at the tile\'s type', () => {
    expect(tileNameFit('Qin', 70, 13.5)).toEqual({ lines: ['Qin'], fontSize: 13.5 });
    expect(tileNameFit('壶关县', 70, 13.5)).toEqual({ lines: ['壶关县'], fontSize: 13.5 });
  });

  it('fits every county\'s name in both languages at the tile\'s own type, in both layouts: never shrunk, never wider than the tile less its padding', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const L = layoutTileMap(variant);
      for (const county of Object.keys(COUNTIES)) {
        for (const name of [county, tileName('en', county)]) {
          const fit = tileNameFit(name, L.tileWidth, L.fontSize);
          expect(fit.fontSize, `${variant} ${name}`).toBe(L.fontSize);
          expect(fit.lines.length, `${variant} ${name}`).toBeLessThanOrEqual(2);
          for (const line of fit.lines) expect(bold(line, fit.fontSize), `${variant} ${line}`).toBeLessThanOrEqual(room(L.tileWidth));
        }
      }
    }
  });

  it('keeps the longest English name (Shangdang) on one line in the wide layout', () => {
    const L = layoutTileMap('wide');
    expect(tileNameFit('Shangdang', L.tileWidth, L.fontSize).lines).toEqual(['Shangdang']);
  });

  it('breaks a one-word pinyin name that does not fit between two syllables, with a hyphen', () => {
    expect(tileNameFit('Shangdang', 70, 13.5)).toEqual({ lines: ['Shang-', 'dang'], fontSize: 13.5 });
    expect(tileNameFit('Xiangyuan', 70, 13.5)).toEqual({ lines: ['Xiang-', 'yuan'], fontSize: 13.5 });
  });

  it('wraps a name of several words at a space, not inside a word', () => {
    const fit = tileNameFit('Changzhi High-tech Zone', 70, 13.5);
    expect(fit.lines.join(' ')).toBe('Changzhi High-tech Zone');
    expect(fit.lines).toHaveLength(2);
    for (const line of fit.lines) expect('Changzhi High-tech Zone'.split(' ')).toEqual(expect.arrayContaining(line.split(' ')));
  });
});

describe('shownName', () => {
  it('joins a name broken between syllables straight on, a name broken at a space with it', () => {
    expect(shownName(['Shang-', 'dang'])).toBe('Shang-dang');
    expect(shownName(['Changzhi', 'High-tech Zone'])).toBe('Changzhi High-tech Zone');
    expect(shownName(['壶关县'])).toBe('壶关县');
  });
});
