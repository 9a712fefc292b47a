import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../domain/figure.ts';
import { ALL_FIXTURES } from './fixtures.ts';
import { newest, newestOrder } from './order.ts';
import { syntheticArchive } from './test-support/synthetic.ts';

/** What `newest` must give: every figure sorted by newestOrder (ties in the order given), the first `limit`. */
const sortedFirst = (figures: readonly FigureRecord[], limit: number) => [...figures].sort(newestOrder).slice(0, limit);

describe('the newest figures', () => {
  it('are the first of all the figures sorted newest first, for any list and limit', () => {
    // Fixtures and a synthetic archive's figures, repeated (the same record twice ties with itself).
    const pool = [...ALL_FIXTURES, ...syntheticArchive(40).flatMap((a) => a.figures)];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { maxLength: 120 }), fc.integer({ min: 0, max: 130 }), (picks, limit) => {
        const figures = picks.map((i) => pool[i]!);
        const got = newest(figures, limit);
        const want = sortedFirst(figures, limit);
        expect(got).toHaveLength(want.length);
        got.forEach((f, i) => expect(f).toBe(want[i]));
      }),
      { numRuns: 300 },
    );
  });

  it('keep a tie in the order given, oldest year first or newest first', () => {
    const figures = syntheticArchive(600).flatMap((a) => a.figures);
    for (const list of [figures, [...figures].reverse(), [...figures].sort(newestOrder).reverse()]) {
      expect(newest(list, 100)).toEqual(sortedFirst(list, 100));
    }
    expect(newest(figures, Infinity)).toEqual(sortedFirst(figures, Infinity));
  });
});
