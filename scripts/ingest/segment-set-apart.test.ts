// Pieces set apart by a wider gap (structure/set-apart.ts): on a page that parts its paragraphs by one blank line and
// its pieces by two, a table under its title after two blank lines is a box of its own. Lines made up in that form, with
// near misses: the same table after one blank line, on a page of one gap, on a page of two-line gaps throughout; and a
// heading over list lines set apart so heads a piece of its own (near misses: one blank line, one gap throughout).
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';
import { setApartBlocks } from './structure/set-apart.ts';

const ARTICLE = ['某镇：大棚里的冬季菜篮子', '本报记者 赵 某', '', '寒冬时节，某镇的设施蔬菜园区里暖意融融，菜农们正忙着采摘、装箱。', '', '园区负责人介绍，园区共有日光温室126座，今年新建了24座，带动周边80余名村民务工。'];
const BARRED = ['本周县城农贸市场主要农产品零售均价', '品名｜单位｜均价（元）｜较上周', '大白菜｜斤｜0.85｜持平', '土豆｜斤｜1.30｜↑0.05', '鸡蛋｜斤｜4.20｜↑0.10'];
const SPACED = ['本周部分农产品批发价格', '品名　　价格　　较上周', '小米　　6.8元/斤　　↑0.2', '玉米　　1.12元/斤　　↓0.03', '土豆　　1.3元/斤　　↑0.1'];
const NEXT = ['某县谷子种植面积突破12万亩', '本报讯（通讯员 某 某）今年某县谷子种植面积达到12.3万亩，平均亩产达到420斤。'];
const gap = (n: number) => Array<string>(n).fill('');
const heads = (lines: string[]) => structurePage(lines.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);

describe('a table under its title set apart by a wider gap than the paragraphs', () => {
  it('is a box of its own, titled by its title line, the rows its text; the article keeps its paragraphs', () => {
    for (const table of [BARRED, SPACED]) {
      const segments = structurePage([...ARTICLE, ...gap(2), ...table, ...gap(2), ...NEXT].join('\n')).segments;
      expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual([ARTICLE[0], table[0], NEXT[0]]);
      expect(segments[1]!.box).toBe(true);
      expect(segments[1]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('\n')).toContain(table[2]);
      expect(segments[0]!.blocks.filter((b) => b.kind === 'paragraph').at(-1)!.text).toMatch(/^园区负责人介绍/u);
    }
    // (At the page's foot too.)
    expect(heads([...ARTICLE, ...gap(2), ...BARRED])).toEqual([ARTICLE[0], BARRED[0]]);
  });

  it('near misses: the table after one blank line, on a page of one gap or of two-line gaps throughout, stays the article\'s', () => {
    for (const table of [BARRED, SPACED]) {
      // Mixed gaps, but the table printed one blank line under the text: the article's table.
      expect(heads([...ARTICLE, ...gap(1), ...table, ...gap(2), ...NEXT])).toEqual([ARTICLE[0], NEXT[0]]);
      // One gap throughout.
      expect(heads([...ARTICLE, ...gap(1), ...table, ...gap(1), ...NEXT])).toEqual([ARTICLE[0], NEXT[0]]);
      // Two blank lines everywhere: nothing is set apart.
      const wide = [...ARTICLE.slice(0, 2), ...gap(2), ARTICLE[3]!, ...gap(2), ARTICLE[5]!, ...gap(2), ...table, ...gap(2), ...NEXT];
      expect(heads(wide)).toEqual([ARTICLE[0], NEXT[0]]);
    }
  });
});

const LIST = ['部分参会企业岗位信息', '', '某县宏达纺织有限公司：招聘挡车工30名，月薪3500元至4500元，包食宿。', '某县顺通物流有限公司：招聘货车司机8名，持A2驾照，月薪6000元以上。'];

