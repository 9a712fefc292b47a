import { describe, expect, it } from 'vitest';
import type { Block } from '../types.ts';
import { continues, joinBlocks, moveFragmentsBack } from './joins.ts';

const b = (kind: Block['kind'], text: string): Block => ({ kind, text, source: [0] });

describe('continues (issue 15)', () => {
  it('joins text that closes a quote the block before left open, though it reads like a short topic sentence', () => {
    expect(continues(b('paragraph', '“我们还开通了24小时服务'), b('paragraph', '热线，群众有问题随时打。”负责人说。'))).toBe(true);
  });

  it('joins a clause cut off as a heading to the number that finishes it', () => {
    expect(continues(b('heading', '据介绍，今年全县新增集中供热面积'), b('paragraph', '38万平方米。'))).toBe(true);
  });

  it('joins a line of three clauses cut off as a heading to the words that finish it (issue 15)', () => {
    expect(continues(b('heading', '某局负责人介绍，明年全县计划再建公园5座，力争公园绿地面积'), b('paragraph', '增加到90公顷。'))).toBe(true);
    // One comma is a headline's (`天冷了，志愿者为老人送棉衣`): it needs a word or a number run across the break.
    expect(continues(b('heading', '天冷了，志愿者为老人送棉衣'), b('paragraph', '受到老人欢迎。'))).toBe(false);
    // Three parallel clauses with no count are a section head's slogan over its paragraph.
    expect(continues(b('heading', '坚持规划引领，突出特色发展，打造宜居乡村'), b('paragraph', '全县把人居环境整治作为重点工作，累计投入资金3.2亿元。'))).toBe(false);
    expect(continues(b('heading', '抓项目，促发展，惠民生'), b('paragraph', '全县把项目建设作为头等大事来抓。'))).toBe(false);
  });

  it('joins a paragraph broken off before its figure, the rest opening with the figure and a comma (issue 15)', () => {
    expect(continues(b('paragraph', '截至11月底，某镇今年改造户厕1260户，卫生厕所普及率达到'), b('paragraph', '88.5%，比去年提高6个百分点。'))).toBe(true);
  });

  it('leaves a real heading or caption apart from the paragraph under it', () => {
    expect(continues(b('heading', '办好民生实事 增进群众福祉'), b('paragraph', '今年，全县新建学校3所。'))).toBe(false);
    expect(continues(b('caption', '天冷了，志愿者为老人送棉衣'), b('paragraph', '近日，某镇志愿者走进敬老院。'))).toBe(false);
  });
});

describe("a body's name alone (issue 15)", () => {
  it("joins no reply's signing body to the text under it nor to a later body", () => {
    expect(continues(b('paragraph', '长治市生态环境局　长治市住房和城乡建设局'), b('paragraph', '郭某委员：您提出的提案收悉。'))).toBe(false);
    const page = [b('paragraph', '长治市交通运输局'), b('paragraph', '赵某代表：您的建议收悉。'), b('paragraph', '长治市教育局'), b('paragraph', '段某代表：您的建议收悉。')];
    expect(moveFragmentsBack(page).blocks.map((x) => x.text)).toEqual(page.map((x) => x.text));
  });
});

describe("a box's line stands whole (issue 15)", () => {
  it('moves no later fragment back onto the day a notice was signed, nor onto a box line of figures', () => {
    // `2025年12月4日` + `本报11月28日…` would read 日本 across the join: the day closes the notice, the next piece is apart.
    const page = [b('paragraph', '因管道改造施工，定于12月8日暂停供水。'), b('paragraph', '某县自来水公司'), b('paragraph', '2025年12月4日'), b('heading', '更正启事'), b('paragraph', '本报11月28日第3版一文中，某某误为某某，特此更正。')];
    expect(moveFragmentsBack(page).blocks.map((x) => x.text)).toEqual(page.map((x) => x.text));
    const term = [b('paragraph', '限额以上单位：指年主营业务收入2000万元'), b('heading', '名词解释'), b('paragraph', '及以上的批发业企业。')];
    expect(moveFragmentsBack(term).blocks.map((x) => x.text)).toEqual(term.map((x) => x.text));
  });

  it('still moves back a fragment that finishes a paragraph of running text broken off (near miss)', () => {
    const page = [b('paragraph', '全市今年将加快华'), b('heading', '相关链接'), b('paragraph', '南智慧融创新科技园建设。')];
    expect(moveFragmentsBack(page).blocks.map((x) => x.text)).toEqual(['全市今年将加快华南智慧融创新科技园建设。', '相关链接']);
  });
});

describe('joinBlocks', () => {
  it('keeps the continuation marks of both halves: where the first came from, where the second goes', () => {
    const head: Block = { kind: 'paragraph', text: '据了解，全县计划明年在两个镇推广', source: [4], continued: { from: '第1版' } };
    const tail: Block = { kind: 'paragraph', text: '这一做法。', source: [5], continued: { to: '第3版' } };
    expect(joinBlocks(head, tail)).toEqual({ kind: 'paragraph', text: '据了解，全县计划明年在两个镇推广这一做法。', source: [4, 5], continued: { from: '第1版', to: '第3版' } });
    expect(joinBlocks(b('paragraph', '全县计划明年推广'), b('paragraph', '这一做法。'))).not.toHaveProperty('continued');
  });
});

