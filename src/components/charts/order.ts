// The orders charts put figures in. Each is total (ties end at the figure id), so a chart, its table and
// its CSV pick the same figures whatever order the page was given them in.
import type { FigureRecord } from '../../domain/figure.ts';

type Ordered = Pick<FigureRecord, 'year' | 'article' | 'paragraph' | 'offset'> & Partial<Pick<FigureRecord, 'id'>>;

/** Reading order: year, article, paragraph, position in the paragraph. */
export function textOrder(a: Ordered, b: Ordered): number {
  return (a.year ?? 0) - (b.year ?? 0) || cmp(a.article, b.article) || a.paragraph - b.paragraph || (a.offset ?? 0) - (b.offset ?? 0);
}

/** Largest first; equal values keep reading order. */
export function valueOrder(a: FigureRecord, b: FigureRecord): number {
  return b.value - a.value || textOrder(a, b);
}

/** Most recent first: the latest year the texts give (a figure without one last), then reading order. */
export function newestOrder(a: FigureRecord, b: FigureRecord): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || textOrder(a, b) || cmp(a.id, b.id);
}

/** The `limit` most recent figures (newestOrder), or all of them when there are no more. */
export function newest(figures: readonly FigureRecord[], limit: number): FigureRecord[] {
  return [...figures].sort(newestOrder).slice(0, limit);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
