// An export's metadata field lines read by their fields: title, subtitle, author, and the page's own fields.
import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitBlocks } from '../blocks.ts';
import { fieldRuns, readField, readFieldLine } from './field-lines.ts';
import { structurePage } from '../segment.ts';

describe('readField', () => {
  it('names the role of a field line by its field', () => {
    expect(readField('标题：城东新建两座公厕')).toEqual({ role: 'headline', value: '城东新建两座公厕' });
    expect(readField('作者: 记者 王 五')).toEqual({ role: 'byline', value: '记者 王 五' });
    expect(readField('发布时间: 2024-03-02 10:00')?.role).toBe('furniture');
    expect(readField('副标题：——惠及三千户居民')?.role).toBe('deck');
  });
  it('reads no field in a line of text or a label the exports do not print', () => {
    expect(readField('缴费标准: 每人每年380元')).toBeUndefined();
    expect(readField('据了解，标题：…')).toBeUndefined();
  });
});

describe('fieldRuns', () => {
  it('takes a run of field lines with a title, not a lone field line', () => {
    expect([...fieldRuns(['---', '标题：某事', '来源: 某中心', '---', '正文。']).keys()]).toEqual([1, 2]);
    expect(fieldRuns(['标题：某事\n来源: 某中心', '正文。']).get(0)?.map((f) => f.role)).toEqual(['headline', 'furniture']);
    expect(fieldRuns(['时间：每周三上午', '地点：社区服务站']).size).toBe(0);
    expect(fieldRuns(['标题：某事']).size).toBe(0);
  });

  it('takes a title field alone over the rule drawn under the fields (the other fields left out), not any field alone', () => {
    expect([...fieldRuns(['上文已完。', '标题：2860人！某县城镇新增就业提前完成全年任务', '---', '正文。']).keys()]).toEqual([1]);
    expect(fieldRuns(['上文已完。', '时间：每周三上午', '---', '正文。']).size).toBe(0);
    expect(fieldRuns(['上文已完。', '标题：某事', '正文。']).size).toBe(0);
  });

  it('starts an export’s article at its title over a rule after another article’s text (fails before: one article)', () => {
    const page = ['某县新建村级幸福院12个', '', '本报讯 今年以来，某县新建村级幸福院12个。', '', '县民政局负责人介绍，明年还将新建8个。', '标题：2860人！武乡县城镇新增就业提前完成全年任务', '---', '', '记者从县人社局获悉，1—11月，武乡县城镇新增就业2860人。'].join('\n');
    expect(structurePage(page).segments.map((x) => x.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['某县新建村级幸福院12个', '2860人！武乡县城镇新增就业提前完成全年任务']);
  });
});

describe('an export page', () => {
  const page = [
    '---',
    '标题：〔民生速递〕城东新建两座公厕',
    '副标题：——惠及周边三千户居民',
    '来源: 某县融媒体中心',
    '作者: 记者 王 五',
    '发布时间: 2024-03-02 10:00',
    '---',
    '',
    '3月1日，城东新建的两座公厕投入使用。',
  ].join('\n');
  it('gives each field line its role, the value without its field name', () => {
    const blocks = classifyBlocks(splitBlocks(page));
    const kinds = blocks.map((b) => `${b.kind}:${b.text}`);
    expect(kinds).toEqual([
      'furniture:---',
      'kicker:〔民生速递〕',
      'headline:城东新建两座公厕',
      'deck:——惠及周边三千户居民',
      'furniture:来源: 某县融媒体中心',
      'byline:记者 王 五',
      'furniture:发布时间: 2024-03-02 10:00',
      'furniture:---',
      'paragraph:3月1日，城东新建的两座公厕投入使用。',
    ]);
  });
  it('splits a topic tag before the title off as its kicker', () => {
    const blocks = classifyBlocks(splitBlocks('标题：# 文明实践 # 城东新建两座公厕\n来源: 某中心\n\n正文。'));
    expect(blocks.map((b) => `${b.kind}:${b.text}`)).toEqual(['kicker:# 文明实践 #', 'headline:城东新建两座公厕', 'furniture:来源: 某中心', 'paragraph:正文。']);
  });
});

describe('a metadata line under a headline', () => {
  it('reads its fields, one of them the article\'s own', () => {
    expect(readFieldLine('来源：某县融媒体中心　作者：本报记者 王 五　发布时间：2024-03-02 10:00')).toEqual([
      { role: 'furniture', value: '某县融媒体中心' },
      { role: 'byline', value: '本报记者 王 五' },
      { role: 'furniture', value: '2024-03-02 10:00' },
    ]);
    expect(readFieldLine('日期：3月5日　时间：9:00')).toBeUndefined();
    expect(readFieldLine('责任编辑：秦 岭  校对：王 鑫')).toBeUndefined();
    expect(readFieldLine('来源：某县融媒体中心')).toBeUndefined();
  });
  it('makes the line the page\'s, its author the byline and the title-like line over it the headline', () => {
    const page = ['城东新建两座公厕', '来源：某县融媒体中心　作者：李 四', '', '3月1日，城东新建的两座公厕投入使用。', '', '城西修缮老旧路灯', '——修缮120盏', '作者：王五  来源：某县融媒体中心  时间：2024-03-05', '', '3月2日，城西修缮老旧路灯120盏。'].join('\n');
    const segments = structurePage(page).segments.map((s) => s.blocks.map((b) => `${b.kind}:${b.text}`));
    expect(segments).toEqual([
      ['headline:城东新建两座公厕', 'furniture:来源：某县融媒体中心　作者：李 四', 'byline:李 四', 'paragraph:3月1日，城东新建的两座公厕投入使用。'],
      ['headline:城西修缮老旧路灯', 'deck:——修缮120盏', 'furniture:作者：王五  来源：某县融媒体中心  时间：2024-03-05', 'byline:王五', 'paragraph:3月2日，城西修缮老旧路灯120盏。'],
    ]);
  });
});

describe('fields named in English or in brackets', () => {
  it('reads a YAML front matter\'s keys and a quoted value', () => {
    expect(readField('title: "城东新建两座公厕"')).toEqual({ role: 'headline', value: '城东新建两座公厕' });
    expect(readField('Author: Li Na')).toEqual({ role: 'byline', value: 'Li Na' });
    expect(readField('tags: [民生, 城建]')?.role).toBe('furniture');
    expect(readField('Note: the figures are provisional.')).toBeUndefined();
  });
  it('reads a field name in brackets before its value', () => {
    expect(readField('【标题】城西修缮老旧路灯')).toEqual({ role: 'headline', value: '城西修缮老旧路灯' });
    expect(readField('[作者] 本报记者 张三')).toEqual({ role: 'byline', value: '本报记者 张三' });
    expect(readField('【便民】城西修缮老旧路灯')).toBeUndefined();
  });
});

describe('a metadata line closing an article', () => {
  it('makes no headline of the caption over it', () => {
    const page = ['城东新建两座公厕', '本报记者 王 五', '', '3月1日，城东新建的两座公厕投入使用。', '', '居民在新公厕前排队', '', '来源：某县融媒体中心　编辑：李 四'].join('\n');
    const kinds = structurePage(page).segments.map((s) => s.blocks.map((b) => b.kind).join(' '));
    expect(kinds).toHaveLength(1);
    expect(kinds[0]).not.toContain('headline caption');
  });
});

describe("a section's label among a body's own field lines is text, not a copy's chrome (reviewer's finding #9, session 32)", () => {
  const kinds = (text: string) => structurePage(text).segments.flatMap((s) => s.blocks);
  const kindOf = (text: string, line: string) => kinds(text).find((b) => b.text.startsWith(line))?.kind;

  it('keeps 频道： between a sentence and a programme\'s 播出时间：, and 版面： between a job\'s 岗位： and 要求：', () => {
    const show = ['《百姓热线》下周起改版播出', '本报记者 王 某', '', '记者从广播电视台获悉，民生栏目《百姓热线》将从12月8日起改版播出。', '频道：新闻综合频道', '播出时间：每周一至周五19:30', '市民可拨打热线反映身边的问题。'].join('\n');
    expect(kindOf(show, '频道：新闻综合频道')).toBe('paragraph');
    const job = ['某某日报社招聘启事', '因工作需要，现面向社会招聘编辑2名。', '岗位：版面编辑', '版面：县域新闻', '要求：本科以上学历，年龄35周岁以下。'].join('\n');
    expect(kindOf(job, '版面：县域新闻')).toBe('paragraph');
  });

  it('near misses: alone at a copy\'s head, under its headline and over its text, it is still chrome', () => {
    const copy = ['城西菜市场改造完工', '频道：民生', '', '近日，城西菜市场改造完工，新增摊位120个。', '市场内还设置了便民服务点。'].join('\n');
    expect(kindOf(copy, '频道：民生')).toBe('furniture');
  });

  it('judges the run of labelled lines as a whole: a field read as a caption above 频道： is a field too (finding #36)', () => {
    const show = ['《百姓热线》下周起改版播出', '本报记者 王 某', '', '记者从长治广播电视台获悉，民生栏目《百姓热线》将从12月8日起改版播出，每期时长延长至30分钟。', '节目名称：百姓热线', '频道：新闻综合频道', '播出时间：每周一至周五19:30', '市民可拨打热线2186000反映身边的问题。'].join('\n');
    expect(kindOf(show, '节目名称：百姓热线')).toBe('paragraph');
    expect(kindOf(show, '频道：新闻综合频道')).toBe('paragraph');
    expect(kindOf(show, '播出时间：每周一至周五19:30')).not.toBe('furniture');
  });

  it('near misses: a section label alone among text, labelled chrome closing a copy, a copy\'s head stay chrome', () => {
    // Alone between two sentences, no other labelled line beside it.
    const alone = ['城西菜市场改造完工', '本报记者 王 某', '', '近日，城西菜市场改造完工，新增摊位120个。', '频道：民生', '市场内还设置了便民服务点。'].join('\n');
    expect(kindOf(alone, '频道：民生')).toBe('furniture');
    // At a copy's foot, under its text and over nothing: chrome.
    const foot = ['城西菜市场改造完工', '本报记者 王 某', '', '近日，城西菜市场改造完工，新增摊位120个。', '市场内还设置了便民服务点。', '栏目：民生', '频道：城事'].join('\n');
    expect(kindOf(foot, '栏目：民生')).toBe('furniture');
    expect(kindOf(foot, '频道：城事')).toBe('furniture');
  });

  it("two photos' captions that say which photo they are under (`上图：` / `下图：`, `左图：` / `右图：`, `图一：` / `图二：`) are no fields (R2's F14, session 33)", () => {
    const page = (a: string, b: string) => ['志愿服务进社区', '本报记者 王 某', '', '12月4日，潞州区英雄中路社区组织志愿者开展“暖冬行动”，为辖区60余位老人提供理发、义诊等服务。', '', a, '', b, '', '活动持续了一整天，老人们纷纷点赞。社区负责人表示，今后将每月开展一次志愿服务活动。'].join('\n');
    for (const [a, b] of [['上图：志愿者为老人理发', '下图：社区医生上门义诊'], ['左图：志愿者为老人理发', '右图：社区医生上门义诊'], ['图一：志愿者为老人理发', '图二：社区医生上门义诊']] as const) {
      expect(kindOf(page(a, b), a)).toBe('caption');
      expect(kindOf(page(a, b), b)).toBe('caption');
    }
  });

  it('near misses: a field read as a caption over a field, text on both sides, is still a field', () => {
    const show = ['《百姓热线》下周起改版播出', '本报记者 王 某', '', '记者从长治广播电视台获悉，民生栏目《百姓热线》将从12月8日起改版播出。', '', '节目名称：百姓热线', '', '主持人：王 某', '', '市民可拨打热线2186000反映身边的问题。'].join('\n');
    expect(kindOf(show, '节目名称：百姓热线')).toBe('paragraph');
  });
});
