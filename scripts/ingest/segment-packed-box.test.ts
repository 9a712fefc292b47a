// Boxes told by how the page prints them: a title printed with its own text, apart from an article's spaced
// paragraphs, or set inside rule lines. Made-up lines in the form pages print.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';
import { findKind } from './describe/kind.ts';
import { ruledTitle } from './segment-packed-box.ts';

const head = ['社区食堂开到家门口', '本报记者 王 敏', '', '今年以来，武乡县新建社区老年食堂9个，每天为600余名老人提供午餐。', ''];
const pieces = (text: string) => structurePage(text).segments;
const headlines = (text: string) => pieces(text).map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
const paragraphs = (text: string, n: number) => pieces(text)[n]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);

describe('a title printed with its own text, no blank line between, among an article\'s spaced paragraphs', () => {
  const explainer = ['什么是“长者食堂”', '长者食堂是为老年人提供就餐服务的社区食堂，由街道或村集体举办。', '政府按就餐人次给予补贴，老人就餐享受优惠。'];
  const goesOn = ['', '“在这儿吃饭，又便宜又热乎。”78岁的张大爷说。', '', '县民政局负责人介绍，明年将再建10个老年食堂。'];

  it('is a box: the article keeps the text going on under it, the box is a sidebar after it', () => {
    const text = [...head, ...explainer, ...goesOn].join('\n');
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '什么是“长者食堂”']);
    expect(paragraphs(text, 0)).toHaveLength(3);
    expect(paragraphs(text, 0).at(-1)).toMatch(/^县民政局负责人介绍/u);
    expect(paragraphs(text, 1)).toEqual(explainer.slice(1));
    expect(pieces(text)[1]!.box).toBe(true);
    expect(findKind(pieces(text)[1]!, { index: 1 })).toBe('sidebar');
  });

  it('a lone section heading over a packed profile of two paragraphs closing the article is a box too', () => {
    const profile = ['巧手大娘王秀英', '王秀英今年68岁，是食堂的一名志愿者。', '三年来，她每天上午到食堂帮厨，风雨无阻。'];
    const text = [...head, '县民政局负责人介绍，明年将再建10个老年食堂。', '', ...profile].join('\n');
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '巧手大娘王秀英']);
    expect(paragraphs(text, 1)).toEqual(profile.slice(1));
  });

  it('is not a box on a page printed with no blank lines: nothing sets the article\'s paragraphs apart', () => {
    const text = [...head.filter(Boolean), ...explainer, ...goesOn.filter(Boolean)].join('\n');
    expect(pieces(text).some((s) => s.box)).toBe(false);
  });

  it('short lines of one shape printed with their title are a box\'s lines too', () => {
    const text = [...head, '食堂新变化', '新建厨房12个', '新增餐桌86张', '接入老人320名', '', '“饭菜比以前可口了。”张大爷说。'].join('\n');
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '食堂新变化']);
    expect(paragraphs(text, 0).at(-1)).toMatch(/张大爷说。$/u);
  });

  it('a data page\'s section of items under a source note is no box: no running text ends above it', () => {
    const text = ['我市今冬供热账单出炉', '本报记者 杨 帆', '', '38.1公里', '新建改造供热管网', '', '数据来源：市住建局（截至11月30日）', '', '投诉处理情况', '受理供热投诉', '1326件', '办结率', '98.7%', '', '入冬以来，全市供热运行总体平稳。'].join('\n');
    expect(pieces(text).some((s) => s.box)).toBe(false);
  });

  it('a data page\'s label over its number is no box (its lines end no sentence)', () => {
    const text = [...head, '家庭医生签约服务人数', '21.3万人', '', '312个', '家庭医生签约团队'].join('\n');
    expect(pieces(text).some((s) => s.box)).toBe(false);
  });

  it('a section heading among sibling sections is the article\'s', () => {
    const section = (h: string, t: string) => ['', h, t];
    const text = [...head, ...section('吃得好', '食堂每天提供三种套餐，老人可以自己选。'), ...section('吃得省', '75岁以上老人每餐补贴4元。'), '', '县里将再建10个食堂。'].join('\n');
    expect(pieces(text).some((s) => s.box)).toBe(false);
  });
});

describe('a box with no title framed by rule lines inside an article', () => {
  it('is an untitled sidebar, the article keeping its text on both sides', () => {
    const framed = ['──────────', '65岁以上老人凭身份证就餐，每餐可享受补贴4元。', '──────────'];
    const text = [...head.slice(0, 4), ...framed, '“在这儿吃饭，又便宜又热乎。”78岁的张大爷说。'].join('\n');
    const segs = pieces(text);
    expect(segs).toHaveLength(2);
    expect(paragraphs(text, 0).at(-1)).toMatch(/张大爷说。$/u);
    expect(segs[1]!.box).toBe(true);
    expect(segs[1]!.blocks.some((b) => b.kind === 'headline')).toBe(false);
    expect(paragraphs(text, 1)).toEqual([framed[1]]);
  });
});

