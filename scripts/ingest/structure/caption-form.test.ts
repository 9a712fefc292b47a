// A caption only when it reads as one (caption-form.ts): lines made up in the forms of captions and of lines that
// describe nothing, and an article whose caption slot holds such a line.
import { describe, expect, it } from 'vitest';
import { captionsOf, captionsThatRead, describesNothing, isSetOffLabel, isSpacedOut, captionWords } from './caption-form.ts';
import type { Block } from '../types.ts';

describe('a line that describes nothing shown', () => {
  it.each(['－3－', 'B7', '2024-03-09', '社　区　速　递', '编辑：韩 斌', '审核：段晓芳', '原标题：《屯留区助残工作有序推进》', '阅读 5820　点赞 37', '【乡村纪事】', '▍ 暖心服务台', '《城事直通车·社区速递》'])(
    '%s is no caption',
    (line) => expect(describesNothing(line)).toBe(true),
  );

  it.each([
    '图为志愿者在沁县一处社区为老人理发。',
    '图①：医护人员在漳村为村民测血压',
    '▲ 工人在潞城区一处换热站检修设备。',
    '郝家庄镇新建的停车场',
    '老人们在日间照料中心用餐',
    '新闻发布会现场。',
    '图：工作人员在平顺县一处水厂取样。',
    'Volunteers help elders cross Yingxiong Road.',
    '记者 韩 斌 摄',
    '资料图片',
  ])('%s reads as a caption', (line) => expect(describesNothing(line)).toBe(false));

  it('tells a label spaced letter by letter from words set apart', () => {
    expect(isSpacedOut('民　生　关　注')).toBe(true);
    expect(isSpacedOut('民生 关注')).toBe(false);
    expect(isSpacedOut('王 敏')).toBe(false);
  });
});

describe('captions that read', () => {
  const b = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, source: [0], ...extra });

  it('makes a caption that describes nothing the page\'s furniture, and keeps one that describes a photo', () => {
    const blocks = [b('headline', '漳村卫生室来了新医生'), b('paragraph', '入冬以来，漳村卫生室每天接诊村民40余人次。'), b('caption', '编辑：韩 斌'), b('caption', '医生为村民测量血压。')];
    expect(captionsThatRead(blocks).map((x) => x.kind)).toEqual(['headline', 'paragraph', 'furniture', 'caption']);
  });

  it("keeps a place's or a time's photo caption (a place or a time before the colon), and one its credit stands under", () => {
    expect(['壶关县：太行大峡谷红豆峡', '英雄南路街道：平价菜店', '冬日：居民在公园晨练', '黎城县：新修的通村公路'].map(describesNothing)).toEqual([false, false, false, false]);
    // The chrome a label of the copy's own heads stays so, a time word's date too.
    expect(['编辑：韩 斌', '日期：2025-10-09', '来源：长治日报'].map(describesNothing)).toEqual([true, true, true]);
    // A shot named by a 的-phrase after its kind or its state; a former title with one is still the copy's.
    expect(['改造前：破旧的楼道', '改造后：整洁的楼道', '航拍：雪后的太行山', '资料图：2024年的东坡村'].map(describesNothing)).toEqual([false, false, false, false]);
    expect(['原标题：太行山上的菜篮子', '原标题：《太行山上的菜篮子》'].map(describesNothing)).toEqual([true, true]);
    expect(['效果图：长治市图书馆新馆', '示意图：漳泽湖环湖步道', '制图：王 敏'].map(describesNothing)).toEqual([false, false, true]);
    // A person shown, set off with the epithet people give them; a column's name set off stays the page's.
    expect(['【“小巷管家”王淑珍】', '【“最美护士”李娟】', '【“暖心服务”】', '【县域传真】'].map(describesNothing)).toEqual([false, false, true, true]);
    const blocks = [b('caption', '太行东街：口袋公园一角'), b('byline', '本报记者 韩 斌 摄'), b('caption', '编辑：韩 斌')];
    expect(captionsThatRead(blocks).map((x) => x.kind)).toEqual(['caption', 'byline', 'furniture']);
  });

  it('keeps a caption that carries its credit', () => {
    expect(captionsThatRead([b('caption', '【乡村纪事】', { credit: '记者 韩 斌 摄' })])[0]!.kind).toBe('caption');
  });
});

