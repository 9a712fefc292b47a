// A tile-grid map of Changzhi's 12 county-level divisions, laid out by hand from the real geography
// (no boundary data with a clear licence and the post-2018 divisions is on the npm registry; a tile map
// also keeps small counties readable). One square per county, placed where it lies relative to the
// others:
//
//        .      沁县    武乡     .      .          north-west, north
//      沁源      .      襄垣    黎城     .          far west; north-centre, north-east
//        .      屯留    潞州    潞城    平顺         west-centre, centre, east-centre, east
//        .      长子    上党    壶关     .          south-west, south-centre, south-east
import type { Variant } from '../frame/variants.ts';
import { round } from '../frame/scales.ts';
import { BOLD, textWidth } from '../frame/text-measure.ts';
import { syllableBreaks } from './pinyin-break.ts';

export interface TilePosition {
  county: string;
  col: number;
  row: number;
}

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

export const GRID_COLS = 5;
export const GRID_ROWS = 4;

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

// `wide` tiles fit the longest English name (`Shangdang`, bold) on one line at 14 units; `narrow` tiles are
// small enough that at 320 px of screen the text still shows at about 11 px, and long names break in two.
const SIZES: Record<Variant, { width: number; height: number; gap: number; fontSize: number; smallFontSize: number }> = {
  wide: { width: 102, height: 72, gap: 4, fontSize: 14, smallFontSize: 13 },
  narrow: { width: 70, height: 70, gap: 3, fontSize: 13.5, smallFontSize: 12 },
};

export function layoutTileMap(variant: Variant): TileMapLayout {
  const size = SIZES[variant];
  const tiles = TILE_GRID.map(({ county, col, row }) => {
    const x = col * (size.width + size.gap);
    const y = row * (size.height + size.gap);
    return { county, x, y, width: size.width, height: size.height, cx: round(x + size.width / 2), cy: round(y + size.height / 2) };
  });
  return {
    variant,
    width: GRID_COLS * (size.width + size.gap) - size.gap,
    height: GRID_ROWS * (size.height + size.gap) - size.gap,
    tiles,
    tileWidth: size.width,
    fontSize: size.fontSize,
    smallFontSize: size.smallFontSize,
  };
}

/** The smallest type a tile's name shrinks to, so that at 320 px of screen it still reads at about 10 px. */
const MIN_NAME_SIZE = 10.5;

/** Room kept clear between a tile's name and each side of its tile, in user units. */
export const TILE_PADDING = 4;

/**
 * A county's name in its tile, at the tile's type (names are bold, measured so): on one line when it
 * fits; else on two, broken at a space (a name of several words) or, in a one-word pinyin name, between
 * two syllables with a hyphen (`Shang-` / `dang`), whichever leaves the longer line shortest. Only a name
 * that fits neither way is set smaller: a reader saw `Shangdang` shrunk among its neighbours and
 * `Pingshun` touching its tile's edge at 390 px. The link around the tile spells the name whole.
 */
export function tileNameFit(name: string, width: number, fontSize: number): { lines: string[]; fontSize: number } {
  const room = width - 2 * TILE_PADDING;
  if (longest([name], fontSize) <= room) return { lines: [name], fontSize };
  const words = name.split(/ +/).filter(Boolean);
  const atSpaces = words.slice(1).map((_, i): string[] => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]);
  const inWord = words.length === 1 ? syllableBreaks(name) : [];
  const best = [...atSpaces, ...inWord].sort((a, b) => longest(a, fontSize) - longest(b, fontSize))[0];
  const lines = best ?? [name];
  if (longest(lines, fontSize) <= room) return { lines, fontSize };
  const size = Math.max(MIN_NAME_SIZE, Math.floor(((fontSize * room) / longest(lines, fontSize)) * 10) / 10);
  return { lines, fontSize: size };
}

/**
 * A tile's name as it shows, for the start of its link's accessible name (WCAG 2.5.3): the lines joined,
 * a line broken between syllables straight on to the next (`Shang-dang`, which axe-core and a speech
 * user match against the visible `Shang-` / `dang`; `Shangdang` did not match).
 */
export function shownName(lines: readonly string[]): string {
  return lines.reduce((text, line) => (text === '' ? line : text.endsWith('-') ? text + line : `${text} ${line}`), '');
}

/** The width of the widest line, in bold type (tile names are bold). */
function longest(lines: readonly string[], fontSize: number): number {
  return Math.max(...lines.map((l) => textWidth(l, fontSize) * BOLD));
}
