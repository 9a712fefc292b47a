import { describe, expect, it } from 'vitest';
import { COUNTIES } from '../../../domain/places/regions.ts';
import { GRIDS, layoutTileMap, shadeClass, shadeRanges, shownName, TILE_PADDING, tileNamesFit } from './map-layout.ts';
import { BOLD, textWidth } from '../frame/text-measure.ts';
import { tileName } from '../labels.ts';

describe.each(['wide', 'narrow'] as const)('the %s grid', (variant) => {
  const grid = GRIDS[variant];
  const at = (county: string) => grid.tiles.find((t) => t.county === county)!;

  it('places each of the 12 county-level divisions once, on distinct cells of the grid', () => {
    expect(grid.tiles.map((t) => t.county).sort()).toEqual(Object.keys(COUNTIES).sort());
    expect(new Set(grid.tiles.map((t) => `${t.col},${t.row}`)).size).toBe(12);
    for (const t of grid.tiles) {
      expect(t.col).toBeLessThan(grid.cols);
      expect(t.row).toBeLessThan(grid.rows);
    }
  });

  it('lists the counties in the same order as the other grid (a map draws tile i of each layout for one county)', () => {
    expect(grid.tiles.map((t) => t.county)).toEqual(GRIDS.wide.tiles.map((t) => t.county));
  });

  it('follows the real geography', () => {
    // 沁源 far west; 武乡 north; 潞州 centre; 平顺 east; 上党 south-centre; 壶关 south-east.
    expect(at('沁源县').col).toBe(Math.min(...grid.tiles.map((t) => t.col)));
    expect(at('平顺县').col).toBe(Math.max(...grid.tiles.map((t) => t.col)));
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

describe('tileNamesFit', () => {
  const room = (width: number) => width - 2 * TILE_PADDING;
  const bold = (line: string, size: number) => textWidth(line, size) * BOLD;
  const counties = Object.keys(COUNTIES);

  it('keeps names that fit on one line, at the tile\'s type', () => {
    expect(tileNamesFit(['Qin', '壶关县'], 70, 13.5)).toEqual({ lines: [['Qin'], ['壶关县']], fontSize: 13.5 });
  });

  it('sets every county\'s name of a map on one line, in one size, never wider than the tile less its padding, in both languages and layouts', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const L = layoutTileMap(variant);
      for (const names of [counties, counties.map((c) => tileName('en', c))]) {
        const fit = tileNamesFit(names, L.tileWidth, L.fontSize);
        expect(fit.lines, variant).toEqual(names.map((n) => [n]));
        // Legible on a phone: the narrow map shows about 1:1 at 390 px, its counts at 12.
        expect(fit.fontSize, variant).toBeGreaterThanOrEqual(L.smallFontSize);
        for (const [line] of fit.lines) expect(bold(line!, fit.fontSize), `${variant} ${line}`).toBeLessThanOrEqual(room(L.tileWidth));
      }
    }
  });

  it('keeps the tile\'s type in the wide layout, where the longest English name (Shangdang) fits', () => {
    const L = layoutTileMap('wide');
    expect(tileNamesFit(counties.map((c) => tileName('en', c)), L.tileWidth, L.fontSize).fontSize).toBe(L.fontSize);
  });

  it('sets all names smaller, alike, when one does not fit: no name breaks inside a word', () => {
    const fit = tileNamesFit(['Qin', 'Shangdang', 'Xiangyuan'], 70, 13.5);
    expect(fit.lines).toEqual([['Qin'], ['Shangdang'], ['Xiangyuan']]);
    expect(fit.fontSize).toBeLessThan(13.5);
    expect(bold('Shangdang', fit.fontSize)).toBeLessThanOrEqual(room(70));
  });

  it('wraps a name of several words at a space, not inside a word', () => {
    const fit = tileNamesFit(['Changzhi High-tech Zone'], 70, 13.5);
    expect(fit.lines[0]!.join(' ')).toBe('Changzhi High-tech Zone');
    expect(fit.lines[0]).toHaveLength(2);
    for (const line of fit.lines[0]!) expect('Changzhi High-tech Zone'.split(' ')).toEqual(expect.arrayContaining(line.split(' ')));
  });
});

describe('shownName', () => {
  it('joins a name broken at a space with it', () => {
    expect(shownName(['Changzhi', 'High-tech Zone'])).toBe('Changzhi High-tech Zone');
    expect(shownName(['壶关县'])).toBe('壶关县');
  });
});
