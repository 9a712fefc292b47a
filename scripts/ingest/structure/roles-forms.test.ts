// Roles of lines in forms the first holdout pages showed the ingest missing (issue 15): an author's name
// spaced to three characters' width, a photo's caption closing an article, numbered section headings, a
// headline that asks and answers, a line of topic tags closing an item, a headline after a 本报讯 item, an
// English column name. The lines are made up in those forms; classifyBlocks runs blocks.ts and roles.ts.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { structurePage } from '../segment.ts';

const kinds = (raw: string[]) => classifyBlocks(raw).map((b) => b.kind);
const PARAGRAPH = '入冬以来，城区各供热站点24小时值守，管网压力、水温实时监测，居民家中室温普遍在20度以上。';
const PARAGRAPH_2 = '据统计，今年全区新建改造供热管网36公里，新增供热面积120万平方米。';

describe('an author named under a headline', () => {
  it('is a byline when the name of two characters is spaced to the width of three', () => {
    expect(kinds([PARAGRAPH, '一周观察', '暖气热不热 群众说了算', '王 敏', PARAGRAPH_2])).toEqual(['paragraph', 'kicker', 'headline', 'byline', 'paragraph']);
  });
});
