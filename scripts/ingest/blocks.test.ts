import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitBlocks } from './blocks.ts';
import type { Block } from './types.ts';

// Fixtures are cut from seeds/*.txt (block texts as printed; long paragraphs shortened only where the
// test is about their shape, never about their ending or opening).

const kinds = (blocks: Block[]) => blocks.map((b) => b.kind);

describe('splitBlocks', () => {
  it('splits on empty and whitespace-only lines, trims blocks and drops empty ones', () => {
    const page = '\n办好民生实事 书写幸福答卷\n\n  \t\n 增进民生福祉，擦亮幸福底色。 \n\u3000\n\n优先发展教育 厚植幸福之本\n\n';
    expect(splitBlocks(page)).toEqual(['办好民生实事 书写幸福答卷', '增进民生福祉，擦亮幸福底色。', '优先发展教育 厚植幸福之本']);
  });

  it('keeps consecutive lines that read together as one block (a headline over two lines, a list under its lead-in)', () => {
    expect(splitBlocks('潞城区：让“一老一小”\n在家门口享幸福\n\n长治两会')).toEqual(['潞城区：让“一老一小”\n在家门口享幸福', '长治两会']);
    expect(splitBlocks('使用方法：\n1. 下载APP\n2. 实名认证')).toEqual(['使用方法：\n1. 下载APP\n2. 实名认证']);
  });

  it('cuts lines that are blocks of their own (a page exported without blank lines) into blocks', () => {
    expect(splitBlocks('聚焦\n2026\n\n长治两会')).toEqual(['聚焦', '2026', '长治两会']);
  });

  it('gives nothing for an empty or blank page', () => {
    expect(splitBlocks('')).toEqual([]);
    expect(splitBlocks('\n \n\t\n')).toEqual([]);
  });
});

