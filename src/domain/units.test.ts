// The published units: a rate is read by its form, a unit per a unit or a span of time (issue 15).
import { describe, expect, it } from 'vitest';
import { perUnitParts, unitInfo } from './units.ts';

describe('rates', () => {
  it('are a unit per a unit, or per a unit and a span of time', () => {
    expect(perUnitParts('微克/立方米')).toEqual({ of: '微克', per: ['立方米'] });
    expect(perUnitParts('人次/日')).toEqual({ of: '人次', per: ['日'] });
    expect(perUnitParts('元/人·月')).toEqual({ of: '元', per: ['人', '月'] });
    expect(unitInfo('元/平方米')).toEqual({ kind: 'measure' });
    expect(unitInfo('人次/日')).toEqual({ kind: 'count' });
    expect(unitInfo('元/平米')).toEqual({ kind: 'measure', base: '元/平方米' });
    expect(perUnitParts('元/人/月')).toEqual({ of: '元', per: ['人', '月'] });
  });

  it('are no rate when a part is no unit, a variant, a share or an age', () => {
    for (const unit of ['元/张三', '%/年', '成/年', '元/%', '岁/年', '元/人·张', '元', '/元', '元/人·月·年']) {
      expect(perUnitParts(unit), unit).toBeUndefined();
    }
  });
});
