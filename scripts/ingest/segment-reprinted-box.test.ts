// The reprinted-box pass (segment-reprinted-box.ts): a data box the page prints twice is a sidebar kept once, and a
// numbered list printed twice is not a box; made-up pages and lines.
import { describe, expect, it } from 'vitest';
import { isBoxLine } from './segment-reprinted-box.ts';
import { structurePage } from './segment.ts';

// Made-up pages: a data box printed inside an article and again at the page's end.
const DATA = '5.8万户　完成改造的住户\n126个　开工小区\n3.1亿元　完成投资';
const box = (title: string, lines = DATA) => [title, lines, '（数据截至2025年10月底）'];
const page = (title: string, again: boolean, lines = DATA) =>
  [
    '记者调查\n某县旧改一线见闻\n本报记者 孔 亮', ...box(title, lines), '“楼道亮了，管道新了。”居民张大爷说。',
    '今年，某县老旧小区改造全面提速。', '下一步，县里将建立协调机制。', '相关新闻\n某镇：新建停车场两处',
    '本报讯 近日，某镇两处停车场投入使用。（通讯员 李 强）',
    ...(again ? box(title, lines) : []), '责任编辑：王 一',
  ].join('\n\n');

describe('segment: a data box printed twice, its first printing inside an article (issue 15)', () => {
  it('lifts the first printing out as a sidebar after the article, the article keeping its text around it', () => {
    const { segments } = structurePage(page('【数字看点】', true));
    const texts = segments.map((s) => s.blocks.filter((b) => b.kind !== 'furniture').map((b) => b.text));
    expect(texts[0]).toContain('“楼道亮了，管道新了。”居民张大爷说。');
    expect(texts[0]).toContain('下一步，县里将建立协调机制。');
    expect(texts[0]!.join('\n')).not.toContain('5.8万户');
    expect(segments[1]!.blocks[0]!.kind).toBe('headline');
    expect(segments[1]!.blocks.map((b) => b.text).join('\n')).toContain('126个　开工小区');
  });

  it('makes no piece of the second printing: the article, the box and the next item', () => {
    const { segments } = structurePage(page('【数字看点】', true));
    expect(segments).toHaveLength(3);
  });

  it('leaves a box printed once where it stands (an article may open with data lines)', () => {
    const { segments } = structurePage(page('【数字看点】', false));
    expect(segments[0]!.blocks.map((b) => b.text).join('\n')).toContain('5.8万户');
  });

  it('lifts no numbered list printed twice: a data line opens with a quantity', () => {
    const lines = '1. 加快推进管网更新\n2. 完善小区停车设施';
    const { segments } = structurePage(page('【重点任务】', true, lines));
    expect(segments[0]!.blocks.map((b) => b.text).join('\n')).toContain('2. 完善小区停车设施');
  });

  it('reads a number with its unit as a data line, not an enumerator nor a year', () => {
    expect(['3.2万人　登记老人', '126个 开工小区', '45%　覆盖率', '3.1亿元　完成投资'].filter(isBoxLine)).toHaveLength(4);
    expect(['1. 加快推进管网更新', '2、完善停车设施', '2025年 全市新建小区', '2024年　全县改造'].filter(isBoxLine)).toEqual([]);
  });
});

describe("segment: a data box set inside an article's text (issue 15)", () => {
  const A = ['某县公园建设提速', '本报记者 孔 亮', '入冬前，某县城区新建的三座口袋公园陆续开放。'];
  const after = ['“下楼就能遛弯了。”居民张大爷说。', '下一步，县里将再建公园5座。'];
  const B = ['某镇：零工市场开张', '本报记者 李 强', '11月10日，某镇零工市场正式运营，当天登记求职200余人。'];

  it('printed once under a paragraph of the text, is a sidebar after the article, which keeps the text under it', () => {
    const { segments } = structurePage([...A, '数说', '12座　今年新建公园\n3.6万人　周边受益居民', ...after, ...B].join('\n\n'));
    const texts = segments.map((s) => s.blocks.map((b) => b.text).join('\n'));
    expect(texts[0]).toContain('下一步，县里将再建公园5座。');
    expect(texts[0]).not.toContain('12座');
    expect(texts[1]).toContain('3.6万人');
    expect(texts[2]).toContain('某镇零工市场正式运营');
  });

  it("printed again at the page's foot, past another article: the text under its first printing stays the article's", () => {
    const lines = '● 新建公园　12座\n● 受益居民　3.6万人\n● 新增座椅　240个';
    const { segments } = structurePage([...A, '■公园一组数', lines, ...after, ...B, `公园一组数\n${lines}`].join('\n\n'));
    const texts = segments.map((s) => s.blocks.map((b) => b.text).join('\n'));
    expect(texts[0]).toContain('下一步，县里将再建公园5座。');
    expect(texts.filter((t) => t.includes('受益居民'))).toHaveLength(1);
    expect(segments).toHaveLength(3);
  });
});
