// regionOf (figures/place.ts): a clause naming no place goes on about the place of the nearest clause before it in its
// segment, not about the most specific place the whole segment names.
import { describe, expect, it } from 'vitest';
import { localPlacesOf, regionOf } from './place.ts';
import { scopeFor } from './scope.fixture.ts';

const region = (paragraph: string, figure: string, regions: string[]) =>
  regionOf(scopeFor(paragraph, figure, { article: { regions } }), localPlacesOf([paragraph]));

describe('regionOf: the nearest clause before that names a place', () => {
  it('reads a clause after one about the whole county (全区) as the county’s, though a town was named first', () => {
    const p = '近日，上党区在韩店街道新开放社区老年食堂4个，全区社区老年食堂达到36个，日均就餐650余人次。';
    expect(region(p, '650余人次', ['上党区'])).toBe('上党区');
    expect(region(p, '4个', ['上党区'])).toBe('上党区韩店街道');
  });

  it('reads a clause after one about the city (全市) as the city’s, though a county is named after it', () => {
    const p = '今年以来，全市新建改造农村公路386公里，完成年度计划的78.6%，其中沁县完成52公里。';
    expect(region(p, '78.6%', ['长治市'])).toBe('长治市');
  });

  it('passes over a part set off by 其中 to the whole before it', () => {
    const p = '目前，全市已建成农村老年助餐点1180个，其中沁县72个，对80周岁以上老人每餐补贴4元。';
    expect(region(p, '4元', ['长治市'])).toBe('长治市');
    expect(region(p, '72个', ['长治市'])).toBe('沁县');
  });

  it('does not pass over a part after 其中 with a verb of its own (其中武乡县建成86个，覆盖…)', () => {
    const p = '全市已建成老年食堂1260个，其中武乡县建成86个，覆盖老人3000余人。';
    expect(region(p, '3000余人', ['长治市'])).toBe('武乡县');
  });

  it('does not take a place the clause before goes to (直达…) as where the figure is', () => {
    const p = '我市第二条定制公交线路开通，从潞州区太行东街街道发车，直达长治高新区，全程16公里。';
    expect(region(p, '16公里', ['长治市'])).toBe('长治市');
  });
});
