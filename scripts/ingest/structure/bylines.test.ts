import { describe, expect, it } from 'vitest';
import { cutOpeningSignature, isAuthorNote, isBylineLine, isPhotoCredit, isWireByline, opensWithSource, tookPhotos, withoutSourceNote } from './bylines.ts';
import { cutClosingSignature, isPlaceSignature } from './signatures.ts';
import { structurePage } from '../segment.ts';

describe('isBylineLine: <role word> <names>', () => {
  it('knows one role with one or several names', () => {
    for (const text of ['本报记者 张宏伟', '本网记者 韩 蕊', '本网记者张三', '记者 王晓峰', '通讯员 刘晋 贾敏', '本报记者 王磊 李静 通讯员 赵刚', '本报记者 郝 斌', '特约记者 李明', '长治日报记者 王芳']) {
      expect(isBylineLine(text), text).toBe(true);
    }
  });

  it('knows several roles in a row, and what the reporter did', () => {
    for (const text of ['本报记者 秦晓燕 通讯员 郝志刚 实习生 王一鸣', '本报记者 马丽娜 整理', '本报记者 李伟 摄', '通讯员 王凯 摄', '本报记者 姚晋华摄']) {
      expect(isBylineLine(text), text).toBe(true);
    }
  });

  it('knows text-and-photo credits, ornamented names, brackets and English bylines', () => {
    for (const text of ['文/图 张丽', '文 张丽 图 王刚', '□ 史晓东', '■ 柳青', '○ 郝文', '（通讯员 李娜）', '(记者王芳)', '本报讯（通讯员 杨晓军）', 'By Wang Fang', 'By Li Na and Zhang Wei']) {
      expect(isBylineLine(text), text).toBe(true);
    }
  });

  it('knows the paper’s own role glued to a name, two glued roles, an ornament before the role, names with 摄', () => {
    for (const text of ['文/图 本报记者 周洋', '文/本报记者 何静 图/通讯员 周洋', '图片由某县文旅局提供', '（照片由受访者提供）', '本报记者张三', '记者王晓峰 通讯员李梅', '■ 本报记者 张三', '张三 摄', '张三 李四 摄影', '（王五 摄）', '作者 张三', 'BY WANG FANG', 'By: Li Na', '——By our reporter Li Na', '(Li Na)', '(By Wang Fang and Li Na)', 'By our correspondents Wang Fang and Li Na']) {
      expect(isBylineLine(text), text).toBe(true);
    }
  });

  it("knows a county media centre's reporter, an ornament before 文/图, a spaced ornamented name, names alone", () => {
    for (const text of ['县融媒体中心记者 孔亮', '沁源县融媒体中心记者 孔亮 通讯员 周宁', '县融媒体记者 孔亮 通讯员 周宁', '市全媒体记者 孔 亮', '县广播电视台记者 孔亮', '■ 文/图 本报记者 孔亮', '□ 周 宁', '孔亮 周宁', '孔亮 周宁 申晓燕']) {
      expect(isBylineLine(text), text).toBe(true);
    }
    // Two phrases that are no person's names are a headline.
    for (const text of ['喜迎新春 共话发展', '民生为本 幸福同行', '乡村 振兴', '县融媒体 出品', '县融媒体记者站揭牌']) expect(isBylineLine(text), text).toBe(false);
  });

  it('knows a three-character name set apart one character by one, as an OCR or a spaced page prints it', () => {
    for (const text of ['本报记者 牛 丽 霞', '□ 本报记者 常 海 涛', '通讯员 李 建 军', '□ 王 丽 娜', '记者 王 芳 李 明']) {
      expect(isBylineLine(text), text).toBe(true);
    }
    // A spaced headline is no name, with an ornament before it or not.
    for (const text of ['平 顺 县 农 村 公 路', '□ 平 顺 县 农 村', '■ 民 生 关 注']) expect(isBylineLine(text), text).toBe(false);
  });

  it('knows a photo credit with a slash, a picture given by a reporter (供图), and 图片/ before the name', () => {
    for (const text of ['孔亮/摄', '图片/孔亮', '通讯员 周宁 供图']) {
      expect(isBylineLine(text), text).toBe(true);
      expect(isPhotoCredit(text) || tookPhotos(text), text).toBe(true);
    }
  });

  it('knows a cartoon\'s or drawing\'s maker after a slash, not a line that ends on 作 or 画 as a word', () => {
    for (const text of ['张 宇/作', '李明／绘', '王小红 / 画']) expect(isBylineLine(text), text).toBe(true);
    for (const text of ['新工作', '稳就业促工作', '农民画', '春节年画', '民生/工作']) expect(isBylineLine(text), text).toBe(false);
  });

  it('leaves headlines, column names and running text alone', () => {
    for (const text of ['记者见闻', '通讯员队伍壮大', '图说民生', '文明新风', '湖畔荷花盛开', '秋收摄影展', 'By the river we walk slowly today',  '沁源县：一条山路串起九个村', '百姓身边', '民生为本 幸福生活成色足', '本报讯（记者 王芳）11月19日，记者从市教育局获悉。', 'By the numbers', '■ 11月18日，潞城区成家川街道为独居老人安装烟雾报警器。']) {
      expect(isBylineLine(text), text).toBe(false);
    }
  });
});

