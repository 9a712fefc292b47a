// Geometry of small multiples by county: one panel per county, the same rows (like-with-like groups, one
// measure and year each) in every panel, and in each row one bar per figure the county reports. A row's
// bars share one scale across all panels, so a row compares counties; rows have different units and never
// compare with each other. A row whose values are more than 50 times apart draws dots on a log scale
// (frame/scales.ts), never bars a pixel long. Panels sit side by side (up to three) in the `wide` layout
// and stack in the `narrow` one.
import { VARIANTS, type Box, type TextLine, type Variant } from '../frame/variants.ts';
import { LOG_RATIO, logScale, round, spread, zeroBasedScale, type ValueScale } from '../frame/scales.ts';
import { BOLD, ellipsis, textWidth, wrapText } from '../frame/text-measure.ts';

export interface CellValue {
  key: string;
  value: number;
  valueText: string;
  /** A muted line under the bar: whose figure it is (`全县` / `county-wide`, or a town's name). */
  note?: string;
}

export interface MultiplesInput {
  regions: { key: string; label: string }[];
  /** The rows: like-with-like groups, the same in every panel. */
  rows: { key: string; label: string }[];
  /** Figures per county and row: `cells.get(region)?.get(row)`. */
  cells: ReadonlyMap<string, ReadonlyMap<string, readonly CellValue[]>>;
  /** Text for a row a county does not report. */
  emptyText: string;
}

export interface PanelBar {
  key: string;
  /** The note under the bar, if the figure has one. */
  note?: TextLine;
  /** The bar; on a log scale a zero-width box at the dot's left edge. */
  bar: Box;
  /** The dot, on a log scale. */
  dot?: { cx: number; cy: number; r: number };
  value: TextLine;
  hit: Box;
}

export interface PanelRow {
  row: string;
  /** The row's name, on up to two lines: its year first, then what it counts. */
  label: TextLine[];
  bars: PanelBar[];
  empty?: TextLine;
}

export interface Panel {
  region: string;
  x: number;
  y: number;
  width: number;
  height: number;
  title: TextLine;
  rows: PanelRow[];
}

export interface MultiplesLayout {
  variant: Variant;
  width: number;
  height: number;
  fontSize: number;
  smallFontSize: number;
  panels: Panel[];
  scales: Map<string, ValueScale>;
}

const PANEL_GAP = 20;
const TITLE_HEIGHT = 26;
const BAR_HEIGHT = 14;
const BAR_GAP = 4;
const ROW_GAP = 10;
const NOTE_HEIGHT = 16;

export function layoutMultiples(input: MultiplesInput, variant: Variant): MultiplesLayout {
  const v = VARIANTS[variant];
  const cols = variant === 'wide' ? Math.min(3, Math.max(1, input.regions.length)) : 1;
  const panelWidth = (v.width - PANEL_GAP * (cols - 1)) / cols;
  const small = v.smallFontSize;
  const cell = (region: string, row: string) => input.cells.get(region)?.get(row) ?? [];
  const dotR = BAR_HEIGHT / 2 - 2;

  const scales = new Map<string, ValueScale>();
  const rowBars = new Map<string, number>();
  for (const m of input.rows) {
    const values = input.regions.flatMap((r) => cell(r.key, m.key));
    const valueWidth = Math.max(0, ...values.map((c) => textWidth(c.valueText, small) * BOLD));
    const end = Math.max(40, panelWidth - valueWidth - 6);
    const numbers = values.map((c) => c.value);
    scales.set(m.key, spread(numbers) > LOG_RATIO ? logScale(numbers, [dotR, end - dotR]) : zeroBasedScale(numbers, [0, end]));
    rowBars.set(m.key, Math.max(1, ...input.regions.map((r) => cell(r.key, m.key).length)));
  }
  const labelLines = new Map(input.rows.map((m) => [m.key, wrapText(m.label, panelWidth, small, 2)] as const));
  // Each bar takes its height, a gap, and a line for its note when any figure has one.
  const withNotes = [...input.cells.values()].some((row) => [...row.values()].some((list) => list.some((c) => c.note)));
  const barStep = BAR_HEIGHT + BAR_GAP + (withNotes ? NOTE_HEIGHT : 0);
  const rowHeight = (m: string) => labelLines.get(m)!.length * v.lineHeight + rowBars.get(m)! * barStep + ROW_GAP;
  const panelHeight = TITLE_HEIGHT + input.rows.reduce((sum, m) => sum + rowHeight(m.key), 0);

  const panels = input.regions.map((region, i): Panel => {
    const x = round((i % cols) * (panelWidth + PANEL_GAP));
    const y = round(Math.floor(i / cols) * (panelHeight + PANEL_GAP));
    let top = y + TITLE_HEIGHT;
    const rows = input.rows.map((m): PanelRow => {
      const scale = scales.get(m.key)!;
      const values = cell(region.key, m.key);
      const lines = labelLines.get(m.key)!;
      const barsTop = top + lines.length * v.lineHeight;
      const bars = values.map((c, j): PanelBar => {
        const by = round(barsTop + j * barStep);
        const hit = { x, y: round(by - 2), width: round(panelWidth), height: barStep };
        const valueY = round(by + BAR_HEIGHT * 0.8);
        const note = c.note ? { note: { text: ellipsis(c.note, panelWidth, small), x, y: round(by + BAR_HEIGHT + NOTE_HEIGHT * 0.8) } } : {};
        if (scale.log) {
          const cx = round(x + scale(c.value));
          return {
            key: c.key,
            bar: { x: round(cx - dotR), y: by, width: 0, height: BAR_HEIGHT },
            dot: { cx, cy: round(by + BAR_HEIGHT / 2), r: dotR },
            value: { text: c.valueText, x: round(cx + dotR + 5), y: valueY },
            hit,
            ...note,
          };
        }
        const width = round(Math.max(scale(c.value) - scale(0), c.value === 0 ? 0 : 1));
        return {
          key: c.key,
          bar: { x: round(x + scale(0)), y: by, width, height: BAR_HEIGHT },
          value: { text: c.valueText, x: round(x + scale(0) + width + 5), y: valueY },
          hit,
          ...note,
        };
      });
      const row: PanelRow = {
        row: m.key,
        label: lines.map((text, j) => ({ text, x, y: round(top + j * v.lineHeight + v.lineHeight * 0.75) })),
        bars,
        empty: values.length === 0 ? { text: input.emptyText, x, y: round(barsTop + BAR_HEIGHT * 0.8) } : undefined,
      };
      top += rowHeight(m.key);
      return row;
    });
    return {
      region: region.key,
      x,
      y,
      width: round(panelWidth),
      height: round(panelHeight),
      title: { text: ellipsis(region.label, panelWidth, v.fontSize), x, y: round(y + v.fontSize + 2) },
      rows,
    };
  });
  const panelRows = Math.ceil(input.regions.length / cols);
  return {
    variant,
    width: v.width,
    height: round(panelRows * panelHeight + (panelRows - 1) * PANEL_GAP),
    fontSize: v.fontSize,
    smallFontSize: small,
    panels,
    scales,
  };
}
