// A titled prose box signed at its end inside an article (signed-boxes.ts): made-up lines in the forms pages print.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const kinds = (page: string) => structurePage(page).segments.map((s) => s.blocks.filter((b) => b.kind !== 'furniture').map((b) => b.kind));

const article = ['某区38个老旧小区告别“冬季冷”', '本报记者 冯晓燕', '', '今年，某区投资1.2亿元，改造老旧小区38个，更换供热管网56公里。', ''];
const box = ['【记者观察】', '改造之后更要管好', '管网换了新的，管理也要跟上，让居民年年都暖和。（冯晓燕）', ''];

describe('a signed box inside an article', () => {
  it('gives the article its text under the box back; the box is a piece of its own', () => {
    const page = [...article, ...box, '区住建局负责人介绍，明年计划再改造老旧小区25个。', ''].join('\n');
    const { segments } = structurePage(page);
    expect(kinds(page)).toEqual([['headline', 'byline', 'paragraph', 'paragraph'], ['kicker', 'headline', 'paragraph']]);
    expect(segments[1]!.box).toBe(true);
  });
  it('leaves a report under it, and a box no signature closes, as they are', () => {
    const report = [...article, ...box, '本报讯 12月1日，某镇卫生院开设夜间门诊。', ''].join('\n');
    expect(kinds(report)).toHaveLength(3);
    const unsigned = [...article, '【记者观察】', '改造之后更要管好', '管网换了新的，管理也要跟上。', '', '区住建局负责人介绍，明年计划再改造老旧小区25个。', ''].join('\n');
    expect(kinds(unsigned)[0]).toEqual(['headline', 'byline', 'paragraph']);
  });
});
