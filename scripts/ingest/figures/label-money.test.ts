// Money named after what it is for (label-money.ts), read through labelOf.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';

describe('labelOf, money named after what it is for', () => {
  it('reads the purpose in the clause after the amount (对…进行…, 用于…)', () => {
    expect(label('今年，灵空山镇投入资金120万元，对全镇19个村卫生室进行标准化改造，全部接入远程会诊系统。', '120万元')).toBe('村卫生室标准化改造投入资金');
    // A clause after that opens otherwise says nothing of the money.
    expect(label('全县投入资金120万元，全部接入远程会诊系统。', '120万元')).toBe('投入资金');
  });
});

describe('labelOf, a spoken sum after a per-word', () => {
  it('names what a per-word and a verb of earning give: income', () => {
    expect(label('“学会修车以后，每年能赚5万多元。”', '5万多元')).toBe('每年收入');
  });
  it('names a sum paid after a per-word a cost', () => {
    expect(label('“现在坐公交进城，每趟只要2元，方便多了。”', '2元')).toBe('每趟花费');
  });
  it('leaves a per-word label with a noun alone', () => {
    expect(label('低保家庭享受每月500元补助。', '500元')).toBe('低保家庭享受每月补助');
  });
});

describe('labelOf, money named by the clause after it', () => {
  it('reads the purpose after a verbal noun of spending too (投资/vn)', () => {
    expect(label('今年，屯留区投资2860万元，对12个老旧小区供热管网进行改造。', '2860万元')).toBe('老旧小区供热管网改造投资');
    expect(label('今年，镇里投入资金120万元，对全镇19个村卫生室进行标准化改造。', '120万元')).toBe('村卫生室标准化改造投入资金');
  });
});

describe('labelOf, money named by the works right after it', () => {
  it('reads a verb of works jieba tags as a place (新建/ns) as the verb it is', () => {
    expect(label('县里今年投资500万元新建小米加工车间。', '500万元')).toBe('小米加工车间投资');
    // (Works counted by a figure of their own keep the money's own words.)
    expect(label('县里今年投资500万元新建冷库3座。', '500万元')).toBe('投资');
  });
});
