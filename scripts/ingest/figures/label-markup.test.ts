// Markup a page leaves in a figure's sentence is no word of its label: a post's topic tag (`#暖冬行动#`) heads no
// line's figures (label-stacked.ts headedLabel), and clean() drops it and braces around words (label-roles.ts).
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';
import { clean } from './label-roles.ts';

describe('markup in a figure’s sentence', () => {
  it('reads a post opening on a topic tag by its clause, not the tag', () => {
    expect(label('#文明城市# 今年以来，武乡县在城区设置便民休息点18个，为3600名外卖骑手提供饮水和充电服务。', '3600名')).not.toMatch(/#/);
    expect(label('#文明城市# 今年以来，武乡县在城区设置便民休息点18个，为3600名外卖骑手提供饮水和充电服务。', '3600名')).toContain('外卖骑手');
  });

  it('drops topic tags and keeps the words in braces', () => {
    expect(clean('#暖冬行动# 今年{预计}新建')).toBe(' 今年预计新建');
  });
});
