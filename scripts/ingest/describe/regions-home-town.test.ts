// A town two counties share (店上镇: 潞城区 and 壶关县), named with neither county, on a county's own paper: the home
// county's town (781's 潞城新闻, 763's 壶关 page). Made up in the forms the papers print.
import { describe, expect, it } from 'vitest';
import { PLACES } from '../../../src/domain/places/gazetteer.ts';
import { findRegions } from './regions.ts';

const county = (name: string) => PLACES.find((p) => p.name === name)!;
const item = '本报讯（通讯员 某某）近日，店上镇2025年度“煤改电”取暖运行补贴发放到位，全镇1460户改造户每户获得补贴1200元。';

describe('a town two counties share, on a county’s paper', () => {
  it('is the home county’s town', () => {
    expect(findRegions(item, county('潞城区'))).toEqual(['潞城区', '潞城区店上镇']);
    expect(findRegions(item, county('壶关县'))).toEqual(['壶关县', '壶关县店上镇']);
  });

  it('not on a paper of another county or of the city, nor where the text names the other county', () => {
    expect(findRegions(item, county('武乡县'))).toEqual([]);
    expect(findRegions(item)).toEqual([]);
    expect(findRegions('壶关县店上镇新建日间照料中心2个，店上镇的老人有了好去处。', county('潞城区'))).toEqual(['壶关县', '壶关县店上镇']);
  });
});
