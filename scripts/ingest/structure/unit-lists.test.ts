// A media centre's line in a list of works and their authors is an item of the list; alone under a headline, a byline.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';

const kinds = (raw: string[]) => classifyBlocks(raw).map((b) => `${b.kind}:${b.text.slice(0, 8)}`);

describe("a media centre's line in a list", () => {
  it('is no byline in a run of works and their authors, nor under a line that announces the list', () => {
    const raw = ['黎城县第三届新闻奖揭晓', '本报讯（记者 韩 敏）日前，全县新闻奖评选揭晓。获奖作品及作者如下：', '《山里的“幸福食堂”》', '黎城县融媒体中心 郭海 李伟', '《一条渠的变迁》', '平顺县融媒体中心 宋丽'];
    expect(kinds(raw).filter((k) => k.startsWith('byline'))).toEqual([]);
    expect(kinds(['获奖名单：', '武乡县融媒体中心 王斌'])[1]).not.toMatch(/^byline/u);
  });

  it('stays the byline where it stands alone under a headline', () => {
    const raw = ['长子县冬季供暖平稳', '长子县融媒体中心 韩 斌 崔涛磊', '入冬以来，长子县集中供热面积达到320万平方米，居民室温普遍达标。'];
    expect(kinds(raw)[1]).toMatch(/^byline/u);
  });
});