describe('isPhotoCredit', () => {
  it('is a byline whose deed is the photograph', () => {
    expect(isPhotoCredit('本报记者 李伟 摄')).toBe(true);
    expect(isPhotoCredit('本报记者 李伟')).toBe(false);
    expect(isPhotoCredit('长治湖畔摄')).toBe(false);
    expect(isPhotoCredit('（图片由某县文旅局提供）')).toBe(true);
    expect(isPhotoCredit('图片由于光线太暗看不清楚，请读者谅解')).toBe(false);
    // A photo set's giver (`本组图片由…提供`), and a credit in square brackets with a role and a slash before 摄.
    for (const text of ['本组图片由某县融媒体中心提供', '以上照片均由某镇政府提供', '【通讯员 张 某／摄】', '【本报记者 李伟 摄】']) expect(isPhotoCredit(text), text).toBe(true);
    for (const text of ['本组图片由于天气原因未能刊发', '【通讯员风采】', '【摄影大赛】']) expect(isPhotoCredit(text), text).toBe(false);
  });
});

describe('tookPhotos', () => {
  it('is a byline that credits the photos, alone or with the text', () => {
    for (const text of ['本报记者 李伟 摄', '文/图 张丽', '图/文 张丽', '图 王刚']) expect(tookPhotos(text), text).toBe(true);
    for (const text of ['本报记者 李伟', '文 张丽', '图说民生']) expect(tookPhotos(text), text).toBe(false);
  });
});

describe('cutClosingSignature', () => {
  it('cuts the bracketed signature after a finished sentence', () => {
    expect(cutClosingSignature('■ 11月18日，潞城区为126户独居老人安装了烟雾报警器。（通讯员 李娜）')).toEqual({
      signature: '（通讯员 李娜）',
      text: '■ 11月18日，潞城区为126户独居老人安装了烟雾报警器。',
    });
  });

  it("cuts a person's name alone in brackets, as a county paper signs a brief, and leaves an editor's mark", () => {
    expect(cutClosingSignature('入冬以来，某镇设立“暖心驿站”6处。（王丽娟）')).toEqual({ signature: '（王丽娟）', text: '入冬以来，某镇设立“暖心驿站”6处。' });
    expect(cutClosingSignature('入冬以来，某镇设立“暖心驿站”6处。（王 丽）').signature).toBe('（王 丽）');
    // The media centre the reporter works for before the name; a centre's credit of no person is no signature.
    expect(cutClosingSignature('入冬以来，某镇设立“暖心驿站”6处。（平顺县融媒体中心 郭 斌）').signature).toBe('（平顺县融媒体中心 郭 斌）');
    expect(cutClosingSignature('入冬以来，某镇设立“暖心驿站”6处。（平顺县融媒体中心 出品）').signature).toBeUndefined();
    for (const mark of ['（待续）', '（下同）', '（完）', '（附图）']) expect(cutClosingSignature(`入冬以来，某镇设立驿站6处。${mark}`).signature, mark).toBeUndefined();
  });

  it('leaves an author note and a bracket inside a sentence alone', () => {
    expect(cutClosingSignature('（作者单位：长治学院）').signature).toBeUndefined();
    expect(cutClosingSignature('记者采访了多位居民（记者 王芳）').signature).toBeUndefined();
  });
});

