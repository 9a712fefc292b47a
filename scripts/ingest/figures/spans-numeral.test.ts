import { describe, expect, it } from 'vitest';
import { joinOcrGaps, numeralAt, prefixBefore, valueOf } from './spans-numeral.ts';

describe('a numeral where the scan finds it', () => {
  it('reads the multiplier and 余 after an Arabic numeral, and a range end borrows the high end’s multiplier', () => {
    const n = numeralAt('投资3.5亿余元', 2)!;
    expect([n.digits, n.exponent, n.over, n.chinese]).toEqual(['3.5', 8, true, false]);
    expect(valueOf(numeralAt('3至5万元', 0)!, 4)).toBe(30000);
  });

  it('reads a Chinese numeral by its value', () => expect(numeralAt('建成十二所', 2)?.digits).toBe('12'));

  it('reads the multiplier after 余 or 多 of a Chinese numeral, and leaves a unit\'s 千 after 万 or 千 to the unit', () => {
    const n = numeralAt('增收四十余万元', 2)!;
    expect([n.digits, n.exponent, n.over, valueOf(n, undefined)]).toEqual(['40', 4, true, 400_000]);
    expect(valueOf(numeralAt('投入八百多万元', 2)!, undefined)).toBe(8_000_000);
    const kwh = numeralAt('发电约二十万千瓦时', 3)!;
    expect([kwh.raw, valueOf(kwh, undefined)]).toEqual(['二十万', 200_000]);
    expect(numeralAt('装机两千千瓦', 2)!.raw).toBe('两千');
    // Near misses: 三千米 is three thousand metres, and 十余 with no multiplier stays ten and more.
    expect(numeralAt('三千米长跑', 0)!.raw).toBe('三千');
    expect(valueOf(numeralAt('十余人', 0)!, undefined)).toBe(10);
  });

  it('takes the qualifier word before the numeral, not the second half of 签约', () => {
    expect(prefixBefore('约300人', 1)).toBe('约');
    expect(prefixBefore('签约13个', 2)).toBe('');
  });

  it('reads an OCR gap inside full-width digits as a joiner, offsets kept', () => {
    expect(joinOcrGaps('资金２ ３００万元', '资金2 300万元')).toBe('资金2\u2060300万元');
  });
});
