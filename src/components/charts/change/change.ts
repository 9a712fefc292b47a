// Which figures can be drawn as a before/after pair, and the pair: the sentence must state both ends
// (`从每月143元提高至191元`), or one end and the amount of change (`增加75元，达到191元`). A rate alone
// (`增长10%`) has no ends to draw and stays in the bar charts and tables.
import type { FigureRecord } from '../../../domain/figure.ts';

export interface BeforeAfter {
  from: number;
  to: number;
  direction: 'up' | 'down';
}

export function beforeAfter(figure: Pick<FigureRecord, 'value' | 'unit' | 'change'>): BeforeAfter | undefined {
  const change = figure.change;
  if (!change || change.rate !== undefined) return undefined;
  const to = change.to ?? figure.value;
  let from = change.from;
  if (from === undefined && change.amount !== undefined && change.amount !== to) {
    from = change.direction === 'up' ? to - change.amount : to + change.amount;
  }
  if (from === undefined || !Number.isFinite(from) || !Number.isFinite(to) || from === to) return undefined;
  return { from, to, direction: to > from ? 'up' : 'down' };
}