describe('classifyBlocks: what a block says of itself', () => {
  it('strips # and ## markup into a headline and a level-2 heading (seed 004)', () => {
    const blocks = classifyBlocks(['# 把民生愿景绘成幸福实景', '(上接第一版)', '政府搭“桥”，让企业和求职者收获满满。', '## 健康长治 百姓尽享优质医疗资源', '从大医院排长队到家门口名医看病……群众日益便捷的就医体验映射出的是我市卫生健康事业大踏步前进取得的新成效。']);
    expect(kinds(blocks)).toEqual(['headline', 'continuation', 'paragraph', 'heading', 'paragraph']);
    expect(blocks[0]!.text).toBe('把民生愿景绘成幸福实景');
    expect(blocks[3]).toMatchObject({ text: '健康长治 百姓尽享优质医疗资源', level: 2 });
    expect(blocks.map((b) => b.source)).toEqual([[0], [1], [2], [3], [4]]);
  });

  it('reads a ## heading over a byline as a headline, a topic tag over it as its kicker: an article is signed, a section is not', () => {
    const blocks = classifyBlocks(['#暖心行动#', '## 城区新增5处“口袋公园”', '本报记者 孔 亮', '今年，城区新建“口袋公园”5处。', '## 管护有人', '公园由社区志愿者管护。']);
    expect(kinds(blocks)).toEqual(['kicker', 'headline', 'byline', 'paragraph', 'heading', 'paragraph']);
    expect(blocks[1]!.text).toBe('城区新增5处“口袋公园”');
  });

  it('cuts an opening wire byline from a news paragraph, keeping the exact text (seed 001)', () => {
    const [one, two] = classifyBlocks([
      '本报讯 记者史晓萍报道：1月26日，我市召开征兵工作电视电话会，市委常委、常务副市长、市征兵工作领导小组常务副组长崔元斌，市委常委、长治军分区司令员、市征兵工作领导小组常务副组长陈丙骞，长治军分区政委、市征兵工作领导小组常务副组长雷俊出席。',
      '本报讯 记者贾志敏 通讯员郭艳波报道：近日，省发改委公布首批创建零碳(近零碳)产业示范区试点名单，潞安化工余吾煤业成功入选，被确定为三个子试点中的零碳(近零碳)矿山试点。',
    ]);
    expect(one).toMatchObject({ kind: 'paragraph', byline: '本报讯 记者史晓萍报道：' });
    expect(one!.text.startsWith('1月26日，我市召开征兵工作电视电话会')).toBe(true);
    expect(two).toMatchObject({ byline: '本报讯 记者贾志敏 通讯员郭艳波报道：' });
    expect(two!.text.startsWith('近日，省发改委')).toBe(true);
  });

  it('cuts a closing photo credit, with or without a space before 摄 (seed 001)', () => {
    const [one, two] = classifyBlocks([
      '1月24日，潞州区淮海社区联合平顺麦丰农业电子商务有限公司、长青八班企业家联合开展春节慰问活动，为辖区环卫工人、网格员、困难群众等送去蔬菜等慰问品，表达对他们的新春祝福。 本报记者 姚晋华摄',
      '1月27日，长治高新区智能高端装备制造产业园宏达聚益机械设备有限公司生产车间内，生产设备开足马力，工人加紧生产，力争实现“开门红”。 本报记者 董雷 摄',
    ]);
    expect(one).toMatchObject({ kind: 'paragraph', credit: '本报记者 姚晋华摄' });
    expect(one!.text.endsWith('表达对他们的新春祝福。')).toBe(true);
    expect(two).toMatchObject({ credit: '本报记者 董雷 摄' });
    expect(two!.text.endsWith('力争实现“开门红”。')).toBe(true);
  });

  it('knows page furniture, alone or several labels on one line (seeds 001–003)', () => {
    const blocks = classifyBlocks(['聚焦', '2026', '长治两会', '两会特刊', '新闻时评', 'XINWENSHIPI', '聚焦 2025 长治两会']);
    expect(kinds(blocks)).toEqual(Array(7).fill('furniture'));
  });

  it('knows standalone bylines and continuation marks (seed 001)', () => {
    const blocks = classifyBlocks([
      '与此同时，上党区还拨付专项资金170余万元对全区近3000名教职工进行免费健康体检。',
      '·白雪峰·',
      '(下转第三版)',
      '(上接第一版)',
      '“村民在家门口就业，一个月能有3000元左右的收入。”武明胜说，如今的村党支部，说话有人听、办事有人跟、困难有人上。',
      '(人民日报记者 郑洋洋)',
    ]);
    expect(kinds(blocks)).toEqual(['paragraph', 'byline', 'continuation', 'continuation', 'paragraph', 'byline']);
  });

  it('tells a —— deck from a —— list item of running text (seeds 003, 004)', () => {
    const blocks = classifyBlocks([
      '全面深化改革 奋进“四宜”上党',
      '——上党区用好“七个抓手”勇毅奔赴高质量发展新征程',
      '在三晋大地，上党区如明珠闪耀，古老遗迹传承千年民俗，诉说往昔辉煌，更蕴藏无限发展潜力，在新时代蓬勃生长。',
      '——常态化开展扫黑除恶。始终保持严打高压态势，组织开展“冬季行动”“清源断流”“减量控大”等专项行动，依法严厉打击黄赌毒、盗抢骗等突出违法犯罪，形成高压态势。',
    ]);
    expect(kinds(blocks)).toEqual(['headline', 'deck', 'paragraph', 'paragraph']);
  });
});

