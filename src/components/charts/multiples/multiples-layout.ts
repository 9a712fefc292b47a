// Geometry of small multiples by county: one panel per county, the same rows (measure series) in every
// panel, and in each row one bar per figure the county reports. A row's bars share one scale across all
// panels, so a row compares counties; rows have different units and never compare with each other.
// Panels sit side by side (up to three) in the `wide` layout and stack in the `narrow` one.
import { VARIANTS, type Box, type TextLine, type Variant } from '../frame/variants.ts';
import { round, zeroBasedScale, type ValueScale } from '../frame/scales.ts';
import { BOLD, ellipsis, textWidth } from '../frame/text-measure.ts';

export interface CellValue {
  key: string;
  value: number;
  valueText: string;
}

export interface MultiplesInput {
  regions: { key: string; label: string }[];
  measures: { key: string; label: string }[];
  /** Figures per county and measure: `cells.get(region)?.get(measure)`. */
  cells: ReadonlyMap<string, ReadonlyMap<string, readonly CellValue[]>>;
  /** Text for a row a county does not report. */
  emptyText: string;
}

export interface PanelBar {
  key: string;
  bar: Box;
  value: TextLine;
  hit: Box;
}

export interface PanelRow {
  measure: string;
  label: TextLine;
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

export function layoutMultiples(input: MultiplesInput, variant: Variant): MultiplesLayout {
  const v = VARIANTS[variant];
  const cols = variant === 'wide' ? Math.min(3, Math.max(1, input.regions.length)) : 1;
  const panelWidth = (v.width - PANEL_GAP * (cols - 1)) / cols;
  const small = v.smallFontSize;
  const cell = (region: string, measure: string) => input.cells.get(region)?.get(measure) ?? [];

  const scales = new Map<string, ValueScale>();
  const rowBars = new Map<string, number>();
  for (const m of input.measures) {
    const values = input.regions.flatMap((r) => cell(r.key, m.key));
    const valueWidth = Math.max(0, ...values.map((c) => textWidth(c.valueText, small) * BOLD));
    scales.set(m.key, zeroBasedScale(values.map((c) => c.value), [0, Math.max(40, panelWidth - valueWidth - 6)]));
    rowBars.set(m.key, Math.max(1, ...input.regions.map((r) => cell(r.key, m.key).length)));
  }
  const rowHeight = (m: string) => v.lineHeight + rowBars.get(m)! * (BAR_HEIGHT + BAR_GAP) + ROW_GAP;
  const panelHeight = TITLE_HEIGHT + input.measures.reduce((sum, m) => sum + rowHeight(m.key), 0);

  const panels = input.regions.map((region, i): Panel => {
    const x = round((i % cols) * (panelWidth + PANEL_GAP));
    const y = round(Math.floor(i / cols) * (panelHeight + PANEL_GAP));
    let top = y + TITLE_HEIGHT;
    const rows = input.measures.map((m): PanelRow => {
      const scale = scales.get(m.key)!;
      const values = cell(region.key, m.key);
      const labelY = round(top + v.lineHeight * 0.75);
      const barsTop = top + v.lineHeight;
      const bars = values.map((c, j): PanelBar => {
        const by = round(barsTop + j * (BAR_HEIGHT + BAR_GAP));
        const width = round(Math.max(scale(c.value) - scale(0), c.value === 0 ? 0 : 1));
        return {
          key: c.key,
          bar: { x: round(x + scale(0)), y: by, width, height: BAR_HEIGHT },
          value: { text: c.valueText, x: round(x + scale(0) + width + 5), y: round(by + BAR_HEIGHT * 0.8) },
          hit: { x, y: round(by - 2), width: round(panelWidth), height: BAR_HEIGHT + BAR_GAP },
        };
      });
      const row: PanelRow = {
        measure: m.key,
        label: { text: ellipsis(m.label, panelWidth, small), x, y: labelY },
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
