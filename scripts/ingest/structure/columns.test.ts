import { describe, expect, it } from 'vitest';
import { columnLabel, isColumnName, isCouplet, isSlogan, isTopicTagLine, mayBeColumnName, mayBeKicker, opensWithTopicTag, unspaced } from './columns.ts';

describe('isColumnName', () => {
  it('knows short labels, couplets, joined labels and topic tags', () => {
    for (const text of ['数读', '百姓身边', '图说民生', '民生实事·看变化', '口述·那些年的老手艺', '红色沃土 振兴足音', '#我为群众办实事#']) expect(isColumnName(text), text).toBe(true);
    // A dotted name runs so far, no further; a headline set off by a dot is no column's name.
    expect(isColumnName('口述·三十年前那个冬天村里来了第一辆汽车')).toBe(false);
    // A year may name the series, with its dot; a year alone or a figure with its dot is none.
    expect(['2026·两会特刊', '2025・年终盘点'].map(isColumnName)).toEqual([true, true]);
    expect(['2025', '2025·', '12·5万'].map(isColumnName)).toEqual([false, false, false]);
    // A dot spaced on both sides (`乡村振兴 · 某县行动`, a scan's or export's spacing) joins the two as a close one does;
    // a headline with a spaced dot runs past a series' part.
    expect(['乡村振兴 · 某县行动', '民生 ・ 看变化', '口述　·　老手艺'].map(isColumnName)).toEqual([true, true, true]);
    expect(['乡村振兴 · 某县三十年前那个冬天来了第一辆汽车', '某县 · 新建公园5座', '乡村 · 振兴 · 行动'].map(isColumnName)).toEqual([false, false, false]);
  });

  it('leaves headlines and captions alone', () => {
    for (const text of ['智能充电桩进小区', '燕子池体育场', '沁源县：快递进村', '家门口的这些事，大家怎么看？']) expect(isColumnName(text), text).toBe(false);
  });
});

describe('mayBeKicker', () => {
  it('is short and unpunctuated', () => {
    expect(mayBeKicker('百姓说变化')).toBe(true);
    expect(mayBeKicker('投资1.2亿元 惠及2万群众')).toBe(true);
    expect(mayBeKicker('沁源县：一条山路串起九个村')).toBe(false);
    expect(mayBeKicker('发扬“四敢”精神 推动长治高质量发展 努力打造高质量发展的先行区')).toBe(false);
  });
});

describe('opensWithTopicTag', () => {
  it('is a #tag# at the start, not Markdown heading markup', () => {
    expect(opensWithTopicTag('#办事不用跑# 5月30日，潞城区居民李先生…')).toBe(true);
    expect(opensWithTopicTag('# 把民生愿景绘成幸福实景')).toBe(false);
    expect(opensWithTopicTag('## 健康长治')).toBe(false);
  });
});

describe('column names set off by brackets, ornaments or several tags (issue 15)', () => {
  it('knows them and reads the name without its wrapping', () => {
    for (const text of ['【百姓身边】', '〔基层一线〕', '■ 聚焦·民生 ■', '#民生微实事# #幸福长治#']) expect(isColumnName(text), text).toBe(true);
    expect(columnLabel('【我为群众办实事】')).toBe('我为群众办实事');
    expect(columnLabel('■ 聚焦·民生 ■')).toBe('聚焦·民生');
    // Any ornament a page draws from the symbol blocks sets a name off: a bar, a pointing hand, a dingbat.
    for (const t of ['▍身边事', '☞ 身边事', '✦ 身边事 ✦', '▌▌身边事']) expect(columnLabel(t), t).toBe('身边事');
    expect(mayBeColumnName('▍身边事')).toBe(true);
    expect(columnLabel('室温达到22℃')).toBe('室温达到22℃');
    // A tag with one hash, as social platforms write it; a number after a hash or a sentence is none.
    for (const t of ['#暖冬行动', '＃长治民生']) expect(isTopicTagLine(t), t).toBe(true);
    for (const t of ['#1号楼加装电梯完工', '#长治民生 全市新增停车位1.2万个', '#暖冬行动开展以来全市新增供热面积']) expect(isTopicTagLine(t), t).toBe(false);
    // Markup or ASCII marks of a page exported as typed: emphasis, a tag pair, angle marks, an emoji.
    for (const t of ['*图说民生*', '**图说民生**', '__图说民生__', '<b>图说民生</b>', '>> 图说民生 <<', '<<图说民生>>', '🔥 图说民生']) expect(columnLabel(t), t).toBe('图说民生');
    for (const t of ['*a*b*', '<b>图说</i>', '2*3*4']) expect(columnLabel(t), t).toBe(t);
    expect(columnLabel('#民生微实事#')).toBe('#民生微实事#');
    expect(mayBeColumnName('【我为群众办实事】')).toBe(true);
  });
  it('leaves a bracketed note and a sentence alone', () => {
    expect(isColumnName('【相关链接：今年全市新建学校12所】')).toBe(false);
    expect(mayBeColumnName('〔某镇新建幼儿园3所〕')).toBe(false);
  });
});

