// A box of counted rows under its own title after an article's text (row-box.ts). Made-up lines in the form pages print.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import type { Block } from '../types.ts';
import { countedRowBoxes, isCountRow } from './row-box.ts';

const head = ['热线帮居民修好暖气', '本报记者 王 敏', '', '入冬以来，某区12345热线共受理供暖类诉求860件，已全部办结。', ''];
const pieces = (text: string) => structurePage(text).segments;
const headlines = (text: string) => pieces(text).map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
const paragraphs = (text: string, n: number) => pieces(text)[n]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const next = ['', '社区新增助餐点5个', '本报讯（记者 李 娜）近日，某区新建社区助餐点5个，每天为300余名老人送餐。'];

describe('isCountRow', () => {
  it('reads a name and its count, maybe with its share, the name maybe spaced to the column', () => {
    expect(isCountRow('供暖　　　　612件')).toBe(true);
    expect(isCountRow('物业管理　74件　占22.4%')).toBe(true);
    expect(isCountRow('其　他　　　303件')).toBe(true);
    expect(isCountRow('合　计　　 1386件')).toBe(true);
  });

  it('reads no sentence, no dated line and no name alone as a row', () => {
    expect(isCountRow('供暖类诉求612件。')).toBe(false);
    expect(isCountRow('截至　12月')).toBe(false);
    expect(isCountRow('物业管理')).toBe(false);
    expect(isCountRow('共受理诉求612件，办结率97.8%')).toBe(false);
  });
});

describe('a box of counted rows after the text, under its own title', () => {
  it('is a piece of its own where its title and rows are one block (`■…` / rows) over the next headline', () => {
    const box = ['■本周热线来电分类（11月1日—11月7日）', '供暖　136件　占41.2%', '物业管理　74件　占22.4%', '交通出行　41件　占12.4%', '其他　46件　占13.9%'];
    const text = [...head, ...box, ...next].join('\n');
    expect(headlines(text)).toEqual(['热线帮居民修好暖气', '本周热线来电分类（11月1日—11月7日）', '社区新增助餐点5个']);
    expect(paragraphs(text, 0)).toHaveLength(1);
    expect(paragraphs(text, 1).join('\n')).toContain('物业管理　74件　占22.4%');
  });

  it('is a piece of its own where its title in brackets stands apart over a row a line, over a column label and the next headline', () => {
    const box = ['【本月诉求分类（11月1日—11月7日）】', '供暖　　　　612件', '物业管理　　238件', '噪声扰民　　 86件', '其　他　　　303件', '合　计　　 1239件'];
    const text = [...head, ...box, '', '【读者来信】', '小区路灯何时能修好？', '读者 张先生', '', '编辑同志：我家小区的路灯坏了一个多月。'].join('\n');
    // Its brackets stay on at this stage (the article's title is taken off them later), its mark would not.
    expect(headlines(text)).toEqual(['热线帮居民修好暖气', '【本月诉求分类（11月1日—11月7日）】', '小区路灯何时能修好？']);
    expect(paragraphs(text, 0)).toHaveLength(1);
    expect(paragraphs(text, 1)).toContain('物业管理　　238件');
  });
});

const block = (kind: Block['kind'], text: string): Block => ({ kind, text, source: [0] });
const text = block('paragraph', '入冬以来，某区12345热线共受理供暖类诉求860件，已全部办结。');
const rows = ['供暖　1.9万件', '物业　0.8万件', '交通　0.6万件'].map((r) => block('paragraph', r));
const unchanged = (blocks: Block[]) => expect(countedRowBoxes(blocks)).toEqual(blocks);

describe('near misses: the blocks stay as they were', () => {
  it('where running text goes on under the rows', () => {
    unchanged([text, block('caption', '热线数读'), ...rows, block('paragraph', '从诉求类型看，供暖类居首位，主要集中在室温不达标。')]);
  });

  it('with two rows only, under a label that announces them, with no title, or under text that breaks off', () => {
    unchanged([text, block('caption', '热线数读'), ...rows.slice(0, 2), block('headline', '社区新增助餐点5个')]);
    unchanged([text, block('caption', '各县区办结件数：'), ...rows, block('headline', '社区新增助餐点5个')]);
    unchanged([text, ...rows, block('headline', '社区新增助餐点5个')]);
    unchanged([block('paragraph', '入冬以来，热线受理的诉求中'), block('caption', '热线数读'), ...rows, block('headline', '社区新增助餐点5个')]);
  });

  it('where the rows are sentences', () => {
    unchanged([text, block('paragraph', '■本周诉求\n供暖类诉求612件。\n物业类诉求238件。\n交通类诉求147件。'), block('headline', '社区新增助餐点5个')]);
  });
});

