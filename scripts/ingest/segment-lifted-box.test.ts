// A labelled box set inside an article is a sidebar of its own. Made-up lines in the form pages print.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const page = (box: string[], after: string[]) =>
  [
    '社区食堂开到家门口',
    '本报记者 王 敏',
    '',
    '今年以来，武乡县新建社区老年食堂9个，每天为600余名老人提供午餐。',
    '',
    '县民政局负责人介绍，75岁以上老人每餐补贴4元。',
    '',
    ...box,
    '',
    ...after,
  ].join('\n');

const headlines = (text: string) => structurePage(text).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
const paragraphs = (text: string, n: number) =>
  structurePage(text).segments[n]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);

const box = ['◆ 温馨提醒', '1.首次就餐请携带身份证；', '2.行动不便的老人可电话预约送餐。'];

describe('a labelled box set inside an article', () => {
  it('with the article going on under it, is a sidebar titled by its head, the article keeping its text', () => {
    const text = page(box, ['下一步，武乡县将在每个乡镇建成一个老年食堂。']);
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '温馨提醒']);
    expect(paragraphs(text, 0).at(-1)).toMatch(/^下一步/u);
    expect(paragraphs(text, 0).some((t) => t.includes('首次就餐'))).toBe(false);
    expect(paragraphs(text, 1)).toEqual(['1.首次就餐请携带身份证；', '2.行动不便的老人可电话预约送餐。']);
  });

  it("standing apart at the article's end, is titled by its head over its lines", () => {
    const text = page(box, ['沁县：村村建起幸福院', '本报讯 今年沁县新建农村幸福院20个。']);
    expect(headlines(text)[1]).toBe('温馨提醒');
    expect(paragraphs(text, 1)).toEqual(['1.首次就餐请携带身份证；', '2.行动不便的老人可电话预约送餐。']);
  });

  it('a heading in a label\'s form closing the article over nothing but list items is a sidebar of its own', () => {
    const text = page(['温馨提示', '', '一、首次就餐请携带身份证；', '', '二、行动不便的老人可电话预约送餐。'], ['沁县：村村建起幸福院', '本报讯 今年沁县新建农村幸福院20个。']);
    expect(headlines(text).slice(0, 2)).toEqual(['社区食堂开到家门口', '温馨提示']);
    expect(paragraphs(text, 0).some((t) => t.includes('首次就餐'))).toBe(false);
    expect(paragraphs(text, 1).join('')).toMatch(/^一、首次就餐.*二、行动不便/u);
  });

  it('a heading over running text stays a section of the article', () => {
    const text = page(['下一步打算', '', '武乡县将在每个乡镇建成一个老年食堂。'], []);
    expect(headlines(text)).toEqual(['社区食堂开到家门口']);
  });

  it('a bracketed tip opening a paragraph of text stays in the article', () => {
    const text = page(['【温馨提示】冬季天气寒冷，老人外出请注意防寒保暖。'], ['下一步，武乡县将在每个乡镇建成一个老年食堂。']);
    expect(headlines(text)).toEqual(['社区食堂开到家门口']);
    expect(paragraphs(text, 0).some((t) => t.includes('冬季天气寒冷'))).toBe(true);
  });
});

describe('a label set off by a mark, read as furniture, over a list closing the article', () => {
  it('is a sidebar titled by the label, the article keeping its text', () => {
    const text = page(['▍就餐小贴士', '1.老人首次到食堂就餐，需携带身份证办理就餐卡。', '2.行动不便的老人可提前一天电话预约送餐。'], ['【就业】', '零工驿站开到社区', '', '11月28日，某区首家社区零工驿站挂牌，当天发布岗位230个。', '']);
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '就餐小贴士', '零工驿站开到社区']);
    expect(paragraphs(text, 0)).toHaveLength(2);
  });

  it('over one line only it stays where it is', () => {
    const text = page(['▍就餐小贴士', '1.老人首次到食堂就餐，需携带身份证办理就餐卡。'], []);
    expect(headlines(text)).not.toContain('就餐小贴士');
  });
});