describe("a section under its label stands whole (reviewer's finding #9, session 32)", () => {
  it('takes no next line onto `版面：县域新闻` or `频道：新闻综合频道`', () => {
    expect(continues(b('paragraph', '版面：县域新闻'), b('paragraph', '要求：本科以上学历，年龄35周岁以下。'))).toBe(false);
    expect(continues(b('paragraph', '岗位：版面编辑\n版面：县域新闻'), b('paragraph', '要求：本科以上学历。'))).toBe(false);
  });
  it('near misses: a sentence broken after a word of the same label still takes its rest', () => {
    expect(continues(b('paragraph', '频道：今年起，县融媒体中心将调整新闻综合频'), b('paragraph', '道的播出时间，每晚增加一档民生节目。'))).toBe(true);
  });
});

describe("a body's field line takes no next field onto it (reviewer's finding #36, session 32)", () => {
  it('keeps `节目名称：百姓热线` and `频道：新闻综合频道` apart, and a field over the programme\'s time', () => {
    expect(continues(b('paragraph', '节目名称：百姓热线'), b('paragraph', '频道：新闻综合频道'))).toBe(false);
    expect(continues(b('paragraph', '主持人：王 某'), b('paragraph', '播出时间：每周一至周五19:30'))).toBe(false);
  });
  it('near misses: a labelled line broken mid-clause takes its rest, and so does a field line whose next line is no field', () => {
    expect(continues(b('paragraph', '记者了解到：今年全市新建'), b('paragraph', '社区食堂36个。'))).toBe(true);
    expect(continues(b('paragraph', '节目名称：百姓热线'), b('paragraph', '等民生栏目也将陆续改版。'))).toBe(true);
  });
});

describe("a quoted voice and its speaker in brackets end whole (reviewer's finding #39, session 32)", () => {
  it('takes no next voice onto `“…。”（市民 李女士）`', () => {
    expect(continues(b('paragraph', '“一荤两素才8块钱，比自己做还划算。”（市民 李女士）'), b('paragraph', '“孩子们上班忙，我们在食堂吃饭，他们也放心。”（退休教师 王某）'))).toBe(false);
    expect(continues(b('paragraph', '“路修好了，出门方便多了！”（村民 赵大爷）'), b('paragraph', '“以前一下雨就是泥。”（村民 孙某）'))).toBe(false);
  });
  it('near misses: a quote not finished before the bracket, or a bracket inside a broken sentence, still takes its rest', () => {
    expect(continues(b('paragraph', '他说“食堂的饭菜很可口”（见图）'), b('paragraph', '还经常带着老伴一起来。'))).toBe(true);
    expect(continues(b('paragraph', '据市民李女士（退休教师）介绍，食堂每天供应'), b('paragraph', '午餐和晚餐两顿饭。'))).toBe(true);
  });
});

describe("a whole quoted voice and who spoke, in brackets or after a dash, ends whole (R2's F16, session 33)", () => {
  it('takes no next voice onto a quote closed with no mark before its speaker, or a voice signed after a dash', () => {
    expect(continues(b('paragraph', '“以前一个人做饭费事，现在下楼就能吃上热乎饭”（市民 张先生）'), b('paragraph', '“一荤两素才8块钱，比自己做还划算”（市民 李女士）'))).toBe(false);
    expect(continues(b('paragraph', '“一荤两素才8块钱，比自己做还划算”（市民 李女士）'), b('paragraph', '“孩子们上班忙，我们在食堂吃饭，他们也放心。”——退休教师 王某'))).toBe(false);
    expect(continues(b('paragraph', '“孩子们上班忙，我们在食堂吃饭，他们也放心。”——退休教师 王某'), b('paragraph', '“饭菜口味清淡，适合老年人。”——市民 赵大爷'))).toBe(false);
    expect(continues(b('paragraph', '“路修好了，出门方便多了”—— 村民 孙某'), b('paragraph', '“以前一下雨就是泥。”——村民 赵某'))).toBe(false);
  });
  it('near misses: a quote inside a sentence, a dash that goes on into a clause, a bracket that names no speaker, still take their rest', () => {
    expect(continues(b('paragraph', '“民生无小事”——这是县委书记在会上反复强调的'), b('paragraph', '一句话。'))).toBe(true);
    expect(continues(b('paragraph', '“食堂的饭菜很可口”（见图）'), b('paragraph', '还经常带着老伴一起来。'))).toBe(true);
    expect(continues(b('paragraph', '他说“食堂的饭菜很可口”（市民 张先生）'), b('paragraph', '还经常带着老伴一起来。'))).toBe(true);
  });
});
