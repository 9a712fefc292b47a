// A city story's count split over three counties or more after 分别 (regions-reached.ts): the reach of the city's
// statistic, not what the article is about; two counties so split, or a county story's towns, stay its places.
import { describe, expect, it } from 'vitest';
import { findRegions } from './regions.ts';

describe('findRegions, a count split over a list after 分别', () => {
  it('reads three counties or more in a city story as the reach of its count', () => {
    expect(findRegions('全市今年新建口袋公园52个，其中潞州区、潞城区、沁县分别建成18个、11个和7个。')).toEqual(['长治市']);
    expect(findRegions('我市发放消费券3000万元，上党区、屯留区、长子县依次核销420万元、380万元和300万元。')).toEqual(['长治市']);
  });

  it('keeps two counties so split, and a county story’s towns, as its places', () => {
    expect(findRegions('全市今年新建口袋公园52个，其中潞州区、沁县分别建成18个和7个。')).toEqual(['长治市', '潞州区', '沁县']);
    expect(findRegions('今年，平顺县青羊镇、龙溪镇、石城镇分别新建幸福院3个、2个和2个。')).toEqual([
      '平顺县',
      '平顺县青羊镇',
      '平顺县龙溪镇',
      '平顺县石城镇',
    ]);
  });
});
