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

/**
 * The `limit` most recent figures (newestOrder), or all of them when there are no more: what sorting them
 * all and keeping the first `limit` gives, ties in the order given. The dashboard asks for its 100 newest
 * of every figure of the archive (48,000 at 10,000 articles), so the figures are kept in a sorted run of
 * `limit` that a figure older than its last never enters, not sorted whole (issue 17).
 */
export function newest(figures: readonly FigureRecord[], limit: number): FigureRecord[] {
  if (figures.length <= limit) return [...figures].sort(newestOrder);
  if (limit <= 0) return [];
  const kept: FigureRecord[] = [];
  for (const f of figures) {
    if (kept.length === limit && newestOrder(f, kept[limit - 1]!) >= 0) continue;
    kept.splice(afterEqual(kept, f), 0, f);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/** Where `f` goes in the sorted run `kept`: after every figure newestOrder puts before it or ties with it. */
function afterEqual(kept: readonly FigureRecord[], f: FigureRecord): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newestOrder(f, kept[mid]!) < 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
