// A directory of names beside phone numbers (directory-rows.ts): three rows or more one under another.
import { describe, expect, it } from 'vitest';
import { directoryRows } from './directory-rows.ts';

describe('a directory printed for readers', () => {
  it('reads rows of names beside phone numbers, three or more, as a directory', () => {
    const rows = ['市民政局　0355-2031234', '潞城区　0355-5029876', '武乡县 0355-6389012'];
    expect(directoryRows(['值班电话', ...rows, '（24小时值守）'])).toEqual([false, true, true, true, false]);
    expect(directoryRows(rows.slice(0, 2))).toEqual([false, false]);
  });
});
