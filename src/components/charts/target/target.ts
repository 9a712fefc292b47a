// Which figures make a "target against reached" pair: a plan or target and an actual figure that count
// the same thing (like.ts: one measure or label, one kind, one unit) for the same place, the actual one
// from the goal's year or the latest year before it. choose.ts needs this rule to pick the chart, so it
// lives apart from the chart's drawing (TargetChart.astro, target-data.ts, target-layout.ts).
import type { FigureRecord } from '../../../domain/figure.ts';
import { likeInfo, sameSubject, type LikeGroupInfo } from '../like.ts';
import { textOrder } from '../order.ts';

export interface TargetPair {
  /** The plan or target. */
  goal: FigureRecord;
  /** The actual figure it is set against. */
  reached: FigureRecord;
}

/**
 * What a goal and what was reached must share: the thing counted (the measure, with the label where the
 * measure is an open one such as money invested; else the label), kind, unit and place — and, checked in
 * targetPairs, the subject noun (like.ts sameSubject: a plan for 高技能人才 is not one for 技能人才).
 */
function pairKey(f: FigureRecord, like: LikeGroupInfo): string {
  return [like.measure ?? '', like.label ?? '', like.kind, like.unit, f.region ?? ''].join('\u0000');
}

/**
 * The pairs in the figures, each figure in one pair at most, in reading order of their goals. A goal
 * without a year or a place pairs with nothing; so does one with no actual figure of that year or before.
 */
export function targetPairs(figures: readonly FigureRecord[]): TargetPair[] {
  const reachedBy = new Map<string, FigureRecord[]>();
  const goals: { f: FigureRecord; key: string }[] = [];
  for (const f of [...figures].sort(textOrder)) {
    const like = likeInfo(f);
    if (!like || !f.region || f.year === undefined) continue;
    const key = pairKey(f, like);
    if (like.status === 'actual') reachedBy.set(key, [...(reachedBy.get(key) ?? []), f]);
    else if (like.status === 'plan' || like.status === 'target') goals.push({ f, key });
  }
  const used = new Set<FigureRecord>();
  const pairs: TargetPair[] = [];
  for (const { f: goal, key } of goals) {
    const candidates = (reachedBy.get(key) ?? []).filter((r) => !used.has(r) && r.year! <= goal.year! && sameSubject(goal, r));
    // The latest year up to the goal's; in one year, the first in the text.
    const reached = candidates.sort((a, b) => b.year! - a.year! || textOrder(a, b))[0];
    if (!reached) continue;
    used.add(reached);
    pairs.push({ goal, reached });
  }
  return pairs;
}
