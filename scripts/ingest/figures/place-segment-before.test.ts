// regionOf (figures/place.ts): a sentence that names no place goes on about the segment before it that names one, as a
// whole: where that segment names places that do not nest (two towns, a list), what they share, not the last one written.
import { describe, expect, it } from 'vitest';
import { localPlacesOf, regionOf } from './place.ts';
import { scopeFor } from './scope.fixture.ts';

const region = (paragraph: string, figure: string, regions: string[]) =>
  regionOf(scopeFor(paragraph, figure, { article: { regions } }), localPlacesOf([paragraph]));

describe('regionOf: the places of the segment before, as a whole', () => {
  it('reads what two towns of the segment before share', () => {
    const p = '日前，襄垣县王桥镇中心小学和夏店镇中心小学新校区正式投用，新增学位900个。两所学校总投资3100万元，各设18个班。';
    expect(region(p, '3100万元', ['襄垣县'])).toBe('襄垣县');
    expect(region(p, '18个', ['襄垣县'])).toBe('襄垣县');
  });

  it('keeps one town, or a town inside its county, of the segment before', () => {
    const one = '今年，王桥镇新建日间照料中心3个。中心每天接待老人120人次。';
    expect(region(one, '120人次', ['襄垣县'])).toBe('襄垣县王桥镇');
    const nested = '襄垣县夏店镇建成村级幸福院4个。幸福院每天为老人供餐80余份。';
    expect(region(nested, '80余份', ['襄垣县'])).toBe('襄垣县夏店镇');
  });

  it('reads only the segment before, not an earlier one of its sentence about another town', () => {
    const p = '王桥镇新建幸福院2个；夏店镇新建老年食堂3个。食堂每天供餐150份。';
    expect(region(p, '150份', ['襄垣县'])).toBe('襄垣县夏店镇');
  });
});

describe('regionOf: no count back, the place written last', () => {
  it('keeps a route’s last stop for a sentence that counts nothing back', () => {
    const p = '●线路：平顺县通天峡—壶关县太行山大峡谷—黎城县黄崖洞。\n●黄崖洞景区冬季每天限流6000人。';
    expect(region(p, '6000人', ['长治市'])).toBe('黎城县黄崖洞镇');
  });
});

describe('regionOf: the clauses before that hold the noun a count back names (RV F6)', () => {
  it('reads the town whose clause holds the counted noun', () => {
    const p = '今年，武乡县洪水镇新建公办幼儿园2所，蟠龙镇硬化村内道路7公里。两所幼儿园共招收幼儿240名。';
    expect(region(p, '240名', ['武乡县'])).toBe('武乡县洪水镇');
    const q = '丰州镇改造老旧小区5个，故城镇新建村级养老院1所。这些小区共惠及居民980户。';
    expect(region(q, '980户', ['武乡县'])).toBe('武乡县丰州镇');
  });

  it('reads what the towns share where the noun stands in clauses of several', () => {
    const p = '蟠龙镇新建村卫生室5所。洪水镇新建村卫生室3所。两个镇的卫生室共配备乡村医生11名。';
    expect(region(p, '11名', ['武乡县'])).toBe('武乡县');
  });
});
