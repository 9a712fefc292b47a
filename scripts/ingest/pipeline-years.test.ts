// The page as a unit of time (pipeline.ts withSiblingYears): on a page that prints no date, an article whose
// text names no year takes, for its figures, the year the page's other articles report on.
import { describe, expect, it } from 'vitest';
import { draftSeed } from './pipeline.ts';

const seed = (text: string) => ({ name: 'page.txt', bytes: new TextEncoder().encode(text) });

const UNDATED = `# 武乡县2024年新增城镇就业3100人

本报讯 2024年，武乡县城镇新增就业3100人，举办招聘会28场。

# 黎城县2024年改造农村公路96公里

本报讯 2024年，黎城县改造农村公路96公里，惠及群众3.1万人。

# 沁县开展敬老月活动

本报讯 近日，沁县开展“敬老月”活动，为老人免费体检2300人次。
`;

describe('sibling years', () => {
  it('gives an undated article on an undated page the year its other articles report on, its own year left unknown', () => {
    const { drafts } = draftSeed(seed(UNDATED));
    const undated = drafts.find((d) => d.title.includes('敬老月'))!;
    expect(undated.year).toBeUndefined();
    expect(undated.siblingYear).toBe(2024);
    expect(drafts.filter((d) => d.year === 2024).every((d) => d.siblingYear === undefined)).toBe(true);
  });

  it('gives none on a dated page, nor where the other articles split evenly between years', () => {
    expect(draftSeed(seed(`2025年11月18日 星期二 第3版\n\n${UNDATED}`)).drafts.every((d) => d.siblingYear === undefined)).toBe(true);
    const split = UNDATED.replace('本报讯 2024年，黎城县', '本报讯 2023年，黎城县').replace('黎城县2024年', '黎城县2023年');
    expect(draftSeed(seed(split)).drafts.every((d) => d.siblingYear === undefined)).toBe(true);
  });
});