describe('an article\'s own byline closing its text under the rows (finding #18)', () => {
  const article = ['上党区养老服务网络基本建成', '', '截至10月底，上党区已建成街道综合养老服务中心3个、社区日间照料中心28个。', '区民政局负责人介绍，明年将新增护理型床位200张。'];
  const box = ['■上党区养老服务设施一览', '街道综合养老服务中心　3个', '社区日间照料中心　28个', '农村互助幸福院　146个'];
  const bylines = (text: string) => pieces(text).map((s) => s.blocks.filter((b) => b.kind === 'byline').map((b) => b.text));

  it('is the article\'s: the box stays with it and no piece is headed by the byline', () => {
    const text = [...article, ...box, '（本报记者 王 某）', '', '潞州区新建10个社区食堂', '本报讯（记者 李 某）今年以来，潞州区新建社区食堂10个，日均就餐1200余人次。'].join('\n');
    expect(headlines(text)[0]).toBe('上党区养老服务网络基本建成');
    expect(headlines(text)).not.toContain('■上党区养老服务设施一览');
    expect(headlines(text)).not.toContain('上党区养老服务设施一览');
    expect(bylines(text)[0]).toEqual(['（本报记者 王 某）']);
  });

  it('near misses: a byline over the text it signs heads the next piece, and the box is its own', () => {
    const signed = [text, ...rows.slice(0, 3)];
    const title = block('caption', '■本周热线来电分类');
    const by = block('byline', '本报记者 李 娜');
    const next = block('paragraph', '今年以来，某区新建社区食堂10个，日均就餐1200余人次。');
    expect(countedRowBoxes([signed[0]!, title, ...signed.slice(1), by, next]).map((b) => b.kind)).toEqual(['paragraph', 'headline', 'paragraph', 'paragraph', 'paragraph', 'byline', 'paragraph']);
    unchanged([signed[0]!, title, ...signed.slice(1), block('byline', '（本报记者 王 某）'), next]);
    unchanged([signed[0]!, title, ...signed.slice(1), block('byline', '本报记者 王 某'), block('caption', '潞州区新建10个社区食堂')]);
  });
});

describe('the box\'s title, its mark left off in either form (finding #19)', () => {
  const rowLines = ['街道综合养老服务中心　3个', '社区日间照料中心　28个', '农村互助幸福院　146个'];

  it('where the title is a block of its own over a row a block (`■…` / rows)', () => {
    const title = block('caption', '■上党区养老服务设施一览');
    const out = countedRowBoxes([text, title, ...rowLines.map((r) => block('paragraph', r)), block('headline', '潞州区新建10个社区食堂')]);
    expect(out.filter((b) => b.kind === 'headline').map((b) => b.text)).toEqual(['上党区养老服务设施一览', '潞州区新建10个社区食堂']);
  });

  it('where the title and its rows are one block, any bullet shape.ts knows (`◆ …`)', () => {
    const out = countedRowBoxes([text, block('paragraph', ['◆ 上党区养老服务设施一览', ...rowLines].join('\n')), block('headline', '潞州区新建10个社区食堂')]);
    expect(out.filter((b) => b.kind === 'headline').map((b) => b.text)).toEqual(['上党区养老服务设施一览', '潞州区新建10个社区食堂']);
  });

  it('near misses: a title with no mark is kept as printed, brackets and all (a later stage takes them off)', () => {
    const out = countedRowBoxes([text, block('caption', '【上党区养老服务设施一览】'), ...rowLines.map((r) => block('paragraph', r)), block('headline', '潞州区新建10个社区食堂')]);
    expect(out[1]).toMatchObject({ kind: 'headline', text: '【上党区养老服务设施一览】' });
    const plainTitle = countedRowBoxes([text, block('caption', '上党区养老服务设施一览'), ...rowLines.map((r) => block('paragraph', r)), block('headline', '潞州区新建10个社区食堂')]);
    expect(plainTitle[1]).toMatchObject({ kind: 'headline', text: '上党区养老服务设施一览' });
  });
});
