import { describe, expect, it } from 'vitest';
import { isItemRow } from './item-rows.ts';

describe('isItemRow', () => {
  it('reads a line of three or more priced or counted items set apart by spaces', () => {
    expect(isItemRow('土豆1.6元/斤　西红柿3.5元/斤#　富士苹果4.5元/斤')).toBe(true);
    expect(isItemRow('猪肉（精瘦）13.8元/斤*　鸡蛋4.2元/斤#　大白菜0.9元/斤')).toBe(true);
    expect(isItemRow('本周均价：\n鸡蛋4.2元/斤#　大白菜0.9元/斤　土豆1.6元/斤')).toBe(true);
    expect(isItemRow('小麦1.3元/斤 玉米1.1元/斤 大豆2.8元/斤 鸡蛋4.2元/斤')).toBe(true);
  });
  it('leaves headlines: a couplet of two figures, a phrase without a figure, a sentence', () => {
    expect(isItemRow('全市新增就业2.1万人 城镇登记失业率3.2%')).toBe(false);
    expect(isItemRow('猪肉鸡蛋小幅回落 蔬菜价格平稳 土豆1.6元/斤')).toBe(false);
    expect(isItemRow('土豆1.6元/斤，西红柿3.5元/斤，富士苹果4.5元/斤')).toBe(false);
    expect(isItemRow('潞州区新开通公交线路4条')).toBe(false);
    expect(isItemRow('“菜篮子”周报：猪肉鸡蛋小幅回落 蔬菜价格平稳')).toBe(false);
    expect(isItemRow('新建小区12个 改造管网8.6公里 新增车位3200个')).toBe(false);
  });
});
