// Roles of lines in forms the first holdout pages showed the ingest missing (issue 15): an author's name
// spaced to three characters' width, a photo's caption closing an article, numbered section headings, a
// headline that asks and answers, a line of topic tags closing an item, a headline after a 本报讯 item, an
// English column name. The lines are made up in those forms; classifyBlocks runs blocks.ts and roles.ts.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { structurePage } from '../segment.ts';

const kinds = (raw: string[]) => classifyBlocks(raw).map((b) => b.kind);
const PARAGRAPH = '入冬以来，城区各供热站点24小时值守，管网压力、水温实时监测，居民家中室温普遍在20度以上。';
const PARAGRAPH_2 = '据统计，今年全区新建改造供热管网36公里，新增供热面积120万平方米。';

describe('an author named under a headline', () => {
  it('is a byline when the name of two characters is spaced to the width of three', () => {
    expect(kinds([PARAGRAPH, '一周观察', '暖气热不热 群众说了算', '王 敏', PARAGRAPH_2])).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
  });
});

describe('a photo credited at the end of a signed article', () => {
  const article = ['城区供热管网改造完工', '本报记者 周 宁', PARAGRAPH, PARAGRAPH_2];

  it('is the article\'s caption when it says in one clause what the photo shows', () => {
    const blocks = classifyBlocks([...article, '工作人员在换热站内检查设备运行情况。 本报记者 周宁 摄', '郊区新建公交首末站投用']);
    expect(blocks[4]).toMatchObject({ kind: 'caption', text: '工作人员在换热站内检查设备运行情况。', credit: '本报记者 周宁 摄' });
    expect(classifyBlocks([...article, '工作人员在换热站内检查设备运行情况。 本报记者 周宁 摄'])[4]!.kind).toBe('caption');
  });

  it('is the article\'s last paragraph when its sentence goes on from the text above', () => {
    const blocks = classifyBlocks([...article, '巡检结束后，工作人员又在居民家中测量了室温。 通讯员 孟 涛 摄']);
    expect(blocks[4]!.kind).toBe('paragraph');
  });
});

describe('a numbered line under a headline and its byline', () => {
  it('is the first section heading, like the numbered ones after it', () => {
    const page = ['明年起这些便民新规将施行', '本报记者 孔 亮', '一、公积金提取更方便', PARAGRAPH, '二、供热收费有了新标准', PARAGRAPH_2];
    expect(kinds(page)).toEqual(['headline', 'byline', 'heading', 'paragraph', 'heading', 'paragraph']);
    expect(kinds(['明年起这些便民新规将施行', '本报记者 孔 亮', '（一）公积金提取更方便', PARAGRAPH])[2]).toBe('heading');
  });

  it('leaves an unnumbered line there a caption', () => {
    expect(kinds(['明年起这些便民新规将施行', '本报记者 孔 亮', '市民在服务大厅办理业务', PARAGRAPH])[2]).toBe('caption');
  });
});

describe('a headline that asks and answers, under a column name', () => {
  it('is a headline, the column name its kicker, and the letter under it running text', () => {
    const page = [PARAGRAPH, '市民信箱', '路灯不亮找谁修？街道来答复', '【市民 王女士】：我家楼下的路灯坏了半个月，能不能尽快修好？', '【答复】东街街道：已安排维修，本周内修复。'];
    expect(kinds(page)).toEqual(['paragraph', 'kicker', 'headline', 'paragraph', 'paragraph']);
  });

  it('leaves a question that runs on with clause marks a paragraph', () => {
    expect(kinds([PARAGRAPH, '市民信箱', '路灯不亮找谁修？街道说，本周修好'])[2]).toBe('paragraph');
  });
});

