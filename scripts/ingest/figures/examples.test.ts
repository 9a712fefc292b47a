import { describe, expect, it } from 'vitest';
import { exampleSpans, within } from './examples.ts';

const examples = (text: string) => exampleSpans(text).map((r) => text.slice(r.start, r.end));

describe('exampleSpans', () => {
  it('finds the items of a list before 等, without the verb and its subject', () => {
    expect(examples('驿站可为环卫工人提供热水、午餐、充电等服务。')).toEqual(['热水、午餐、充电']);
    expect(examples('文化站开设剪纸、太极拳等兴趣班12个。')).toEqual(['剪纸、太极拳']);
    expect(examples('在东坡村、西坡村等村庄铺设管道')).toEqual(['东坡村、西坡村']);
  });

  it('takes quoted names side by side as a list', () => {
    expect(examples('实施“便民菜场”“爱心书屋”等项目18个')).toEqual(['“便民菜场”“爱心书屋”']);
  });

  it('leaves a single item, 等等 and a count after 等 alone', () => {
    expect(examples('开展体检等服务')).toEqual([]);
    expect(examples('热水、午餐等等。')).toEqual([]);
    expect(examples('东坡镇、西坡乡等3个乡镇')).toEqual([]);
  });

  it('says whether a range lies inside a span', () => {
    const spans = [{ start: 2, end: 6 }];
    expect(within(spans, 2, 4)).toBe(true);
    expect(within(spans, 5, 7)).toBe(false);
  });
});
