// A box closing an article (segment-closing-box.ts): a block printed apart after the article's text, its first line a
// title of a few words over short lines of its own. Lines made up in that form, with near misses: a section's head over
// running text, a head over one line, a table under its title, sections of fields, a numbered section, a rule.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const ARTICLE = ['某区新建社区助餐点12个', '本报记者 赵 某', '', '今年以来，某区在老旧小区新建社区助餐点12个，每天为900余名老人提供午餐和晚餐。', '', '区民政局负责人介绍，80岁以上老人每餐可享受补贴5元，持卡刷卡即可。'];
const NEXT = ['', '某镇开通城乡公交线路3条', '本报讯 近日，某镇新开通的3条城乡公交线路正式运营，沿线11个村群众出行更方便。'];
const FOOT = ['', '责任编辑：某 某'];
const heads = (lines: string[]) => structurePage(lines.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
const boxOf = (lines: string[], title: string) => structurePage(lines.join('\n')).segments.find((s) => s.blocks.some((b) => b.kind === 'headline' && b.text === title));

describe('a box closing an article, printed apart under its title', () => {
  it('is a sidebar of its own, at the page foot or before the next article, its title a plain line or set off by a mark', () => {
    const tips = ['', '用餐提醒', '●请老人错峰就餐，避免排队；', '●有慢性病的老人请告知工作人员；', '●助餐点咨询电话：0355-1234567'];
    for (const after of [FOOT, NEXT]) {
      expect(heads([...ARTICLE, ...tips, ...after])).toEqual(['某区新建社区助餐点12个', '用餐提醒', ...(after === NEXT ? ['某镇开通城乡公交线路3条'] : [])]);
      const box = boxOf([...ARTICLE, ...tips, ...after], '用餐提醒')!;
      expect(box.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('\n')).toMatch(/^●请老人错峰就餐，避免排队；\n●有慢性病/u);
    }
    const marked = ['', '■本月服务安排', '1.每周二上门理发', '2.每周四健康体检', '3.每月末集体生日会'];
    expect(heads([...ARTICLE, ...marked, ...FOOT])).toEqual(['某区新建社区助餐点12个', '本月服务安排']);
    const emoji = ['', '📍出行小提示', '1.雪天路滑，请减速慢行。', '2.山区道路请勿夜间行车。'];
    expect(heads([...ARTICLE, ...emoji, ...FOOT])).toEqual(['某区新建社区助餐点12个', '出行小提示']);
  });

  it('boxes printed one after another each stand alone; the article keeps its text', () => {
    const figures = ['', '助餐点就餐人数前三位', '1.东街社区 210人', '2.西关社区 180人', '3.南苑社区 150人'];
    const tips = ['', '用餐提醒', '●请老人错峰就餐；', '●就餐请出示助餐卡。'];
    const segments = structurePage([...ARTICLE, ...figures, ...tips, ...FOOT].join('\n')).segments;
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['某区新建社区助餐点12个', '助餐点就餐人数前三位', '用餐提醒']);
    expect(segments[0]!.blocks.filter((b) => b.kind === 'paragraph').at(-1)!.text).toMatch(/^区民政局负责人/u);
  });

  it('keeps its bullets together where one read alone would open a brief', () => {
    const tips = ['', '用餐提醒', '●请老人错峰就餐，避免排队；', '●有慢性病的老人请告知工作人员；', '●外出就餐请结伴而行，注意防滑。'];
    const segments = structurePage([...ARTICLE, ...tips, ...FOOT].join('\n')).segments;
    expect(segments).toHaveLength(2);
    expect(segments[1]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('\n')).toContain('●外出就餐请结伴而行，注意防滑。');
  });
});

