// The page's gap read by its paragraphs (structure/set-apart-paragraphs.ts): a page of short pieces parts more blocks by
// two blank lines than by one, its paragraphs by one; a table under its title after two blank lines is a box of its own
// there. Lines made up in that form, with near misses: the paragraphs parted by two blank lines (one under the date
// line, review R3 F7), no two paragraphs of running text in a row.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import { isRunningParagraph, setApartByParagraphs } from './set-apart-paragraphs.ts';

const ARTICLE = ['某镇：大棚里的冬季菜篮子', '本报记者 赵 某', '', '寒冬时节，某镇的设施蔬菜园区里暖意融融，菜农们正忙着采摘、装箱。', '', '园区负责人介绍，园区共有日光温室126座，今年新建了24座，带动周边80余名村民务工。'];
const SPACED = ['本周部分农产品批发价格', '品名　　价格　　较上周', '小米　　6.8元/斤　　↑0.2', '玉米　　1.12元/斤　　↓0.03', '土豆　　1.3元/斤　　↑0.1'];
const NEXT = ['某县谷子种植面积突破12万亩', '本报讯（通讯员 某 某）今年某县谷子种植面积达到12.3万亩，平均亩产达到420斤。'];
const BRIEF_1 = ['某区污水处理厂提标改造完工', '本报讯（通讯员 某 某）11月28日，某区污水处理厂提标改造工程通过验收，日处理能力提高到4万吨。'];
const BRIEF_2 = ['全区地表水考核断面水质全部达标', '本报讯 1至11月，我区3个地表水考核断面水质均达到或优于Ⅲ类，达标率100%。'];
const gap = (n: number) => Array<string>(n).fill('');
const heads = (lines: string[]) => structurePage(lines.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);

describe('a page of short pieces, more blocks parted by the wider gap than paragraphs by one blank line', () => {
  it('reads one blank line between paragraphs as its gap: a table under its title after two is a box of its own', () => {
    expect(heads([...ARTICLE, ...gap(2), ...SPACED, ...gap(2), ...NEXT, ...gap(2), ...BRIEF_1, ...gap(2), ...BRIEF_2])).toEqual([ARTICLE[0], SPACED[0], NEXT[0], BRIEF_1[0], BRIEF_2[0]]);
    expect([...setApartByParagraphs([undefined, 1, 1, 2, 2, 2, 2], [false, true, true, false, false, false, false])]).toEqual([3, 4, 5, 6]);
  });

  it('near misses: paragraphs parted by two blank lines, one under the date line; no two paragraphs in a row', () => {
    const wide = ['2025年12月3日 星期三', '', ARTICLE[0]!, ARTICLE[1]!, '', '', ARTICLE[3]!, '', '', ARTICLE[5]!, '', '', ...SPACED, '', '', ...NEXT, '', '', ...BRIEF_1];
    expect(heads(wide)).toEqual([ARTICLE[0], NEXT[0], BRIEF_1[0]]);
    expect([...setApartByParagraphs([undefined, 1, 2, 2, 2, 2], [false, false, true, true, false, false])]).toEqual([]);
    expect([...setApartByParagraphs([undefined, 1, 2, 2, 2, 2], [false, true, false, true, false, true])]).toEqual([]);
  });

  it('reads running text by its form: no title opening it, its sentence ended', () => {
    expect(isRunningParagraph(ARTICLE[3]!)).toBe(true);
    expect(isRunningParagraph(BRIEF_1.join('\n'))).toBe(false);
    expect(isRunningParagraph(SPACED.join('\n'))).toBe(false);
    expect(isRunningParagraph('（李 响）')).toBe(false);
  });
});
