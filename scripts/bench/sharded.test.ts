import { describe, expect, it } from 'vitest';
import { dealLanes, groupSizes } from './sharded.ts';

describe('groupSizes', () => {
  const counts = new Map<number | 'undated', number>([
    [2026, 300],
    [2025, 2500],
    [2024, 900],
    [2023, 800],
    ['undated', 6000],
  ]);

  it('sums a group’s years, adds the undated where it takes them, and shares a year out among its parts', () => {
    const sizes = groupSizes(counts, ['2026', '2025', '2023-2024+undated', 'undated.1of3', 'undated.3of3', '2025.2of2']);
    expect(Object.fromEntries(sizes)).toEqual({ '2026': 300, '2025': 2500, '2023-2024+undated': 7700, 'undated.1of3': 2000, 'undated.3of3': 2000, '2025.2of2': 1250 });
  });
});

describe('dealLanes', () => {
  it('deals the heaviest first to the lightest lane, the hub first in its lane', () => {
    const lanes = dealLanes(
      [
        { name: 'hub', weight: 10 },
        { name: 'a', weight: 6 },
        { name: 'b', weight: 5 },
        { name: 'c', weight: 4 },
        { name: 'd', weight: 1 },
      ],
      2,
    );
    // hub 10 | a 6, b 11 | c to the first (14) | d to the second (12)
    expect(lanes).toEqual([['hub', 'c'], ['a', 'b', 'd']]);
  });

  it('puts every run in some lane, once', () => {
    const runs = Array.from({ length: 9 }, (_, i) => ({ name: `g${i}`, weight: (i * 7) % 5 }));
    const lanes = dealLanes(runs, 3);
    expect(lanes.flat().sort()).toEqual(runs.map((r) => r.name).sort());
    expect(lanes).toHaveLength(3);
  });
});
