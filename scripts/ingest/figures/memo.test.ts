import { describe, expect, it } from 'vitest';
import { articleTable, boundedMemo, forgetTexts } from './memo.ts';

describe('boundedMemo', () => {
  it('works a text out once and returns the same (frozen) result after', () => {
    let calls = 0;
    const split = boundedMemo((text: string) => {
      calls++;
      return text.split('，');
    });
    const first = split('新建改造供热管网，换热站');
    expect(split('新建改造供热管网，换热站')).toBe(first);
    expect(calls).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
    expect(split('另一句')).toEqual(['另一句']);
    expect(calls).toBe(2);
  });

  it('empties its table when it fills, so memory stays bounded', () => {
    let calls = 0;
    const length = boundedMemo((text: string) => {
      calls++;
      return text.length;
    }, 2);
    length('一');
    length('二');
    length('三'); // the table was full: emptied, then 三 kept
    length('一');
    expect(calls).toBe(4);
  });

  it('forgets every text when a new article begins', () => {
    let calls = 0;
    const length = boundedMemo((text: string) => {
      calls++;
      return text.length;
    });
    length('一');
    length('一');
    forgetTexts();
    length('一');
    expect(calls).toBe(2);
  });
});

describe('articleTable', () => {
  it('keeps values by text until it fills or a new article begins', () => {
    const table = articleTable<number>(2);
    table.set('一', 1);
    table.set('二', 2);
    expect(table.get('一')).toBe(1);
    table.set('三', 3); // full: emptied, then 三 kept
    expect(table.get('一')).toBeUndefined();
    expect(table.get('三')).toBe(3);
    forgetTexts();
    expect(table.get('三')).toBeUndefined();
  });
});