describe('a short table printed as one block with its title on its first line, inside an article', () => {
  it('is the article\'s (a progress table under its report)', () => {
    const text = [...head, '食堂改造前后', '项目　改造前　改造后', '座位　40个　120个', '窗口　2个　5个', '', '“饭菜比以前可口了。”张大爷说。'].join('\n');
    expect(pieces(text).some((s) => s.box)).toBe(false);
  });

  it('signed by its maker on the title line, is a sidebar: the title its headline, the credit its byline', () => {
    const text = [...head, '本周送餐安排　制表：张 凡', '日期　地点　份数', '12月16日　东街社区　120', '12月18日　西街社区　90'].join('\n');
    const box = pieces(text)[1]!;
    expect(box.blocks.find((b) => b.kind === 'headline')?.text).toBe('本周送餐安排');
    expect(box.blocks.find((b) => b.kind === 'byline')?.text).toBe('制表：张 凡');
  });
});

describe('a title set inside rule lines', () => {
  it('reads the title off the rules, not a line of dashes alone', () => {
    expect(ruledTitle('———— 身边人 ————')).toBe('身边人');
    expect(ruledTitle('＝＝＝＝ 出行提示 ＝＝＝＝')).toBe('出行提示');
    expect(ruledTitle('——————')).toBeUndefined();
    expect(ruledTitle('——记者手记——')).toBeUndefined();
    // Typed hyphens or equals signs (`--- 记者手记 ---`, `=== 健康提醒 ===`) are an export's marks, not a box's frame.
    expect(ruledTitle('--- 记者手记 ---')).toBeUndefined();
    expect(ruledTitle('=== 健康提醒 ===')).toBeUndefined();
  });

  it('between two articles with no blank line, over its lines up to the closing rule, is a box', () => {
    const text = [
      ...head,
      '县民政局负责人介绍，明年将再建10个老年食堂。',
      '———— 身边人 ————',
      '王秀英今年68岁，是食堂的一名志愿者。',
      '“能帮一把是一把。”王秀英说。',
      '——————————',
      '沁县：幸福院里过冬暖',
      '本报讯（通讯员 郝 丽）入冬以来，沁县为全县126个农村互助幸福院更换了取暖设备。',
    ].join('\n');
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '身边人', '沁县：幸福院里过冬暖']);
    expect(paragraphs(text, 1)).toHaveLength(2);
    expect(pieces(text)[1]!.box).toBe(true);
  });

  it('with no rule closing it, is short: a ruled line over many paragraphs is no box', () => {
    const text = ['———— 身边人 ————', '王秀英今年68岁，是食堂的一名志愿者。', '三年来，她每天上午到食堂帮厨。', '街坊们都叫她“王姐”。', '食堂今年新添了两台冰柜。', '县民政局将再建10个老年食堂。', '“能帮一把是一把。”她说。'].join('\n');
    expect(pieces(text).some((s) => s.box)).toBe(false);
  });

  it('over the article it belongs to, is a box printed before it', () => {
    const text = ['━━━━ 食堂这三年 ━━━━', '2023年6月　首家长者食堂开业', '2025年9月　食堂开进农村幸福院', '', ...head].join('\n');
    expect(headlines(text)).toEqual(['食堂这三年', '社区食堂开到家门口']);
    expect(pieces(text)[0]!.box).toBe(true);
  });
});

