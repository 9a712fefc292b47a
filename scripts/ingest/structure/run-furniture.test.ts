// run-furniture.ts on made-up pages: a section's band between heavy rules after running text, over a headline, is
// the column name of the piece under it; at the page's head, or over lines that are no headline, it is not.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';

const kinds = (lines: string[]) => classifyBlocks(lines).map((b) => b.kind);

describe('a band between heavy rules (issue 15)', () => {
  it('after running text, over a headline and its byline, is the kicker of the piece under it', () => {
    const page = ['某镇新建老年食堂3个', '本报记者 某 某', '某镇今年新建老年食堂3个，日均就餐300余人次。', '━━━　文体·生活　━━━', '某县全民健身中心开放', '本报记者 某某某', '5月3日，某县全民健身中心正式向市民开放，日均接待健身群众1200人次。'];
    expect(kinds(page)).toEqual(['headline', 'byline', 'paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
  });
  it('at the page\'s head is the page\'s, and after text over the lines of a list it is no kicker', () => {
    const head = ['══════　周末·文体　══════', '某县全民健身中心开放', '本报记者 某某某', '5月3日，某县全民健身中心正式向市民开放，日均接待健身群众1200人次。'];
    expect(kinds(head)[0]).toBe('furniture');
    const list = ['某镇新建老年食堂3个', '某镇今年新建老年食堂3个，日均就餐300余人次。', '━━━ 食堂这三年 ━━━', '2023年6月　某镇首家老年食堂开业', '2024年3月　全镇推行助餐“一卡通”'];
    expect(kinds(list)[2]).not.toBe('kicker');
  });
});

describe('a copy\'s author line among its header\'s page lines (issue 15)', () => {
  it('is the page\'s, the first piece keeping its own byline', () => {
    const page = ['某县融媒 2025-12-03 18:20 发表于山西', '来源：《某某报》2025年12月3日第2版', '作者：某某某 某 某', '编辑：某 某', '某县新建日间照料中心5个', '文｜某某某', '12月1日，记者从某县民政局获悉，今年全县新建日间照料中心5个。'];
    expect(kinds(page)).toEqual(['furniture', 'furniture', 'furniture', 'furniture', 'headline', 'byline', 'paragraph']);
  });
  it('leaves a byline under a headline between page lines the piece\'s', () => {
    const page = ['2025年12月3日 星期三 第2版', '某县新建日间照料中心5个', '本报记者 某某某', '编辑：某 某', '12月1日，记者从某县民政局获悉，今年全县新建日间照料中心5个。'];
    expect(kinds(page)[2]).toBe('byline');
  });
});

describe('a barred section line at the page\'s top over its page lines (issue 15)', () => {
  it('is the page\'s, not the first piece\'s kicker', () => {
    const page = ['法治在线 | 代表建议答复选登', '主编：某某某 责任编辑：某某', '【关于加快农村供水管网改造的建议】', '代表：某县某镇 某某某', '答复摘要：您提出的建议已收悉。今年我局新建改造农村供水管网420公里。'];
    expect(kinds(page)[0]).toBe('furniture');
  });
  it('leaves a barred line over a headline its kicker', () => {
    const page = ['法治在线 | 以案说法', '某县法院巡回审判进村', '本报记者 某某某', '近日，某县法院在某村开庭审理一起赡养纠纷案件，200余名村民旁听。'];
    expect(kinds(page)[0]).not.toBe('furniture');
  });
});
