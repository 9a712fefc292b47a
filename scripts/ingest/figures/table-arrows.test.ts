import { describe, expect, it } from 'vitest';
import { chartSpan } from '../structure/table-charts.ts';
import { isTable } from '../structure/tables.ts';
import { findFigureSpans } from './spans.ts';
import { tableLabel } from './table.ts';

const figures = (text: string) => findFigureSpans(text).map((s) => [s.text, s.value, s.unit]);
const labelOf = (text: string, figure: string, from = 0) => {
  const at = text.indexOf(figure, from);
  return tableLabel(text, at, at + figure.length);
};

// A price table printing each row's change since the last report as an arrow and its amount (`↑0.05`, `↓0.30`): the
// amount is a figure, in the unit of the price it is the change of, named by the row, that price's heading and the way
// the arrow says (上涨, 下降).
describe('an arrowed change in a table cell', () => {
  const barred = ['品名｜单位｜均价（元）｜较上周', '大白菜｜斤｜0.85｜持平', '土豆｜斤｜1.30｜↑0.05', '猪肉（后腿）｜斤｜13.50｜↓0.30'].join('\n');

  it('is a figure in the unit of the price before it, the arrow left out of its text', () => {
    expect(figures(barred)).toEqual([
      ['0.85', 0.85, '元/斤'],
      ['1.30', 1.3, '元/斤'],
      ['0.05', 0.05, '元/斤'],
      ['13.50', 13.5, '元/斤'],
      ['0.30', 0.3, '元/斤'],
    ]);
  });

  it('is named by its row, the measure it changes, its heading and the way it went', () => {
    expect(labelOf(barred, '0.05')).toBe('土豆均价较上周上涨');
    expect(labelOf(barred, '0.30')).toBe('猪肉（后腿）均价较上周下降');
    expect(labelOf(barred, '1.30')).toBe('土豆均价');
  });

  it('in a price list under a title with its unit, names padded and an unchanged row printing a dash', () => {
    const box = ['■本周主要农副产品零售均价（单位：元/斤）', '大白菜　　0.85　　↑0.05', '土　豆　　1.30　　—', '猪肉（精瘦）　14.50　　↓0.30', '鸡　蛋　　4.10　　↓0.10'].join('\n');
    expect(isTable(box.split('\n'))).toBe(true);
    expect(figures(box)).toEqual([
      ['0.85', 0.85, '元/斤'],
      ['0.05', 0.05, '元/斤'],
      ['1.30', 1.3, '元/斤'],
      ['14.50', 14.5, '元/斤'],
      ['0.30', 0.3, '元/斤'],
      ['4.10', 4.1, '元/斤'],
      ['0.10', 0.1, '元/斤'],
    ]);
    expect(labelOf(box, '0.05')).toBe('大白菜本周主要农副产品零售均价上涨');
    expect(labelOf(box, '0.10')).toBe('鸡蛋本周主要农副产品零售均价下降');
    expect(labelOf(box, '1.30')).toBe('土豆本周主要农副产品零售均价');
  });
});

describe('an arrowed change beside a column of changes or of ranks (review R6 G5 on d22e9a68)', () => {
  it('is in the unit of the measure it is named by, past a 同比 column between, not of the nearest cell', () => {
    const table = ['品名｜单位｜均价（元）｜同比（%）｜较上周', '猪肉｜斤｜14.50｜3.2｜↑0.30', '鸡蛋｜斤｜4.10｜-1.5｜↓0.10'].join('\n');
    expect(figures(table).filter(([text]) => text === '0.30' || text === '0.10')).toEqual([
      ['0.30', 0.3, '元/斤'],
      ['0.10', 0.1, '元/斤'],
    ]);
    expect(labelOf(table, '0.30')).toBe('猪肉均价较上周上涨');
  });

  it('takes no unit from a column that prints none (a rank)', () => {
    const table = ['县区｜新增供热面积（万平方米）｜排名｜较上月', '潞州区｜42.5｜1｜↑2', '上党区｜30.1｜2｜↓1'].join('\n');
    expect(figures(table).some(([text, , unit]) => text === '2' && unit === '万平方米')).toBe(false);
  });
});

describe('near misses: no arrowed change', () => {
  it('an arrow alone, no amount beside it, is no figure; the prices still are', () => {
    const table = ['品名 单位 均价（元） 较上周', '大白菜 斤 0.85 ↓', '土豆 斤 1.35 —', '西红柿 斤 3.40 ↑'].join('\n');
    expect(figures(table)).toEqual([
      ['0.85', 0.85, '元/斤'],
      ['1.35', 1.35, '元/斤'],
      ['3.40', 3.4, '元/斤'],
    ]);
  });

  it('a list of a name and its price with no change printed is no price list of changes', () => {
    const rows = ['本周菜价（元/斤）', '大白菜　　0.85　　—', '土　豆　　1.30　　—', '西红柿　　3.60　　持平'];
    expect(chartSpan((k) => rows[k], 0)).toBeUndefined();
  });

  it('rows of a name and its change under a title with no unit are no price list', () => {
    const rows = ['本周菜价', '大白菜　　0.85　　↑0.05', '土　豆　　1.30　　↓0.10', '西红柿　　3.60　　↑0.20'];
    expect(chartSpan((k) => rows[k], 0)).toBeUndefined();
  });

  it('a chart of a name and a number a row stays a chart, its title heading the numbers', () => {
    const rows = ['各县区新增供热面积（万平方米）', '潞州区  42.5', '上党区  18.2', '屯留区  12.6'];
    expect(chartSpan((k) => rows[k], 0)).toEqual({ header: ['', '各县区新增供热面积（万平方米）'], first: 1, end: 4 });
  });

  it('a data item behind an arrow mark is no change in a cell', () => {
    expect(figures('▲ 2.3万户 受益农户\n▲ 1.2万户 新增农户').map((f) => f[0])).toEqual(['2.3万户', '1.2万户']);
  });
});