describe('lists under bracketed labels set inside an article (issue 15)', () => {
  const lists = ['【好评榜】', '1.武乡县洪水镇：敬老院饭菜可口，老人满意。', '2.武乡县蟠龙镇：助餐点按时开门，服务周到。', '', '【差评榜】', '1.武乡县丰州镇某社区：助餐点菜品单一。', '2.武乡县韩北镇某村：送餐不及时，老人有意见。'];

  it('are each a box of its own, the article keeping its text under them', () => {
    const text = page(lists, ['上榜差评榜的单位须在10个工作日内完成整改。']);
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '好评榜', '差评榜']);
    expect(paragraphs(text, 0).at(-1)).toMatch(/^上榜差评榜/u);
    expect(paragraphs(text, 2)).toEqual(['1.武乡县丰州镇某社区：助餐点菜品单一。', '2.武乡县韩北镇某村：送餐不及时，老人有意见。']);
  });

  it('leave a label over one item as it was', () => {
    expect(headlines(page(['【好评榜】', '1.武乡县洪水镇：敬老院饭菜可口，老人满意。'], ['上榜的单位将通报表扬。']))).not.toContain('好评榜');
  });

  it('closing the article, no text of it under them, are boxes too, each printed apart (segment-closing-box.ts)', () => {
    expect(headlines(page(lists, []))).toEqual(['社区食堂开到家门口', '好评榜', '差评榜']);
  });
});

describe('a box under a label that names a box, closing the article (issue 15)', () => {
  const next = ['郭道镇新建村级卫生室', '', '本报讯 近日，郭道镇新建的两所村级卫生室投入使用。'];

  it('is a sidebar of its own, its lines a table of numbers to call or not', () => {
    const text = page(['■相关链接', '供水抢修热线：12345', '物业投诉电话：0355-7654321', '供电服务热线：95598'], next);
    expect(headlines(text)).toEqual(['社区食堂开到家门口', '相关链接', '郭道镇新建村级卫生室']);
  });

  it('a label that names no box stays the article\'s there', () => {
    expect(headlines(page(['■就餐须知', '供水抢修热线：12345', '物业投诉电话：0355-7654321', '供电服务热线：95598'], next))).not.toContain('就餐须知');
  });
});

describe("a table under a box's label in brackets and its title, after an article's text (issue 15)", () => {
  const table = ['【数据】武乡县社区食堂一览', '| 项目 | 数量 | 同比 |', '| 社区食堂 | 9个 | +4个 |', '| 日均就餐 | 600人次 | +210人次 |'];
  const next = ['“银发食堂”开进山村', '本报记者 李 某', '今年以来，沁县在山区新建村级老年食堂14个。'];
  it('is a box of its own, its label the kicker, whether the next article or the page foot follows, blank lines or none', () => {
    for (const text of [page(table, next), page(table, next).replace(/\n\n/gu, '\n'), page(table, ['责任编辑：某某'])]) {
      const { segments } = structurePage(text);
      const box = segments.find((s) => s.blocks.some((b) => b.kind === 'headline' && b.text === '武乡县社区食堂一览'));
      expect(box?.blocks.find((b) => b.kind === 'kicker')?.text).toBe('【数据】');
      expect(segments[0]!.blocks.some((b) => b.text.includes('| 社区食堂 |'))).toBe(false);
    }
  });
  it("stays the article's where no label in brackets opens it, or its lines are no table", () => {
    const own = page(['武乡县社区食堂一览', ...table.slice(1)], ['责任编辑：某某']);
    expect(headlines(own)).toEqual(['社区食堂开到家门口']);
    const note = page(['【数据】武乡县社区食堂今年新增4个，日均就餐600人次。'], ['责任编辑：某某']);
    expect(headlines(note)).toEqual(['社区食堂开到家门口']);
  });
});
