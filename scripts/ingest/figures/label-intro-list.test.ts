import { describe, expect, it } from 'vitest';
import { introListLabel } from './label-intro-list.ts';
import { label } from './label.fixture.ts';
import { scopeFor } from './scope.fixture.ts';

describe('introListLabel', () => {
  it('gives a name in a list after a colon the measure its introducing clause names', () => {
    expect(label('主要副食品本周零售均价：大米2.9元/斤，鸡蛋4.6元/斤，猪肉14.2元/斤。', '4.6元/斤', '元/斤')).toBe('鸡蛋零售均价');
    expect(label('1至11月各县区新增养老床位分别为：沁县120张、武乡县95张。', '95张', '张')).toBe('武乡县新增养老床位');
  });

  it('leaves a figure whose label names more than the item, or with no name before it', () => {
    expect(introListLabel('新建口袋公园', scopeFor('城市公园建设：新建口袋公园共16个。', '16个'))).toBe('');
    expect(introListLabel(undefined, scopeFor('城镇新增就业：2860人。', '2860人'))).toBe('');
    // (Nor where a clause between the colon and the item holds no number: the item is in a sentence of its own.)
    expect(introListLabel('西红柿', scopeFor('本周均价：供应充足，西红柿3.2元/斤。', '3.2元/斤'))).toBe('');
  });
});