describe('cutOpeningSignature', () => {
  it('cuts the reporter in brackets before the text of a brief', () => {
    expect(cutOpeningSignature('（通讯员 申晓峰）9月23日，平顺县农民丰收节在青羊镇举行。')).toEqual({
      signature: '（通讯员 申晓峰）',
      text: '9月23日，平顺县农民丰收节在青羊镇举行。',
    });
    expect(cutOpeningSignature('（作者单位：长治学院）').signature).toBeUndefined();
    expect(cutOpeningSignature('（通讯员 申晓峰）').signature).toBeUndefined();
  });
  it('cuts it after a brief\'s bullet, the bullet left on the text', () => {
    expect(cutOpeningSignature('■（记者 某 某）某县普惠托育服务扩容提质。今年新增普惠托位320个。')).toEqual({
      signature: '（记者 某 某）',
      text: '■某县普惠托育服务扩容提质。今年新增普惠托位320个。',
    });
  });
});

describe('isWireByline', () => {
  it('knows the opening byline of a news item, not the 讯 of 通讯员', () => {
    for (const text of ['本报讯 记者史晓萍报道：', '本报讯（记者 王芳）', '新华社讯', '本报长治1月26日电', '本报黎城12月2日讯', '（通讯员 申晓峰）']) expect(isWireByline(text), text).toBe(true);
    for (const text of ['通讯员 刘晋 贾敏', '本报记者 张宏伟 通讯员 李建斌', '本报通讯员 刘晋', '本报特约通讯员 刘晋']) expect(isWireByline(text), text).toBe(false);
  });
});


describe('a byline that says the reporter wrote and took the photos after the names', () => {
  it('reads 文/图 and 图/文 after the names as the deed', () => {
    for (const text of ['本报记者 周 明 文/图', '记者 王芳 文／图', '本报记者 周明 图/文']) expect(isBylineLine(text), text).toBe(true);
    expect(isBylineLine('柳编车间里的新“钱”景 文/图')).toBe(false);
  });
});

describe('bylines set off by a colon, a slash or a bar, and names with a compound surname (issue 15)', () => {
  it('are byline lines', async () => {
    const { isBylineLine } = await import('./bylines.ts');
    const { isStandaloneByline } = await import('./marks.ts');
    const byline = (l: string) => isBylineLine(l) || isStandaloneByline(l);
    for (const line of ['本报记者：李晓东', '本报记者/李晓东', '记者 李晓东 / 通讯员 王芳', '文｜李晓东', '文|李晓东', '本报记者 欧阳晓东']) expect(byline(line), line).toBe(true);
    expect(byline('记者：今年进展如何？')).toBe(false);
  });
});

describe('isBylineLine: a source and a byline set apart by a bar (a WeChat post, issue 15)', () => {
  it('reads the line as a byline when a part names someone and the rest says where the item comes from', () => {
    expect(isBylineLine('来源：武乡县融媒体中心 | 记者 王 刚')).toBe(true);
    expect(isBylineLine('记者 王 刚｜通讯员 李 娜')).toBe(true);
  });
  it('leaves a headline with a bar and a source alone', () => {
    expect(isBylineLine('沁县招聘会｜现场提供岗位960个')).toBe(false);
    expect(isBylineLine('来源：武乡县融媒体中心 | 武乡县新增公交线路4条')).toBe(false);
    expect(isBylineLine('来源：武乡县融媒体中心')).toBe(false);
  });
});

describe('isBylineLine: a source and a byline set apart by a space (a web copy, issue 15)', () => {
  it('reads the line as a byline, the byline without the source', () => {
    expect(isBylineLine('来源：武乡日报 记者 王 刚')).toBe(true);
    expect(withoutSourceNote('来源：武乡日报 记者 王 刚')).toBe('记者 王 刚');
  });
  it('leaves a source before anything but a byline alone', () => {
    expect(isBylineLine('来源：武乡县融媒体中心 武乡县新增公交线路4条')).toBe(false);
    expect(withoutSourceNote('来源：武乡县融媒体中心 武乡县新增公交线路4条')).toBe('来源：武乡县融媒体中心 武乡县新增公交线路4条');
  });
  it('keeps a bar between a role and its name when no source stands beside the byline', () => {
    expect(withoutSourceNote('记者｜王 某　　通讯员｜李某某')).toBe('记者｜王 某　　通讯员｜李某某');
    expect(withoutSourceNote('文｜某某某　图｜某 某')).toBe('文｜某某某　图｜某 某');
    // A source beside it by a bar is still taken off (near miss).
    expect(withoutSourceNote('来源：某县融媒体中心｜记者 王 某')).toBe('记者 王 某');
  });
});

