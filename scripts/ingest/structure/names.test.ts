import { describe, expect, it } from 'vitest';
import { endsWithPersonName } from './names.ts';

describe('endsWithPersonName', () => {
  it('knows names, alone or after a role', () => {
    for (const label of ['孙立平', '村民代表周桂兰', '社区工作人员刘娟']) expect(endsWithPersonName(label), label).toBe(true);
  });
  it('knows a column name, an office or a county is no name', () => {
    for (const label of ['民生关注', '市水务局', '记者', '基层传真', '平顺县', '武乡县']) expect(endsWithPersonName(label), label).toBe(false);
  });
});