describe('classifyBlocks: what the neighbours make of title-like lines', () => {
  it('reads captions before a section heading and at the end of the page (seed 000)', () => {
    const blocks = classifyBlocks([
      '办好民生实事 书写幸福答卷',
      '增进民生福祉，擦亮幸福底色。上党区始终把实现好、维护好、发展好最广大人民根本利益作为一切工作的出发点和落脚点。',
      '上党区昶龙壹号院项目',
      '夯实健康基底 增进幸福成色',
      '“现在我们看病都不用出区了，北京的专家还会来区里坐诊。”“就连村上的卫生所都修建得那么漂亮！”',
      '医养结合护理分院',
      '新建上党区实验体育场',
    ]);
    expect(kinds(blocks)).toEqual(['headline', 'paragraph', 'caption', 'heading', 'paragraph', 'caption', 'caption']);
    expect(blocks[3]!.level).toBe(2);
  });

  it('reads a title over a 本报讯 paragraph, or after a closing byline, as a headline (seed 001)', () => {
    const blocks = classifyBlocks([
      '与此同时，上党区还拨付专项资金170余万元对全区近3000名教职工进行免费健康体检。',
      '·白雪峰·',
      '全市征兵工作电视电话会召开 崔元斌陈丙骞出席',
      '本报讯 记者史晓萍报道：1月26日，我市召开征兵工作电视电话会。',
      '陈丙骞强调，要扛起主责主业，凝聚为战征兵的整体合力，高起点认识、高标准推进、高质量落实。',
      '增强育人温度 提高服务精度 朱静调研2024年教育领域项目谋划工作',
      '本报讯 记者王涵报道：1月25日，副市长朱静带领市教育局等相关职能部门负责人深入我市部分学校，就教育领域项目谋划情况进行调研。',
    ]);
    expect(kinds(blocks)).toEqual(['paragraph', 'byline', 'headline', 'paragraph', 'paragraph', 'headline', 'paragraph']);
  });

  it('reads the commentary head: headline, author name, furniture (seed 001)', () => {
    const blocks = classifyBlocks([
      '“我们的总体思路是，在党建引领下，摸清资源、找准方向、抱团发展、筑牢战斗堡垒，推进乡村全面振兴。”',
      '(人民日报记者 郑洋洋)',
      '新年新气象 奋斗正当时',
      '桑梓',
      '新闻时评',
      'XINWENSHIPI',
      '涓涓细流，汇成壮阔的大海；坚实脚步，走出不凡的历程。',
    ]);
    expect(kinds(blocks)).toEqual(['paragraph', 'byline', 'headline', 'byline', 'furniture', 'furniture', 'paragraph']);
  });

  it('reads the kicker with a rubric bar and the headline under it (seed 001)', () => {
    const blocks = classifyBlocks([
      '发扬“四敢”精神 推动长治高质量发展 | 基层实践',
      '上党区聚焦民生“关键小事”提升群众幸福指数',
      '零工市场搭起了6000余人的就业“桥梁”，旧貌换新颜的老旧小区改造让居民赞不绝口。',
    ]);
    expect(kinds(blocks)).toEqual(['kicker', 'headline', 'paragraph']);
  });

  it('reads lines set among furniture as the banner, and a couplet over a heading as a late headline (seed 002)', () => {
    const blocks = classifyBlocks([
      '聚焦',
      '2026',
      '长治两会',
      '谋好篇 布好局',
      '履职尽责为人民',
      '两会特刊',
      '时值寒冬，壶关县处处涌动着暖意。',
      '文化服务提质。壶关县在建强文化阵地上下功夫：县图书馆新馆免费开放。',
      '范家后移民新村',
      '燕子池体育场',
      '民生为本 幸福生活成色足',
      '壶关县精准施策织密织牢民生保障网',
      '城乡提质焕新颜 宜居家园更舒心',
      '让群众“住得暖”，更要住得舒服。',
    ]);
    expect(kinds(blocks)).toEqual([
      'furniture', 'furniture', 'furniture', 'kicker', 'kicker', 'furniture', 'paragraph', 'paragraph',
      'caption', 'caption', 'headline', 'deck', 'heading', 'paragraph',
    ]);
  });

  it('reads the head of seed 003: captions, headline over its deck, banners, captions', () => {
    const blocks = classifyBlocks([
      '聚焦 2025 长治两会',
      '八义窑红绿彩陶瓷',
      '全面深化改革 奋进“四宜”上党',
      '——上党区用好“七个抓手”勇毅奔赴高质量发展新征程',
      '展新貌 开新局',
      '向人民报告',
      '四宜上党',
      '改善就医环境',
      '好生态引来新“鸟客”',
      '在三晋大地，上党区如明珠闪耀，古老遗迹传承千年民俗，诉说往昔辉煌。',
    ]);
    expect(kinds(blocks)).toEqual([
      'furniture', 'caption', 'headline', 'deck', 'kicker', 'kicker', 'kicker', 'caption', 'caption', 'paragraph',
    ]);
  });

  it('reads a title over a lead-in as a level-3 heading on a page marked up with ## (seed 004)', () => {
    const blocks = classifyBlocks([
      '## 健康长治 百姓尽享优质医疗资源',
      '从大医院排长队到家门口名医看病，群众日益便捷的就医体验映射出的是我市卫生健康事业大踏步前进取得的新成效。',
      '远程医疗畅通百姓就医路径',
      '让群众“看上病、看好病”，医疗“服务网”更完善——',
      '家住潞城区翟店街道贾村的李巧兰患糖尿病10多年。',
    ]);
    expect(kinds(blocks)).toEqual(['heading', 'paragraph', 'heading', 'subheading', 'paragraph']);
    expect(blocks[2]!.level).toBe(3);
  });

  it('reads a column name set off by a bullet or ornament as the kicker, and a name set off so as a byline (issue 15)', () => {
    const blocks = classifyBlocks(['■ 基层传真', '某镇：小院里办起“老年课堂”', '□ 孙立平', '近日，某镇的“老年课堂”开课，吸引了60多位老人报名参加。']);
    expect(kinds(blocks)).toEqual(['kicker', 'headline', 'byline', 'paragraph']);
  });

  it('reads a short campaign name over a headline over a 本报讯 item as its kicker, not a caption (issue 15)', () => {
    const blocks = classifyBlocks(['美丽乡村建设行', '某镇：荒坡变成果园', '本报讯（记者 周洋）近日，某镇把300亩荒坡改造成果园。']);
    expect(kinds(blocks)).toEqual(['kicker', 'headline', 'paragraph']);
  });

  it('reads a question of headline length under a column name as that column’s headline (issue 15)', () => {
    const text = ['某镇新建蓄水池12座，解决了2000多人的吃水难题。', '记者调查', '小区停车难怎么破？', '近日，记者走访了多个老旧小区，发现停车位普遍不足。'];
    expect(kinds(classifyBlocks(text))).toEqual(['paragraph', 'kicker', 'headline', 'paragraph']);
    const turn = ['记者调查', '问：小区停车难怎么破？', '答：新建立体停车场。'];
    expect(kinds(classifyBlocks(turn))[1]).toBe('paragraph');
  });

  it('reads a question of headline length over a 本报讯 item as its headline (issue 15)', () => {
    const blocks = classifyBlocks(['冬季供暖遇到问题怎么办？', '本报讯（记者 周洋）入冬以来，热力公司已受理群众诉求1200余件。']);
    expect(kinds(blocks)).toEqual(['headline', 'paragraph']);
  });

  it('reads the line over a box of bulleted data lines as the box’s headline, the label over it as its kicker (issue 15)', () => {
    const blocks = classifyBlocks([
      '本报讯（记者 周洋）今年，某县民生支出达到18.7亿元，占一般公共预算支出的82%。',
      '■链接',
      '某县今年民生账单',
      '●新建供热管网 21.6公里',
      '●新增城镇就业 3120人',
    ]);
    expect(kinds(blocks)).toEqual(['paragraph', 'kicker', 'headline', 'paragraph', 'paragraph']);
  });

  it('keeps a section heading over running text a heading though a bulleted sentence follows', () => {
    const blocks = classifyBlocks([
      '今年，某县持续推进民生实事，各项工作取得明显成效，群众获得感不断增强。',
      '办好民生实事',
      '● 今年全县新建学校3所，新增学位2400个。',
      '● 新建改造农村公路120公里，群众出行更方便。',
    ]);
    expect(kinds(blocks)[1]).toBe('heading');
  });

  it('reads a label over a box of starred data lines in one block as the box’s headline, not furniture (issue 15)', () => {
    const blocks = classifyBlocks(['2025年6月3日 星期二 第2版', '数说账单', '★ 新增城镇就业 2.1万人\n★ 新建公办幼儿园 12所', '某市：稳就业见实效', '本报记者 周洋']);
    expect(kinds(blocks).slice(1, 4)).toEqual(['headline', 'paragraph', 'headline']);
  });

  it('reads a 图为 item of several sentences with its own credit, after an item closed by its credit, as a photo item (issue 15)', () => {
    const item = '图为5月2日，某镇的村民在采摘樱桃。今年全镇樱桃种植面积达到800亩。 周洋 摄';
    const afterItem = classifyBlocks(['5月3日，游客在某景区赏花。（孙立 摄）', item]);
    expect(afterItem.map((b) => [b.kind, b.credit])).toEqual([['paragraph', '（孙立 摄）'], ['paragraph', '周洋 摄']]);
    const caption = classifyBlocks(['某镇今年樱桃种植面积达到800亩，带动200户增收。', '图为村民在采摘樱桃。 周洋 摄']);
    expect(caption[1]!.kind).toBe('caption');
  });

  it('reads a lone ▲ line among paragraphs as a photo caption, two or more as a list (issue 15)', () => {
    const one = classifyBlocks(['某镇新建老年食堂，每天为80位老人供餐。', '▲ 老人们在食堂用餐。', '食堂每餐收费5元。']);
    expect(kinds(one)).toEqual(['paragraph', 'caption', 'paragraph']);
    const list = classifyBlocks(['某镇今年办成三件实事：', '▲ 新建老年食堂1所', '▲ 改造道路5公里']);
    expect(kinds(list).slice(1)).toEqual(['paragraph', 'paragraph']);
    // Items of a list with a rule drawn between them are still items, not captions.
    const ruled = classifyBlocks(['【简讯】', '▲ 某县新建老年食堂1所，每天供餐。', '---', '▲ 某区改造道路5公里，年底完工。', '***', '▲ 某镇新增公交线路2条。']);
    expect(ruled.filter((b) => b.text.startsWith('▲')).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('reads ornament rules, notes about the page, staff credits for drawings and a column name at the page foot as furniture (issue 15)', () => {
    const blocks = classifyBlocks([
      '某镇：秋收时节农机忙',
      '9月7日，某镇的田野里，收割机来回穿梭。',
      '◆ ◆ ◆',
      '本版稿件由某县融媒体中心提供',
      '题图：王五',
      '下期预告：走进某县',
      '乡村振兴',
      '（本版图片由受访单位提供）',
    ]);
    expect(kinds(blocks).slice(2)).toEqual(['furniture', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture']);
  });

  it('reads a headline over its byline with a rule drawn between them, and a label in brackets before a headline as its kicker (issue 15)', () => {
    const blocks = classifyBlocks(['【一线观察】', '某县：“快递+超市”开进山村', '---', '文/图 本报记者 张三', '11月28日，某县一处服务站里，村民取走了快递。', '***', '【数据】某县服务清单', '| 项目 | 数量 |\n| 服务站 | 46个 |']);
    expect(kinds(blocks)).toEqual(['kicker', 'headline', 'furniture', 'byline', 'paragraph', 'furniture', 'kicker', 'headline', 'paragraph']);
  });

  it('reads a line quoted with > and a fenced block as running text, never captions; a label in braces over a headline as its kicker (issue 15)', () => {
    const blocks = classifyBlocks(splitBlocks(['某县：公交实行“1元一票制”', '本报记者 王 磊', '12月1日起，市区公交实行“1元一票制”。', '```\n温馨提示：换乘需刷同一张卡\n```', '> 来源：市人社局', '{ 便民 } 社保卡新增8项功能', '本报讯 即日起，社保卡新增乘车、借书等8项功能。'].join('\n\n')));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['headline', '某县：公交实行“1元一票制”'], ['byline', '本报记者 王 磊'], ['paragraph', '12月1日起，市区公交实行“1元一票制”。'], ['paragraph', '```\n温馨提示：换乘需刷同一张卡\n```'],
      ['paragraph', '> 来源：市人社局'], ['kicker', '{ 便民 }'], ['headline', '社保卡新增8项功能'], ['paragraph', '即日起，社保卡新增乘车、借书等8项功能。'],
    ]);
  });

  it('reads a caption by its arrow or its label in brackets after the text, with its credit (issue 15)', () => {
    const blocks = classifyBlocks(['某县：“小积分”兑出乡村“新风尚”', '本报记者 张 伟', '今年以来，某县村民累计兑换商品4.6万件。', '↑ 积分超市里，村民用积分兑换生活用品。', '[图] 村民在清扫街道。 本报通讯员 李 强 摄', '<图片说明> 老人们在驿站里下棋。 刘芳/摄']);
    expect(kinds(blocks).slice(3)).toEqual(['caption', 'caption', 'caption']);
    expect(blocks.at(-1)!.credit).toBe('刘芳/摄');
  });

  it('reads a column name and a headline set apart by a bar over a byline as the headline (issue 15)', () => {
    expect(kinds(classifyBlocks(['暖心 | 社区“热饭”端上桌', '本报记者 孙 涛', '12月3日，城区36个社区老年食堂同步开餐，每餐6元。']))).toEqual(['headline', 'byline', 'paragraph']);
  });

  it('reads rules drawn with box-drawing or wave characters as furniture, never a deck (issue 15)', () => {
    expect(kinds(classifyBlocks(['某报', '━━━━━━━━━━', '民生周刊 · 社区 第48期', '══════', '～～～～']))).toEqual(['furniture', 'furniture', 'furniture', 'furniture', 'furniture']);
  });

  it('reads a note by its label after a table or text as running text, not a caption (issue 15)', () => {
    for (const note of ['备注: 数据截至某月底', '注：某项为预计数', '数据来源：某县统计局', '资料来源:某局']) {
      const blocks = classifyBlocks(['某县：某事办成了', '本报记者 张三', '今年，某县新建某设施12处。', '| 项目 | 数量 |\n| 某设施 | 12处 |', note]);
      expect(blocks.at(-1)!.kind, note).toBe('paragraph');
    }
  });

  it('keeps an article open past a photo credit under a caption, and reads a titled line with a credit as a caption (issue 15)', () => {
    const blocks = classifyBlocks([
      '某县新闻中心',
      '某镇：学校里的“小书院”',
      '本报记者 何静',
      '走进某镇中心学校，孩子们正在新建的阅览室里读书。',
      '下图 老师指导学生阅读',
      '（图片由某县教育局提供）',
      '据了解，“小书院”共配备图书12万册。',
      '学校里的“小书院”（摄影 周洋）',
    ]);
    expect(kinds(blocks).slice(4)).toEqual(['caption', 'byline', 'paragraph', 'caption']);
    expect(blocks[7]!.text).toBe('学校里的“小书院”');
  });

  it('reads a credited photo caption between the paragraphs of a signed article as its caption (issue 15)', () => {
    const blocks = classifyBlocks([
      '某镇：老人吃上“热乎饭”',
      '本报记者 何静',
      '中午11点半，某镇幸福院的餐厅里飘出饭菜香。',
      '几位老人和工作人员一起包饺子。 本报记者 何静 摄',
      '镇民政办负责人介绍，幸福院每年可获得运营补贴3万元。',
    ]);
    expect(kinds(blocks)).toEqual(['headline', 'byline', 'paragraph', 'caption', 'paragraph']);
    const items = classifyBlocks(['某镇：秋收忙', '本报记者 何静', '村民在收玉米。', '9月2日，村民在晾晒玉米。 周洋 摄', '9月3日，村民在收谷子。 孙立 摄']);
    expect(kinds(items).slice(3)).toEqual(['paragraph', 'paragraph']);
  });

  it('reads a plain line between an article’s text and the next headline over a byline as that article’s caption (issue 15)', () => {
    const blocks = classifyBlocks([
      '夏夜的某村文化广场灯火通明，一场村民自编自演的文艺晚会正在上演。',
      '村民在新建的文化广场上跳舞',
      '某区：专家坐诊到乡镇',
      '本报记者 何静',
      '入夏以来，某区推行市级医院专家下沉坐诊。',
    ]);
    expect(kinds(blocks)).toEqual(['paragraph', 'caption', 'headline', 'byline', 'paragraph']);
    const lead = classifyBlocks(['夏夜的某村文化广场灯火通明。', '投资1.2亿元 惠及2万群众', '某县：一条公路连起十个村', '本报记者 何静', '初冬时节，记者驱车行驶在新修的农村公路上。']);
    expect(kinds(lead)[1]).toBe('kicker');
  });

  it('reads lead-in, headline and a deck printed without dashes over a byline, a full-width dash deck, ornamented roles (issue 15)', () => {
    const blocks = classifyBlocks(['聚焦民生实事 回应群众期盼', '某市今年将办好十件民生实事', '总投资38.6亿元，涉及教育、医疗、养老等领域', '本报记者 何静', '3月3日，记者从市政府获悉。']);
    expect(kinds(blocks)).toEqual(['kicker', 'headline', 'deck', 'byline', 'paragraph']);
    const asks = classifyBlocks(['百姓说变化', '家门口的这些事，大家怎么看？', '本报记者 何静', '今年以来，某县把民生小事当作大事来办。']);
    expect(kinds(asks)).toEqual(['kicker', 'headline', 'byline', 'paragraph']);
    const dash = classifyBlocks(['社区食堂“食”在暖心', '－－某区推进社区助餐服务侧记', '■本报记者 周洋 ■通讯员 孙立', '中午时分，社区食堂里坐满了老人。']);
    expect(kinds(dash)).toEqual(['headline', 'deck', 'byline', 'paragraph']);
  });

  it('never throws, whatever it is given', () => {
    expect(classifyBlocks([])).toEqual([]);
    const odd = classifyBlocks(['#', '##', '——', '·', '()', '本报讯', '本报讯 记者报道：', ' 摄', '|']);
    expect(odd).toHaveLength(9);
    for (const block of odd) expect(typeof block.kind).toBe('string');
  });
});

describe('splitBlocks: a table broken by a blank line', () => {
  it('keeps the rows under the blank line in the table\'s block', () => {
    const page = ['各乡镇投入如下。', '乡镇\t投入(万元)\t同比', '东和乡\t5286\t+6.2%', '西营镇\t3124\t+4.8%', '', '南关镇\t2238\t+5.1%', '北社乡\t1542\t+7.3%', '', '县财政局表示，将继续加大投入。'].join('\n');
    const blocks = splitBlocks(page);
    expect(blocks.at(-1)).toBe('县财政局表示，将继续加大投入。');
    expect(blocks.some((b) => b.includes('西营镇') && b.includes('北社乡'))).toBe(true);
  });
});

describe("a whole quoted voice signed by who spoke is text, however short (R2's F16, session 33)", () => {
  const classify = (page: string) => classifyBlocks(splitBlocks(page));
  it('reads `“…”（市民 李女士）` and `“…”——市民 赵大爷` with no mark inside the quote as paragraphs, each its own', () => {
    const voices = ['“以前一个人做饭费事，现在下楼就能吃上热乎饭”（市民 张先生）', '“一荤两素才8块钱，比自己做还划算”（市民 李女士）', '“饭菜口味清淡，适合老年人”——市民 赵大爷'];
    const page = ['社区食堂开进家门口', '本报记者 王 某', '', '今年以来，潞州区新建社区食堂10个，日均就餐1200余人次。', '', '百姓心声', '', voices.join('\n\n')].join('\n');
    const got = classify(page);
    for (const v of voices) expect(got.find((b) => b.text === v)?.kind, v).toBe('paragraph');
    // Printed with no blank line between, each voice is still a paragraph of its own.
    const tight = classify(['社区食堂开进家门口', '本报记者 王 某', '', '今年以来，潞州区新建社区食堂10个，日均就餐1200余人次。', '', '百姓心声', ...voices].join('\n'));
    for (const v of voices) expect(tight.find((b) => b.text === v)?.kind, v).toBe('paragraph');
  });
  it('near misses: a quoted headline signed after a dash or in brackets over its byline stays the headline; a quote naming no speaker stays title-like', () => {
    for (const head of ['“干就干最好”——记全国劳模 张某', '“干就干最好”（全国劳模 张某）']) {
      const got = classify([head, '本报记者 王 某', '', '在长治钢铁厂，提起张某，工友们都竖起大拇指。三十年来，他扎根一线，带出徒弟200余名。'].join('\n'));
      expect(got[0]).toMatchObject({ kind: 'headline', text: head });
    }
    const plain = classify(['今年以来，潞州区新建社区食堂10个。', '', '“食堂的饭菜很可口”（见图）', '', '今年以来，潞州区新建社区食堂10个。'].join('\n'));
    expect(plain.find((b) => b.text.startsWith('“食堂'))?.kind).not.toBe('paragraph');
  });
});
