// Letters printed under their heads with no salutation, each signed after a dash and answered by a bracketed reply
// (a 民声 page's 来信摘登 column, issue 15): made-up lines in the form such pages print.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import { cleanByline } from '../describe/byline.ts';
import { isDashSignature, isReaderSignature, repliesToSignature } from './letters.ts';

const letter = (head: string, text: string, sign: string, reply: string) => ['', `◎${head}`, text, sign, reply];
const page = [
  '某报　2025年12月3日　星期三　A05　民声',
  '',
  '来信摘登',
  ...letter('楼道灯坏了好久没人修', '我住在某小区5号楼，楼道里的感应灯坏了好久，晚上上下楼只能打手电。', '——某街道居民　赵女士', '【回复】某街道办事处：接到反映后，我们更换了5号楼的感应灯14盏。'),
  ...letter('村里的自来水为啥总是浑的', '今年入秋以来，村里的自来水常常发黄发浑，大家心里不踏实。', '——某镇村民　王先生', '【回复】某县水利局：我局已对蓄水池进行清淤消毒，并新装过滤设备1套。'),
].join('\n');

describe('letters signed after a dash, each with its reply', () => {
  it('are one piece each: the head, the letter, its signature as the byline, the reply', () => {
    const { segments } = structurePage(page);
    const kinds = segments.map((s) => s.blocks.filter((b) => b.kind !== 'furniture').map((b) => b.kind));
    expect(kinds).toEqual([
      ['kicker', 'headline', 'paragraph', 'byline', 'paragraph'],
      ['headline', 'paragraph', 'byline', 'paragraph'],
    ]);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['楼道灯坏了好久没人修', '村里的自来水为啥总是浑的']);
  });

  it('reads the signature by its dash and form; a deck or a sentence after a dash is none', () => {
    expect(['——某街道居民　赵女士', '——长子县读者 李同学'].map(isDashSignature)).toEqual([true, true]);
    expect(['——访潞州区医疗保障局局长赵红梅', '——全县新建换热站12座', '某街道居民　赵女士', '——是的，他说。'].map(isDashSignature)).toEqual([false, false, false, false]);
    expect(cleanByline('——潞城区潞华街道居民　赵女士')).toBe('潞城区潞华街道居民 赵女士');
  });

  it('keeps under the letter only a reply of the bracketed-label form, and only under a dash signature or a reader\'s', () => {
    expect(repliesToSignature('——某街道居民　赵女士', '【回复】某街道办事处：接到反映后，我们更换了感应灯。')).toBe(true);
    expect(repliesToSignature('——某街道居民　赵女士', '12月1日晚，记者再次来到小区。')).toBe(false);
    expect(repliesToSignature('（通讯员　申晓丽）', '【回复】某街道办事处：接到反映后，我们更换了感应灯。')).toBe(false);
    // Or under a reader's signature in brackets, where from, the role and the name.
    expect(repliesToSignature('（某区读者 周先生）', '【回音】某区交警大队：经现场勘查，已施划人行横道。')).toBe(true);
    expect(repliesToSignature('（网友 小李）', '【答复】某县教育局：今年将新增学位600个。')).toBe(true);
    expect(repliesToSignature('（记者 周某）', '【回音】某区交警大队：经现场勘查，已施划人行横道。')).toBe(false);
    const deck = ['某县医保报销更方便了', '——访某区医疗保障局局长赵红梅', '本报记者　孔　雪', '', '问：今年在方便群众报销上做了哪些事？'].join('\n');
    const { segments } = structurePage(deck);
    expect(segments[0]!.blocks.map((b) => b.kind).slice(0, 3)).toEqual(['headline', 'deck', 'byline']);
  });
});