describe('a line of topic tags closing the page under running text', () => {
  it('is the item\'s text, not furniture or a caption', () => {
    const { segments } = structurePage([PARAGRAPH, PARAGRAPH_2, '#暖冬行动# #民生热线#'].join('\n\n'));
    expect(segments).toHaveLength(1);
    expect(segments[0]!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('stays a kicker over a headline', () => {
    expect(kinds([PARAGRAPH, '#暖冬行动#', '城区新增三座换热站', '本报记者 孔 亮', PARAGRAPH_2])[1]).toBe('kicker');
  });
});

describe('a title-like line after a 本报讯 item', () => {
  it('is the next item\'s headline: a wire report runs on without section headings', () => {
    const page = ['城区新增三座换热站', `本报讯（记者 孔亮）${PARAGRAPH}`, '社区书屋迎来小读者', '12月6日，东街社区书屋里坐满了放学的孩子。', '文/图 周 宁'];
    expect(kinds(page)).toEqual(['headline', 'paragraph', 'headline', 'paragraph', 'byline']);
    expect(structurePage(page.join('\n\n')).segments).toHaveLength(2);
  });

  it('is a section heading inside a signed feature', () => {
    expect(kinds(['城区新增三座换热站', '本报记者 孔 亮', PARAGRAPH, '管网改造提速', PARAGRAPH_2])[3]).toBe('heading');
  });
});

describe('an English column name over an English item on a Chinese page', () => {
  const item = ['Heated waiting rooms open at rural bus stops', 'Changzhi has opened heated waiting rooms at 36 rural bus stops this winter.'];

  it('is the item\'s kicker', () => {
    expect(kinds([PARAGRAPH, 'City Briefs', ...item])).toEqual(['paragraph', 'kicker', 'headline', 'paragraph']);
  });

  it('is no kicker when the line under it is Chinese', () => {
    expect(kinds([PARAGRAPH, 'City Briefs', '城区新增三座换热站', `本报讯（记者 孔亮）${PARAGRAPH_2}`])[1]).not.toBe('kicker');
  });
});

describe('a photo caption with its credit on the line under it, in a signed article', () => {
  const article = ['城区供热管网改造完工', '本报记者 周 宁', PARAGRAPH, PARAGRAPH_2];

  it('is the article\'s caption, between its paragraphs or after the last, and the credit ends the photo only', () => {
    const { segments } = structurePage([...article.slice(0, 3), '工作人员在换热站内检查设备。', '本报记者 周宁 摄', PARAGRAPH_2].join('\n\n'));
    expect(segments).toHaveLength(1);
    expect(segments[0]!.blocks.map((b) => b.kind)).toEqual(['headline', 'byline', 'paragraph', 'caption', 'byline', 'paragraph']);
    const end = structurePage([...article, '工作人员在换热站内检查设备。', '周宁 摄', '郊区公交首末站投用', '据了解，新建的首末站设有候车室。'].join('\n\n'));
    expect(end.blocks.map((b) => b.kind)).toEqual(['headline', 'byline', 'paragraph', 'paragraph', 'caption', 'byline', 'headline', 'paragraph']);
    expect(end.segments).toHaveLength(2);
  });

  it('is a photo news item\'s text where no byline signs the item at its top', () => {
    expect(kinds(['换热站里的“守夜人”', '12月3日，工作人员在换热站内检查设备。', '周宁 摄'])).toEqual(['headline', 'paragraph', 'byline']);
  });
});

describe('a caption after the place it shows', () => {
  it('closing a signed article, is its caption: the place, then who does what', () => {
    const blocks = classifyBlocks(['城区供热管网改造完工', '本报记者 周 宁', PARAGRAPH, PARAGRAPH_2, '城东换热站里，工人们正在检修设备。 本报记者 周 宁 摄']);
    expect(blocks[4]).toMatchObject({ kind: 'caption', text: '城东换热站里，工人们正在检修设备。', credit: '本报记者 周 宁 摄' });
  });
});

describe('a topic tag written with spaces inside its marks', () => {
  it('is text, not Markdown heading markup, and no photo caption', () => {
    expect(kinds(['城区供热管网改造完工', '本报记者 孔 亮', '# 数说 #', PARAGRAPH])).toEqual(['headline', 'byline', 'paragraph', 'paragraph']);
    expect(kinds(['# 城区供热管网改造完工', PARAGRAPH])[0]).toBe('headline');
  });
  it('at the page head, under nothing but furniture, is the copy\'s own line: page furniture', () => {
    expect(kinds(['#长治民生# #暖心服务#', '#暖冬行动# 某区：环卫工人有了“爱心驿站”', PARAGRAPH])[0]).toBe('furniture');
  });
});
