// Data-box lines by their form: a bulleted label with a number (ASCII or full-width digits), every line of the block, no sentence.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import { isDataLine } from './data-box.ts';

describe('isDataLine', () => {
  it('takes a bulleted label with a number, one line or several', () => {
    expect(isDataLine('● 教育支出 62.3亿元')).toBe(true);
    expect(isDataLine('■ 新增城镇就业 3120人\n■ 改造农村户厕 1850座')).toBe(true);
  });

  it('refuses a line with no number, no bullet, or a sentence mark', () => {
    expect(isDataLine('● 教育支出持续增长')).toBe(false);
    expect(isDataLine('教育支出 62.3亿元')).toBe(false);
    expect(isDataLine('● 全年教育支出62.3亿元。')).toBe(false);
  });

  it('refuses a block where one line is not a data line, and an empty block', () => {
    expect(isDataLine('● 教育支出 62.3亿元\n今年以来，全县教育支出稳步增长。')).toBe(false);
    expect(isDataLine('')).toBe(false);
  });

  it('refuses a line longer than a headline (more than 40 characters)', () => {
    const label = '● ' + '新'.repeat(35) + ' 100人';
    expect([...label].length).toBeGreaterThan(40);
    expect(isDataLine(label)).toBe(false);
    expect(isDataLine('● ' + '新'.repeat(30) + ' 100人')).toBe(true);
  });
});

describe('isDataLine: the number is the line\'s own', () => {
  it('does not take a list\'s number for a figure (`1. 不要在楼道充电`), and still reads a numbered line holding one', () => {
    expect(isDataLine('1. 不要在楼道内停放充电')).toBe(false);
    expect(isDataLine('（2）按时缴纳取暖费')).toBe(false);
    expect(isDataLine('1. 新增城镇就业 3120人')).toBe(true);
    expect(isDataLine('● 教育支出 62.3亿元')).toBe(true);
  });
});

describe('isDataLine: an OCR’s full-width digits (issue 15)', () => {
  it('reads them as a figure, and a full-width list number still as none', () => {
    expect(isDataLine('●全县森林覆盖率　６０．２％')).toBe(true);
    expect(isDataLine('■ 新增城镇就业　３１２０人\n■ 改造农村户厕　１８５０座')).toBe(true);
    expect(isDataLine('（２）按时缴纳取暖费')).toBe(false);
    expect(isDataLine('１．不要在楼道内停放充电')).toBe(false);
  });

  it('makes the title over such a box after another piece’s text the box’s headline', () => {
    const page = ['县里计划明年再新建幼儿园2所，新增学位540个。', '', '数说平顺', '●全县森林覆盖率　３８．５％', '●国家级森林康养基地　２个', '●全域旅游从业人员　０．８万人', '', '县文旅局负责人介绍，下一步将重点打造康养线路。'].join('\n');
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks[0]!.text)).toEqual(['县里计划明年再新建幼儿园2所，新增学位540个。', '数说平顺']);
  });
});
