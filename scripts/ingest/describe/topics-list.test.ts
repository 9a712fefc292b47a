// An article made of a list is about what each of its items is about (topics-list.ts, topics.ts). Lines made up
// in the forms the papers print, with near misses.
import { describe, expect, it } from 'vitest';
import { listItems, listTopics } from './topics-list.ts';
import { findTopics, scoreTopics } from './topics.ts';

const score = (t: string) => scoreTopics([{ text: t, weight: 1 }]);

describe('the items of a list', () => {
  it('reads lines opened by an ordinal, each with the lines under it, and a table\'s rows but its head', () => {
    const numbered = '今年确定的实事进展如下：\n1.改造老旧小区40个。\n2.新增普惠托位600个。\n其中社区托育点12个。\n3.新建农村公路30公里。';
    expect(listItems([{ text: numbered }])).toEqual(['1.改造老旧小区40个。', '2.新增普惠托位600个。\n其中社区托育点12个。', '3.新建农村公路30公里。']);
    const table = '| 项目 | 完成 |\n|---|---|\n| 新建村级养老服务站 | 8个 |\n| 改造农村户厕 | 900户 |\n| 新建农村公路 | 25公里 |';
    expect(listItems([{ text: table }])).toEqual(['| 新建村级养老服务站 | 8个 |', '| 改造农村户厕 | 900户 |', '| 新建农村公路 | 25公里 |', '完成']);
    expect(listItems([{ text: '（一）改造老旧小区30个。' }, { text: '（二）新增托位五百个。' }, { text: '（三）新建公路12公里。' }])).toHaveLength(3);
    expect(listItems([{ text: '● 新增学位 4680个\n● 改造老旧小区 46个\n● 家庭医生签约 21.3万人' }])).toHaveLength(3);
  });
  it("reads the heads of a table's columns where its rows are places, and a box's figures over their labels", () => {
    const byCounty = '|县区|新建农村公路（公里）|新增托位（个）|\n|甲县|12|420|\n|乙县|86|310|\n|丙区|74|260|';
    expect(listItems([{ text: byCounty }])).toEqual(expect.arrayContaining(['新建农村公路（公里）', '新增托位（个）']));
    expect(listItems([{ text: '1.26亿平方米\n集中供热面积' }, { text: '136个\n改造老旧小区' }, { text: '4.52万人\n城镇新增就业' }])).toHaveLength(3);
  });
  it('not a list of areas or steps that counts no work', () => {
    expect(listItems([{ text: '停水区域如下：\n1.青年路沿线住户；\n2.县医院家属院；\n3.城关小学。' }])).toEqual([]);
  });
  it('no list of fewer than three, nor a decimal at a line\'s start', () => {
    expect(listItems([{ text: '1.改造老旧小区40个。\n2.新增普惠托位600个。' }])).toEqual([]);
    expect(listItems([{ text: '1.5万户居民受益。\n2.3万人次参加培训。\n3.6公里管网完工。' }])).toEqual([]);
  });
  it("counts each item's leading topic, both of a tie, and none of an item with no strong word", () => {
    expect(listTopics(['1.改造城镇老旧小区40个。', '2.新建社区养老服务中心5个，新增普惠托位600个。', '3.抓好各项工作落实。'], score, 3)).toEqual(['housing', 'elderly-care', 'childcare']);
  });
});

describe('findTopics of an article made of a list', () => {
  const lead = '记者从市政府办公室获悉，今年确定的民生实事进展顺利，具体如下：';
  const items = ['1.改造城镇老旧小区120个，已完工98个。', '2.新增普惠托位2000个，已完成2160个。', '3.新建改造农村公路500公里。', '4.新建社区嵌入式养老服务中心20个。', '5.完成农村供水工程改造，受益群众12万人。', '6.新建改造供热管网80公里。'];
  it('is about each topic an item leads with, more than five where the items name more', () => {
    const topics = findTopics([{ text: '我市民生实事进展顺利', weight: 3 }, { text: `${lead}\n${items.join('\n')}`, weight: 1 }]);
    for (const t of ['housing', 'childcare', 'transport', 'elderly-care', 'water', 'heating'] as const) expect(topics).toContain(t);
  });
  it('the same text told as running prose keeps at most five', () => {
    const prose = items.map((t) => t.replace(/^\d\./u, '')).join('');
    expect(findTopics([{ text: '我市民生实事进展顺利', weight: 3 }, { text: `${lead}${prose}`, weight: 1 }]).length).toBeLessThanOrEqual(5);
  });
});
