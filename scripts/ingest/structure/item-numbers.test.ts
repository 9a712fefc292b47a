import { describe, expect, it } from 'vitest';
import { itemNumber } from './item-numbers.ts';

describe('itemNumber', () => {
  it('reads each printed form, its number and where the item’s text starts', () => {
    expect(itemNumber('1.记者从市教育局获悉')).toEqual({ form: 'dot', n: 1, chinese: false, end: 2 });
    expect(itemNumber(' 12．新开通线路9条')).toEqual({ form: 'dot', n: 12, chinese: false, end: 3 });
    expect(itemNumber('3、潞城区：…')).toMatchObject({ form: 'comma', n: 3, chinese: false });
    expect(itemNumber('三、今年以来工作回顾')).toMatchObject({ form: 'comma', n: 3, chinese: true, end: 2 });
    expect(itemNumber('（2）完善…')).toMatchObject({ form: 'bracket', n: 2, chinese: false, end: 3 });
    expect(itemNumber('(十)其他')).toMatchObject({ form: 'bracket', n: 10, chinese: true });
    expect(itemNumber('⑫ 志愿者为老人打饭。')).toMatchObject({ form: 'circled', n: 12, chinese: false, end: 1 });
    expect(itemNumber('第三，加强监管')).toMatchObject({ form: 'ordinal', n: 3, chinese: true, end: 3 });
  });

  it('reads the number before a date, `4.12月1日起`, and leaves what follows a dot to the reader', () => {
    expect(itemNumber('4.12月1日起，黎城县…')).toEqual({ form: 'dot', n: 4, chinese: false, end: 2 });
  });

  it('reads no number in a date or plain text', () => {
    expect(itemNumber('12月1日起')).toBeUndefined();
    expect(itemNumber('第三季度')).toBeUndefined();
    expect(itemNumber('程家山镇今年栽植核桃')).toBeUndefined();
  });
});
