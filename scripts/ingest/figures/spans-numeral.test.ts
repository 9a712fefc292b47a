import { describe, expect, it } from 'vitest';
import { joinOcrGaps, numeralAt, prefixBefore, valueOf } from './spans-numeral.ts';

describe('a numeral where the scan finds it', () => {
  it('reads the multiplier and 余 after an Arabic numeral, and a range end borrows the high end’s multiplier', () => {
    const n = numeralAt('投资3.5亿余元', 2)!;
    expect([n.digits, n.exponent, n.over, n.chinese]).toEqual(['3.5', 8, true, false]);
    expect(valueOf(numeralAt('3至5万元', 0)!, 4)).toBe(30000);
  });

  it('reads a Chinese numeral by its value', () => expect(numeralAt('建成十二所', 2)?.digits).toBe('12'));

  it('takes the qualifier word before the numeral, not the second half of 签约', () => {
    expect(prefixBefore('约300人', 1)).toBe('约');
    expect(prefixBefore('签约13个', 2)).toBe('');
  });

  it('reads an OCR gap inside full-width digits as a joiner, offsets kept', () => {
    expect(joinOcrGaps('资金２ ３００万元', '资金2 300万元')).toBe('资金2\u2060300万元');
  });
});