describe('a heading set apart by a wider gap than the paragraphs', () => {
  it('heads a piece of its own over the lines under it, not a section of the article above', () => {
    const segments = structurePage([...ARTICLE, ...gap(2), ...LIST, ...gap(2), ...NEXT].join('\n')).segments;
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual([ARTICLE[0], LIST[0], NEXT[0]]);
    expect(segments[1]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('\n')).toContain('招聘货车司机8名');
    expect(segments[0]!.blocks.some((b) => b.text.includes('招聘挡车工'))).toBe(false);
  });

  it('near misses: after one blank line on a page of mixed gaps, or on a page of one gap, it stays the article\'s', () => {
    expect(heads([...ARTICLE, ...gap(1), ...LIST, ...gap(2), ...NEXT])).toEqual([ARTICLE[0], NEXT[0]]);
    expect(heads([...ARTICLE, ...gap(1), ...LIST, ...gap(1), ...NEXT])).toEqual([ARTICLE[0], NEXT[0]]);
  });

  it('near miss: a page the other signs read as one long feature keeps the heads it prints after wider gaps as its sections', () => {
    // (Seeds 000 and 004, real pages, print three blank lines before each section head of their one report.)
    const SECTION_1 = ['优先发展教育　厚植幸福之本', '', '今年以来，某区新建改扩建学校5所，新增学位2400个。'];
    const SECTION_2 = ['织密医疗网络　守护群众健康', '', '某区人民医院新院区投用，新增床位300张，群众看病更方便了。'];
    const feature = [...ARTICLE, ...gap(3), ...SECTION_1, ...gap(3), ...SECTION_2];
    const segments = structurePage(feature.join('\n')).segments;
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual([ARTICLE[0]]);
    expect(segments[0]!.blocks.filter((b) => b.kind === 'heading' || b.kind === 'subheading').map((b) => b.text)).toEqual([SECTION_1[0], SECTION_2[0]]);
    // With another piece on the page, the gaps part pieces: the heads after them head pieces of their own.
    expect(heads([...feature, ...gap(3), ...NEXT])).toEqual([ARTICLE[0], SECTION_1[0], SECTION_2[0], NEXT[0]]);
  });
});

describe('setApartBlocks', () => {
  it('sets apart the blocks after two blank lines or more where one blank line parts others', () => {
    expect([...setApartBlocks([undefined, 1, 2, 1, 3])]).toEqual([2, 4]);
    expect([...setApartBlocks([undefined, 1, 1, 1])]).toEqual([]);
    expect([...setApartBlocks([undefined, 2, 2, 3])]).toEqual([]);
    expect([...setApartBlocks([undefined])]).toEqual([]);
    // One blank line under a date line, two between the paragraphs: two blank lines are the page's gap, nothing apart.
    expect([...setApartBlocks([undefined, 1, 2, 2, 2, 2])]).toEqual([]);
  });
});

describe('a kicker-like line at the page\'s gap under the text above, the headline below set apart by a wider one', () => {
  const ITEM = (head: string, status: string) => [head, '', '我家住潞州区某小区，楼道里的感应灯从11月下旬就不亮了，希望有关部门督促一下。', '', '某街道办事处回复：接到留言后，社区工作人员已更换灯具24盏。', '', status];
  const kickers = (lines: string[]) => structurePage(lines.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'kicker')?.text);
  it('closes the text above (an item\'s status line), no kicker of the next headline', () => {
    const lines = [...ITEM('小区楼道灯坏了半个月没人修', '【已办结】'), ...gap(4), ...ITEM('村里一到冬天就停水', '【办理中】'), ...gap(3), ...NEXT];
    const segments = structurePage(lines.join('\n')).segments;
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['小区楼道灯坏了半个月没人修', '村里一到冬天就停水', NEXT[0]]);
    expect(kickers(lines)).toEqual([undefined, undefined, undefined]);
    expect(segments[0]!.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: '【已办结】' });
    expect(segments[1]!.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: '【办理中】' });
  });

  it('near misses: a kicker set apart from the text above as its headline is, or on a page of one gap, stays the kicker', () => {
    expect(kickers([...ARTICLE, ...gap(3), '·县区短波·', ...gap(2), ...NEXT])).toEqual([undefined, '·县区短波·']);
    expect(kickers([...ARTICLE, ...gap(1), '·县区短波·', ...gap(1), ...NEXT])).toEqual([undefined, '·县区短波·']);
  });
});