describe('a county media centre named short before its reporter (issue 15)', () => {
  it('reads `X县融媒记者 name` as a byline, in brackets at an item\'s end too', () => {
    expect(isBylineLine('壶关县融媒记者　郭　亮')).toBe(true);
    expect(isBylineLine('潞州区全媒体记者 申丽')).toBe(true);
    expect(cutClosingSignature('近日，百尺镇卫生院新增床位20张。（壶关县融媒记者　郭亮）').signature).toBeDefined();
  });
  it('leaves a place before a plain role word alone', () => {
    expect(isBylineLine('壶关县记者站 郭亮')).toBe(false);
  });
});

describe("a unit's reporters under its name", () => {
  it("reads a county's media centre or station standing as the role, then the names", () => {
    expect(['长子县融媒体中心　韩 斌　崔涛磊', '沁县融媒体中心 郝静', '长治市广播电视台 李丽、张敏'].map(isBylineLine)).toEqual([true, true, true]);
  });

  it('credits no one with a word that is no name after the unit', () => {
    expect(['沁县融媒体中心 出品', '潞州区融媒体中心 供稿', '武乡县融媒体中心 乡村振兴'].map(isBylineLine)).toEqual([false, false, false]);
  });

  it('reads a photo credit of the unit: the deed after the names, or the text-and-photo word before the unit', () => {
    for (const text of ['襄垣县融媒体中心 赵 磊 摄', '平顺县广播电视台 郭晓 摄影报道', '图/沁源县融媒体中心 冯 丽', '图／文 壶关县融媒体中心 孟 涛']) {
      expect([isBylineLine(text), tookPhotos(text)], text).toEqual([true, true]);
    }
    expect(isPhotoCredit('平顺县广播电视台 郭晓 摄影报道')).toBe(true);
    // A deed or a credit word after a unit with no person's name: a programme's credit or a headline, not a byline.
    for (const text of ['沁县融媒体中心 出品 摄', '图/沁源县融媒体中心 出品', '图文 武乡县融媒体中心 新春走基层']) expect(isBylineLine(text), text).toBe(false);
  });
});

describe("an app's line of who posted a piece, its byline among the parts (issue 15)", () => {
  it("reads the paper's or media centre's name and the stamp beside the byline as a source note is", () => {
    expect(isBylineLine('上党晚报｜记者 赵 敏 通讯员 钱 多｜2025-11-20 17:05')).toBe(true);
    expect(isBylineLine('沁县融媒体中心 | 通讯员 李 娜 | 11-20 17:05')).toBe(true);
    expect(withoutSourceNote('上党晚报｜记者 赵 敏 通讯员 钱 多｜2025-11-20 17:05')).toBe('记者 赵 敏 通讯员 钱 多');
  });

  it('never a line of the same parts with no byline among them', () => {
    expect(isBylineLine('上党晚报 | 民生新闻 | 2025-11-20 17:05')).toBe(false);
    expect(isBylineLine('上党晚报 | 2025-11-20 17:05')).toBe(false);
  });
});

describe('an oral history signed, and a box label set off by an ornament (issue 15)', () => {
  it('reads who told the story and who wrote it down as a byline', () => {
    for (const text of ['口述 郭某某 整理 本报记者 王 某', '口述：郭某某 整理：通讯员 王某', '讲述 郭某某']) expect(isBylineLine(text), text).toBe(true);
    expect(isBylineLine('口述历史 整理成册')).toBe(false);
  });

  it('reads four characters after an ornament as a name only with a compound surname', () => {
    expect(isBylineLine('■ 欧阳晓东')).toBe(true);
    expect(isBylineLine('□ 王 晓 东')).toBe(true);
    for (const text of ['■人物小传', '◎ 老年助浴', '◆ 过去一年']) expect(isBylineLine(text), text).toBe(false);
  });
});

