// A tile-grid map of Changzhi's 12 county-level divisions, laid out by hand from the real geography
// (no boundary data with a clear licence and the post-2018 divisions is on the npm registry; a tile map
// also keeps small counties readable). One square per county, placed where it lies relative to the
// others:
//
//        .      沁县    武乡     .      .          north-west, north
//      沁源      .      襄垣    黎城     .          far west; north-centre, north-east
//        .      屯留    潞州    潞城    平顺         west-centre, centre, east-centre, east
//        .      长子    上党    壶关     .          south-west, south-centre, south-east
//
// On a phone (the `narrow` layout) the same places stand on four columns, so that each tile is wide enough
// for its English name on one line (five 70-unit columns broke eight of the twelve in two, `Shang-` /
// `dang`); every east-west and north-south relation above still holds:
//
//        .      沁县    武乡    黎城
//      沁源     屯留    襄垣    潞城
//        .      长子    潞州    平顺
//        .       .     上党    壶关
import type { Variant } from '../frame/variants.ts';
import { round } from '../frame/scales.ts';
import { BOLD, textWidth } from '../frame/text-measure.ts';

export interface TilePosition {
  county: string;
  col: number;
  row: number;
}

/** Where each county stands on the grid of the wide layout (and the order of a map's tiles). */
export const TILE_GRID: readonly TilePosition[] = [
  { county: '沁县', col: 1, row: 0 },
  { county: '武乡县', col: 2, row: 0 },
  { county: '沁源县', col: 0, row: 1 },
  { county: '襄垣县', col: 2, row: 1 },
  { county: '黎城县', col: 3, row: 1 },
  { county: '屯留区', col: 1, row: 2 },
  { county: '潞州区', col: 2, row: 2 },
  { county: '潞城区', col: 3, row: 2 },
  { county: '平顺县', col: 4, row: 2 },
  { county: '长子县', col: 1, row: 3 },
  { county: '上党区', col: 2, row: 3 },
  { county: '壶关县', col: 3, row: 3 },
];

/** The narrow layout's grid: the same counties, in the same order, on four columns. */
export const NARROW_TILE_GRID: readonly TilePosition[] = [
  { county: '沁县', col: 1, row: 0 },
  { county: '武乡县', col: 2, row: 0 },
  { county: '沁源县', col: 0, row: 1 },
  { county: '襄垣县', col: 2, row: 1 },
  { county: '黎城县', col: 3, row: 0 },
  { county: '屯留区', col: 1, row: 1 },
  { county: '潞州区', col: 2, row: 2 },
  { county: '潞城区', col: 3, row: 1 },
  { county: '平顺县', col: 3, row: 2 },
  { county: '长子县', col: 1, row: 2 },
  { county: '上党区', col: 2, row: 3 },
  { county: '壶关县', col: 3, row: 3 },
];

/** Each layout's grid and its size in cells. */
export const GRIDS: Record<Variant, { tiles: readonly TilePosition[]; cols: number; rows: number }> = {
  wide: { tiles: TILE_GRID, cols: 5, rows: 4 },
  narrow: { tiles: NARROW_TILE_GRID, cols: 4, rows: 4 },
};

/** Shade classes: 0 = no report, then four steps of "more reports". */
export const SHADE_STEPS = 5;

/**
 * The shade class of a count: 0 for none, else 1–4 in equal steps up to the largest count, so the
 * darkest tile is always the county with most reports.
 */
export function shadeClass(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return 0;
  return Math.min(SHADE_STEPS - 1, Math.max(1, Math.ceil((count / maxCount) * (SHADE_STEPS - 1))));
}

/** The counts each shade class stands for, for the legend: `[[0,0],[1,1],[2,2],…]`. */
export function shadeRanges(maxCount: number): { shade: number; low: number; high: number }[] {
  const ranges = [{ shade: 0, low: 0, high: 0 }];
  for (let shade = 1; shade < SHADE_STEPS; shade++) {
    const low = Math.floor(((shade - 1) / (SHADE_STEPS - 1)) * maxCount) + 1;
    const high = Math.floor((shade / (SHADE_STEPS - 1)) * maxCount);
    if (high >= low) ranges.push({ shade, low, high });
  }
  return ranges;
}

