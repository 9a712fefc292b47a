// Test support: like-with-like groups the seed content has too few of, made from a real record
// (fixtures.ts) by changing only its place, value and id — the same measure, status, kind, unit and year —
// so a chart test can draw a series of several counties.
import type { FigureRecord } from '../../../domain/figure.ts';
import { HUGUAN_2025 } from '../fixtures.ts';

/** A copy of `base` for another place and value. */
export function sibling(base: FigureRecord, region: string, value: number, suffix: string): FigureRecord {
  const text = `${value}${base.unit}`;
  return { ...base, id: `${base.id}-${suffix}`, region, value, text, qualifier: 'exact', offset: (base.offset ?? 0) + 1 };
}

/** 壶关县's 38.1公里 of heating network built or upgraded in 2025 (actual, new), and three more places. */
export const NETWORK_2025: FigureRecord[] = (() => {
  const huguan = HUGUAN_2025.find((f) => f.measure === 'heating-network-km')!;
  return [huguan, sibling(huguan, '黎城县', 15, 'licheng'), sibling(huguan, '屯留区', 27.5, 'tunliu'), sibling(huguan, '上党区西火镇', 13.5, 'xihuo')];
})();