describe('what closes an article like a box but is its own', () => {
  it("the last of the article's sections printed so, each a head over sentences; a head over one line only", () => {
    const sections = ['', '助餐点怎么建', '东街社区把闲置的活动室改成了食堂。', '西关社区则与附近餐馆合作，由餐馆供餐。', '', '下一步打算', '明年，区里将在农村地区推广助餐服务。', '区里还将引入社会力量参与运营。'];
    expect(heads([...ARTICLE, ...sections, ...FOOT])).toEqual(['某区新建社区助餐点12个']);
    const one = ['', '用餐提醒', '●请老人错峰就餐，避免排队。'];
    expect(heads([...ARTICLE, ...one, ...FOOT])).toEqual(['某区新建社区助餐点12个']);
  });

  it("a profile's box of sentences closing an article of no such sections is a box", () => {
    const profile = ['', '某某小米专业合作社', '合作社成立于2018年，现有社员120户。', '订购热线：0355-1234567'];
    expect(heads([...ARTICLE, ...profile, ...FOOT])).toEqual(['某区新建社区助餐点12个', '某某小米专业合作社']);
  });

  it('a table or a chart under its title, a table\'s header, sections of fields, a numbered section, a rule', () => {
    const table = ['', '各街道助餐点数量', '街道 助餐点（个） 日均就餐（人次）', '东街街道 4 320', '西关街道 5 410', '南苑街道 3 170'];
    const header = ['', '街道 助餐点 就餐人次', '东街 4 320', '西关 5 410'];
    const fields = ['', '东街社区助餐点', '时间：每天11:00—12:30', '地点：东街社区服务中心一楼', '', '西关社区助餐点', '时间：每天11:30—13:00', '地点：西关社区服务中心'];
    const numbered = ['', '三、下一步打算', '推广农村助餐', '引入社会力量'];
    const rule = ['', '＊　＊　＊', '推广农村助餐', '引入社会力量'];
    const chart = ['', '■近三年助餐点日均就餐人次', '2023年 420', '2024年 610', '2025年 900'];
    const unit = ['', '近三年助餐点日均就餐人次（人次）', '2023年 420', '2024年 610', '2025年 900'];
    for (const box of [table, header, fields, numbered, rule, chart, unit]) expect(heads([...ARTICLE, ...box, ...FOOT])).toEqual(['某区新建社区助餐点12个']);
  });

  it('lines printed with the text above them, no blank line between', () => {
    const lines = [...ARTICLE.filter((l) => l !== ''), '用餐提醒', '●请老人错峰就餐，避免排队；', '●就餐请出示助餐卡。', ...FOOT];
    expect(heads(lines)).not.toContain('用餐提醒');
  });
});

describe('a box of advice closing an article: a label of reminding printed apart over a paragraph or two', () => {
  const tip = '冬季用电量大，请不要私拉乱接电线，外出时及时关闭电暖器电源，确保安全过冬。';
  it('is a sidebar of its own, its label plain or in brackets', () => {
    for (const box of [['', '【温馨提示】', '', tip], ['', '用电提示', '', tip], ['', '温馨提示', '', tip, '', '如遇停电，请拨打供电服务热线咨询。']]) {
      const title = box[1]!.replace(/^【|】$/gu, '');
      expect(heads([...ARTICLE, ...box, ...FOOT])).toEqual(['某区新建社区助餐点12个', title]);
    }
  });

  it('not a section head of other words, nor a label over three paragraphs', () => {
    expect(heads([...ARTICLE, '', '下一步打算', '', tip, ...FOOT])).toEqual(['某区新建社区助餐点12个']);
    const three = ['', '用电提醒', '', tip, '', '如遇停电，请拨打供电服务热线咨询。', '', '区供电所还将组织人员入户检查线路，排除隐患。'];
    expect(heads([...ARTICLE, ...three, ...FOOT])).toEqual(['某区新建社区助餐点12个']);
  });
});

