// A headline broken over two lines over its byline, told from a kicker over a headline by the form of the break
// (split-headline.ts). The lines are made up in the forms pages print.
import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitBlocks } from '../blocks.ts';
import { brokenForColumn } from './split-headline.ts';

const TEXT = '入冬以来，城区各供热站点24小时值守，管网压力、水温实时监测，居民家中室温普遍在20度以上。';
const roles = (raw: string[]) => classifyBlocks(raw).map((b) => [b.kind, b.text.replace(/\n/gu, '/')]);

describe('a headline broken over two lines', () => {
  it('is one headline when a word runs across the break, as a PDF copy breaks a wide headline', () => {
    expect(roles(['开学季 某县新增中', '小学学位3200个', '本报记者 孔 亮', TEXT])).toEqual([
      ['headline', '开学季 某县新增中/小学学位3200个'], ['byline', '本报记者 孔 亮'], ['paragraph', TEXT],
    ]);
  });

  it('so when the word is one of two characters (接|待)', () => {
    expect(roles(['某区零工市场日均接', '待求职者120余人次', '本报记者 孔 亮', TEXT])[0]).toEqual(['headline', '某区零工市场日均接/待求职者120余人次']);
  });

  it('so when the upper line stops on a verb of one character whose object the lower line gives', () => {
    expect(roles(['温暖过冬', '全市集中供热面积达', '1.26亿平方米', '本报记者 孔 亮', TEXT]).slice(0, 2)).toEqual([['kicker', '温暖过冬'], ['headline', '全市集中供热面积达/1.26亿平方米']]);
  });

  it('over a news item\'s running text too, when a word runs across the break', () => {
    expect(roles(['某县农村饮水安全巩', '固提升工程完工', `本报讯 ${TEXT}`]).slice(0, 1)).toEqual([['headline', '某县农村饮水安全巩/固提升工程完工']]);
  });

  it('is one headline, its halves spaced, when they are a couplet broken at its space: a place and what happened there over a clause of the same length', () => {
    expect(roles(['平顺县：“蓄水池”建好了', '村民用水不再愁', '通讯员 孔 亮', TEXT]).slice(0, 2)).toEqual([
      ['headline', '平顺县：“蓄水池”建好了 村民用水不再愁'], ['byline', '通讯员 孔 亮'],
    ]);
  });

  it('so with no place, when the upper half opens with its subject', () => {
    expect(roles(['乡村书屋建到家门口', '孩子读书不用愁', '本报记者 孔 亮', TEXT])[0]).toEqual(['headline', '乡村书屋建到家门口 孩子读书不用愁']);
  });

  it('a kicker that opens with a verb stays the kicker over its headline', () => {
    expect(roles(['让老人吃上热乎饭', '某县“长者食堂”覆盖所有社区', '本报记者 孔 亮', TEXT]).slice(0, 2)).toEqual([
      ['kicker', '让老人吃上热乎饭'], ['headline', '某县“长者食堂”覆盖所有社区'],
    ]);
  });

  it('a headline over a deck of another length stays headline and deck', () => {
    const got = roles(['平顺县：年初确定的十二件民生实事全部完成', '一张清单兑现到底', '通讯员 孔 亮', TEXT]).slice(0, 2);
    expect(got[0]).toEqual(['headline', '平顺县：年初确定的十二件民生实事全部完成']);
    expect(got[1]![1]).toBe('一张清单兑现到底');
  });

  it('a short kicker over a headline stays the kicker, though a word might be read across them', () => {
    expect(roles(['快评', '别让“僵尸充电桩”寒了人心', '■ 柳青', TEXT]).slice(0, 2)).toEqual([['kicker', '快评'], ['headline', '别让“僵尸充电桩”寒了人心']]);
  });

  it('a column name set apart by its middle dot stays the kicker over a headline, a deck with figures and a byline (issue 15)', () => {
    const got = roles(['便民服务·再回访', '山村里的小超市有了“冷柜”', '某区36个村便民店配上冷链设备，村民买菜更方便', '本报记者 孔 亮 通讯员 李 强', TEXT]).slice(0, 2);
    expect(got).toEqual([['kicker', '便民服务·再回访'], ['headline', '山村里的小超市有了“冷柜”']]);
  });
});