export interface Tile {
  county: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the tile, where its text is centred. */
  cx: number;
  cy: number;
}

export interface TileMapLayout {
  variant: Variant;
  width: number;
  height: number;
  tiles: Tile[];
  tileWidth: number;
  fontSize: number;
  smallFontSize: number;
}

// `wide` tiles fit the longest English name (`Shangdang`, bold) on one line at 14 units; `narrow` tiles fill
// a phone's width (362 units, about 1:1 at 390 px) on four columns, where the longest names fit at about 12.5.
const SIZES: Record<Variant, { width: number; height: number; gap: number; fontSize: number; smallFontSize: number }> = {
  wide: { width: 102, height: 72, gap: 4, fontSize: 14, smallFontSize: 13 },
  narrow: { width: 88, height: 70, gap: 3, fontSize: 13.5, smallFontSize: 12 },
};

export function layoutTileMap(variant: Variant): TileMapLayout {
  const size = SIZES[variant];
  const grid = GRIDS[variant];
  const tiles = grid.tiles.map(({ county, col, row }) => {
    const x = col * (size.width + size.gap);
    const y = row * (size.height + size.gap);
    return { county, x, y, width: size.width, height: size.height, cx: round(x + size.width / 2), cy: round(y + size.height / 2) };
  });
  return {
    variant,
    width: grid.cols * (size.width + size.gap) - size.gap,
    height: grid.rows * (size.height + size.gap) - size.gap,
    tiles,
    tileWidth: size.width,
    fontSize: size.fontSize,
    smallFontSize: size.smallFontSize,
  };
}

/** The smallest type a map's names are set in: at 390 px of screen the narrow map shows about 1:1. */
const MIN_NAME_SIZE = 9.5;

/** Room kept clear between a tile's name and each side of its tile, in user units. */
export const TILE_PADDING = 3;

/**
 * Every county's name on a map, in one size (names are bold, measured so): the tile's type when every name
 * fits its tile on one line, a name of several words broken at a space; else the largest size at which they
 * all fit. A name is never broken inside a word: readers saw eight of the twelve English names hyphenated
 * on the narrow map at 390 px (`Shang-` / `dang`), and, before that, `Shangdang` alone shrunk among its
 * neighbours. `lines[i]` is `names[i]` as it shows.
 */
export function tileNamesFit(names: readonly string[], width: number, fontSize: number): { lines: string[][]; fontSize: number } {
  const room = width - 2 * TILE_PADDING;
  const lines = names.map((name) => nameLines(name, room, fontSize));
  const widest = Math.max(...lines.map((l) => longest(l, fontSize)));
  if (widest <= room) return { lines, fontSize };
  return { lines, fontSize: Math.max(MIN_NAME_SIZE, Math.floor(((fontSize * room) / widest) * 10) / 10) };
}

/** A name on one line if it fits, else broken at the space that leaves the longer line shortest. */
function nameLines(name: string, room: number, fontSize: number): string[] {
  if (longest([name], fontSize) <= room) return [name];
  const words = name.split(/ +/).filter(Boolean);
  const atSpaces = words.slice(1).map((_, i): string[] => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]);
  return atSpaces.sort((a, b) => longest(a, fontSize) - longest(b, fontSize))[0] ?? [name];
}

/** A tile's name as it shows, for the start of its link's accessible name (WCAG 2.5.3): its lines joined. */
export function shownName(lines: readonly string[]): string {
  return lines.join(' ');
}

/** The width of the widest line, in bold type (tile names are bold). */
function longest(lines: readonly string[], fontSize: number): number {
  return Math.max(...lines.map((l) => textWidth(l, fontSize) * BOLD));
}
