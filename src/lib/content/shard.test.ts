import { describe, expect, it } from 'vitest';
import { emitsArchiveWide, emitsArticle, groupOf, groupYears, shardOf, UNDATED, yearGroupMin, yearsOf } from './shard.ts';

describe('shardOf', () => {
  it('reads CZ_SHARD: unset is the whole site, hub, or a group of years', () => {
    expect(shardOf(undefined)).toEqual({ kind: 'all' });
    expect(shardOf('hub')).toEqual({ kind: 'hub' });
    expect(shardOf('2024')).toEqual({ kind: 'group', name: '2024', from: 2024, to: 2024, undated: false });
    expect(shardOf('2015-2018+undated')).toEqual({ kind: 'group', name: '2015-2018+undated', from: 2015, to: 2018, undated: true });
    expect(shardOf(UNDATED)).toEqual({ kind: 'group', name: UNDATED, undated: true });
    for (const wrong of ['24', '2018-2015', '+undated', 'all']) expect(() => shardOf(wrong)).toThrow(/CZ_SHARD must be hub or a group/);
  });
});

describe('what a build emits', () => {
  it('emits every article unsharded, its group’s in a shard, none in the hub', () => {
    const years = [2025, 2024, 2023, undefined];
    expect(years.map((y) => emitsArticle(shardOf(undefined), y))).toEqual([true, true, true, true]);
    expect(years.map((y) => emitsArticle(shardOf('hub'), y))).toEqual([false, false, false, false]);
    expect(years.map((y) => emitsArticle(shardOf('2024'), y))).toEqual([false, true, false, false]);
    expect(years.map((y) => emitsArticle(shardOf('2023-2024+undated'), y))).toEqual([false, true, true, true]);
    expect(years.map((y) => emitsArticle(shardOf(UNDATED), y))).toEqual([false, false, false, true]);
  });

  it('emits the archive-wide pages unsharded and in the hub, never in a year’s shard', () => {
    expect(emitsArchiveWide(shardOf(undefined))).toBe(true);
    expect(emitsArchiveWide(shardOf('hub'))).toBe(true);
    for (const group of ['2024', '2023-2024+undated', UNDATED]) expect(emitsArchiveWide(shardOf(group))).toBe(false);
  });

  it('splits the site between the hub and the groups: every page in exactly one shard', () => {
    const groups = ['2025', '2023-2024+undated'];
    const years = [2025, 2024, 2023, undefined];
    const shards = ['hub', ...groups].map(shardOf);
    // An archive-wide page: the hub only; an article's page: the one group holding its year.
    expect(shards.filter((s) => emitsArchiveWide(s))).toEqual([shardOf('hub')]);
    for (const year of years) expect(shards.filter((s) => emitsArticle(s, year))).toEqual([shardOf(groupOf(groups, year)!)]);
  });
});

describe('groupYears', () => {
  const counts = new Map<number | typeof UNDATED, number>([
    [2025, 300],
    [2024, 120],
    [2023, 90],
    [2022, 50],
    [2021, 20],
    [UNDATED, 7],
  ]);
  it('gives a big year its own group and gathers small ones, newest first, the undated with the oldest', () => {
    // 2024 and 2023 make 210; 2022 and 2021 (70) are too few alone and join them.
    expect(groupYears(counts, 200)).toEqual(['2025', '2021-2024+undated']);
    expect(groupYears(counts, 100)).toEqual(['2025', '2024', '2021-2023+undated']);
    expect(groupYears(counts, 1)).toEqual(['2025', '2024', '2023', '2022', '2021+undated']);
    expect(groupYears(counts, 10_000)).toEqual(['2021-2025+undated']);
    expect(groupYears(new Map([[UNDATED, 3]]), 200)).toEqual([UNDATED]);
    expect(groupYears(new Map([[2020, 3]]), 200)).toEqual(['2020']);
  });

  it('puts every year in exactly one group, and names the years a group spans', () => {
    const groups = groupYears(counts, 100);
    for (const year of [2025, 2024, 2023, 2022, 2021, undefined]) expect(groups.filter((g) => emitsArticle(shardOf(g), year))).toHaveLength(1);
    expect(groupOf(groups, 2022)).toBe('2021-2023+undated');
    expect(groupOf(groups, 1999)).toBeUndefined();
    expect(yearsOf('2021-2023+undated')).toEqual([2023, 2022, 2021]);
    expect(yearsOf(UNDATED)).toEqual([]);
    expect(yearGroupMin({ CZ_YEAR_GROUP_MIN: '1' })).toBe(1);
    expect(yearGroupMin({})).toBe(2000);
  });
});