describe('a headline broken for the width of a PDF copy’s column (brokenForColumn)', () => {
  const wrapped = (raw: string[]) => classifyBlocks(raw, true).map((b) => [b.kind, b.text.replace(/\n/gu, '/')]);

  it('is one headline on a page hard-wrapped at its column, the upper line as full as the lower', () => {
    expect(wrapped(['某县今年为2.6万名', '高龄老人发放补贴', '本报通讯员 孔 亮', TEXT]).slice(0, 2)).toEqual([
      ['headline', '某县今年为2.6万名/高龄老人发放补贴'], ['byline', '本报通讯员 孔 亮'],
    ]);
    expect(brokenForColumn('卫生院让群众就近', '看好病')).toBe(true);
  });

  it('so over the mark of a piece continued from another page', () => {
    expect(wrapped(['卫生院让群众就近', '看好病', '（上接第1版）', TEXT]).slice(0, 2)).toEqual([
      ['headline', '卫生院让群众就近/看好病'], ['continuation', '（上接第1版）'],
    ]);
  });

  it('the same lines on a page not so wrapped are read as before', () => {
    expect(roles(['卫生院让群众就近', '看好病', '（上接第1版）', TEXT])[0]).not.toEqual(['headline', '卫生院让群众就近/看好病']);
  });

  it('leaves a kicker a kicker: narrower than its headline, or a column’s name, a lead-in, a quote, a couplet, a series’ part', () => {
    expect(brokenForColumn('让老人吃上热乎饭', '某县“长者食堂”覆盖所有社区')).toBe(false);
    expect(brokenForColumn('温暖过冬', '供热')).toBe(false);
    expect(brokenForColumn('【民生关注】', '供热')).toBe(false);
    expect(brokenForColumn('医养结合让老人安心，', '某区养老床位')).toBe(false);
    expect(brokenForColumn('“孩子放学有地方去了”', '某县课堂开进村')).toBe(false);
    expect(brokenForColumn('一张床位 一份安心', '某县养老床位')).toBe(false);
    expect(brokenForColumn('民生实事回头看③', '某镇新桥')).toBe(false);
    expect(wrapped(['让老人吃上热乎饭', '某县“长者食堂”覆盖所有社区', '本报记者 孔 亮', TEXT]).slice(0, 2)).toEqual([
      ['kicker', '让老人吃上热乎饭'], ['headline', '某县“长者食堂”覆盖所有社区'],
    ]);
  });

  it('leaves a headline over a deck opened by dashes', () => {
    expect(brokenForColumn('某县农村公路提质改造', '——全县新改建农村公路126公里')).toBe(false);
  });
});

describe('a field line under a listing\'s fields (issue 15)', () => {
  it('is text of the listing, not the upper half of the next head', () => {
    const raw = ['◎某社区长者食堂', '时间：每天11:00—13:00\n地点：某社区党群服务中心一楼', '电话：0355-2000000', '说明：60周岁以上老人每餐12元', '◎某街道助餐点', '时间：周一至周六11:30—13:00'];
    const out = roles(raw);
    expect(out).toContainEqual(['paragraph', '说明：60周岁以上老人每餐12元']);
    expect(out.some(([, text]) => text!.includes('说明：') && text!.includes('助餐点'))).toBe(false);
  });
  it('leaves a place\'s headline under one staff line a headline', () => {
    const out = roles(['责任编辑：某某 校对：某某', '某县：今冬供暖提前5天“开闸”', '本报记者 孔 亮', TEXT]);
    expect(out[1]).toEqual(['headline', '某县：今冬供暖提前5天“开闸”']);
  });
});

describe('lines that never join as one headline (issue 15)', () => {
  it('keeps a series\' part over the headline its kicker: 冬季供暖调查之二 / 老旧小区暖气为何“上热下凉”', () => {
    const raw = ['冬季供暖调查之二', '老旧小区暖气为何“上热下凉”', '本报记者　贾　楠　实习生　宋佳怡', TEXT];
    expect(roles(raw).slice(0, 2)).toEqual([['kicker', '冬季供暖调查之二'], ['headline', '老旧小区暖气为何“上热下凉”']]);
  });
  it('keeps a column name over a bulleted head apart: 来信摘登 / ◎楼道灯坏了好久没人修', () => {
    const raw = ['来信摘登', '◎楼道灯坏了好久没人修', '我住在某小区5号楼，楼道里的感应灯坏了好久，晚上上下楼只能打手电。'];
    expect(roles(raw).slice(0, 2)).toEqual([['kicker', '来信摘登'], ['headline', '楼道灯坏了好久没人修']]);
  });
});

