import { describe, expect, it } from 'vitest';
import { inPassing } from './regions-passing.ts';

/** inPassing for the first occurrence of `place` in `text`. */
const passing = (text: string, place: string) => {
  const start = text.indexOf(place);
  return inPassing(text, { start, end: start + place.length });
};

describe('inPassing', () => {
  it('reads where a person comes from as passing, a list of where the work reaches not', () => {
    expect(passing('来自屯留区的学员王师傅说，一天能挣300元。', '屯留区')).toBe(true);
    expect(passing('患者来自壶关、平顺等山区县。', '壶关')).toBe(false);
  });

  it('reads where someone set out from as passing (从…赶来的)', () => {
    expect(passing('专程从屯留区赶来的求职者李师傅说，找到了活儿。', '屯留区')).toBe(true);
    expect(passing('从武乡县来的游客排起了长队。', '武乡县')).toBe(true);
    expect(passing('从潞州区到上党区的公交线路开通。', '潞州区')).toBe(false);
    expect(passing('从沁源县了解到，全县新建大棚80座。', '沁源县')).toBe(false);
  });

  it('reads where visitors come from as passing', () => {
    expect(passing('纪念馆迎来襄垣县一所小学的200名学生。', '襄垣县')).toBe(true);
    expect(passing('景区接待黎城县的游客3000人次。', '黎城县')).toBe(true);
    expect(passing('景区迎来黎城县首个冰雪节。', '黎城县')).toBe(false);
  });

  it('reads what the place is compared with as passing', () => {
    expect(passing('每亩收入比隔壁的长子县高出400元。', '长子县')).toBe(true);
    expect(passing('优良天数高于潞城区12天。', '潞城区')).toBe(true);
  });

  it('reads the other side of a 与…相比 frame as passing', () => {
    expect(passing('与上党区相比，这里的供热面积更大。', '上党区')).toBe(true);
    expect(passing('和邻近的襄垣县同期相比，每亩多收200斤。', '襄垣县')).toBe(true);
    expect(passing('与上党区签订合作协议，共建产业园。', '上党区')).toBe(false);
  });

  it('does not read 比如, 同比, 占比 or 比例 as a comparison', () => {
    expect(passing('比如武乡县的订单班，学员结业就进厂。', '武乡县')).toBe(false);
    expect(passing('同比沁县增长6%。', '沁县')).toBe(false);
    expect(passing('占比平顺县最高。', '平顺县')).toBe(false);
  });

  it('leaves a place that is the subject or the scene', () => {
    expect(passing('家住黎城县黎侯镇的郭大姐说，暖气很热。', '黎城县')).toBe(false);
    expect(passing('在沁源县王和镇，新建大棚80座。', '沁源县')).toBe(false);
  });
});