describe('a county paper named short as 某某报 before its reporter (issue 15)', () => {
  it('reads `某某报记者 name` as a byline, in brackets at an item\'s end too', () => {
    expect(isBylineLine('沁水报记者 郭 亮')).toBe(true);
    expect(cutClosingSignature('近日，某镇卫生院新增床位20张。（沁水报记者　郭亮）').signature).toBe('（沁水报记者　郭亮）');
  });
  it('leaves a word ending in 报 that names no paper, glued to the role, alone', () => {
    expect(isBylineLine('汇报记者 郭亮')).toBe(false);
  });
});

describe('a correspondent signing with the town they write from (issue 15)', () => {
  it('cuts `（某某镇　name）` from the end of the text as its signature', () => {
    expect(cutClosingSignature('今年全镇发展林下种植2300亩，带动680户农户增收。（东河镇　王丽娟）').signature).toBe('（东河镇　王丽娟）');
  });
  it('leaves a place and a thing in brackets as text', () => {
    expect(cutClosingSignature('今年全镇发展林下种植2300亩。（东河镇　卫生院）').signature).toBeUndefined();
  });
});

describe('who gave the picture, with the label first or any name before 供图, and a picture a machine made (issue 15, point 2)', () => {
  it.each(['供图：襄垣县融媒体中心', '（供图：市文旅局）', '图片提供：黎城县委宣传部', '供图／通讯员 郭 亮', '受访单位供图', '（东方IC供图）', 'AI生成图片', '（图片由AI生成）', '本图AI制作'])('%s is a photo credit', (line) => {
    expect(isBylineLine(line)).toBe(true);
    expect(isPhotoCredit(line)).toBe(true);
  });
  // A sentence about giving pictures, a headline about machines that draw, a long clause before 供图.
  it.each(['欢迎读者踊跃供图', '积极供图', '村民为展览提供图片', 'AI生成的海报吸引了不少年轻人', 'AI制图工具走进中学课堂', '市档案馆和县文旅局联合征集老照片并供图'])('%s is not', (line) => expect(isBylineLine(line)).toBe(false));
  // Who gave it for whom or to whom (为, 向, 给 between two names) is a sentence; a body whose name holds 为民 is a giver.
  it.each(['老党员为村史馆供图', '村民向展览馆供图', '县医院给报社供图'])('%s is not', (line) => {
    expect(isBylineLine(line)).toBe(false);
    expect(isPhotoCredit(line)).toBe(false);
  });
  it.each(['某县为民服务中心供图', '（向阳社区供图）'])('%s is a photo credit', (line) => expect(isPhotoCredit(line)).toBe(true));
});

describe("a paper's commentator named in full, a writer with where they work, and a note of who the writer is (issue 15, point 2)", () => {
  it.each(['上党晚报评论员', '长治日报特约评论员', '赵晓峰（长治市第二中学）', '郭 敏（沁县人民医院）', '刘建国（市委党校）'])('%s is a byline', (line) => expect(isBylineLine(line)).toBe(true));
  // A thing a body named after a place, a newsroom's word, a title with a body in brackets.
  it.each(['长治日报评论员文章摘登', '太行山（长治市文旅局）', '新校区（长治市第二中学）', '评论员'])('%s is not', (line) => expect(isBylineLine(line)).toBe(false));
  it.each(['作者单位：长治学院', '作者系潞州区政协委员', '（作者系长治学院教师）', '作者简介：某某，某县人'])('%s is an author note', (line) => expect(isAuthorNote(line)).toBe(true));
  it.each(['作者在文中写道：“家乡变了。”', '作者系列讲座开讲', '本文作者'])('%s is not', (line) => expect(isAuthorNote(line)).toBe(false));
  // After 为 or 是, a note names a body and the writer's post there; a headline goes on with a deed, a question or a sentence.
  it.each(['作者为长治学院教师', '（作者是某县第一中学语文教师）', '作者为潞州区政协委员'])('%s is an author note', (line) => expect(isAuthorNote(line)).toBe(true));
  it.each(['作者为家乡写下百首诗', '作者为何钟情太行山', '作者是一名乡村教师', '作者为村里修路捐款'])('%s is not', (line) => expect(isAuthorNote(line)).toBe(false));
});

describe('a reporter stationed in a county, a trainee reporter, and each name with its deed (issue 15, point 2)', () => {
  it.each(['本报驻沁县记者 赵晓峰', '某某日报驻黎城记者站 郭 敏', '实习记者 刘建国', '记者 赵晓峰/文 郭敏/图', '赵晓峰 文/图', '（本报驻沁县记者 赵晓峰）'])('%s is a byline', (line) => expect(isBylineLine(line)).toBe(true));
  // A village cadre named, a headline about a bureau, a slogan before 文/图.
  it.each(['驻村干部赵晓峰', '记者站建成投用', '民生为本 文/图', '赵晓峰说文图并茂'])('%s is not', (line) => expect(isBylineLine(line)).toBe(false));
});

