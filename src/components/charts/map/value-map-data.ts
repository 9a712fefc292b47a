// The value map's words and shades (issue 18, a measure's page): the tile map of map-layout.ts shaded by
// each county's latest figure of one measure series instead of its number of reports. The shade steps
// are map-layout.ts's (shadeClass, shadeRanges: 0 for no figure, then four equal steps to the largest),
// applied to the values; the text alternative lists every county's value and year.
import type { FigureRecord } from '../../../domain/figure.ts';
import { formatAmount, formatFigure } from '../../../lib/format.ts';
import { t, type Lang } from '../../../lib/i18n.ts';
import { placeName } from '../labels.ts';
import { TILE_GRID, shadeClass } from './map-layout.ts';

/** A county's tile: its figure (where it has one) and shade. */
export interface ValueTile {
  county: string;
  figure?: FigureRecord;
  shade: number;
}

/** One tile per county of the grid, shaded by its figure's value against the largest. */
export function valueTiles(figures: readonly FigureRecord[]): ValueTile[] {
  const byCounty = new Map(figures.map((f) => [f.region!, f]));
  const top = Math.max(0, ...figures.map((f) => f.value));
  return TILE_GRID.map(({ county }) => {
    const figure = byCounty.get(county);
    // A positive value is never shade 0 (which says "no figure"), however small against the largest.
    return { county, figure, shade: figure ? Math.max(1, shadeClass(figure.value, top)) : 0 };
  });
}

/** The short value a tile shows: `12` / `500万` (the unit is in the caption). */
export function tileValue(lang: Lang, f: FigureRecord): string {
  return f.unit === '%' ? `${formatAmount(lang, f.value)}%` : formatAmount(lang, f.value);
}

/** Largest first: `壶关县 12条（2025年）；上党区 10余条（2024年）。另有10个县区没有数字。` */
export function valueMapSummary(lang: Lang, tiles: readonly ValueTile[]): string {
  const withFigure = tiles.filter((tile) => tile.figure).sort((a, b) => b.figure!.value - a.figure!.value);
  const items = withFigure.map((tile) => t(lang, 'chart.valueMap.item', { place: placeName(lang, tile.county), value: formatFigure(lang, tile.figure!), year: tile.figure!.year ?? '—' }));
  return t(lang, 'chart.valueMap.summary', { items: items.join(lang === 'zh' ? '；' : '; '), none: tiles.length - withFigure.length });
}
