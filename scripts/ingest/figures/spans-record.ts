// What a figure found in a paragraph records: where it stands, its value, unit and qualifier (spans.ts finds it).

import type { Qualifier } from '../../../src/domain/figure.ts';
import type { UnitKind } from '../../../src/domain/units.ts';

export interface FigureSpan {
  /** Offsets in the paragraph, qualifier words included. */
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  unitKind: UnitKind;
  qualifier: Qualifier;
  range?: { low: number; high: number };
  /** Where the numeral starts (after a qualifier word) and where the unit ends (before one). */
  numberStart: number;
  unitEnd: number;
}