describe("the paper's own commentator signing a piece (issue 15 point 2)", () => {
  it('is a byline alone or after a square', () => {
    for (const line of ['本报评论员', '□ 本报评论员', '■本刊特约评论员']) expect(isBylineLine(line), line).toBe(true);
  });
  // The kind of piece over its headline, and a sentence about a commentator, are not.
  it('is not the label of the kind of piece, nor a sentence naming one', () => {
    for (const line of ['本报评论员文章', '□ 本报评论员文章', '本报评论员指出', '本报评论员：办实事贵在实']) expect(isBylineLine(line), line).toBe(false);
  });
});

describe("a reader's signature: where they live and their name, in brackets (issue 15 point 2)", () => {
  it('is a signature', () => {
    for (const line of ['（城关镇　王秀英）', '（某县东关街道 赵 刚）', '(西河村 李建国)', '（某县某某镇　李秋兰）']) expect(isPlaceSignature(line), line).toBe(true);
  });
  // Two places, a place and a body or its people, and a bracketed aside are not; nor a county and a town of the
  // gazetteer by its stem, which jieba may read as a person's name (王和, 余吾 are towns), nor a place ending on 县/区/市.
  it('is not two places, a place and a group, or an aside', () => {
    for (const line of ['（城关镇 南关村）', '（长治市 潞州区）', '（东关社区 居民）', '（西河村 党支部）', '（城关镇 今年以来）', '（沁源县 王和）', '（屯留区 余吾）', '（城关镇 王桥）', '（某县 王秀英）']) expect(isPlaceSignature(line), line).toBe(false);
  });
  it('is no byline line alone: only where it closes the piece (blocks.ts, letters.ts)', () => {
    expect(isBylineLine('（城关镇　王秀英）')).toBe(false);
  });
});

describe("a reader's signature on a line of its own signs the piece it closes (issue 15 point 2)", () => {
  const piece = ['我家门前的小公园', '', '我家住在县城东关，门前原是一片荒地。', '', '去年，县里把这里建成了小公园，还装了健身器材。', ''];
  const next = ['某镇新建村级卫生室6所', '', '本报讯（记者 周某）近日，某镇新建的6所村级卫生室投入使用，方便群众就近看病。'];
  const bylineOf = (lines: string[], k: number) => structurePage(lines.join('\n')).segments[k]?.blocks.find((b) => b.kind === 'byline')?.text;
  it('before the next headline, or at the end of the page', () => {
    expect(bylineOf([...piece, '（城关镇　王秀英）', '', ...next], 0)).toBe('（城关镇　王秀英）');
    expect(bylineOf([...piece, '（城关镇　王秀英）'], 0)).toBe('（城关镇　王秀英）');
  });
  // A place and a village or a town in brackets between two paragraphs is an aside of the text: it neither signs the
  // piece nor splits it.
  it('not between two paragraphs of the text, nor where it names a town', () => {
    const story = ['冬日古关游人多', '', '本报讯（记者 周某）连日来，某乡迎来大批游客，全乡接待游客1.1万人次。', ''];
    const after = ['', '据介绍，今年以来全乡旅游收入达到760万元。'];
    for (const aside of ['（城关镇 王家庄）', '（屯留区 余吾）']) {
      const { segments } = structurePage([...story, aside, ...after].join('\n'));
      expect(segments.length, aside).toBe(1);
      expect(segments[0]!.blocks.find((b) => b.kind === 'byline')?.text ?? segments[0]!.blocks.find((b) => b.byline)?.byline, aside).toBe('本报讯（记者 周某）');
    }
  });
});

