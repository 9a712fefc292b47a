import { describe, expect, it } from 'vitest';
import { alignCells, opensWithFigure, spacedCells } from './table-cells.ts';

describe('names padded to align their column', () => {
  it('cut a row word by word unless its table wants fewer or more cells', () => {
    expect(spacedCells('黎 城 县 1680 2000 84.0%').map((c) => c.text)).toEqual(['黎', '城', '县', '1680', '2000', '84.0%']);
    expect(spacedCells('黎 城 县 1680 2000 84.0%', 4).map((c) => c.text)).toEqual(['黎城县', '1680', '2000', '84.0%']);
    expect(spacedCells('土 豆 斤 1.60', 3).map((c) => c.text)).toEqual(['土豆', '斤', '1.60']);
    expect(spacedCells('品 名 规 格 单位 价格', 3).map((c) => c.text)).toEqual(['品名规格', '单位', '价格']);
    expect(spacedCells('品 名 规 格 单位 价格', 4).map((c) => c.text)).toEqual(['品名', '规格', '单位', '价格']);
  });

  it('keep where each cell stands in the line', () => {
    expect(spacedCells('沁 县 1210 80.7%', 3)[0]).toEqual({ text: '沁县', start: 0, end: 3 });
  });
});

describe('a row with cells left blank', () => {
  const whole = '第一幼儿园 小班 30 8月11日—12日 0355-2021356'.split(' ');

  it('stand each cell in the column whose cell in a whole row has its form', () => {
    expect(alignCells(['中班', '8', '8月11日—12日'], whole)).toEqual([1, 2, 3]);
    expect(alignCells(['大班', '0355-2046920'], whole)).toEqual([1, 4]);
    expect(alignCells(['8月11日', '中班'], whole)).toBeUndefined();
  });
});

describe('dot leaders between cells', () => {
  it('cut a row as spaces do; a dot or middle dot alone stays in its word', () => {
    const texts = (line: string) => spacedCells(line).map((c) => c.text);
    expect(texts('潞州区……42.5')).toEqual(['潞州区', '42.5']);
    expect(texts('潞州区·····42.5')).toEqual(['潞州区', '42.5']);
    expect(texts('潞州区.....42.5')).toEqual(['潞州区', '42.5']);
    expect(texts('约翰·史密斯 42.5 3.1')).toEqual(['约翰·史密斯', '42.5', '3.1']);
  });
});

describe('a cell that names a time', () => {
  it('gives no figure: a year, a month or a span of months heading a column; a day is a date, a number a figure', () => {
    expect(['2025年', '11月均价（元）', '1—11月累计', '10月'].map(opensWithFigure)).toEqual([false, false, false, false]);
    expect(['8月11日—12日', '0.65', '+3.4%', '12个'].map(opensWithFigure)).toEqual([true, true, true, true]);
  });
});

describe('spacedCells: a last cell naming its number', () => {
  it('joins a word and the number after it into the last column\'s cell where the row is one cell too long', () => {
    expect(spacedCells('居民住宅 按热量 基本热价 8.80', 3).map((c) => c.text)).toEqual(['居民住宅', '按热量', '基本热价 8.80']);
    expect(spacedCells('居民住宅 按面积 22.00', 3).map((c) => c.text)).toEqual(['居民住宅', '按面积', '22.00']);
  });

  it('not for two columns, nor where the number is not last or a figure stands before', () => {
    expect(spacedCells('潞州区 新建 12', 2).map((c) => c.text)).toEqual(['潞州区', '新建', '12']);
    expect(spacedCells('居民住宅 基本热价 8.80 元', 3).map((c) => c.text)).toEqual(['居民住宅', '基本热价', '8.80', '元']);
    expect(spacedCells('居民住宅 12 基本热价 8.80', 3).map((c) => c.text)).toEqual(['居民住宅', '12', '基本热价', '8.80']);
  });
});
