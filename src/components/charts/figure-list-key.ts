// A key for a list of figure records, for memos of what a build makes once per list (a chart's choice, its CSV):
// each record gets a serial number the first time it is seen (held weakly, so a record dropped is forgotten),
// and two lists of the same records in the same order get the same key.
import type { FigureRecord } from '../../domain/figure.ts';

const serials = new WeakMap<FigureRecord, number>();
let nextSerial = 0;

function serialOf(figure: FigureRecord): number {
  let serial = serials.get(figure);
  if (serial === undefined) serials.set(figure, (serial = nextSerial++));
  return serial;
}

/** `extra|3,7,12`: the same records in the same order (and the same extra) give the same key. */
export function figureListKey(figures: readonly FigureRecord[], extra = ''): string {
  return `${extra}|${figures.map(serialOf).join(',')}`;
}