describe('isCouplet', () => {
  it('takes two balanced phrases set apart by a comma, or two quoted phrases set against each other', () => {
    for (const text of ['守护万家温暖，筑牢民生底线', '从“要我改”到“我要改”', '“菜篮子”变“钱袋子”']) expect(isCouplet(text), text).toBe(true);
  });

  it('leaves a caption, a headline and phrases of unequal length alone', () => {
    for (const text of ['村民在新建的文化广场上跳舞', '从“看天吃饭”到“靠科技按需精准供水”', '“四点半课堂”开到村里']) expect(isCouplet(text), text).toBe(false);
  });
});

describe('a series number after a column name', () => {
  it('leaves the name a column name', () => {
    for (const text of ['走基层看变化②', '蹲点日记（三）', '蹲点日记之二', '【百姓故事⑤】']) expect(mayBeColumnName(text), text).toBe(true);
  });

  it('makes no column name of a caption or a number alone', () => {
    for (const text of ['①', '（三）', '村民在新建的文化广场上跳舞②']) expect(mayBeColumnName(text), text).toBe(false);
  });

  it("takes a series' name of any kicker's length with its part's number in words", () => {
    expect(mayBeColumnName('“一老一小”幸福长治系列报道之三')).toBe(true);
    expect(mayBeColumnName('某县民生实事回头看系列报道之十二')).toBe(true);
    expect(mayBeColumnName('“一老一小”幸福长治系列报道，之三')).toBe(false);
  });
});

describe('isSlogan', () => {
  it('takes two long phrases of one length side by side', () => {
    for (const text of ['弘扬时代新风 建设文明乡村', '讲好基层故事，传递民生温度']) expect(isSlogan(text), text).toBe(true);
  });

  it('leaves short couplets, unequal phrases and captions alone', () => {
    for (const text of ['红色沃土 振兴足音', '民生为本 幸福生活成色足', '村民在新建的文化广场上跳舞']) expect(isSlogan(text), text).toBe(false);
  });
});

describe('ASCII quotes, as an export may print them (issue 15)', () => {
  it('set a kicker off as Chinese quotes do', async () => {
    const { isQuotedNameLeadIn, isCouplet } = await import('./columns.ts');
    expect(isQuotedNameLeadIn('小山村里的"大食堂"')).toBe(isQuotedNameLeadIn('小山村里的“大食堂”'));
    expect(isCouplet('从"看天吃饭"到"按需供水"')).toBe(isCouplet('从“看天吃饭”到“按需供水”'));
  });
});

describe('column names set off by other marks (issue 15)', () => {
  it('are read without them', async () => {
    const { columnLabel, mayBeKicker } = await import('./columns.ts');
    for (const printed of ['<民生>', '>> 民生', '~~民生~~', '〖民生〗']) expect(columnLabel(printed), printed).toBe('民生');
    expect(columnLabel('<b>民生</b>')).toBe('民生');
    expect(mayBeKicker('民生实事·看变化（1）')).toBe(true);
    expect(mayBeKicker('今年，某县新建公园（3个）')).toBe(false);
  });
});

