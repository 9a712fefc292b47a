// The page as a unit of time (pipeline.ts withSiblingYears): on a page that prints no date, an article whose
// text names no year takes, for its figures, the year the page's other articles date by the day (the page's
// present), never a year they only look back on (the annotation guide: undated → unknown).
import { describe, expect, it } from 'vitest';
import { draftSeed } from './pipeline.ts';

const seed = (text: string) => ({ name: 'page.txt', bytes: new TextEncoder().encode(text) });

const BY_DAY = `# 武乡县举办冬季招聘会

本报讯 2024年12月3日，武乡县举办冬季招聘会，提供岗位1200个。

# 黎城县农村公路通车

本报讯 2024年12月2日，黎城县一条农村公路建成通车，全长12公里。

# 沁县开展敬老活动

本报讯 近日，沁县开展敬老活动，为老人免费体检2300人次。
`;

const LOOKING_BACK = `# 武乡县新增城镇就业3100人

本报讯 2024年，武乡县城镇新增就业3100人，举办招聘会28场。

# 黎城县改造农村公路96公里

本报讯 2024年，黎城县改造农村公路96公里，惠及群众3.1万人。

# 沁县开展敬老活动

本报讯 今年以来，沁县开展敬老活动，为老人免费体检2300人次。
`;

describe('sibling years', () => {
  it('gives an undated article the year its siblings date by the day, its own year left unknown', () => {
    const { drafts } = draftSeed(seed(BY_DAY));
    const undated = drafts.find((d) => d.title.includes('敬老'))!;
    expect(undated.year).toBeUndefined();
    expect(undated.siblingYear).toBe(2024);
    expect(drafts.filter((d) => d.year === 2024)).toHaveLength(2);
    expect(drafts.filter((d) => d.year === 2024).every((d) => d.siblingYear === undefined)).toBe(true);
  });

  it('gives none from siblings that only look back on a year (2024年，全县…): its 今年 stays unknown', () => {
    const { drafts } = draftSeed(seed(LOOKING_BACK));
    const undated = drafts.find((d) => d.title.includes('敬老'))!;
    expect(undated.year).toBeUndefined();
    expect(undated.siblingYear).toBeUndefined();
  });

  it('gives none from a day further into a sibling, which a feature recounts', () => {
    const recounted = BY_DAY.replace('本报讯 2024年12月3日，武乡县举办', '本报讯 冬季到来。2024年12月3日，武乡县举办').replace(
      '本报讯 2024年12月2日，黎城县一条',
      '本报讯 山路通了。2024年12月2日，黎城县一条',
    );
    expect(draftSeed(seed(recounted)).drafts.every((d) => d.siblingYear === undefined)).toBe(true);
  });

  it('gives none from a day in a plan or a rule yet to take effect', () => {
    const planned = BY_DAY.replace('本报讯 2024年12月3日，武乡县举办', '本报讯 武乡县计划2025年1月3日举办').replace(
      '本报讯 2024年12月2日，黎城县一条',
      '本报讯 2025年1月1日起，黎城县将开通一条',
    );
    expect(draftSeed(seed(planned)).drafts.every((d) => d.siblingYear === undefined)).toBe(true);
  });

  it('gives none on a dated page, nor where the siblings split evenly between years', () => {
    expect(draftSeed(seed(`2025年11月18日 星期二 第3版\n\n${BY_DAY}`)).drafts.every((d) => d.siblingYear === undefined)).toBe(true);
    const split = BY_DAY.replace('本报讯 2024年12月2日', '本报讯 2023年12月2日');
    expect(draftSeed(seed(split)).drafts.every((d) => d.siblingYear === undefined)).toBe(true);
  });
});
