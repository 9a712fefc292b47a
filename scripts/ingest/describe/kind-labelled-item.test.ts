// An untitled item opened by its place or date in brackets, one line of finished sentences (structure/item-runs.ts):
// a news item wherever it stands, as a bulleted brief is. The lines are made up in the forms county papers print.
import { describe, expect, it } from 'vitest';
import { findKind } from './kind.ts';
import { block } from './seed-fixtures.ts';

describe('an item opened by its place or date in brackets', () => {
  it('is news, first on the page or not', () => {
    expect(findKind({ blocks: [block('paragraph', '【襄垣】11月以来，全县中小学更换新课桌椅3000套。', 1)] }, { index: 0 })).toBe('news');
    expect(findKind({ blocks: [block('paragraph', '〔11月25日〕故城镇新建的污水处理站通水运行，日处理能力300立方米。', 4)] }, { index: 3 })).toBe('news');
  });

  it('leaves a paragraph opened by a field label to the other rules', () => {
    expect(findKind({ blocks: [block('paragraph', '【温馨提示】冬季气温低，请注意防寒保暖。', 4)] }, { index: 3 })).toBe('sidebar');
  });
});

describe("an untitled digest item opened by its day, or an item opened by its place and a colon", () => {
  it('is news', () => {
    expect(findKind({ blocks: [block('paragraph', '11月24日，市人社局发布今冬第一批公益性岗位1150个。岗位补贴标准为每人每月1800元。', 4)] }, { index: 3 })).toBe('news');
    expect(findKind({ blocks: [block('paragraph', '西营镇：卫生院开设夜间门诊。入冬以来，镇卫生院每晚安排值班医生2名。', 4)] }, { index: 3 })).toBe('news');
  });
});

