import { describe, expect, it } from 'vitest';
import { localPlacesOf, regionOf } from './place.ts';
import { scopeFor } from './scope.fixture.ts';

/** The region of `figure` in `paragraph`, after the paragraph `before` (the section before it). */
const region = (before: string, paragraph: string, figure: string, regions: string[]) =>
  regionOf({ ...scopeFor(paragraph, figure, { article: { regions } }), preceding: before }, localPlacesOf([before, paragraph]));

describe('regionOf, after a group of places', () => {
  it('takes what a list of places before shares, not its last item', () => {
    const p = '全市新修产业路126公里，其中沁县、武乡县、襄垣县等县完成90公里。新建农村客运站8个。';
    expect(region('', p, '8个', ['长治市'])).toBe('长治市');
    const q = '下良镇、善福镇的12个村通了自来水。今年还新打机井6眼。';
    expect(region('', q, '6眼', ['襄垣县'])).toBe('襄垣县');
  });

  it('takes what the rows of a table before share', () => {
    const table = '乡镇\t户数\n定昌镇\t460\n郭村镇\t380';
    expect(region(table, '补贴标准为每户500元。', '500元', ['沁县'])).toBe('沁县');
  });

  it('keeps one place, and a town written right after its county, as before', () => {
    expect(region('', '长子县丹朱镇今年新建幸福院3个。院里还配了床位40张。', '40张', ['长子县'])).toBe('长子县丹朱镇');
    expect(region('', '西营镇今年新建幸福院3个。院里还配了床位40张。', '40张', ['襄垣县'])).toBe('襄垣县西营镇');
  });
});