describe('topic tags in more forms (issue 15)', () => {
  it('are tag lines: full-width or doubled hashes, two tags set apart by a bar, an issue number after', async () => {
    const { isTopicTagLine } = await import('./columns.ts');
    for (const line of ['＃民生关注＃', '##民生关注##', '#民生关注#|#你问我答#', '#长治民生#（第3期）', '#长治民生#第3期']) expect(isTopicTagLine(line), line).toBe(true);
    expect(isTopicTagLine('#长治民生# 全市新建公园3个')).toBe(false);
  });
});

describe('a printed code\'s mark (issue 15)', () => {
  it('is no column name, bracketed or not; a column of photos is', () => {
    expect(['[二维码]', '【二维码】', '扫码'].map(mayBeColumnName)).toEqual([false, false, false]);
    expect(mayBeColumnName('【图说民生】')).toBe(true);
  });
});

describe('a column name set between long dashes (issue 15)', () => {
  it('is read without them; a deck opened by dashes and an end mark are no column names', () => {
    expect(columnLabel('—— 视觉长治 ——')).toBe('视觉长治');
    expect(mayBeColumnName('——记者手记——')).toBe(true);
    expect(mayBeColumnName('——全县新建改造农村公路126公里')).toBe(false);
    expect(mayBeColumnName('- END -')).toBe(false);
  });
});

describe('a hotline\'s number in a column\'s name after its dot (issue 15)', () => {
  it('is a column name; a figure after a dot, or a number with no name after it, is not', () => {
    expect(isColumnName('民声热线·12345留言选登')).toBe(true);
    expect(isColumnName('民生·12345')).toBe(false);
    expect(isColumnName('新增·1200个车位')).toBe(false);
  });
});

describe('a column name in single angle brackets or the small ones (issue 15, point 2)', () => {
  it.each(['〈乡村纪事〉', '﹝一线传真﹞', '«暖心故事»', '＜健康提示＞', '⟨城事⟩'])('%s is a column name', (line) => {
    expect(isColumnName(line)).toBe(true);
    expect(columnLabel(line)).not.toMatch(/[〈〉﹝﹞«»＜＞⟨⟩]/u);
  });
  // Brackets that do not match, or a clause inside them, are no column's.
  it.each(['〈乡村纪事»', '〈村里通了公交，老人进城方便了〉', '＜5℃'])('%s is not', (line) => expect(isColumnName(line)).toBe(false));
});

describe('a column name set off by a box-drawing line, a circled mark, the geta mark or old signs, or pointed at (issue 15, point 2)', () => {
  it.each(['═ 乡村纪事 ═', '⊙一线传真', '〓暖心故事〓', '¤健康提示', '§城事速递', '乡村纪事>>', '一线传真 »'])('%s is a column name', (line) => {
    expect(isColumnName(line)).toBe(true);
  });
  // A comparison, a formula and a clause set off so are not.
  it.each(['气温>30℃', '⊙村里通了公交，老人进城方便了', '收入>>支出'])('%s is not', (line) => expect(isColumnName(line)).toBe(false));
});

describe('unspaced: a label set letter by letter, read with its letters joined (one home, finding #27)', () => {
  it('joins two to four letters set apart, the line maybe with its spaces round it', () => {
    expect(unspaced('简　讯')).toBe('简讯');
    expect(unspaced(' 短 评 ')).toBe('短评');
    expect(unspaced('本 期 导 读')).toBe('本期导读');
  });
  it('near misses: a spaced person\'s name, a longer line and a word printed whole stay as printed', () => {
    expect(unspaced('郭 涛')).toBe('郭 涛');
    expect(unspaced('导 读 与 评 论')).toBe('导 读 与 评 论');
    expect(unspaced('简讯')).toBe('简讯');
  });
});
