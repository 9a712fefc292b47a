import { describe, expect, it } from 'vitest';
import { listShards, yearCounts } from './shard-names.ts';

describe('yearCounts', () => {
  it('counts the published reports per year; drafts and translations count for none', () => {
    const counts = yearCounts([{ year: 2023 }, { year: 2025 }, {}, { year: 2019, draft: true }, { year: 2018, translationOf: 'x' }, { year: 2025 }]);
    expect(Object.fromEntries(counts)).toEqual({ 2023: 1, 2025: 2, undated: 1 });
  });
});

describe('listShards', () => {
  it('makes the seeds one group by default (15 reports), and a group a year when every year stands alone', async () => {
    expect(await listShards('content')).toHaveLength(1);
    const each = (await listShards('content', 1))!;
    expect(each.length).toBeGreaterThan(2);
    expect(each.at(-1)).toMatch(/\+undated$/);
  });

  it('says there is nothing to list without a content folder', async () => {
    expect(await listShards('no-such-folder')).toBeUndefined();
  });
});
