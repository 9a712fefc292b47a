// The ends of a range a figure stands in (`265天至270天`, `3元至5元`): the lower end a figure closing a range is
// labelled as, and the upper end right after a figure, which its label reads past. label.ts reads both.

import type { FigureScope } from './scope.ts';
import { RANGE_MARK } from './units.ts';

/** The lower end of a range the figure closes (`265天至270天`: 265天), in the figure's own unit, or undefined. */
export function lowerEnd(scope: FigureScope): FigureScope | undefined {
  const unit = scope.text.replace(/^[^0-9]*[0-9]+(?:\.[0-9]+)?/, '').replace(/[^\p{Script=Han}%‰a-zA-Z/]+$/u, '');
  const escaped = unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`[0-9]+(?:\\.[0-9]+)?[万亿]?(?:${escaped})?${RANGE_MARK}$`).exec(scope.sentence.slice(0, scope.start));
  if (!match) return undefined;
  const end = match.index + match[0].length - 1;
  return { ...scope, start: match.index, end, text: scope.sentence.slice(match.index, end) };
}

/** The upper end of a range right after the figure, with the figure's unit (`至5元` after `3元`); '' if none. */
export function upperEnd(scope: FigureScope): string {
  const unit = scope.text.replace(/^[^0-9]*[0-9]+(?:\.[0-9]+)?[万亿]?/, '').replace(/[^\p{Script=Han}%‰a-zA-Z/]+$/u, '');
  if (!unit) return '';
  const escaped = unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^${RANGE_MARK}[约近]?[0-9]+(?:\\.[0-9]+)?[万亿]?${escaped}`).exec(scope.sentence.slice(scope.end))?.[0] ?? '';
}