describe("a label of reminding that is the article's last section, or printed with its text", () => {
  const P = ['记者走访发现，市民购买理财产品时，最关心的仍是收益，很多人只看宣传中的预期收益率。', '某银行理财经理介绍，今年以来固收类产品更受欢迎，年化收益多在2%到3%之间。', '专家说，理财非存款，产品有风险，投资者应根据自身风险承受能力审慎选择。'];
  const tip = '冬季用电量大，请不要私拉乱接电线，外出时及时关闭电暖器电源，确保安全过冬。';
  it('a plain head where the article heads its other sections plainly, as Markdown heads are, is its last section', () => {
    const markdown = ['# 理财产品怎么选', '本报记者 钱 某', '', '## 收益看长期', '', P[0]!, '', P[1]!, '', '## 风险提示', '', P[2]!, ...FOOT];
    expect(heads(markdown)).toEqual(['理财产品怎么选']);
    const subheads = ['# 理财产品怎么选', '本报记者 钱 某', '', '### 收益看长期', '', P[0]!, '', P[1]!, '', '### 投资风险提醒', '', P[2]!, ...FOOT];
    expect(heads(subheads)).toEqual(['理财产品怎么选']);
  });

  it('a label printed with the text above it, no blank line between, stays the article\'s', () => {
    expect(heads([...ARTICLE, '用电提示', tip, ...FOOT])).toEqual(['某区新建社区助餐点12个']);
  });

  it('a label set off by a mark, or plain under a headline of no sections, closing a Markdown article is a box still', () => {
    const marked = ['# 理财产品怎么选', '本报记者 钱 某', '', '## 收益看长期', '', P[0]!, '', P[1]!, '', '## ▲用电提示', '', tip, ...FOOT];
    expect(heads(marked)).toEqual(['理财产品怎么选', '用电提示']);
    const alone = ['# 理财产品怎么选', '本报记者 钱 某', '', P[0]!, '', P[1]!, '', '## 风险提示', '', P[2]!, ...FOOT];
    expect(heads(alone)).toEqual(['理财产品怎么选', '风险提示']);
    // Sections whose heads are printed with their lines (a mark the page set before them may be gone from the text),
    // and the label alone between blank lines: a box.
    const printedWith = ['# 理财产品怎么选', '本报记者 钱 某', '', P[0]!, '', '## 收益看长期', P[1]!, '', '## 风险怎么看', P[2]!, '', '## 风险提示', '', tip, ...FOOT];
    expect(heads(printedWith)).toEqual(['理财产品怎么选', '风险提示']);
  });
});

describe('a box head printed as its label, a colon and its title; a box cut off as a brief', () => {
  const tips = ['1.注意保暖，外出时做好头颈部防护。', '2.饮食清淡，多吃新鲜蔬菜水果。', '3.出现胸闷等症状，应立即拨打急救电话。'];
  it('is a sidebar titled by the line whole, a question\'s mark and a comma in its title or not', () => {
    expect(heads([...ARTICLE, '', '■健康提示：冬季取暖记住这几点', ...tips, ...NEXT])).toEqual(['某区新建社区助餐点12个', '健康提示：冬季取暖记住这几点', '某镇开通城乡公交线路3条']);
    const poll = ['', '■本期话题：冬季出行，你选公交吗？', '本报发起的投票中，共有1200名网友参与——', '● 每天乘坐公交，很方便　52.3%', '● 偶尔乘坐公交　30.1%', '● 从不乘坐公交　17.6%'];
    expect(heads([...ARTICLE, ...poll, ...FOOT])).toEqual(['某区新建社区助餐点12个', '本期话题：冬季出行，你选公交吗？']);
  });

  it('a bulleted head too long for a label over lines in one paragraph (only the last ends its sentence), read as a brief, is the box', () => {
    const box = ['', '■冬季家庭用电安全小贴士', '1.不要私拉乱接电线；', '2.外出时关闭电暖器电源；', '3.老人独居家庭请定期检查线路。'];
    const segments = structurePage([...ARTICLE, ...box, ...NEXT].join('\n')).segments;
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['某区新建社区助餐点12个', '冬季家庭用电安全小贴士', '某镇开通城乡公交线路3条']);
    expect(segments[1]!.blocks.find((b) => b.kind === 'paragraph')!.text).toMatch(/^1\.不要私拉乱接电线；/u);
  });

  it("no field's value, no part counted before its colon, no sentence: those heads title no box", () => {
    for (const head of ['■咨询电话：0355-1234567', '◇第一站：东街社区食堂', '■温馨提示：天冷路滑，请注意安全。', '■时间：12月6日上午']) {
      expect(heads([...ARTICLE, '', head, ...tips, ...FOOT])).not.toContain(head.slice(1));
    }
  });
});