describe('opensWithSource: a news item opening with where the reporter had it from', () => {
  it('reads the reporter told by a body and a wire-like 据…消息', () => {
    for (const t of ['● 记者从县民政局获悉，全县新建老年助餐点24个。', '记者近日从市教育局了解到，全市新增学位3000个。', '据县气象局消息，本周将有降雪。', '■ 据悉，该项目年底完工。', '据了解，新站点下月开放。', '● 据介绍，该镇共设服务点6个。']) expect(opensWithSource(t), t).toBe(true);
  });
  // A box's remark about what was said, a reporter in the middle of a sentence, a figure by the count are not.
  it('leaves a line that opens otherwise', () => {
    for (const t of ['● 年龄最小的选手只有9岁。', '● 记者在现场看到，选手们热情高涨。', '● 据统计，参赛人数创新高。', '● 不少市民据此调整了出行。', '记者节当天，全县举办座谈会。']) expect(opensWithSource(t), t).toBe(false);
  });
});

describe('a media centre named short by its place, and a picture credited after 图 and its mark (issue 15, point 2)', () => {
  it('reads 某某融媒记者 as a role with or without 县/区 in the place', () => {
    for (const line of ['文｜某党融媒记者 王某某 通讯员 李 某', '长子融媒记者 王 某', '某县融媒记者 王某']) expect(isBylineLine(line), line).toBe(true);
    // A column's name or a sentence that holds the words is none.
    for (const line of ['县融媒记者走访', '某党融媒 报道', '融媒记者见闻']) expect(isBylineLine(line), line).toBe(false);
  });
  it('reads 图｜…, 图/…, 图：… as the photo\'s credit, never 图/文 or a byline crediting the text too', () => {
    for (const line of ['图｜通讯员 王 某', '图/本报记者 李某某', '图：某党融媒记者 王某某', '图片/王某']) expect(isPhotoCredit(line), line).toBe(true);
    for (const line of ['图/文 王某', '文/本报记者 王某 图/通讯员 李某', '图文/王某', '文｜王某某']) expect(isPhotoCredit(line), line).toBe(false);
  });
});

describe("a web copy's author among its line's parts, its label and the day it was posted (issue 15, point 2)", () => {
  it('reads the author part as the byline, without 作者： when it names its roles, and drops a posting day after it', () => {
    expect(isBylineLine('2025-12-03 07:45:12　　来源：某某日报　　作者：本报记者 王某某　　浏览次数：3862')).toBe(true);
    expect(withoutSourceNote('2025-12-03 07:45:12　　来源：某某日报　　作者：本报记者 王某某　　浏览次数：3862')).toBe('本报记者 王某某');
    expect(withoutSourceNote('来源：某学习平台　　作者：某某日报记者 李 某　　2025-11-28')).toBe('某某日报记者 李 某');
    expect(withoutSourceNote('作者：融媒记者 王某某 通讯员 李 某')).toBe('融媒记者 王某某 通讯员 李 某');
    expect(withoutSourceNote('某某日报记者 王某某 2025-11-28')).toBe('某某日报记者 王某某');
    // Near misses: a name alone keeps its label; a sentence among the parts is no such line, nor a day before a byline's text.
    expect(withoutSourceNote('作者：王某')).toBe('作者：王某');
    expect(withoutSourceNote('2025-11-28 记者走访了3个小区')).toBe('2025-11-28 记者走访了3个小区');
    expect(isBylineLine('来源：某某日报　　作者：本报记者 王某　　今年新增岗位1200个')).toBe(false);
  });
});

describe('the source note written once (SOURCE_PART, read by copy-chrome.ts too: reviewer, session 31)', () => {
  it('takes 文章来源 beside a byline as 来源, and a source with a clause mark in it as none', () => {
    expect(withoutSourceNote('文章来源：某某日报｜记者 王 某')).toBe('记者 王 某');
    expect(withoutSourceNote('文章来源：某某日报 记者 王 某')).toBe('记者 王 某');
    expect(withoutSourceNote('来源：某某日报！｜记者 王 某')).toBe('来源：某某日报！｜记者 王 某');
  });
});

describe("an outlet's name written once (OUTLET_NAME, read by copy-chrome.ts too: reviewer, session 31)", () => {
  it("takes a site's or an official account's name beside a byline as the poster's, as a paper's", () => {
    expect(withoutSourceNote('长治新闻网｜记者 王 某｜12-01 08:30')).toBe('记者 王 某');
    expect(withoutSourceNote('长治发布｜通讯员 李 某')).toBe('通讯员 李 某');
    expect(withoutSourceNote('沁县融媒体中心 | 通讯员 李 娜 | 12-01 08:30')).toBe('通讯员 李 娜');
  });
});
