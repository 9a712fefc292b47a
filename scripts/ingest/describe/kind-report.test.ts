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

describe('a report reprinted from another outlet', () => {
  const headline = block('headline', '某县：山村里的“大食堂”', 0);
  const rest = [block('paragraph', '“以前一个人做饭，凑合一口是一口。”83岁的老人说。', 2), block('paragraph', '记者了解到，全县已建成幸福食堂46个，日均服务老人1800余人次。', 3)];
  const opening = (dateline: string) => block('paragraph', '中午12点，某村的幸福食堂飘出饭菜香，村里75岁以上的老人只需交3元。', 1, { byline: dateline });
  it('is the kind it reads as under an agency’s or another paper’s dateline, not news by it', () => {
    expect(findKind({ blocks: [headline, opening('新华社太原11月26日电（记者 王某）'), ...rest] }, { index: 1 })).toBe('article');
    expect(findKind({ blocks: [headline, opening('山西日报讯（记者 郭某 通讯员 李某）'), ...rest] }, { index: 1 })).toBe('article');
    expect(findKind({ blocks: [headline, opening('某省新闻网讯'), ...rest] }, { index: 1 })).toBe('article');
  });
  it('news under the page’s own dateline (本报讯, 本网讯, 融媒讯, a county’s 武乡讯) or a local outlet’s named by its place', () => {
    for (const own of ['本报讯（记者 王某）', '本网讯（记者 吕某）', '融媒讯（记者 段某）', '武乡讯（通讯员 郝某）', '长治新闻网讯（记者 赵某）', '上党晚报讯（记者 李某）']) {
      expect(findKind({ blocks: [headline, opening(own), ...rest] }, { index: 1 })).toBe('news');
    }
  });
});

describe('a site’s menu and trail are no column over the piece', () => {
  const piece = [block('headline', '某区首家普惠托育中心投用', 2), block('paragraph', '走进某区兴业家园小区的托育中心，孩子们正在午睡，老师轻轻掖好被角。', 3), block('paragraph', '中心负责人介绍，托育费用为每月1800元。', 4), block('paragraph', '家长李女士说，孩子有地方托了。', 5)];
  it('reads past a menu of the site’s columns and a trail’s parent steps', () => {
    expect(findKind({ blocks: [block('furniture', '首页 | 要闻 | 乡镇动态 | 视频 | 专题专栏', 0), ...piece] }, { index: 0 })).toBe('article');
    expect(findKind({ blocks: [block('furniture', '当前位置：首页 >> 园区动态 >> 民生服务', 1), ...piece] }, { index: 0 })).toBe('article');
  });
  it('still reads the column a trail ends on, or a column named alone', () => {
    expect(findKind({ blocks: [block('furniture', '首页 > 乡镇动态', 1), ...piece] }, { index: 0 })).toBe('news');
    expect(findKind({ blocks: [block('kicker', '乡镇动态', 1), ...piece] }, { index: 0 })).toBe('news');
  });
});
