// A figure in a table cell: a bare number with the unit its table prints (table-units.ts), kept inside its cell.

import { scaleDecimal } from './numerals.ts';
import type { LabelRanges } from './reject.ts';
import type { FigureSpan } from './spans-record.ts';
import type { CellUnit } from './table-units.ts';
import { readUnit } from './units.ts';

/** True when the figure whose numeral starts at `at` runs past the end of the table cell it starts in. */
export function crossesCell(cells: readonly { start: number; end: number }[], at: number, end: number): boolean {
  const cell = cells.find((c) => at >= c.start && at < c.end);
  return cell !== undefined && end > cell.end;
}

/** A span a rate is per, named in words after a middle dot (`·采暖期`). */
const PER_NAMED_SPAN = /[·・]\p{Script=Han}{1,4}$/u;

/** A table cell's bare number with its table's unit: the cell is the figure's text (`320`, `-0.1`). */
export function cellFigure(text: string, cell: CellUnit, labels: LabelRanges): Omit<FigureSpan, 'text'> | undefined {
  // (A rate per a span named in words, `元/平方米·采暖期` in a column's heading, is read as its rate, `元/平方米`, and kept as printed.)
  const rate = PER_NAMED_SPAN.exec(cell.unit);
  const ratePart = rate ? readUnit(cell.unit.slice(0, rate.index)) : undefined;
  const info = readUnit(cell.unit) ?? (ratePart && ratePart.factor === undefined ? { kind: ratePart.kind } : undefined);
  if (!info || labels.covers(cell.start, cell.end)) return undefined;
  const digits = text.slice(cell.numberStart, cell.end).replaceAll(',', '');
  const sign = /^[-－]/u.test(text.slice(cell.start, cell.numberStart)) ? -1 : 1;
  const scaled = scaleDecimal(digits, cell.exponent);
  const value = sign * (info.factor ? scaleDecimal(String(scaled), Math.log10(info.factor)) : scaled);
  return { start: cell.start, end: cell.end, value, unit: info.base ?? cell.unit, unitKind: info.kind, qualifier: 'exact', numberStart: cell.numberStart, unitEnd: cell.end };
}
