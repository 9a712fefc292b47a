// A column of short items printed one to a line with no blank line, each opened by its place or date in brackets
// (structure/item-runs.ts): each item is an article of its own, and the column's name over them is furniture.
// The page is made up in the form county papers print.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const PAGE = [
  '县区传真',
  '【襄垣】11月以来，襄垣县为全县中小学更换新课桌椅3000套，改善了学习条件。',
  '【武乡】武乡县一处日间照料中心近日投入使用，可同时为50名老人提供午餐。',
  '【长子】长子县新建的2座公共厕所日前完工，方便了赶集群众。',
  '【壶关】壶关县今冬共储备供热用煤4万吨，可保障县城供热。',
].join('\n');

describe('a column of bracket-labelled items with no blank line', () => {
  it('gives one article an item, the column\'s name furniture', () => {
    const { segments } = structurePage(PAGE);
    expect(segments.map((s) => s.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.slice(0, 4)))).toEqual([['【襄垣】'], ['【武乡】'], ['【长子】'], ['【壶关】']]);
    expect(segments[0]!.blocks[0]).toMatchObject({ kind: 'furniture', text: '县区传真' });
  });

  it('gives dated items one article each', () => {
    const page = ['一周要闻', '〔11月24日〕县里召开冬季安全生产工作会议，部署隐患排查。', '〔11月25日〕故城镇新建的污水处理站通水运行。', '〔11月26日〕县人民医院建立远程会诊中心。'].join('\n');
    expect(structurePage(page).segments).toHaveLength(3);
  });

  it('leaves a timeline of dated steps inside a story to the story', () => {
    const page = [
      '老旧小区改造这一年', '', '本报记者 王丽娟', '',
      '今年，潞州区英雄南路街道的和平小区完成了改造，居民们说变化一天一个样。', '',
      '〔3月10日〕小区改造工程正式开工，首批拆除违建12处。',
      '〔5月20日〕小区完成雨污分流管网铺设1.6公里。',
      '〔8月15日〕小区新装电梯6部投入使用。',
      '〔10月30日〕小区改造全部完工，居民搬回新楼道。', '',
      '“现在住着舒心多了。”居民张大爷说。',
    ].join('\n');
    expect(structurePage(page).segments).toHaveLength(1);
  });
});