describe('netizens\' posts signed bare under the text, each answered by a reply that names who answers', () => {
  const item = (head: string, post: string, sign: string, reply: string, status: string) => ['', '', head, '', `${post}\n${sign}`, '', reply, '', status];
  const lines = [
    '某报　2025年12月16日　星期二　A06　热线·问政',
    ...item('小区楼道灯坏了半个月没人修', '我家住某小区3号楼，楼道里的感应灯从11月下旬就不亮了，希望有关部门督促一下。', '网友　夜归人', '某街道办事处回复：网友您好！接到留言后，社区工作人员更换了灯具24盏。', '【已办结】'),
    ...item('孩子上幼儿园的减免怎么申请', '我家孩子在某街道一所普惠性民办幼儿园上学，听说有减免政策，想了解一下怎么申请。', '某区读者　王丽娟', '某区教育局回复：在普惠性民办幼儿园就读的幼儿，每生每学期减免保教费600元。', '【已答复】'),
    ...item('公交站台能不能加个遮雨棚', '医院门口的公交站只有一根站牌，下雨下雪天没处躲。', '市民　王先生', '某县交通运输局回复：您反映的站点已列入明年改造计划。', '【已答复】'),
    '', '', '', '（本版稿件由本报记者　王　静　整理）',
  ];
  it('are one piece each: the signature its byline, the reply and the status line its text', () => {
    const { segments } = structurePage(lines.join('\n'));
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['小区楼道灯坏了半个月没人修', '孩子上幼儿园的减免怎么申请', '公交站台能不能加个遮雨棚']);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'byline')?.text)).toEqual(['网友　夜归人', '某区读者　王丽娟', '市民　王先生']);
    expect(segments[0]!.blocks.filter((b) => b.kind === 'paragraph').at(-1)?.text).toBe('【已办结】');
    expect(segments[1]!.blocks.some((b) => b.text.startsWith('某区教育局回复：'))).toBe(true);
  });

  it('near misses: a bare signature takes only a reply, and signs no text that runs on', () => {
    expect(repliesToSignature('网友　夜归人', '某街道办事处回复：接到留言后，已更换灯具。')).toBe(true);
    expect(repliesToSignature('网友　夜归人', '12月1日晚，记者再次来到小区。')).toBe(false);
    expect(repliesToSignature('记者　王磊', '某街道办事处回复：接到留言后，已更换灯具。')).toBe(false);
    const prose = structurePage(['某小区楼道灯修好了', '', '楼道里的感应灯坏了半个月。\n网友　夜归人', '', '12月1日晚，记者再次来到小区，楼道灯已经亮了。'].join('\n')).segments;
    expect(prose[0]!.blocks.some((b) => b.kind === 'byline')).toBe(false);
  });

  it('a two-part head with 读者 after a signed item is the next piece\'s head, no signature (review R4 F18)', () => {
    const text = ['市区新增公交线路3条', '', '本报讯（记者 王 磊）12月30日，市公交公司新开通3条公交线路，方便市民出行。', '', '', '致读者　新年寄语', '本报编辑部', '', '新年将至，感谢广大读者一年来的陪伴。明年起，本报将新增民生版面2个。'].join('\n');
    const { segments } = structurePage(text);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['市区新增公交线路3条', '致读者　新年寄语']);
    expect(isReaderSignature('致读者　新年寄语')).toBe(false);
    expect(isReaderSignature('（数据来源：市民生实事办公室）')).toBe(false);
    expect(isReaderSignature('（某区某街道居民　张建华）')).toBe(true);
    expect(isReaderSignature('某县某镇读者　王丽娟')).toBe(true);
  });

  it('a bracketed note naming residents is no signature: before the role in brackets stands only where the reader lives', () => {
    expect(isReaderSignature('（本文部分居民姓名为化名）')).toBe(false);
    expect(isReaderSignature('（图中市民均已同意拍摄）')).toBe(false);
    expect(isReaderSignature('（某区读者 周先生）')).toBe(true);
    expect(isReaderSignature('（网友 小李）')).toBe(true);
    expect(isReaderSignature('（某县某镇村民　李女士）')).toBe(true);
  });

  it('after the role stands a person name or a netizen handle, not a column name spaced like one (review R6 G20)', () => {
    expect(isReaderSignature('市民　有话说')).toBe(false);
    expect(isReaderSignature('（居民　心里话）')).toBe(false);
    expect(isReaderSignature('市民　赵志刚')).toBe(true);
    expect(isReaderSignature('（某区居民　王老师）')).toBe(true);
    expect(isReaderSignature('网友　夜归人')).toBe(true);
  });
});

describe('readers\' letters signed in brackets, each answered under a 【回复】 label and signed by the body and its day', () => {
  const letter = (head: string, text: string, sign: string, to: string, reply: string, body: string, day: string) => ['', '', '', head, '', text, '', sign, '', '【回复】', '', to, '', reply, '', `${body}\n${day}`];
  const page = [
    '某晚报·读者来信　　A04　　2025年12月15日　星期一',
    ...letter('小区门口的路灯“黑”了两个月', '我家住在某区某街道的一个老小区，路灯从10月初就坏了好几盏。希望有关部门能尽快修一修。', '（某区某街道居民　张建华）', '张建华同志：', '您反映的问题收悉。经现场排查，该路段共有路灯42盏，我局已于12月10日完成电缆更换。', '某区城市管理局', '2025年12月12日'),
    ...letter('孩子上学的路口缺个红绿灯', '我是某县某镇的一位家长。学校附近的路口车流量大，孩子们过马路很危险。', '（某县某镇读者　李女士）', '李女士：', '您好！接到转办件后，我大队已在该路口增设交通信号灯1组，施划人行横道线2处。', '某县公安局交通警察大队', '2025年12月12日'),
  ].join('\n');
  it('are one piece each: the bracketed signature its byline, the label, the salutation, the reply and its signer its text', () => {
    const { segments } = structurePage(page);
    const pieces = segments.filter((s) => s.blocks.some((b) => b.kind === 'headline'));
    expect(pieces.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['小区门口的路灯“黑”了两个月', '孩子上学的路口缺个红绿灯']);
    expect(pieces.map((s) => s.blocks.find((b) => b.kind === 'byline')?.text)).toEqual(['（某区某街道居民　张建华）', '（某县某镇读者　李女士）']);
    expect(pieces[1]!.blocks.some((b) => b.text.includes('李女士：'))).toBe(true);
    expect(pieces[1]!.blocks.some((b) => b.text.startsWith('您好！接到转办件后'))).toBe(true);
  });

  it('near misses: a salutation to someone else opens no reply; a 【回音】 label over a reply\'s own head stays that head\'s kicker', () => {
    expect(repliesToSignature('（某县某镇读者　李女士）', '李女士：')).toBe(true);
    expect(repliesToSignature('（某县某镇读者　李女士）', '王先生：')).toBe(false);
    expect(repliesToSignature('本报记者　李女士', '李女士：')).toBe(false);
    const text = ['【来信】', '门前路灯黑了三个月', '编辑同志：', '我家住在某区某街道康庄路附近的一个小区，路灯坏了三个月。', '读者 赵建军', '', '【回音】', '某区城市管理局：14盏路灯已全部点亮', '本报收到赵建军的来信后，于11月11日将来信转交该局。'].join('\n');
    const { segments } = structurePage(text);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['门前路灯黑了三个月', '某区城市管理局：14盏路灯已全部点亮']);
  });
});
