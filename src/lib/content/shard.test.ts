import { describe, expect, it } from 'vitest';
import { compareGroups, emitsArchiveWide, emitsArticle, groupOf, groupYears, partOf, shardOf, UNDATED, yearGroupMax, yearGroupMin, yearsOf, reportGroupsOf } from './shard.ts';

describe('shardOf', () => {
  it('reads CZ_SHARD: unset is the whole site, hub, or a group of years', () => {
    expect(shardOf(undefined)).toEqual({ kind: 'all' });
    expect(shardOf('hub')).toEqual({ kind: 'hub' });
    expect(shardOf('2024')).toEqual({ kind: 'group', name: '2024', from: 2024, to: 2024, undated: false });
    expect(shardOf('2015-2018+undated')).toEqual({ kind: 'group', name: '2015-2018+undated', from: 2015, to: 2018, undated: true });
    expect(shardOf(UNDATED)).toEqual({ kind: 'group', name: UNDATED, undated: true });
    expect(shardOf('2024.2of3')).toEqual({ kind: 'group', name: '2024.2of3', from: 2024, to: 2024, undated: false, part: { index: 2, count: 3 } });
    expect(shardOf('undated.1of2')).toEqual({ kind: 'group', name: 'undated.1of2', undated: true, part: { index: 1, count: 2 } });
    for (const wrong of ['24', '2018-2015', '+undated', 'all', '2024.0of3', '2024.4of3', 'undated.1of1', 'undated.1']) expect(() => shardOf(wrong)).toThrow(/CZ_SHARD must be hub or a group/);
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

describe('groups past the bound', () => {
  const ids = Array.from({ length: 3000 }, (_, i) => `report-${i}-${(i * 7919).toString(36)}`);

  it('cuts a year or the undated with more than the most a group holds into parts of about equal size, by id', () => {
    const counts = new Map<number | typeof UNDATED, number>([
      [2025, 900],
      [2024, 700],
      [2023, 500],
      [2022, 5000],
      [2021, 300],
      [UNDATED, 4500],
    ]);
    // 2025 + 2024 = 1,600; 2023 would pass 2,000, so it starts a group; 2022 alone is cut in three;
    // 2021 under the minimum cannot join 2022's parts; the undated do not fit 2021's group: three parts.
    expect(groupYears(counts, 2000, 2000)).toEqual(['2024-2025', '2023', '2022.1of3', '2022.2of3', '2022.3of3', '2021', 'undated.1of3', 'undated.2of3', 'undated.3of3']);
    const parts = new Map<number, number>();
    for (const id of ids) parts.set(partOf(id, 3), (parts.get(partOf(id, 3)) ?? 0) + 1);
    expect([...parts.keys()].sort()).toEqual([1, 2, 3]);
    for (const n of parts.values()) expect(n).toBeGreaterThan(800);
  });

  it('puts every report in exactly one group, whatever its id', () => {
    const counts = new Map<number | typeof UNDATED, number>([[2024, 2500], [2023, 100], [UNDATED, 2600]]);
    const groups = groupYears(counts, 2000, 1000);
    for (const g of groups) expect(shardOf(g).kind).toBe('group');
    for (const year of [2024, 2023, undefined]) {
      for (const id of ids.slice(0, 200)) expect(groups.filter((g) => emitsArticle(shardOf(g), year, id))).toEqual([groupOf(groups, year, id)]);
    }
    // A part's id decides; a part asked without an id holds nothing.
    expect(emitsArticle(shardOf('2024.1of3'), 2024)).toBe(false);
  });

  it('names the same part for an id in every run, and orders parts after their year', () => {
    expect(partOf('ba-min-sheng-yuan-jing-hui-cheng', 4)).toBe(partOf('ba-min-sheng-yuan-jing-hui-cheng', 4));
    expect(['undated.2of10', '2023', 'undated.10of10', '2024.2of2', '2024.1of2', '2019-2022'].sort(compareGroups)).toEqual(['2024.1of2', '2024.2of2', '2023', '2019-2022', 'undated.2of10', 'undated.10of10']);
    expect(yearsOf('2024.2of2')).toEqual([2024]);
    expect(yearGroupMax({})).toBe(2000);
    expect(yearGroupMax({ CZ_YEAR_GROUP_MAX: '500', CZ_YEAR_GROUP_MIN: '1000' })).toBe(1000);
  });
});

describe('reportGroupsOf', () => {
  it('groups the reports by their years and gives each its group, as groupYears and groupOf do', () => {
    const reports = [
      { id: 'a', year: 2025 },
      { id: 'b', year: 2025 },
      { id: 'c', year: 2024 },
      { id: 'd' },
    ];
    const { groups, groupOf } = reportGroupsOf(reports, 2, 2);
    expect(groups).toEqual(['2025', '2024+undated']);
    expect([...groupOf]).toEqual([['a', '2025'], ['b', '2025'], ['c', '2024+undated'], ['d', '2024+undated']]);
  });
});
