// A notice page (issue 15): a heading under a notice's signature heads the next piece, and a short head's list of
// lines set off by one bullet stays one piece, not a brief a line. Made-up lines in the form pages print.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const titles = (text: string) => structurePage(text).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text ?? '(none)');

const noticePage = [
  '某报 第7版 公告·服务',
  '',
  '襄垣县2025年公益性岗位拟聘用人员公示',
  '',
  '经个人申请、资格审核，襄垣县人社局拟聘用12名就业困难人员到公益性岗位工作。',
  '公示期为11月20日至11月26日，对公示人员有异议的，可在公示期内反映。',
  '襄垣县人力资源和社会保障局',
  '2025年11月20日',
  '',
  '声　明',
  '',
  '●某某便利店遗失食品经营许可证正本一份，声明作废。',
  '●张某某遗失残疾人证一本，声明作废。',
  '●某某物流有限公司拟减少注册资本，请债权人自见报之日起45日内申报债权。',
].join('\n');

describe('a notice page', () => {
  it('a head under the issuer and day that sign a notice heads a piece of its own, its bulleted lines one piece', () => {
    expect(titles(noticePage)).toEqual(['襄垣县2025年公益性岗位拟聘用人员公示', '声　明']);
    const last = structurePage(noticePage).segments.at(-1)!;
    expect(last.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(3);
  });

  it('bulleted items that open with their day are briefs, each a piece', () => {
    const briefs = ['某县简讯', '', '●12月3日，某镇新建日间照料中心投用。', '●12月4日，某村完成道路硬化2公里。', '●12月5日，某社区开展义诊活动。'].join('\n');
    expect(structurePage(briefs).segments.length).toBeGreaterThan(1);
  });

  it('a heading under text that no body signed stays a section of that text', () => {
    const article = ['某镇新建日间照料中心', '', '今年以来，某镇新建日间照料中心3个，服务老人200余人。', '', '下一步打算', '', '明年，该镇计划再建2个中心。'].join('\n');
    expect(structurePage(article).segments).toHaveLength(1);
  });

  it('a title-like line left a caption under the issuer and day that sign a notice heads the next piece', () => {
    const page = [
      '某县融媒体中心 第4版 服务',
      '',
      '停水通知',
      '',
      '因供水管网维修，县自来水公司定于12月30日8时至18时停止向城区东部居民供水，影响用户约900户。请用户提前储水，敬请谅解。',
      '',
      '壶关县自来水公司',
      '2025年12月29日',
      '',
      '',
      '本周民生热线诉求分类（12月22日—12月28日）',
      '供暖　　　　128件',
      '物业管理　　56件',
      '道路交通　　31件',
      '合计　　　　215件',
      '（县民生热线中心提供）',
    ].join('\n');
    const heads = titles(page);
    expect(heads[0]).toBe('停水通知');
    expect(heads).toContain('本周民生热线诉求分类（12月22日—12月28日）');
    // Not under text no one signed: a photo's caption after a report stays a caption of that report.
    const report = ['某镇新建日间照料中心', '', '今年以来，某镇新建日间照料中心3个，服务老人200余人。', '', '老人们在照料中心用餐', '', '该镇计划明年再建2个中心。'].join('\n');
    expect(structurePage(report).segments).toHaveLength(1);
  });
});