describe("a report's signer over its first numbered section (issue 15)", () => {
  const page = (signer: string) => splitBlocks(['某县政府工作报告（摘要）', '——2025年1月10日在某县第十八届人民代表大会第五次会议上', signer, '', '一、2024年工作回顾', '', '过去一年，全县地区生产总值完成218.5亿元，增长5.1%；一般公共预算收入完成26.3亿元。'].join('\n'));
  it('are the byline and a heading, never one caption or headline of two lines', () => {
    const got = roles(page('代县长 孙立新'));
    expect(got.find(([, t]) => t!.includes('县长'))).toEqual(['byline', '代县长 孙立新']);
    expect(got.some(([, t]) => t!.includes('/一、'))).toBe(false);
  });
});

describe("a box's label over its title after an article's text (issue 15)", () => {
  const page = (label: string) => [TEXT, label, '好风景也要有好服务', '山里的好风景，过去少有人知。如今路通了、车来了，村民吃上了“生态饭”。'];
  it('is the kicker over the headline, never its upper half', () => {
    expect(roles(page('记者手记')).slice(1, 3)).toEqual([['kicker', '记者手记'], ['headline', '好风景也要有好服务']]);
    expect(roles(page('编辑札记')).slice(1, 3)).toEqual([['kicker', '编辑札记'], ['headline', '好风景也要有好服务']]);
  });
  it('leaves a headline broken after a word that names no box joined', () => {
    expect(roles(['开学季 某县新增中', '小学学位3200个', '本报记者 孔 亮', TEXT])[0]![0]).toBe('headline');
  });
});

describe("a column's name set off by an ornament over a headline (issue 15)", () => {
  it('is the kicker, never the headline\'s upper half', () => {
    expect(roles(['▌乡村振兴看变化', '某镇：自来水通到了山顶村', '本报通讯员 孔 亮 记者 某 某', TEXT]).slice(0, 2)).toEqual([['kicker', '▌乡村振兴看变化'], ['headline', '某镇：自来水通到了山顶村']]);
  });
  it('leaves a headline broken after a word with no ornament joined', () => {
    expect(roles(['开学季 某县新增中', '小学学位3200个', '本报记者 孔 亮', TEXT])[0]![0]).toBe('headline');
  });
});

describe('a headline whose subject names a place no division is, or counts what is there (issue 15)', () => {
  it('joins a river\'s name and what is there over its predicate, printed as one block under a kicker set apart', () => {
    expect(roles([TEXT, '守住一城绿意', '汾河公园\n绿道串起城乡美', '本报记者 孔 亮', TEXT]).slice(1, 3)).toEqual([
      ['kicker', '守住一城绿意'], ['headline', '汾河公园/绿道串起城乡美'],
    ]);
  });

  it('joins the paper\'s own place and a count of what is there over its predicate, over a 本报讯 item', () => {
    expect(roles(['我县今年12件民生实事', '已全部完成年度任务', `本报讯（记者 孔 亮）${TEXT}`]).slice(0, 1)).toEqual([
      ['headline', '我县今年12件民生实事/已全部完成年度任务'],
    ]);
  });

  it('leaves a place and a part of it (`上游`: where, no noun of what is there) over a clause apart', () => {
    expect(roles([TEXT, '守住一城绿意', '汾河上游\n水草丰茂白鹭来', '本报记者 孔 亮', TEXT]).map(([, t]) => t)).not.toContain('汾河上游/水草丰茂白鹭来');
  });

  it('leaves an upper line that holds its own verb over a 本报讯 item apart: a clause, no subject', () => {
    expect(roles(['我县新增8处公共停车场', '缓解城区停车难', `本报讯（记者 孔 亮）${TEXT}`]).map(([, t]) => t)).not.toContain('我县新增8处公共停车场/缓解城区停车难');
  });
});

describe('a subject and the rest of its headline over a deck of dashes (issue 15)', () => {
  // No kicker over them that reads as one (a stack under a kicker and over a deck holds its headline between them).
  const stack = (upper: string, lower: string) => roles([TEXT, upper, lower, '——惠及群众超过8万人次', '本报记者 孔 亮', TEXT]).map(([, t]) => t);

  it('joins them, though jieba tags the lower line\'s verb as a set phrase or a verbal noun', () => {
    expect(stack('我县九项惠民工程', '超额完成全年计划')).toContain('我县九项惠民工程/超额完成全年计划');
    expect(stack('我区新能源公交车辆', '突破300辆')).toContain('我区新能源公交车辆/突破300辆');
  });

  it('leaves them apart when the lower line opens with a noun of its own, or the upper holds a verb', () => {
    expect(stack('我县惠民实事', '群众满意度达98%')).not.toContain('我县惠民实事/群众满意度达98%');
    expect(stack('我区新增公交车辆', '突破300辆')).not.toContain('我区新增公交车辆/突破300辆');
  });
});
