// Money named after what it is for (label-money.ts), read through labelOf.
import { describe, expect, it } from 'vitest';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

const label = (paragraph: string, figure: string, unit?: string) => labelOf(scopeFor(paragraph, figure, unit ? { unit } : {}));


describe('labelOf, money named after what it is for', () => {
  it('reads the purpose in the clause after the amount (对…进行…, 用于…)', () => {
    expect(label('今年，灵空山镇投入资金120万元，对全镇19个村卫生室进行标准化改造，全部接入远程会诊系统。', '120万元')).toBe('村卫生室标准化改造投入资金');
    // A clause after that opens otherwise says nothing of the money.
    expect(label('全县投入资金120万元，全部接入远程会诊系统。', '120万元')).toBe('投入资金');
  });
});
