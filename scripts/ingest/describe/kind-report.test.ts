// An unsigned report whose dated lead restates its headline is a news item (kind.ts). Made up in the forms the
// papers print.
import { describe, expect, it } from 'vitest';
import { findKind } from './kind.ts';
import { block } from './seed-fixtures.ts';

describe('an unsigned report whose dated lead restates its headline', () => {
  const headline = block('headline', '我市新开通3条公交线路', 3);
  const lead = block('paragraph', '12月1日起，市公交公司新开通3条公交线路，新线路共设站点64个。', 4);
  const more = block('paragraph', '新线路开通后，沿线约8万名居民出行可减少一次换乘。', 5);
  it('is news', () => {
    expect(findKind({ blocks: [headline, lead, more] }, { index: 1 })).toBe('news');
  });
  it("leaves a feature's opening that does not restate it, and one with sections, to the other rules", () => {
    const scene = block('paragraph', '12月1日清晨，记者在高铁东站看到，不少乘客正在等车。', 4);
    const after = block('paragraph', '据介绍，市公交公司还将根据客流调整发车间隔。', 6);
    expect(findKind({ blocks: [headline, scene, more, after] }, { index: 1 })).toBe('article');
    const sections = [headline, lead, block('heading', '站点怎么设', 5), more, block('heading', '票价怎么定', 7), more];
    expect(findKind({ blocks: sections }, { index: 1 })).toBe('article');
  });
});
