// The value map's words and shades (issue 18, a measure's page): the tile map of map-layout.ts shaded by
// each county's latest figure of one measure series instead of its number of reports. The shade steps
// are map-layout.ts's (shadeClass, shadeRanges: 0 for no figure, then four equal steps to the largest),
// applied to the values; the text alternative lists every county's value and year. A tile keeps the
// paper's hedge (约500万, 10余; ~5 million, 10+ in English, where a tile has no room for words), and the
// legend's ranges read as numbers do (0–125万, not 125.0001万–250万).
import type { FigureRecord, Qualifier } from '../../../domain/figure.ts';
import { formatAmount, formatFigure } from '../../../lib/format.ts';
import { hedgesFor, PLAIN_HEDGES, readPrinted } from '../../../lib/format/printed.ts';
import { t, type Lang } from '../../../lib/i18n.ts';
import { placeName } from '../labels.ts';
import { TILE_GRID, shadeClass, shadeRanges, SHADE_STEPS } from './map-layout.ts';

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

/** English marks for a hedge on a tile (the words are in the tooltip, the table and the text alternative). */
const EN_MARKS: Readonly<Record<Exclude<Qualifier, 'exact'>, (amount: string) => string>> = {
  about: (amount) => `~${amount}`,
  over: (amount) => `${amount}+`,
  under: (amount) => `<${amount}`,
};

/**
 * The short value a tile shows, hedged as printed, the unit in the caption: `12`, `约500万` / `~5 million`,
 * `10余` / `10+`, `75%以上` / `75%+`.
 */
export function tileValue(lang: Lang, f: FigureRecord): string {
  const amount = f.unit === '%' ? `${formatAmount(lang, f.value)}%` : formatAmount(lang, f.value);
  const qualifier = f.qualifier ?? 'exact';
  if (qualifier === 'exact') return amount;
  if (lang === 'en') return EN_MARKS[qualifier](amount);
  const hedge = hedgesFor(readPrinted(f.text ?? ''), qualifier)[0] ?? PLAIN_HEDGES[qualifier];
  return hedge.printedAt === 'before' ? `${hedge.zh}${amount}` : `${amount}${hedge.zh}`;
}

/** True when some tile's value is hedged (the map then says how its marks read). */
export function anyHedged(figures: readonly FigureRecord[]): boolean {
  return figures.some((f) => (f.qualifier ?? 'exact') !== 'exact');
}

/** Three significant digits: a legend's bound, not a figure. */
const bound = (value: number) => Number(value.toPrecision(3));

/**
 * The legend: what each shade stands for, as shadeClass sorts values (shade k holds values above
 * (k-1)/4 and up to k/4 of the largest). Whole numbers under 10,000 read as whole-number steps (`1–3`,
 * `4–6`); other values as bounds that meet (`0–125万`, `125万–250万`), where `125.0001万` said nothing.
 */
export function legendRanges(lang: Lang, figures: readonly FigureRecord[]): { shade: number; text: string }[] {
  const top = Math.max(0, ...figures.map((f) => f.value));
  const none = { shade: 0, text: t(lang, 'chart.valueMap.none') };
  if (top <= 0) return [none];
  if (top < 10_000 && figures.every((f) => Number.isInteger(f.value))) {
    return [none, ...shadeRanges(top).filter((r) => r.shade > 0).map((r) => ({ shade: r.shade, text: r.low === r.high ? formatAmount(lang, r.low) : `${formatAmount(lang, r.low)}–${formatAmount(lang, r.high)}` }))];
  }
  const steps = SHADE_STEPS - 1;
  return [none, ...Array.from({ length: steps }, (_, i) => ({ shade: i + 1, text: `${formatAmount(lang, bound((top * i) / steps))}–${formatAmount(lang, bound((top * (i + 1)) / steps))}` }))];
}

/** Largest first: `壶关县 12条（2025年）；上党区 10余条（2024年）。另有10个县区没有数字。` */
export function valueMapSummary(lang: Lang, tiles: readonly ValueTile[]): string {
  const withFigure = tiles.filter((tile) => tile.figure).sort((a, b) => b.figure!.value - a.figure!.value);
  const items = withFigure.map((tile) => t(lang, 'chart.valueMap.item', { place: placeName(lang, tile.county), value: formatFigure(lang, tile.figure!), year: tile.figure!.year ?? '—' }));
  return t(lang, 'chart.valueMap.summary', { items: items.join(lang === 'zh' ? '；' : '; '), none: tiles.length - withFigure.length });
}