describe('what a page prints like a box but is the article\'s (session 17 review)', () => {
  const lead = ['城区3所老旧校舍完成改造', '本报记者 李 强', '', '今年以来，潞州区投入资金1200万元，对3所老旧校舍进行了改造。', '', '“孩子们冬天再也不冷了。”家长王女士说。', ''];
  const next = '区教育局负责人表示，明年将再改造5所学校。';
  const part = '在屯留区，新建的寄宿制学校已投入使用，可容纳学生800名。';

  it('parts of one article set apart by rules standing apart from the text are its sections, in order', () => {
    for (const rule of ['────────', '＊　＊　＊']) {
      const text = [...lead, rule, '', part, '', rule, '', next].join('\n');
      expect(pieces(text).some((s) => s.box)).toBe(false);
      expect(paragraphs(text, 0).slice(-2)).toEqual([part, next]);
    }
  });

  it('a report\'s one section heading printed tight over its first paragraph, the section going on, is its section', () => {
    const text = [...lead, '下一步打算', next, '', '改造工作将在暑假期间进行，不影响正常教学。'].join('\n');
    expect(pieces(text).some((s) => s.box)).toBe(false);
    expect(paragraphs(text, 0).slice(-2)).toEqual([next, '改造工作将在暑假期间进行，不影响正常教学。']);
  });

  it('a row of stars round a paragraph, even printed with it, is a section break, not a box\'s frame', () => {
    const text = [...lead, '＊　＊　＊', part, '＊　＊　＊', next].join('\n');
    expect(pieces(text).some((s) => s.box)).toBe(false);
  });

  it('sections each headed by a ruled title are the article\'s, not a box each', () => {
    const text = [...lead.slice(0, 4), '——— 一线直击 ———', '清晨7点，记者来到东街小学，教室里暖意融融。', '', '“孩子们冬天再也不冷了。”家长王女士说。', '', '——— 百姓心声 ———', '家住附近的张大爷说：“学校变好了，我们都高兴。”', '', next].join('\n');
    expect(pieces(text).some((s) => s.box)).toBe(false);
    expect(paragraphs(text, 0).at(-1)).toBe(next);
  });

  it('a table whose title line names its source is no maker\'s: a note, no byline', () => {
    const text = [...lead, '各县区改造进度　来源：市教育局', '县区　学校（所）　资金（万元）', '潞州区　3　1200', '屯留区　2　860', '', next].join('\n');
    expect(pieces(text).flatMap((s) => s.blocks).some((b) => b.kind === 'byline' && b.text.startsWith('来源'))).toBe(false);
  });
});

describe('a box under its label and title, printed with its text, inside an article that goes on under it', () => {
  const box = ['■链接', '助餐补贴怎么领', '按照规定，60周岁以上老人在社区食堂就餐，每餐可享受补贴3元，持社保卡刷卡即可。'];
  const goesOn = ['', '食堂怎么开得下去？县民政局负责人说，县里采取“政府补一点、企业让一点”的办法。', '', '明年，武乡县将再新建社区食堂10个。', '', '图为社区食堂里，老人们正在用餐。'];

  it('is a sidebar: the article keeps its text and its closing caption', () => {
    const text = [...head, ...box, ...goesOn].join('\n');
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '助餐补贴怎么领']);
    expect(paragraphs(text, 0).at(-1)).toMatch(/^明年，武乡县/u);
    expect(pieces(text)[0]!.blocks.some((b) => b.kind === 'caption' && b.text.startsWith('图为'))).toBe(true);
    expect(paragraphs(text, 1)).toEqual(box.slice(2));
    expect(pieces(text)[1]!.box).toBe(true);
  });

  it('a report under a kicker and headline printed with its lead is no box when a byline signs it', () => {
    const report = ['【百姓故事】', '养羊账越算越明白', '本报记者 李 华', '清晨6点，平顺县西沟乡池底村的赵满仓已经在羊圈里忙活了。', '', '赵满仓是养羊合作社的社员，今年出栏肉羊60只。'];
    const text = [...head, ...report].join('\n');
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '养羊账越算越明白']);
    expect(paragraphs(text, 1)).toHaveLength(2);
    expect(pieces(text).some((s) => s.box)).toBe(false);
  });

  it('an unsigned report under a column name (no box label) printed with its lead keeps its paragraphs', () => {
    const report = ['■民生关注', '黎城县冬季送温暖', '黎城县为全县困难群众送去棉被800床、米面油2000份。', '', '据了解，黎城县今年共筹集救助资金500万元。', '', '活动将持续到明年1月底。'];
    const text = [...head, ...report].join('\n');
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '黎城县冬季送温暖']);
    expect(paragraphs(text, 0)).toHaveLength(1);
    expect(paragraphs(text, 1)).toHaveLength(3);
    expect(pieces(text).some((s) => s.box)).toBe(false);
  });
});

describe("a box's label set before its title by a bar, over one paragraph printed with it, inside an article", () => {
  const goesOn = ['', '“在这儿吃饭，又便宜又热乎。”78岁的张大爷说。', ''];
  it('is a box, its label its kicker, though it holds one paragraph', () => {
    const text = [...head, '小知识｜什么是长者食堂', '长者食堂是为老年人提供就餐服务的社区食堂，由街道或村集体举办。', ...goesOn, '图为老人们在食堂用餐。'].join('\n');
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '什么是长者食堂']);
    expect(pieces(text)[1]!.blocks.find((b) => b.kind === 'kicker')?.text).toBe('小知识');
    expect(paragraphs(text, 0).at(-1)).toMatch(/^“在这儿吃饭/u);
  });

  it("a feature's counted stop before a bar stays its section", () => {
    const text = [...head, '第一站｜西沟乡', '西沟乡的长者食堂开在村委会旁，每天有40多位老人来吃饭。', ...goesOn, '图为老人们在食堂用餐。'].join('\n');
    expect(pieces(text).some((s) => s.box)).toBe(false);
  });
});
