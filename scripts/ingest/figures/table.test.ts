import { describe, expect, it } from 'vitest';
import { tableLabel } from './table.ts';

const table = ['| 项目 | 数量 | 完成率 |', '| --- | --- | --- |', '| 更换供水管网 | 18.6公里 | 100% |', '| 入户水表改造 | 1.2万户 | 96% |'].join('\n');
const at = (text: string, figure: string, nth = 1) => {
  let i = -1;
  for (let n = 0; n < nth; n++) i = text.indexOf(figure, i + 1);
  return tableLabel(text, i, i + figure.length);
};

describe('tableLabel', () => {
  it('names a cell by its row, and by its column when that heads a measure of its own', () => {
    expect(at(table, '18.6公里')).toBe('更换供水管网');
    expect(at(table, '100%')).toBe('更换供水管网完成率');
    expect(at(table, '1.2万户')).toBe('入户水表改造');
    expect(at(table, '96%')).toBe('入户水表改造完成率');
  });

  it('reads a table without a heading row by its rows alone', () => {
    expect(at('| 新建换热站 | 12座 |\n| 改造管网 | 38.1公里 |', '38.1公里')).toBe('改造管网');
  });

  it('leaves a figure outside a table, or in a row’s first cell, to the clause', () => {
    expect(at('全县新建换热站12座，改造管网38.1公里。', '12座')).toBeUndefined();
    expect(at('| 2025年 | 12座 |', '12座')).toBeUndefined();
  });
});