describe("a column's name by how it is set off", () => {
  it.each(['【县域传真】', '《社区观察》', '▍城事速递', '◆　健康身边事·政务聚焦', '社　区　速　递', '「热点话题」'])('%s is one', (line) => expect(isSetOffLabel(line)).toBe(true));
  it.each(['县域传真', '【堠北庄街道普惠托育点开园】', '■ 东阳关镇：路灯亮了', '（完）', '【图】', '▲工作人员检修设备'])('%s is not', (line) => expect(isSetOffLabel(line)).toBe(false));
});

describe('captionWords (issue 15)', () => {
  it('drops the mark that says which photo of a set a caption is for', () => {
    expect(captionWords('①游客在滑雪场体验滑雪。')).toBe('游客在滑雪场体验滑雪。');
    expect(captionWords('上图：12月9日早上，银发志愿者在校门口护送学生过马路。')).toBe('12月9日早上，银发志愿者在校门口护送学生过马路。');
    expect(captionWords('下图： 上岗前，志愿者们集合。')).toBe('上岗前，志愿者们集合。');
  });
  it('keeps 图为, a caption’s own words and a mark with nothing after it', () => {
    for (const text of ['图为英雄中路街道长者食堂里，老人们正在用餐。', '上图书馆的人多了。', '①']) expect(captionWords(text)).toBe(text);
  });
});

describe('describesNothing: two characters set wide (issue 15)', () => {
  it('is a label, not a caption', () => {
    for (const t of ['简　讯', '声 明']) expect(describesNothing(t), t).toBe(true);
    for (const t of ['简讯', '图 为']) expect(describesNothing(t), t).toBe(false);
  });
});

describe('captionsOf: a caption block of several photos, a credit in brackets closing a caption (issue 15)', () => {
  it('gives one caption per line when each line names its photo', () => {
    expect(captionsOf('上图：11月3日，村民在新修的文化广场上排练。\n下图：孩子们在广场边放风筝。')).toEqual(['11月3日，村民在新修的文化广场上排练。', '孩子们在广场边放风筝。']);
    expect(captionsOf('①工人在调试新装的锅炉。\n②检修员在查看管道阀门。')).toEqual(['工人在调试新装的锅炉。', '检修员在查看管道阀门。']);
  });
  it('keeps a block whose lines do not all name their photo as one caption', () => {
    expect(captionsOf('上图：工人在调试新装的锅炉。\n锅炉房里暖意融融。')).toEqual(['工人在调试新装的锅炉。\n锅炉房里暖意融融。']);
    expect(captionsOf('图为村民在新修的文化广场上排练。')).toEqual(['图为村民在新修的文化广场上排练。']);
  });
  it('drops a credit in brackets after the caption’s sentence', () => {
    expect(captionWords('上图：2001年的县城老街。（资料图片）')).toBe('2001年的县城老街。');
    expect(captionWords('村民在晾晒柿饼。（本报记者 王 芳 摄）')).toBe('村民在晾晒柿饼。');
    expect(captionWords('新建的游客中心。（图片由县文旅局提供）')).toBe('新建的游客中心。');
  });
  it('keeps brackets that are the caption’s own words', () => {
    for (const t of ['村民在新修的广场（原打谷场）上排练。', '县城老街。（左一为老街坊王师傅）', '资料图片显示的老街（1985年）']) expect(captionWords(t)).toBe(t);
  });
});

describe('captionWords: a photo\'s number after 图 (图①：, 图②　) is a mark too (issue 15)', () => {
  it('drops 图① with a colon or a wide space after it, and splits a block of such lines', () => {
    expect(captionWords('图①：护士在社区卫生站为老人量体温。')).toBe('护士在社区卫生站为老人量体温。');
    expect(captionWords('图②　11月30日，志愿者在小区门口发放防滑垫。')).toBe('11月30日，志愿者在小区门口发放防滑垫。');
    expect(captionsOf('图①：护士在社区卫生站为老人量体温。\n图②：医生在讲解冬季用药常识。')).toEqual(['护士在社区卫生站为老人量体温。', '医生在讲解冬季用药常识。']);
  });
  it('keeps 图为 and a caption opening with 图 in its own words', () => {
    for (const t of ['图为新建的游客中心。', '图书馆里，孩子们在读绘本。']) expect(captionWords(t)).toBe(t);
  });
});
