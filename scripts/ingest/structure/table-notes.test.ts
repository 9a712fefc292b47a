// A table's title by its form (table-notes.ts tableTitleAt): a bracket opening the title makes it a box's head, short
// label or long title alike (the review of 03174877 found a long bracketed title read as the table's own again).
import { describe, expect, it } from 'vitest';
import { tableTitleAt } from './table-notes.ts';

describe('a title over a table', () => {
  const table = ['|县区|新增就业（人）|', '|---|---|', '|潞州区|3200|'];
  it('opening the block is the table\'s own title', () => {
    expect(tableTitleAt(['各县区新增就业情况', ...table], 1)).toBe(true);
  });
  it('in brackets, short or long, heads a box of its own when it opens the block', () => {
    expect(tableTitleAt(['【数据】', ...table], 1)).toBe(false);
    expect(tableTitleAt(['【各县区新增就业情况一览】', ...table], 1)).toBe(false);
  });
});
